// When an action item is due: dates, weekdays and periods, durations, recurrences.
// Words (weekdays, months, period words, time units, "Due:" labels) come from the vocabulary's `deadline`,
// `deadline-marker` and `time-unit`; the patterns here are only the shapes of numbers and dates.
import type { Vocabulary, VocabularyMatch } from '../../src/types.js';
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

const HAN_NUM = '[一二两三四五六七八九十廿卅半]';
const EN_NUM = '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple of)';
const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
const MONTH = '(?:0?[1-9]|1[0-2])';

/** Date shapes. Matched on normalised text (NFKC, lower case, Simplified): `２０２６` is `2026`, `Q3` is `q3`. */
const DATE_PATTERNS: RegExp[] = [
  // 2026-12-01, 2026/12/1, 2026.12.01
  new RegExp(`(?<!\\d)(?:19|20)\\d{2}[-/.]${MONTH}[-/.]${DAY}(?!\\d)`, 'gu'),
  // 12/1, 12/01/2026 (month/day; "1/3" reads as a date too, which only ever excuses an item)
  new RegExp(`(?<![\\d./])${MONTH}/${DAY}(?:/(?:19|20)?\\d{2})?(?![\\d/%])`, 'gu'),
  // 12月, 12月1日, 12月1号 (not 3个月, 月活, 月均, 月度)
  new RegExp(`(?<![\\d个每.])${MONTH}\\s*月(?:\\s*${DAY}\\s*[日号])?(?![活均度])`, 'gu'),
  // 十二月, 十一月底, 三月五日 — after a non-Han character or a word like 年/在/于/到 (not 统一月度)
  new RegExp(`(?:(?<!\\p{Script=Han})|(?<=[年在于至到从止前底]))(?:十[一二]?|[一二三四五六七八九])月(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])?[日号]?(?![活均度])`, 'gu'),
  new RegExp(`(?<!\\d)(?:19|20)\\d{2}\\s*年`, 'gu'),
  // 113年, 民国114年: a year of the Minguo calendar (100 to 129, 2011 to 2040), as Taiwan dates its plans
  /(?<![\d.])(?:民国\s*)?1[0-2]\d\s*年(?!\s*(?:来|以来|多|之久))/gu,
  // 15日前, 15号之前
  new RegExp(`(?<![\\d月])${DAY}\\s*[日号]\\s*(?:前|之前|以前)`, 'gu'),
  // Q3, 3Q, H2, FY25
  // (Latin neighbours only: Chinese writes 产品部Q3上线 with no space.)
  /(?<![a-z0-9])(?:q[1-4]|[1-4]q|fy\s?\d{2,4})(?![a-z0-9])/gu,
  // 第三季度, 三季度, 3季度, 一季度末
  new RegExp(`(?:第)?(?:[1-4]|[一二三四])\\s*季度`, 'gu'),
  // 第一季, 第3季 (Taiwan leaves out 度)
  new RegExp(`第\\s*(?:[1-4]|[一二三四])\\s*季(?!度)`, 'gu'),
  // week 46, sprint 12, 第12周, 第三周
  /(?<![\p{L}\p{N}])(?:week|wk|sprint|iteration)\s?#?\d{1,3}(?![\p{L}\p{N}])/gu,
  new RegExp(`第\\s*(?:\\d{1,2}|${HAN_NUM}{1,3})\\s*(?:周|个?星期|个?迭代|期)`, 'gu'),
  // by 2026, in 2026, end of 2026, early 2027
  /(?<![\p{L}\p{N}])(?:by|in|before|until|till|through|during|for|of|early|mid|late)[\s-]+(?:19|20)\d{2}(?![\p{L}\p{N}]|[-/.]\d)/gu,
  // for 1.5, in v2.3, by release 1.30 (a release is a date in projects that ship on a calendar)
  /(?<![\p{L}\p{N}])(?:(?:in|for|before|until|till)\s+(?:the\s+)?(?:release\s+|version\s+|v)?|by\s+(?:the\s+)?(?:release\s+|version\s+|v))\d+\.\d+(?:\.\d+)?(?![\d.%]|\s*(?:x|times|%|percent)(?![\p{L}]))/gu,
];

