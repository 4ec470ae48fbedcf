// The quality report's numbers (src/report/model.ts) and how lint results become its documents
// (src/report/documents.ts): totals, rules, the trend, series tables, the follow-up rate, the labels' locale.
import { describe, expect, it } from 'vitest';
import { toDocument } from '../src/report/documents.js';
import { bucketOf, buildModel, type ReportDocument, type ReportFinding } from '../src/report/model.js';
import { parsePeriod, type SeriesInfo } from '../src/series.js';

const finding = (ruleId: string | null, level: ReportFinding['level'] = 'warn', quote?: string): ReportFinding => ({
  ruleId, level, line: 3, column: 1, message: `${ruleId} message`, ...(quote === undefined ? {} : { quote }),
});

function doc(path: string, team: string | undefined, period: string | undefined, findings: ReportFinding[], locale = 'en'): ReportDocument {
  const series: SeriesInfo = { source: team || period ? 'front-matter' : 'none' };
  if (team) series.team = series.key = team;
  if (period) series.period = parsePeriod(period);
  return { path, series, locale, findings };
}

describe('buildModel', () => {
  const docs = [
    doc('b/2026-10.md', 'B', '2026-10', [finding('no-vague-wording'), finding('require-sections', 'error')]),
    doc('a/2026-09.md', 'A', '2026-09', [finding('no-vague-wording'), finding('no-vague-wording', 'warn', 'many'), finding('require-sections', 'error')]),
    doc('a/2026-10.md', 'A', '2026-10', []),
    doc('a/2026-Q4.md', 'A', '2026-Q4', [finding('require-action-owner', 'info')]),
    doc('loose.md', undefined, undefined, [finding(null, 'error')]),
  ];
  const model = buildModel(docs);

  it('counts documents, findings by level and the share without errors', () => {
    expect(model.totals).toEqual({ documents: 5, findings: 7, errors: 3, warnings: 3, infos: 1, clean: 2, cleanShare: 0.4 });
    expect(model.documents.map((d) => d.path)).toEqual(['a/2026-09.md', 'a/2026-10.md', 'a/2026-Q4.md', 'b/2026-10.md', 'loose.md']);
  });

  it('lists rules by findings with the documents they touch and an example that quotes words', () => {
    expect(model.rules.map((r) => [r.ruleId, r.findings, r.documents, r.errors, r.warnings, r.infos])).toEqual([
      ['no-vague-wording', 3, 2, 0, 3, 0],
      ['require-sections', 2, 2, 2, 0, 0],
      ['require-action-owner', 1, 1, 0, 0, 1],
    ]);
    expect(model.rules[0].example).toMatchObject({ path: 'a/2026-09.md', quote: 'many' });
  });

  it('trends findings per document by month; a quarter counts in its first month', () => {
    expect(model.trend.kind).toBe('month');
    expect(model.trend.points.map((p) => [p.label, p.documents, p.findings, p.perDocument])).toEqual([
      ['2026-09', 1, 3, 3],
      ['2026-10', 3, 3, 1],
    ]);
    expect(model.buckets).toEqual(['2026-09', '2026-10', '2026-10', '2026-10', undefined]);
  });

  it('tables each series by period, and shows no follow-up column while follow-up-plan has not run', () => {
    expect(model.followUp).toBe(false);
    expect(model.series.map((s) => [s.key, s.documents, s.findings])).toEqual([['A', 3, 4], ['B', 1, 2]]);
    expect(model.series[0].rows.map((r) => [r.period, r.findings, r.errors, r.byRule])).toEqual([
      ['2026-09', 3, 1, { 'no-vague-wording': 2, 'require-sections': 1 }],
      ['2026-10', 0, 0, {}],
      ['2026-Q4', 1, 0, { 'require-action-owner': 1 }],
    ]);
    expect(model.series[0].followUp).toBeUndefined();
  });

  it('rates plan follow-up once follow-up-plan findings are present: the first period is never due', () => {
    const withFollowUp = buildModel([
      doc('a/1.md', 'A', '2026-09', [finding('follow-up-plan')]),
      doc('a/2.md', 'A', '2026-10', [finding('follow-up-plan'), finding('follow-up-plan')]),
      doc('a/3.md', 'A', '2026-11', []),
      doc('a/4.md', 'A', '2026-12', [finding('no-vague-wording')]),
    ]);
    expect(withFollowUp.followUp).toBe(true);
    expect(withFollowUp.series[0].followUp).toEqual({ due: 3, answered: 2 });
    expect(withFollowUp.series[0].rows.map((r) => r.followUp)).toEqual([
      { due: 0, answered: 0 },
      { due: 1, answered: 0 },
      { due: 1, answered: 1 },
      { due: 1, answered: 1 },
    ]);
  });

  it('trends by ISO week when most documents are weekly or daily', () => {
    const weekly = buildModel([doc('1.md', 'A', '2026-W01', []), doc('2.md', 'A', '2026-01-07', [finding('x')]), doc('3.md', 'A', '2026-01', [])]);
    expect(weekly.trend.kind).toBe('week');
    expect(weekly.trend.points.map((p) => [p.label, p.documents])).toEqual([['2026-W01', 2], ['2026-W02', 1]]);
    expect(bucketOf(parsePeriod('2027-01-01')!, 'week')).toEqual({ label: '2026-W53', start: '2026-12-28' });
  });

  it('labels follow the given locale, else the documents’ majority', () => {
    const mixed = [doc('1.md', 'A', undefined, [], 'zh-Hans'), doc('2.md', 'A', undefined, [], 'zh-Hans'), doc('3.md', 'A', undefined, [], 'en')];
    expect(buildModel(mixed).locale).toBe('zh-Hans');
    expect(buildModel(mixed, { locale: 'zh-Hant' }).locale).toBe('zh-Hant');
    expect(buildModel([]).totals).toMatchObject({ documents: 0, cleanShare: 0 });
  });
});

