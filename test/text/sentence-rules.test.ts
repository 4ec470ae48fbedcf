// The sentence rules written out in src/text/sentence-rules.ts must break text exactly where ICU does, and hand
// every text with a character they do not know to ICU.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ruleBreaks, ruleCharacters } from '../../src/text/sentence-rules.js';
import { summary, random } from '../../scripts/bench/corpus.mjs';
import { projectMarkdown, sharedCorpus } from '../support/project-markdown.js';

const segmenter = new Intl.Segmenter('zh', { granularity: 'sentence' });
const icuBreaks = (text: string) => [...segmenter.segment(text)].map((s) => s.index);

/** Where the rules and ICU differ on `text` (both lists), or `undefined` when they agree or the rules pass. */
function disagreement(text: string): { text: string; rules: number[]; icu: number[] } | undefined {
  const rules = ruleBreaks(text);
  if (!rules) return undefined;
  const icu = icuBreaks(text);
  return rules.join() === icu.join() ? undefined : { text, rules, icu };
}

const known = ruleCharacters();
/** The characters the rules turn on: terminators, closing marks, spaces, separators and the letters around them. */
const pivotal = known.filter((c) => !/[\p{L}\p{N}]/u.test(c) || /[aAzZ1０ａＡ中]/u.test(c));

describe('ruleBreaks', () => {
  it('agrees with ICU on every paragraph of the fixtures, examples, shared corpus and generated summaries', () => {
    const rng = random(7);
    const documents = [...projectMarkdown(), ...sharedCorpus(), ...Array.from({ length: 100 }, (_, i) => summary(rng, i))];
    const paragraphs = documents.flatMap((doc) => doc.split(/\n\s*\n/u));
    const checked = paragraphs.filter((p) => ruleBreaks(p) !== undefined);
    expect(checked.length).toBeGreaterThan(0.9 * paragraphs.length);
    expect(paragraphs.map(disagreement).filter(Boolean)).toEqual([]);
  });

  it('agrees with ICU on random strings of the characters it knows, weighted to punctuation and spaces', () => {
    const unit = fc.oneof({ arbitrary: fc.constantFrom(...pivotal), weight: 4 }, { arbitrary: fc.constantFrom(...known), weight: 1 });
    fc.assert(fc.property(fc.string({ unit, maxLength: 16 }), (text) => {
      expect(disagreement(text)).toBeUndefined();
    }), { numRuns: 20_000 });
  });

  it('leaves text with any other character to ICU', () => {
    for (const text of ['Done 🎉. Next.', 'Ünïcode letters.', 'Zero\u200bwidth.', '𠀀 Extension B。']) expect(ruleBreaks(text)).toBeUndefined();
  });

  it('reads a terminator followed by 200,000 spaces once, not once per space', () => {
    const text = `Done.${' '.repeat(200_000)}Next one! ${'“'.repeat(1000)}again.`;
    expect(ruleBreaks(text)).toEqual([0, 200_005, 200_015]);
    expect(ruleBreaks(text)).toEqual(icuBreaks(text));
  });
});
