// The numbers of the quality report, computed once at build time from lint results: the overview, the trend per
// period, each series' table and the documents. The page only shows them (and filters the documents), so what
// the page says is what this module computed, and the unit tests check it here.
import type { Locale } from '../types.js';
import type { Period, SeriesInfo } from '../series.js';

export type FindingLevel = 'error' | 'warn' | 'info';

export interface ReportFinding {
  /** null for a file that could not be linted (a fatal message). */
  ruleId: string | null;
  level: FindingLevel;
  line: number;
  column: number;
  message: string;
  /** The words the finding is about, as written in the document, when known. */
  quote?: string;
}

export interface ReportDocument {
  /** '/'-separated path relative to the report's root folder (what the link template's {path} gets). */
  path: string;
  series: SeriesInfo;
  /** Locale of the document's text: the messages are in it. */
  locale: Locale;
  findings: ReportFinding[];
}

export interface RuleStat {
  ruleId: string;
  findings: number;
  documents: number;
  errors: number;
  warnings: number;
  infos: number;
  /** The first finding of the rule that quotes words, else its first finding. */
  example: { path: string; line: number; message: string; quote?: string; locale: Locale };
}

export interface TrendPoint { label: string; start: string; documents: number; findings: number; perDocument: number }

/** Plan follow-up: of the summaries that have a predecessor in their series, how many answer all of its plan. */
export interface FollowUp { due: number; answered: number }

export interface SeriesRow {
  period: string;
  start: string;
  documents: number;
  findings: number;
  errors: number;
  byRule: Record<string, number>;
  followUp?: FollowUp;
}

export interface SeriesStat {
  key: string;
  team?: string;
  author?: string;
  documents: number;
  findings: number;
  perDocument: number;
  /** By period, oldest first; documents without a period are left out of the rows but counted above. */
  rows: SeriesRow[];
  followUp?: FollowUp;
}

export interface ReportModel {
  /** Locale of the labels: the configured one, else the documents' majority. */
  locale: Locale;
  totals: { documents: number; findings: number; errors: number; warnings: number; infos: number; clean: number; cleanShare: number };
  /** Most findings first. */
  rules: RuleStat[];
  trend: { kind: 'week' | 'month'; points: TrendPoint[] };
  series: SeriesStat[];
  /** Whether `follow-up-plan` ran (its findings are present): the follow-up columns appear only then. */
  followUp: boolean;
  documents: ReportDocument[];
  /** Each document's trend bucket label (same order as `documents`), for the period filter. */
  buckets: Array<string | undefined>;
}

export const FOLLOW_UP_RULE = 'follow-up-plan';

export function buildModel(documents: readonly ReportDocument[], options: { locale?: Locale } = {}): ReportModel {
  const sorted = [...documents].sort((a, b) => compare(a.path, b.path));
  const followUp = sorted.some((doc) => doc.findings.some((f) => f.ruleId === FOLLOW_UP_RULE));
  const kind = trendKind(sorted);
  const buckets = sorted.map((doc) => (doc.series.period ? bucketOf(doc.series.period, kind) : undefined));
  return {
    locale: options.locale ?? majorityLocale(sorted),
    totals: totalsOf(sorted),
    rules: ruleStats(sorted),
    trend: { kind, points: trendPoints(sorted, buckets) },
    series: seriesStats(sorted, followUp),
    followUp,
    documents: sorted,
    buckets: buckets.map((bucket) => bucket?.label),
  };
}

function totalsOf(docs: readonly ReportDocument[]): ReportModel['totals'] {
  const totals = { documents: docs.length, findings: 0, errors: 0, warnings: 0, infos: 0, clean: 0, cleanShare: 0 };
  for (const doc of docs) {
    const counts = countLevels(doc.findings);
    totals.findings += doc.findings.length;
    totals.errors += counts.error;
    totals.warnings += counts.warn;
    totals.infos += counts.info;
    if (counts.error === 0) totals.clean++;
  }
  totals.cleanShare = docs.length === 0 ? 0 : totals.clean / docs.length;
  return totals;
}

function countLevels(findings: readonly ReportFinding[]): Record<FindingLevel, number> {
  const counts = { error: 0, warn: 0, info: 0 };
  for (const finding of findings) counts[finding.level]++;
  return counts;
}

function ruleStats(docs: readonly ReportDocument[]): RuleStat[] {
  const stats = new Map<string, RuleStat>();
  for (const doc of docs) {
    const seen = new Set<string>();
    for (const finding of doc.findings) {
      if (finding.ruleId === null) continue;
      let stat = stats.get(finding.ruleId);
      if (!stat) {
        stat = { ruleId: finding.ruleId, findings: 0, documents: 0, errors: 0, warnings: 0, infos: 0, example: exampleOf(doc, finding) };
        stats.set(finding.ruleId, stat);
      }
      stat.findings++;
      if (finding.level === 'error') stat.errors++;
      else if (finding.level === 'warn') stat.warnings++;
      else stat.infos++;
      if (!seen.has(finding.ruleId)) {
        seen.add(finding.ruleId);
        stat.documents++;
      }
      if (stat.example.quote === undefined && finding.quote !== undefined) stat.example = exampleOf(doc, finding);
    }
  }
  return [...stats.values()].sort((a, b) => b.findings - a.findings || compare(a.ruleId, b.ruleId));
}

