// When an action item is due: dates, weekdays and periods, durations, recurrences.
// Words (weekdays, months, period words, time units, "Due:" labels) come from the vocabulary's `deadline`,
// `deadline-marker` and `time-unit`; the shapes of dates come from src/text/dates.ts and the language packs.
import { languages, languagesVersion } from '../../src/languages/index.js';
import { COMMON_DATES } from '../../src/text/dates.js';
import type { SummaryDoc, Vocabulary, VocabularyMatch } from '../../src/types.js';
import { forEachMatch } from '../../src/text/matches.js';
import { isWholly } from './action-items.js';
import { perVocabulary } from './cache.js';

export type TimeKind = 'date' | 'period' | 'duration' | 'recurrence' | 'label';

export interface TimeMatch {
  text: string;
  start: number;
  end: number;
  kind: TimeKind;
}

/** What makes an event a deadline when it comes before it: "before the Alpha release", "by the v2 launch". */
const EVENT_BEFORE = /(?<![\p{L}])(?:before|by|until|till|ahead of|in time for|prior to)\s+(?:the\s+|our\s+)?(?:[\p{L}\p{N}.-]+\s+){0,2}$/iu;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The date shapes of every language and of the registered packs (src/text/dates.ts, each pack's `dates`). */
function dateShapes(): readonly RegExp[] {
  const version = languagesVersion();
  if (shapes?.version !== version) shapes = { version, dates: [...COMMON_DATES, ...languages().flatMap((pack) => pack.dates?.dates ?? [])] };
  return shapes.dates;
}

let shapes: { version: number; dates: readonly RegExp[] } | undefined;

/** Duration and recurrence patterns each pack builds around its `time-unit` entries. */
function unitPatterns(vocabulary: Vocabulary): Array<{ pattern: RegExp; kind: TimeKind }> {
  return languages().flatMap((pack) => {
    const units = [...new Set(vocabulary.entries('time-unit', pack.code))]
      .map((u) => vocabulary.normalize(u).trim())
      .filter(Boolean)
      .sort((a, b) => b.length - a.length);
    return units.length > 0 && pack.dates?.durations ? pack.dates.durations(units.map(escape).join('|')) : [];
  });
}

const unitPatternsOf = perVocabulary(unitPatterns);

/** Every statement of when in `text`, in order. */
export function findTimes(text: string, vocabulary: Vocabulary, labels = true): TimeMatch[] {
  const norm = vocabulary.normalize(text);
  const out: TimeMatch[] = [];
  const push = (start: number, end: number, kind: TimeKind) => out.push({ text: text.slice(start, end), start, end, kind });
  for (const re of dateShapes()) forEachMatch(re, norm, (m) => push(m.index, m.index + m[0].length, 'date'));
  for (const { pattern, kind } of unitPatternsOf(vocabulary)) forEachMatch(pattern, norm, (m) => push(m.index, m.index + m[0].length, kind));
  for (const m of vocabulary.find('deadline', text)) {
    if (!caseFits(m)) continue;
    if (m.info.event) {
      // An event is a deadline after "before", "by", "until": "before the Alpha release", "by code freeze", "发布前".
      const before = EVENT_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start));
      if (before) push(m.start - before[0].length, m.end, 'date');
      else if (/^\s*(?:前|之前|以前)/u.test(text.slice(m.end))) push(m.start, m.end + /^\s*(?:前|之前|以前)/u.exec(text.slice(m.end))![0].length, 'date');
      continue;
    }
    push(m.start, m.end, /^(?:每|every|each)|ly$/iu.test(m.text) ? 'recurrence' : 'period');
  }
  // "H1"/"H2" are half-years and "W23" an ISO week only when written in capitals ("H2 plan", not "the h1 tag").
  for (const m of text.matchAll(/(?<![A-Za-z0-9])(?:H[12]|W(?:0?[1-9]|[1-4]\d|5[0-3]))(?![A-Za-z0-9])/gu)) push(m.index, m.index + m[0].length, 'date');
  if (labels) for (const label of findTimeLabels(text, vocabulary)) out.push(label);
  // Longest first at each place; drop matches inside another ("by 2026" in "by 2026-12-01", 每周 twice).
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out.filter((m, i) => !out.some((o, j) => j !== i && o.start <= m.start && m.end <= o.end && (o.end - o.start > m.end - m.start || j < i)));
}

