import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';

// The property test below runs 2,000 cases, each compiling a vocabulary: seconds on a loaded two-core machine.
vi.setConfig({ testTimeout: 60_000 });
import { normalize, originalOffset, type Normalized } from '../src/text/normalize.js';
import { compileShippedMatchers, CompiledVocabulary } from '../src/vocabulary.js';

/** Every normalised unit's original offset, and the original length after them. */
const offsets = (norm: Normalized) => Array.from({ length: norm.text.length + 1 }, (_, i) => originalOffset(norm, i));

describe('normalize', () => {
  it('folds full-width forms, case and Traditional characters, keeping a map to the original offsets', () => {
    const norm = normalize('ＡＢ：問題１２');
    expect(norm.text).toBe('ab:问题12');
    expect(offsets(norm)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('maps expansions (one character becoming several) back to their source character', () => {
    expect(offsets(normalize('①x'))).toEqual([0, 1, 2]);
    const norm = normalize('中㎏x');
    expect(norm.text).toBe('中kgx');
    expect(offsets(norm)).toEqual([0, 1, 1, 2, 3]);
  });
});

describe('CompiledVocabulary.find', () => {
  const lists = new CompiledVocabulary({
    en: { 'test.vague': { add: ['some', { term: 'significant', except: ['statistically significant'] } as never, 'in time'] } },
    zh: { 'test.vague': { add: ['加强', '进一步加强', { term: '比较', except: ['比较分析'] } as never] } },
  });
  const terms = (text: string) => lists.find('test.vague', text).map((m) => m.text);

  it('respects English word boundaries and folds case', () => {
    expect(terms('Some items, awesome handsome')).toEqual(['Some']);
  });

  it('lets the longest entry win at a position', () => {
    expect(terms('我们将进一步加强管理，加强沟通')).toEqual(['进一步加强', '加强']);
  });

  it('finds what one regex alternation of the words finds: leftmost, longest, spaces as any whitespace, Latin at word boundaries', () => {
    const key = fc.string({ unit: fc.constantFrom('a', 'b', '中', '文', ' ', '-'), minLength: 1, maxLength: 4 }).map((k) => k.trim().replace(/\s+/g, ' '));
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '中', '文', ' ', '-', '\t', '\n', '1'), maxLength: 24 });
    const regexFind = (words: string[], sample: string) => {
      const alternatives = [...words].sort((a, b) => b.length - a.length).map((word) => {
        const body = word.split(' ').join('\\s+');
        const before = /^[\p{L}\p{N}]/u.test(word) && !/\p{Script=Han}/u.test(word[0]) ? '(?<![\\p{L}\\p{N}])' : '';
        const after = /[\p{L}\p{N}]$/u.test(word) && !/\p{Script=Han}/u.test(word.at(-1)!) ? '(?![\\p{L}\\p{N}])' : '';
        return before + body + after;
      });
      return [...sample.matchAll(new RegExp(alternatives.join('|'), 'gu'))].map((m) => [m.index, m.index + m[0].length]);
    };
    // Two concepts in one trie, often sharing words: each finds what its own alternation finds.
    fc.assert(
      fc.property(fc.array(key, { minLength: 1, maxLength: 6 }), fc.array(key, { minLength: 1, maxLength: 6 }), text, (keys, otherKeys, sample) => {
        const words = [...new Set(keys.filter(Boolean))];
        const other = [...new Set(otherKeys.filter(Boolean))];
        fc.pre(words.length > 0 && other.length > 0);
        const lists = new CompiledVocabulary({ en: { 'test.words': { add: words }, 'test.other': { add: other } } });
        expect(lists.find('test.words', sample).map((m) => [m.start, m.end])).toEqual(regexFind(words, sample));
        expect(lists.find('test.other', sample).map((m) => [m.start, m.end])).toEqual(regexFind(other, sample));
      }),
      { numRuns: 2000, seed: 11 },
    );
  });

  it('skips an entry inside one of its exceptions', () => {
    expect(terms('做了比较分析，结果比较好')).toEqual(['比较']);
    expect(terms('a statistically significant and a significant change')).toEqual(['significant']);
    expect(lists.find('test.vague', 'a statistically significant and a significant change')[0].start).toBe(34);
  });

  it('matches Traditional and full-width text with Simplified entries, reporting the original text', () => {
    expect(terms('進一步加強')).toEqual(['進一步加強']);
  });

  it('matches multi-word entries across line breaks', () => {
    expect(terms('delivered in\ntime')).toEqual(['in\ntime']);
  });

  it('gives each caller an array of its own, found or empty, while it remembers the answer', () => {
    for (const text of ['some items', 'no such words']) {
      const first = lists.find('test.vague', text);
      const count = first.length;
      first.push(first[0] ?? ({} as never));
      expect(lists.find('test.vague', text)).toHaveLength(count);
      expect(lists.has('test.vague', text)).toBe(count > 0);
    }
  });

  it('applies additions and removals from config', () => {
    const custom = new CompiledVocabulary({ en: { 'section.plan': { remove: ['goals'] }, 'section.partners': { add: ['Partner programs'] } } });
    expect(custom.rolesOfTitle('Goals')).toEqual([]);
    expect(custom.rolesOfTitle('Partner programs')).toEqual(['partners']);
  });
});

describe('matchers compiled by the build', () => {
  const FIXTURES = path.join(import.meta.dirname, '../fixtures');
  // Every line of every fixture, in both languages: the texts rules ask about.
  const texts = [
    ...new Set(
      readdirSync(FIXTURES, { recursive: true })
        .filter((file) => String(file).endsWith('.md'))
        .flatMap((file) => readFileSync(path.join(FIXTURES, String(file)), 'utf8').split('\n'))
        .filter((line) => line.trim()),
    ),
  ];
  const compiled = compileShippedMatchers();
  // Through JSON and into a buffer of its own, as start-up reads the two files.
  const fromBuild = { index: JSON.parse(JSON.stringify(compiled.index)), bytes: new Uint8Array(compiled.bytes).buffer };
  const none = () => undefined;

  it('find what the lists compiled at run time find, for every concept', () => {
    let reads = 0;
    const read = new CompiledVocabulary({}, () => (reads++, fromBuild));
    const here = new CompiledVocabulary({}, none);
    expect(texts.length).toBeGreaterThan(1000);
    // Text by text, every concept at once: each vocabulary then normalises and matches a text once.
    const concepts = here.concepts();
    for (const text of texts) {
      expect(concepts.map((c) => [c, read.find(c, text)]), text).toEqual(concepts.map((c) => [c, here.find(c, text)]));
    }
    expect(reads).toBeGreaterThan(0);
  });

  it('are not used for a concept the config changes', () => {
    const changed = new CompiledVocabulary({ en: { 'section.plan': { add: ['Zebra crossing'] } } }, () => fromBuild);
    expect(changed.find('section.plan', 'Zebra crossing').map((m) => m.text)).toEqual(['Zebra crossing']);
    expect(new CompiledVocabulary({}, () => fromBuild).find('section.plan', 'Zebra crossing')).toEqual([]);
  });
});