function exampleOf(doc: ReportDocument, finding: ReportFinding): RuleStat['example'] {
  return { path: doc.path, line: finding.line, message: finding.message, quote: finding.quote, locale: doc.locale };
}

// ---------- periods ----------

/** Weeks when most dated documents are daily or weekly, else months. */
function trendKind(docs: readonly ReportDocument[]): 'week' | 'month' {
  let short = 0;
  let long = 0;
  for (const doc of docs) {
    const kind = doc.series.period?.kind;
    if (kind === 'day' || kind === 'week') short++;
    else if (kind) long++;
  }
  return short > long ? 'week' : 'month';
}

/** The week or month a period starts in (a quarterly report counts in its first month). */
export function bucketOf(period: Period, kind: 'week' | 'month'): { label: string; start: string } {
  if (period.kind === kind) return { label: period.label, start: period.start };
  if (kind === 'month') return { label: period.start.slice(0, 7), start: `${period.start.slice(0, 7)}-01` };
  const date = new Date(`${period.start}T00:00:00Z`);
  const monday = new Date(date.getTime() - ((date.getUTCDay() + 6) % 7) * 86_400_000);
  // The ISO week's year is the year of its Thursday.
  const thursday = new Date(monday.getTime() + 3 * 86_400_000);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000)) + 1;
  return { label: `${year}-W${String(week).padStart(2, '0')}`, start: monday.toISOString().slice(0, 10) };
}

function trendPoints(docs: readonly ReportDocument[], buckets: ReadonlyArray<{ label: string; start: string } | undefined>): TrendPoint[] {
  const points = new Map<string, TrendPoint>();
  docs.forEach((doc, i) => {
    const bucket = buckets[i];
    if (!bucket) return;
    let point = points.get(bucket.label);
    if (!point) points.set(bucket.label, (point = { label: bucket.label, start: bucket.start, documents: 0, findings: 0, perDocument: 0 }));
    point.documents++;
    point.findings += doc.findings.length;
  });
  for (const point of points.values()) point.perDocument = point.findings / point.documents;
  return [...points.values()].sort((a, b) => compare(a.start, b.start));
}

// ---------- series ----------

function seriesStats(docs: readonly ReportDocument[], followUp: boolean): SeriesStat[] {
  const groups = new Map<string, ReportDocument[]>();
  for (const doc of docs) {
    const key = doc.series.key;
    if (key === undefined) continue;
    let members = groups.get(key);
    if (!members) groups.set(key, (members = []));
    members.push(doc);
  }
  const stats: SeriesStat[] = [];
  for (const [key, members] of groups) {
    const rows = new Map<string, SeriesRow>();
    for (const doc of members) {
      const period = doc.series.period;
      if (!period) continue;
      let row = rows.get(period.label);
      if (!row) rows.set(period.label, (row = { period: period.label, start: period.start, documents: 0, findings: 0, errors: 0, byRule: {} }));
      row.documents++;
      row.findings += doc.findings.length;
      for (const finding of doc.findings) {
        if (finding.level === 'error') row.errors++;
        if (finding.ruleId !== null) row.byRule[finding.ruleId] = (row.byRule[finding.ruleId] ?? 0) + 1;
      }
    }
    const ordered = [...rows.values()].sort((a, b) => compare(a.start, b.start) || compare(a.period, b.period));
    const findings = members.reduce((sum, doc) => sum + doc.findings.length, 0);
    const stat: SeriesStat = { key, documents: members.length, findings, perDocument: findings / members.length, rows: ordered };
    const { team, author } = members[0].series;
    if (team !== undefined) stat.team = team;
    if (author !== undefined) stat.author = author;
    if (followUp) stat.followUp = followUpOf(members, ordered);
    stats.push(stat);
  }
  return stats.sort((a, b) => compare(a.key, b.key));
}

/**
 * A summary is due to follow up a plan when an earlier period of its series exists; it answers it when
 * `follow-up-plan` reports no unanswered item in it. Filled into each row and summed for the series.
 */
function followUpOf(members: readonly ReportDocument[], rows: SeriesRow[]): FollowUp {
  const total: FollowUp = { due: 0, answered: 0 };
  const first = rows[0]?.period;
  for (const row of rows) row.followUp = { due: 0, answered: 0 };
  const byLabel = new Map(rows.map((row) => [row.period, row]));
  for (const doc of members) {
    const row = doc.series.period && byLabel.get(doc.series.period.label);
    if (!row || row.period === first) continue;
    const answered = !doc.findings.some((f) => f.ruleId === FOLLOW_UP_RULE);
    row.followUp!.due++;
    total.due++;
    if (answered) {
      row.followUp!.answered++;
      total.answered++;
    }
  }
  return total;
}

function majorityLocale(docs: readonly ReportDocument[]): Locale {
  const counts = new Map<Locale, number>();
  for (const doc of docs) counts.set(doc.locale, (counts.get(doc.locale) ?? 0) + 1);
  let best: Locale = 'en';
  let most = 0;
  for (const [locale, count] of counts) if (count > most) [best, most] = [locale, count];
  return best;
}

/** By UTF-16 code units, as the CLI sorts files, never by locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
