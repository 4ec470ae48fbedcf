// Which series and period a summary belongs to (src/series.ts): the period forms in both languages, ISO weeks
// at year ends, front matter before path patterns, and a file name's date as the last resort.
import { describe, expect, it } from 'vitest';
import { parsePeriod, seriesOf } from '../src/series.js';

describe('parsePeriod', () => {
  it.each([
    ['2026-11', { kind: 'month', label: '2026-11', start: '2026-11-01', end: '2026-11-30' }],
    ['2024-02', { kind: 'month', label: '2024-02', start: '2024-02-01', end: '2024-02-29' }],
    ['2026-Q3', { kind: 'quarter', label: '2026-Q3', start: '2026-07-01', end: '2026-09-30' }],
    ['2026-H1', { kind: 'half', label: '2026-H1', start: '2026-01-01', end: '2026-06-30' }],
    ['2026', { kind: 'year', label: '2026', start: '2026-01-01', end: '2026-12-31' }],
    ['2026-11-03', { kind: 'day', label: '2026-11-03', start: '2026-11-03', end: '2026-11-03' }],
    ['2026-W46', { kind: 'week', label: '2026-W46', start: '2026-11-09', end: '2026-11-15' }],
    // ISO weeks: 2026's week 1 starts in 2025 (January 4th is a Sunday); 2026 has 53 weeks.
    ['2026-W01', { kind: 'week', label: '2026-W01', start: '2025-12-29', end: '2026-01-04' }],
    ['2026-W53', { kind: 'week', label: '2026-W53', start: '2026-12-28', end: '2027-01-03' }],
    ['2026年11月', { kind: 'month', label: '2026-11', start: '2026-11-01', end: '2026-11-30' }],
    ['2026年第3季度', { kind: 'quarter', label: '2026-Q3', start: '2026-07-01', end: '2026-09-30' }],
    ['2026年第三季度', { kind: 'quarter', label: '2026-Q3', start: '2026-07-01', end: '2026-09-30' }],
    ['2026年第46周', { kind: 'week', label: '2026-W46', start: '2026-11-09', end: '2026-11-15' }],
    ['2026年第46週', { kind: 'week', label: '2026-W46', start: '2026-11-09', end: '2026-11-15' }],
    ['2026年上半年', { kind: 'half', label: '2026-H1', start: '2026-01-01', end: '2026-06-30' }],
    ['2026年11月3日', { kind: 'day', label: '2026-11-03', start: '2026-11-03', end: '2026-11-03' }],
    ['2026年度', { kind: 'year', label: '2026', start: '2026-01-01', end: '2026-12-31' }],
    ['sre-weekly-2026-W46.md', { kind: 'week', label: '2026-W46', start: '2026-11-09', end: '2026-11-15' }],
  ])('%s', (text, period) => {
    expect(parsePeriod(text)).toEqual(period);
  });

  it.each(['2025-W53', '2026-13', '2026-02-30', 'no date here', '20261'])('not a period: %s', (text) => {
    expect(parsePeriod(text)).toBeUndefined();
  });
});

describe('seriesOf', () => {
  it('reads team, author and period from front matter; the team is the key', () => {
    expect(seriesOf('notes/a.md', { team: 'Platform', author: 'Alex', period: '2026年10月' })).toEqual({
      team: 'Platform',
      author: 'Alex',
      key: 'Platform',
      period: { kind: 'month', label: '2026-10', start: '2026-10-01', end: '2026-10-31' },
      source: 'front-matter',
    });
    expect(seriesOf('notes/a.md', { author: '王敏', period: '2026-W02' })).toMatchObject({ key: '王敏', source: 'front-matter' });
  });

  it('reads a path pattern when the front matter says nothing, and fills what the front matter leaves out', () => {
    const patterns = ['reports/{team}/{yyyy}-{mm}.md', 'weekly/{author}/{yyyy}-W{ww}.md'];
    expect(seriesOf('repo/reports/sales/2026-09.md', undefined, patterns)).toMatchObject({ team: 'sales', key: 'sales', period: { label: '2026-09' }, source: 'path' });
    expect(seriesOf('weekly/li/2026-W05.md', {}, patterns)).toMatchObject({ author: 'li', key: 'li', period: { label: '2026-W05' }, source: 'path' });
    expect(seriesOf('reports/sales/2026-09.md', { author: 'Ann' }, patterns)).toMatchObject({ team: 'sales', author: 'Ann', key: 'sales', period: { label: '2026-09' }, source: 'front-matter' });
    expect(seriesOf('x.md', undefined, ['**/{team}/{period}.md'])).toEqual({ source: 'none' });
    expect(seriesOf('a/b/ops/2026-Q1.md', undefined, ['**/{team}/{period}.md'])).toMatchObject({ team: 'ops', period: { label: '2026-Q1' } });
  });

  it('falls back to a period in the file name, else knows nothing', () => {
    expect(seriesOf('notes/2026-11-03-standup.md', undefined)).toEqual({ period: expect.objectContaining({ label: '2026-11-03' }), source: 'path' });
    expect(seriesOf('notes/standup.md', undefined)).toEqual({ source: 'none' });
  });

  it('names an unknown placeholder', () => {
    expect(() => seriesOf('a.md', undefined, ['{tema}/{yyyy}.md'])).toThrow(/unknown placeholder \{tema\}/);
  });
});