/** What makes an event a deadline when it comes before it: "before the Alpha release", "by the v2 launch". */
const EVENT_BEFORE = /(?<![\p{L}])(?:before|by|until|till|ahead of|in time for|prior to)\s+(?:the\s+|our\s+)?(?:[\p{L}\p{N}.-]+\s+){0,2}$/iu;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Duration and recurrence patterns built around the `time-unit` words. */
function unitPatterns(vocabulary: Vocabulary): Array<{ re: RegExp; kind: TimeKind }> {
  const units = [...new Set([...vocabulary.entries('time-unit', 'en'), ...vocabulary.entries('time-unit', 'zh')])]
    .map((u) => vocabulary.normalize(u).trim())
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
  if (units.length === 0) return [];
  const han = units.filter((u) => /\p{Script=Han}/u.test(u)).map(escape).join('|');
  const latin = units.filter((u) => !/\p{Script=Han}/u.test(u)).map(escape).join('|');
  const out: Array<{ re: RegExp; kind: TimeKind }> = [];
  if (latin) {
    // within 2 weeks, in 3 days, in the next two sprints, over the next 2 months
    out.push({ re: new RegExp(`(?<![\\p{L}])(?:within|in|inside|over)\\s+(?:the\\s+)?(?:next\\s+|coming\\s+|following\\s+)?${EN_NUM}\\s+(?:${latin})(?![\\p{L}])`, 'gu'), kind: 'duration' });
    // 2 weeks after launch, 3 days before the release
    out.push({ re: new RegExp(`(?<![\\p{L}\\p{N}])${EN_NUM}\\s+(?:${latin})\\s+(?:after|before|from)(?![\\p{L}])`, 'gu'), kind: 'duration' });
    // every Monday is a weekday word; every 2 weeks, every other sprint
    out.push({ re: new RegExp(`(?<![\\p{L}])(?:every|each)\\s+(?:other\\s+|${EN_NUM}\\s+)?(?:${latin})(?![\\p{L}])`, 'gu'), kind: 'recurrence' });
  }
  if (han) {
    // 两周内, 3个工作日之内, 10天以内, 三个月后
    out.push({ re: new RegExp(`(?:\\d+|${HAN_NUM}+)\\s*(?:${han})\\s*(?:内|之内|以内|后|之后|以后)`, 'gu'), kind: 'duration' });
    // 每3个月, 每两周, 每半年
    out.push({ re: new RegExp(`每\\s*(?:\\d+|${HAN_NUM}+)?\\s*(?:${han})`, 'gu'), kind: 'recurrence' });
  }
  return out;
}

const unitPatternsOf = perVocabulary(unitPatterns);

/** Every statement of when in `text`, in order. */
export function findTimes(text: string, vocabulary: Vocabulary, labels = true): TimeMatch[] {
  const norm = vocabulary.normalize(text);
  const out: TimeMatch[] = [];
  const push = (start: number, end: number, kind: TimeKind) => out.push({ text: text.slice(start, end), start, end, kind });
  for (const re of DATE_PATTERNS) forEachMatch(re, norm, (m) => push(m.index, m.index + m[0].length, 'date'));
  for (const { re, kind } of unitPatternsOf(vocabulary)) forEachMatch(re, norm, (m) => push(m.index, m.index + m[0].length, kind));
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
  // "H1"/"H2" are half-years only when written in capitals ("H2 plan", not "the h1 tag").
  for (const m of text.matchAll(/(?<![A-Za-z0-9])H[12](?![A-Za-z0-9])/gu)) push(m.index, m.index + m[0].length, 'date');
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