/** Entries marked `"case": "exact"` ("May", "Sun") count only as written. */
export function caseFits(m: VocabularyMatch): boolean {
  return m.info.case !== 'exact' || m.text === m.term;
}

/**
 * `Due: <value>`, `截止日期：<value>`: a deadline label with a value that is not a placeholder (`TBD`, `待定`).
 * The value counts even when it has no date shape ("Due: before the audit"), unless it is only a vague time ("Due: ASAP").
 */
export function findTimeLabels(text: string, vocabulary: Vocabulary): TimeMatch[] {
  const out: TimeMatch[] = [];
  for (const m of vocabulary.find('deadline-marker', text)) {
    const after = /^\s*[:：]\s*([^\n,，;；。)）\]】|]*)/u.exec(text.slice(m.end));
    if (!after) continue;
    const before = text.slice(0, m.start);
    if (before.trim() && !/[\s(（[【,，;；|]$/u.test(before)) continue;
    const value = after[1].trim();
    if (!value || isWholly(value, 'unassigned', vocabulary)) continue;
    // "Due: ASAP" states no date: leave it to the vague-time check.
    if (findVagueTimes(value, vocabulary).length > 0 && findTimes(value, vocabulary, false).length === 0) continue;
    out.push({ text: text.slice(m.start, m.end + after[0].length), start: m.start, end: m.end + after[0].length, kind: 'label' });
  }
  return out;
}

/** Vague time words (`vague` entries of category `time`: ASAP, soon, 尽快, 及时) in `text`. */
export function findVagueTimes(text: string, vocabulary: Vocabulary): VocabularyMatch[] {
  // Negated, the word describes a problem, not when anything is due: "售后服务响应不及时", "replies were not timely".
  const norm = vocabulary.normalize(text);
  return vocabulary.find('vague', text).filter((m) => m.info.category === 'time' && !NEGATED.test(norm.slice(Math.max(0, m.start - 12), m.start)));
}

/** A negation just before a word: 不, 未, 没有, 不够 (不及时, 未及时); "not", "never" ("not timely"). */
const NEGATED = /(?:[不未没欠]|没有|不够|不太|不大)$|(?:(?<![\p{L}])(?:not|never)|n't)\s+(?:(?:very|always|quite|so)\s+)?$/iu;

/** How many blocks at a document's top may hold its header fields. */
const HEADER_BLOCKS = 12;

/**
 * Whether a header field at the document's top dates the period it covers: "迭代周期：14天 2024/08/02-2024/08/15",
 * "Sprint dates: 2026-03-02 to 2026-03-13" (a `period-field` label, then a date), or its title does: "Sprint 28
 * (8/12/2020 - 8/25/2020)", "冲刺 12（2026/03/02-2026/03/13）". The plan of that period is due by its end.
 */
export function statesOwnPeriod(doc: SummaryDoc, vocabulary: Vocabulary): boolean {
  if (titleDatesItsPeriod(doc.title?.text ?? '', vocabulary)) return true;
  return doc.blocks.slice(0, HEADER_BLOCKS).some((block) =>
    block.prose.text.split('\n').some((line) => {
      const field = /^\s*[*_]*([^:：\n]{1,20}?)[*_]*\s*[:：]\s*(\S.*)$/u.exec(line);
      return !!field && isWholly(field[1], 'period-field', vocabulary) && findTimes(field[2], vocabulary, false).some((t) => t.kind === 'date');
    }),
  );
}

/**
 * A title that names a cycle and gives it calendar dates: "Sprint 28 (8/12/2020 - 8/25/2020)". The cycle's own
 * name ("Sprint 12") is not enough: it says which sprint, not when it ends.
 */
function titleDatesItsPeriod(title: string, vocabulary: Vocabulary): boolean {
  const cycles = vocabulary.find('period-field', title);
  if (cycles.length === 0) return false;
  return findTimes(title, vocabulary, false).some((t) => t.kind === 'date' && !cycles.some((c) => c.start < t.end && t.start < c.end));
}
