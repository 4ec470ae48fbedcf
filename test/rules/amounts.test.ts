// The amount reader: values with their scale and unit, and what it refuses to read.
import { describe, expect, it } from 'vitest';
import { readAmounts } from '../../rules/utils/amounts.js';
import { CompiledVocabulary } from '../../src/vocabulary.js';

const vocabulary = new CompiledVocabulary();
const read = (text: string) => readAmounts(text, vocabulary).map((a) => ({ text: text.slice(a.start, a.end), value: a.value, measure: a.measure, unit: a.unit, approximate: a.approximate }));

describe('readAmounts', () => {
  it('reads scales and units in both languages', () => {
    expect(read('目标100万元，实际完成120万元，达成率110%')).toEqual([
      { text: '100万元', value: 1_000_000, measure: 'currency', unit: '元', approximate: false },
      { text: '120万元', value: 1_200_000, measure: 'currency', unit: '元', approximate: false },
      { text: '110%', value: 110, measure: 'percent', unit: '%', approximate: false },
    ]);
    expect(read('Revenue grew from $1.2M to 1,500 thousand dollars, up 2.5 percentage points')).toEqual([
      { text: '$1.2M', value: 1_200_000, measure: 'currency', unit: '$', approximate: false },
      { text: '1,500 thousand dollars', value: 1_500_000, measure: 'currency', unit: 'dollars', approximate: false },
      { text: '2.5 percentage points', value: 2.5, measure: 'points', unit: 'percentage points', approximate: false },
    ]);
    expect(read('新签客户36家，毛利率提升3个百分点')).toMatchObject([
      { text: '36家', value: 36, unit: '家' },
      { text: '3个百分点', value: 3, measure: 'points' },
    ]);
  });

  it('marks approximate amounts', () => {
    expect(read('约120万元, over 300 users, 50多家, 100+ PRs').map((a) => a.approximate)).toEqual([true, true, true, true]);
  });

  it('leaves dates, versions, Chinese numerals and malformed numbers alone', () => {
    expect(read('2026-11-01 released v1.2.3 to 三万人; 1,23 items; Q3; week 4')).toEqual([]);
  });
});