describe('toDocument', () => {
  const message = { ruleId: 'no-vague-wording', severity: 1 as const, level: 'warn' as const, message: 'Vague amount "很多"', line: 7, column: 4, endLine: 7, endColumn: 6, data: { phrase: '很多' } };
  const text = '---\nteam: 华东销售部\nperiod: 2026年10月\n---\n\n# 华东销售部 10月总结\n\n签约了很多新客户，回款良好。\n';

  it('takes the series from the front matter, the locale from the text and the quote from the lines', () => {
    const result = { filePath: '/repo/sales/2026-10.md', messages: [{ ...message, line: 8, column: 4, endColumn: 6 }], errorCount: 0, warningCount: 1, infoCount: 0 };
    const document = toDocument(result, text, { root: '/repo', seriesPatterns: [] });
    expect(document).toMatchObject({ path: 'sales/2026-10.md', locale: 'zh-Hans', series: { key: '华东销售部', period: { label: '2026-10' } } });
    expect(document.findings).toEqual([{ ruleId: 'no-vague-wording', level: 'warn', line: 8, column: 4, message: 'Vague amount "很多"', quote: '很多' }]);
  });

  it('without the file: the rule data’s words, the messages’ language, a path pattern', () => {
    const result = { filePath: '/repo/reports/ops/2026-Q1.md', messages: [message], errorCount: 0, warningCount: 1, infoCount: 0 };
    const document = toDocument(result, undefined, { root: '/repo', seriesPatterns: ['reports/{team}/{period}.md'] });
    expect(document).toMatchObject({ path: 'reports/ops/2026-Q1.md', locale: 'en', series: { key: 'ops', period: { label: '2026-Q1' }, source: 'path' } });
    expect(document.findings[0].quote).toBe('很多');
  });

  it('keeps a series the results already carry', () => {
    const series: SeriesInfo = { team: 'T', key: 'T', source: 'path' };
    const document = toDocument({ filePath: '/repo/x.md', messages: [], errorCount: 0, warningCount: 0, infoCount: 0, series }, '# x\n', { root: '/repo', seriesPatterns: [] });
    expect(document.series).toBe(series);
  });
});
