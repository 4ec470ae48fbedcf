// The period a summary covers, read from its title or front matter, and the full dates of its text.
import { describe, expect, it } from 'vitest';
import { fullDates, parsePeriodText } from '../../rules/utils/period.js';

describe('parsePeriodText', () => {
  it('reads months, quarters, halves and years', () => {
    expect(parsePeriodText('Support Team Report, 2026-11')).toMatchObject({ start: 20261101, end: 20261130 });
    expect(parsePeriodText('2024年2月销售总结')).toMatchObject({ start: 20240201, end: 20240229 });
    expect(parsePeriodText('2026-Q3')).toMatchObject({ start: 20260701, end: 20260930 });
    expect(parsePeriodText('2026年第四季度工作总结')).toMatchObject({ start: 20261001, end: 20261231 });
    expect(parsePeriodText('H1 2021 - Transparency Report')).toMatchObject({ start: 20210101, end: 20210630 });
    expect(parsePeriodText('台北門市2024年度工作總結')).toMatchObject({ start: 20240101, end: 20241231 });
  });

  it('gives no period for a whole date, a week or no number', () => {
    expect(parsePeriodText('Weekly notes 2026-11-05')).toBeUndefined();
    expect(parsePeriodText('2026-W46')).toBeUndefined();
    expect(parsePeriodText('October Sales Report')).toBeUndefined();
  });
});

describe('fullDates', () => {
  it('finds ISO and Chinese dates with a year, not versions or months alone', () => {
    expect([...fullDates('Cleared on 2026-10-28. 于2026年12月3日开始; v2026.1.2.3; 2026-11')].map((d) => d.value)).toEqual([20261028, 20261203]);
  });
});
