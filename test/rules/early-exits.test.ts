// Questions answered by stopping at the first match (is there a quantity? an owner?) get the answer the full lists
// give, on every line of the project's Markdown, the shared corpus and generated summaries.
import { describe, expect, it, vi } from 'vitest';
// @ts-expect-error: a plain ES module without types (the benchmark's seeded corpus generator)
import { random, summary } from '../../scripts/bench/corpus.mjs';
import { OwnerFinder } from '../../rules/utils/owners.js';
import { findNumbers, findQuantities, hasQuantity } from '../../rules/utils/quantity.js';
import { CompiledVocabulary } from '../../src/vocabulary.js';
import { projectMarkdown, sharedCorpus } from '../support/project-markdown.js';

// Every line of every document, through each finder twice: seconds of work, more on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const vocabulary = new CompiledVocabulary();
const rand = random(3);
const generated = Array.from({ length: 40 }, (_, i) => summary(rand, i % 2 ? 'zh' : 'en', 4000) as string);
const lines = [...new Set([...projectMarkdown(), ...sharedCorpus(), ...generated].flatMap((text) => text.split('\n')).filter((line) => line.trim()))];

describe('early exits', () => {
  it('hasQuantity says what findQuantities finds', () => {
    expect(lines.length).toBeGreaterThan(5000);
    let some = 0;
    for (const line of lines) {
      const found = findQuantities(line, vocabulary).length > 0;
      if (found) some++;
      expect(hasQuantity(line, vocabulary), line).toBe(found);
    }
    expect(some).toBeGreaterThan(500);
  });

  it('findNumbers finds the quantities in digits that findQuantities finds, in the same order', () => {
    let some = 0;
    for (const line of lines) {
      const numbers = findQuantities(line, vocabulary).filter((q) => q.kind === 'number');
      if (numbers.length > 0) some++;
      expect(findNumbers(line, vocabulary), line).toEqual(numbers);
    }
    expect(some).toBeGreaterThan(500);
  });

  it('OwnerFinder.names says what find finds, under a test that passes some owners and not others', () => {
    const finder = new OwnerFinder(vocabulary, { roster: ['Alice Wong', '王敏'] });
    const tests = [() => true, (m: { how: string }) => m.how !== 'self' && m.how !== 'role', (m: { how: string }) => m.how === 'subject'];
    let some = 0;
    for (const line of lines) {
      for (const title of [false, true]) {
        const found = finder.find(line, { title });
        if (found.length > 0) some++;
        for (const test of tests) expect(finder.names(line, test, { title }), line).toBe(found.some(test));
      }
    }
    expect(some).toBeGreaterThan(500);
  });
});
