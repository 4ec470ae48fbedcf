// src/series.ts (which series and period a summary belongs to) and src/previous.ts (the previous summary of a series
// in the working tree).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { resolveConfig } from '../src/config/index.js';
import { findPrevious, frontMatterOf } from '../src/previous.js';
import { fullDatesIn, parsePeriod, periodsIn, seriesOf, summaryPeriod } from '../src/series.js';
import { TempProjects } from './support/cli.js';

// The first lookups load the config modules and word lists: seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 });
const projects = new TempProjects();
afterAll(() => projects.cleanup());

describe('parsePeriod', () => {
  it.each([
    ['2026-11', { kind: 'month', start: '2026-11-01', end: '2026-11-30', label: '2026-11' }],
    ['2026-W46', { kind: 'week', start: '2026-11-09', end: '2026-11-15', label: '2026-W46' }],
    ['2026-W01', { kind: 'week', start: '2025-12-29', end: '2026-01-04', label: '2026-W01' }],
    ['2026-Q3', { kind: 'quarter', start: '2026-07-01', end: '2026-09-30', label: '2026-Q3' }],
    ['2026-H1', { kind: 'half', start: '2026-01-01', end: '2026-06-30', label: '2026-H1' }],
    ['2026', { kind: 'year', start: '2026-01-01', end: '2026-12-31', label: '2026' }],
    ['2026-11-03', { kind: 'day', start: '2026-11-03', end: '2026-11-03', label: '2026-11-03' }],
    ['2026年11月', { kind: 'month', label: '2026-11' }],
    ['2026年十一月', { kind: 'month', label: '2026-11' }],
    ['2026年第3季度', { kind: 'quarter', label: '2026-Q3' }],
    ['2026年第三季度', { kind: 'quarter', label: '2026-Q3' }],
    ['2026年第46周', { kind: 'week', label: '2026-W46' }],
    ['2026年第46週', { kind: 'week', label: '2026-W46' }],
    ['2026年上半年', { kind: 'half', label: '2026-H1' }],
    ['2026年度', { kind: 'year', label: '2026' }],
    ['November 2026', { kind: 'month', label: '2026-11' }],
    ['Q3 2026', { kind: 'quarter', label: '2026-Q3' }],
    ['week 12, 2026', { kind: 'week', label: '2026-W12' }],
  ])('%s', (text, expected) => {
    expect(parsePeriod(text)).toMatchObject(expected);
  });

  it.each(['November', '2026-13', '2026-02-30', '2026-W54', '2025-W53', 'last month', '上月', '十一月', ''])('is not a period: %j', (text) => {
    expect(parsePeriod(text)).toBeUndefined();
  });
});

describe('seriesOf', () => {
  it('reads team, author and period from front matter; team groups the series', () => {
    expect(seriesOf('r/a.md', { team: 'support', author: 'Alice', period: '2026-11' })).toMatchObject({ key: 'support', period: { label: '2026-11' }, source: 'front-matter' });
    expect(seriesOf('r/a.md', { author: ['王敏', '李强'], period: '2026年第46周' })).toMatchObject({ key: '王敏', period: { label: '2026-W46' } });
  });

  it('reads a configured path pattern, with front matter before it', () => {
    const patterns = ['reports/{team}/{yyyy}-{mm}.md', 'weekly/{author}/{yyyy}-W{ww}.md', 'q/{period}.md'];
    expect(seriesOf('reports/support/2026-11.md', undefined, patterns)).toMatchObject({ team: 'support', key: 'support', period: { label: '2026-11' }, source: 'path' });
    expect(seriesOf('/abs/repo/weekly/alice/2026-W46.md', undefined, patterns)).toMatchObject({ author: 'alice', period: { label: '2026-W46' } });
    expect(seriesOf('reports/support/2026-11.md', { team: 'billing' }, patterns)).toMatchObject({ key: 'billing', period: { label: '2026-11' } });
    expect(seriesOf('q/2026-Q3.md', { team: 'growth' }, patterns)).toMatchObject({ key: 'growth', period: { label: '2026-Q3' } });
  });

  it('falls back to a file name that ends in a period, its stem naming the series', () => {
    expect(seriesOf('notes/weekly-2026-W46.md', undefined)).toMatchObject({ key: 'weekly', period: { label: '2026-W46' }, source: 'path' });
    expect(seriesOf('notes/2026-11.md', undefined)).toMatchObject({ key: undefined, period: { label: '2026-11' } });
    expect(seriesOf('notes/ideas.md', undefined)).toEqual({ source: 'none' });
  });
});

