// The key terms follow-up-plan matches a plan item with: stems that agree on a word's forms, and an item's figures,
// which count beside a shared word but never alone and never make an item harder to answer.
import { describe, expect, it } from 'vitest';
import { keyTermsOf, lineTermsOf, overlap, stem, termCount } from '../rules/utils/key-terms.js';
import { CompiledVocabulary } from '../src/vocabulary.js';

const vocabulary = new CompiledVocabulary();
const score = (item: string, line: string) => {
  const found = lineTermsOf(line, vocabulary);
  return overlap(keyTermsOf(item, vocabulary), found, new Set(found.runs.flat()));
};

describe('stem', () => {
  it('gives a word and its plural one stem, short words included', () => {
    expect(stem('nodes')).toBe(stem('node'));
    expect(stem('visited')).toBe(stem('visits'));
    expect(stem('ring')).toBe('ring');
  });
});

describe('figures', () => {
  it('keeps a duration\'s and a change\'s numbers, not a date\'s', () => {
    expect([...keyTermsOf('close the books within 5 working days by November 30', vocabulary).figures]).toEqual(['5']);
    expect([...keyTermsOf('reduce the node count from 40 to 32 by Nov 30', vocabulary).figures]).toEqual(['40', '32']);
    expect([...keyTermsOf('11月10日前把日志保留期从30天调整为1,200天', vocabulary).figures]).toEqual(['30', '1200']);
  });

  it('add to a match beside a shared word, never alone, and are not counted as terms', () => {
    const item = 'close the books within 5 working days';
    expect(termCount(keyTermsOf(item, vocabulary))).toBe(termCount(keyTermsOf('close the books', vocabulary)));
    expect(score(item, 'The books closed in 5 working days.')).toBe(score(item, 'The books closed on time.') + 1);
    expect(score('cut the pages from 120 to 60', 'The queue took 120 calls, 60 at night.')).toBe(0);
  });
});