describe('periodsIn', () => {
  const october = parsePeriod('2026-10')!;
  it('finds the periods a title names, reading a month without a year in the period\'s year', () => {
    expect(periodsIn('November report', october).map((m) => [m.text, m.periods.map((p) => p.label)])).toEqual([['November', ['2026-11']]]);
    expect(periodsIn('销售部2026年11月工作总结', october).map((m) => m.periods[0].label)).toEqual(['2026-11']);
    expect(periodsIn('第三季度总结', october).map((m) => m.periods[0].label)).toEqual(['2026-Q3']);
    expect(periodsIn('Platform team, week 46', october).map((m) => m.periods[0].label)).toEqual(['2026-W46']);
  });

  it('leaves out dates, durations and words that only look like months', () => {
    expect(periodsIn('Plan made on 11月15日', october)).toEqual([]);
    expect(periodsIn('What we may change in the market', october)).toEqual([]);
    expect(periodsIn('Support team report', october)).toEqual([]);
  });
});

describe('summaryPeriod', () => {
  const span = (fm: Record<string, unknown> | undefined, title?: string, refuse?: Array<'week' | 'day'>) => {
    const period = summaryPeriod(fm, title, { refuse });
    return period && [period.start, period.end];
  };

  it('reads the front matter, else the one period the title names with its year', () => {
    expect(span({ period: '2026-11' }, 'December report')).toEqual(['2026-11-01', '2026-11-30']);
    expect(span(undefined, 'Support Team Report, 2026-11')).toEqual(['2026-11-01', '2026-11-30']);
    expect(span(undefined, '2024年2月销售总结')).toEqual(['2024-02-01', '2024-02-29']);
    expect(span(undefined, '2026年第四季度工作总结')).toEqual(['2026-10-01', '2026-12-31']);
    expect(span(undefined, 'H1 2021 - Transparency Report')).toEqual(['2021-01-01', '2021-06-30']);
    expect(span(undefined, '台北門市2024年度工作總結')).toEqual(['2024-01-01', '2024-12-31']);
    expect(span(undefined, 'Sales report 2026/11')).toEqual(['2026-11-01', '2026-11-30']);
  });

  it('gives none for a title without a year, or two periods, or a kind the caller refuses', () => {
    expect(span(undefined, 'October Sales Report')).toBeUndefined();
    expect(span(undefined, '2026-10 and 2026-11 review')).toBeUndefined();
    expect(span(undefined, 'Weekly notes 2026-11-05', ['week', 'day'])).toBeUndefined();
    expect(span({ period: '2026-W46' }, undefined, ['week', 'day'])).toBeUndefined();
    expect(span({ period: '2026-W46' }, undefined)).toEqual(['2026-11-09', '2026-11-15']);
  });
});

describe('fullDatesIn', () => {
  it('finds ISO and Chinese dates with a year, not versions, months alone or impossible days', () => {
    expect([...fullDatesIn('Cleared on 2026-10-28. 于2026年12月3日开始; v2026.1.2.3; 2026-11; 2026-02-30')].map((d) => d.date)).toEqual(['2026-10-28', '2026-12-03']);
  });
});

describe('findPrevious', () => {
  const summary = (fm: string) => `---\n${fm}\n---\n# Report\n\nText.\n`;

  it('finds the latest earlier summary of the same series and kind in the folder, by front matter', () => {
    const cwd = projects.create({
      'r/a.md': summary('team: support\nperiod: 2026-09'),
      'r/b.md': summary('team: support\nperiod: 2026-10'),
      'r/c.md': summary('team: support\nperiod: 2026-11'),
      'r/other-team.md': summary('team: sales\nperiod: 2026-10'),
      'r/quarter.md': summary('team: support\nperiod: 2026-Q3'),
    });
    const config = resolveConfig({}, path.join(cwd, 'r/c.md'), cwd);
    const file = (name: string) => path.join(cwd, 'r', name);
    expect(findPrevious(file('c.md'), summary('team: support\nperiod: 2026-11'), config)).toBe(file('b.md'));
    expect(findPrevious(file('b.md'), summary('team: support\nperiod: 2026-10'), config)).toBe(file('a.md'));
    expect(findPrevious(file('a.md'), summary('team: support\nperiod: 2026-09'), config)).toBeUndefined();
    expect(findPrevious(file('c.md'), summary('period: 2026-11'), config)).toBeUndefined();
  });

  it('finds it across the folders a path pattern spans, and sees a summary added later', () => {
    const cwd = projects.create({
      'reports/support/2026-09.md': '# September\n',
      'reports/sales/2026-10.md': '# October, sales\n',
    });
    const config = resolveConfig({ series: { patterns: ['reports/{team}/{yyyy}-{mm}.md'] } }, path.join(cwd, 'x.md'), cwd);
    const november = path.join(cwd, 'reports/support/2026-11.md');
    expect(findPrevious(november, '# November\n', config)).toBe(path.join(cwd, 'reports/support/2026-09.md'));
    writeFileSync(path.join(cwd, 'reports/support/2026-10.md'), '# October\n');
    expect(findPrevious(november, '# November\n', config)).toBe(path.join(cwd, 'reports/support/2026-10.md'));
  });

  it('reads front matter as the document model does', () => {
    expect(frontMatterOf('---\nteam: support\nperiod: 2026-11-03\n---\n# x\n')).toEqual({ team: 'support', period: '2026-11-03' });
    expect(frontMatterOf('# x\n\n---\nteam: a\n---\n')).toBeUndefined();
  });
});
