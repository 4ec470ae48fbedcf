// Which series (a team's or a person's summaries over time) a summary belongs to, and which period it covers:
// from its front matter (`team`, `author`, `period`), else from a configured path pattern
// (`reports/{team}/{yyyy}-{mm}.md`), else from a file name that ends in a period (`weekly-2026-W46.md`).
// `follow-up-plan` finds the previous summary of a series with it (src/previous.ts), `require-metadata` checks
// the front matter's shapes with `parsePeriod`, and `consistent-numbers` reads a summary's period (`summaryPeriod`)
// and the full dates of its text (`fullDatesIn`) to report a result dated outside it.
export type PeriodKind = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'year';
export interface Period { kind: PeriodKind; start: string; end: string; label: string } // ISO dates; label e.g. '2026-11', '2026-W46', '2026-Q3'
export interface SeriesInfo {
  team?: string; author?: string; period?: Period;
  /** team, else author: what groups a series; undefined when unknown */
  key?: string;
  source: 'front-matter' | 'path' | 'title' | 'none';
}

const DAY = 86_400_000;
const iso = (time: number) => new Date(time).toISOString().slice(0, 10);
const utc = (year: number, month: number, day = 1) => Date.UTC(year, month - 1, day);
const pad = (n: number) => String(n).padStart(2, '0');

function span(kind: PeriodKind, start: number, endExclusive: number, label: string): Period {
  return { kind, start: iso(start), end: iso(endExclusive - DAY), label };
}

export function monthPeriod(year: number, month: number): Period | undefined {
  if (month < 1 || month > 12) return undefined;
  return span('month', utc(year, month), utc(year, month + 1), `${year}-${pad(month)}`);
}

export function quarterPeriod(year: number, quarter: number): Period | undefined {
  if (quarter < 1 || quarter > 4) return undefined;
  return span('quarter', utc(year, quarter * 3 - 2), utc(year, quarter * 3 + 1), `${year}-Q${quarter}`);
}

export function halfPeriod(year: number, half: number): Period | undefined {
  if (half !== 1 && half !== 2) return undefined;
  return span('half', utc(year, half * 6 - 5), utc(year, half * 6 + 1), `${year}-H${half}`);
}

export function yearPeriod(year: number): Period {
  return span('year', utc(year, 1), utc(year + 1, 1), String(year));
}

export function dayPeriod(year: number, month: number, day: number): Period | undefined {
  const time = utc(year, month, day);
  if (month < 1 || month > 12 || new Date(time).getUTCDate() !== day) return undefined;
  return span('day', time, time + DAY, iso(time));
}

/** ISO 8601 week: weeks start on Monday, and week 1 holds the year's first Thursday. */
export function weekPeriod(year: number, week: number): Period | undefined {
  const jan4 = utc(year, 1, 4);
  const monday1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY;
  const start = monday1 + (week - 1) * 7 * DAY;
  if (week < 1 || week > 53 || (week === 53 && new Date(start + 3 * DAY).getUTCFullYear() !== year)) return undefined;
  return span('week', start, start + 7 * DAY, `${year}-W${pad(week)}`);
}

const HAN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 两: 2 };

/** `11`, `十一`, `十二`, `三`: a small number as written in a period. */
function smallNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  if (text.length === 1) return HAN_DIGITS[text] ?? NaN;
  if (text.length === 2 && text[0] === '十') return 10 + (HAN_DIGITS[text[1]] ?? NaN);
  return NaN;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const NUM = '(\\d{1,2}|[一二三四五六七八九十两]{1,2})';

/** Period shapes, each matched against the whole (trimmed, lower-cased, Simplified) text. */
const SHAPES: Array<[RegExp, (m: RegExpMatchArray) => Period | undefined]> = [
  [/^(\d{4})-(\d{1,2})-(\d{1,2})$/, (m) => dayPeriod(+m[1], +m[2], +m[3])],
  [/^(\d{4})-(\d{1,2})$/, (m) => monthPeriod(+m[1], +m[2])],
  [/^(\d{4})-?w(\d{1,2})$/, (m) => weekPeriod(+m[1], +m[2])],
  [/^(\d{4})-?q([1-4])$/, (m) => quarterPeriod(+m[1], +m[2])],
  [/^q([1-4])[ -]?(\d{4})$/, (m) => quarterPeriod(+m[2], +m[1])],
  [/^(\d{4})-?h([12])$/, (m) => halfPeriod(+m[1], +m[2])],
  [/^h([12])[ -]?(\d{4})$/, (m) => halfPeriod(+m[2], +m[1])],
  [/^(\d{4})$/, (m) => yearPeriod(+m[1])],
  [/^(\d{4})年度?$/, (m) => yearPeriod(+m[1])],
  [new RegExp(`^(\\d{4})年${NUM}月${NUM}日$`), (m) => dayPeriod(+m[1], smallNumber(m[2]), smallNumber(m[3]))],
  [new RegExp(`^(\\d{4})年${NUM}月份?$`), (m) => monthPeriod(+m[1], smallNumber(m[2]))],
  [new RegExp(`^(\\d{4})年?第?${NUM}季度$`), (m) => quarterPeriod(+m[1], smallNumber(m[2]))],
  [/^(\d{4})年?q([1-4])$/, (m) => quarterPeriod(+m[1], +m[2])],
  [new RegExp(`^(\\d{4})年?第${NUM}周$`), (m) => weekPeriod(+m[1], smallNumber(m[2]))],
  [/^(\d{4})年?(上|下)半年$/, (m) => halfPeriod(+m[1], m[2] === '上' ? 1 : 2)],
  [/^([a-z]{3})[a-z]*\.? (\d{4})$/, (m) => (MONTHS.includes(m[1]) ? monthPeriod(+m[2], MONTHS.indexOf(m[1]) + 1) : undefined)],
  [/^week (\d{1,2}),? (\d{4})$/, (m) => weekPeriod(+m[2], +m[1])],
];

/** Traditional forms a period is written with (年度, 週, 兩); the rest of a period's characters are shared. */
const TRADITIONAL: Record<string, string> = { 週: '周', 兩: '两' };

/** '2026-11', '2026-W46', '2026-Q3', '2026-H1', '2026', '2026-11-03', '2026年11月', '2026年第3季度', '2026年第46周' ... */
export function parsePeriod(text: string): Period | undefined {
  const normalized = text
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[週兩]/g, (c) => TRADITIONAL[c])
    .replace(/\s+/g, ' ')
    .replace(/(?<=\d) (?=[年月日季周第])|(?<=[年月第]) (?=\d)/g, '');
  for (const [pattern, make] of SHAPES) {
    const match = normalized.match(pattern);
    if (match) return make(match);
  }
  return undefined;
}

/** The period of a front-matter value: a string, a number (`period: 2026`) or a date YAML read (`period: 2026-11-03`). */
export function periodOfValue(value: unknown): Period | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return parsePeriod(value.toISOString().slice(0, 10));
  if (typeof value === 'string' || typeof value === 'number') return parsePeriod(String(value));
  return undefined;
}

/** A front-matter name: a string, or the first of a list (`author: [王敏, 李强]`). */
function nameOf(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' && first.trim() !== '' ? first.trim() : undefined;
}

const FIELD = /\{(team|author|yyyy|mm|dd|ww|q|h|period)\}|\*\*\/|\*|[.+?^$()[\]\\|{}]/g;
const FIELD_PATTERN: Record<string, string> = {
  team: '([^/]+?)', author: '([^/]+?)', period: '([^/]+?)',
  yyyy: '(\\d{4})', mm: '(\\d{1,2})', dd: '(\\d{1,2})', ww: '(\\d{1,2})', q: '([1-4])', h: '([12])',
};

/** The placeholders a path pattern may hold; anything else in braces is a mistake (`{tema}`), not text to match. */
export const PATTERN_FIELDS = Object.keys(FIELD_PATTERN);

/** What is wrong with a path pattern (an unknown `{placeholder}`), or undefined when nothing is. */
export function patternProblem(pattern: string): string | undefined {
  const unknown = [...pattern.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]).find((name) => !PATTERN_FIELDS.includes(name));
  return unknown === undefined ? undefined : `series pattern "${pattern}": unknown placeholder {${unknown}}; use ${PATTERN_FIELDS.map((f) => `{${f}}`).join(', ')}`;
}

interface CompiledPattern { regex: RegExp; fields: string[] }
const compiled = new Map<string, CompiledPattern>();

/** A path pattern as a regular expression matched against the end of a `/`-separated path. */
function compilePattern(pattern: string): CompiledPattern {
  let known = compiled.get(pattern);
  if (!known) {
    const fields: string[] = [];
    const body = pattern.replace(/^\.?\//, '').replace(FIELD, (token, field?: string) => {
      if (field) {
        fields.push(field);
        return FIELD_PATTERN[field];
      }
      if (token === '**/') return '(?:[^/]+/)*';
      if (token === '*') return '[^/]*';
      return `\\${token}`;
    });
    compiled.set(pattern, (known = { regex: new RegExp(`(?:^|/)${body}$`, 'i'), fields }));
  }
  return known;
}

/** The fields a path pattern reads from a path, or undefined when it does not match. */
function readPattern(path: string, pattern: string): Record<string, string> | undefined {
  const { regex, fields } = compilePattern(pattern);
  const match = path.replace(/\\/g, '/').match(regex);
  if (!match) return undefined;
  const values: Record<string, string> = {};
  fields.forEach((field, i) => (values[field] = match[i + 1]));
  return values;
}

function periodOfFields(fields: Record<string, string>): Period | undefined {
  if (fields.period) return parsePeriod(fields.period);
  const year = Number(fields.yyyy);
  if (!fields.yyyy) return undefined;
  if (fields.ww) return weekPeriod(year, +fields.ww);
  if (fields.q) return quarterPeriod(year, +fields.q);
  if (fields.h) return halfPeriod(year, +fields.h);
  if (fields.mm && fields.dd) return dayPeriod(year, +fields.mm, +fields.dd);
  if (fields.mm) return monthPeriod(year, +fields.mm);
  return yearPeriod(year);
}

/** A file name that ends in a period: `2026-11.md`, `weekly-2026-W46.md`, `周报-2026年第46周.md` (name, period). */
const NAMED_PERIOD = /^(?:(.*?)[-_ .]+)?(\d{4}(?:-\d{1,2}(?:-\d{1,2})?|-?[wqhWQH]\d{1,2})?|\d{4}年[^/]*)$/;

function fromFileName(path: string): { name?: string; period: Period } | undefined {
  const base = path.replace(/\\/g, '/').split('/').pop()!.replace(/\.(md|markdown)$/i, '');
  const match = base.match(NAMED_PERIOD);
  const period = match && parsePeriod(match[2]);
  return period ? { name: match[1] || undefined, period } : undefined;
}

/** From front matter (`team`, `author`, `period`), else a path pattern such as 'reports/{team}/{yyyy}-{mm}.md'. */
export function seriesOf(path: string, frontMatter: Record<string, unknown> | undefined, patterns?: readonly string[]): SeriesInfo {
  const team = nameOf(frontMatter?.team);
  const author = nameOf(frontMatter?.author);
  const period = periodOfValue(frontMatter?.period);
  if ((team || author) && period) return { team, author, period, key: team ?? author, source: 'front-matter' };

  for (const pattern of patterns ?? []) {
    const fields = readPattern(path, pattern);
    if (!fields) continue;
    const info: SeriesInfo = { team: team ?? fields.team, author: author ?? fields.author, period: period ?? periodOfFields(fields), source: 'path' };
    return { ...info, key: info.team ?? info.author };
  }

  const named = period ? undefined : fromFileName(path);
  if (named) return { team, author, period: named.period, key: team ?? author ?? named.name, source: 'path' };
  if (team || author || period) return { team, author, period, key: team ?? author, source: 'front-matter' };
  return { source: 'none' };
}

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_WORD = `(${MONTH_NAMES.map((m) => `${m.slice(0, 3)}(?:${m.slice(3)})?`).join('|')})\\.?`;

/**
 * The period a summary covers: its front matter `period`, else the one period its title names with a year
 * ("Support Team Report, 2026-11", 2026年第四季度工作总结, "H1 2021", 2024年度). `refuse` lists kinds the caller cannot
 * use: a front matter or title of such a kind, or a title that also names one (a whole date, a week), gives none.
 */
export function summaryPeriod(frontMatter: Record<string, unknown> | undefined, title: string | undefined, { refuse = [] }: { refuse?: readonly PeriodKind[] } = {}): Period | undefined {
  const usable = (period: Period | undefined) => (period && !refuse.includes(period.kind) ? period : undefined);
  const declared = frontMatter?.period;
  if (declared !== undefined && declared !== null) return usable(periodOfValue(declared));
  if (!title) return undefined;
  const named = periodsIn(title).flatMap((m) => m.periods);
  const labels = new Set(named.map((p) => p.label));
  return labels.size === 1 && named.every((p) => usable(p)) ? named[0] : undefined;
}

/** Full dates with a year in a text (2026-11-05, 2026/11/5, 2026年11月5日), as ISO dates with their offsets; not versions (v2026.1.2.3). */
export function* fullDatesIn(text: string): Generator<{ date: string; start: number; end: number }> {
  for (const m of text.matchAll(/(?<![\d.])((?:19|20)\d\d)(?:[-/.](\d{1,2})[-/.](\d{1,2})|年(\d{1,2})月(\d{1,2})[日号號]?)(?!\.?\d)/gu)) {
    const day = dayPeriod(Number(m[1]), Number(m[2] ?? m[4]), Number(m[3] ?? m[5]));
    if (day) yield { date: day.start, start: m.index, end: m.index + m[0].length };
  }
}

/** A period a text names, and the periods it may mean (a month without a year: that month in each year of `near`). */
export interface PeriodMention { text: string; periods: Period[] }

/**
 * Periods named in a text such as a title: "November 2026", "Nov", "Q3", "H1 2026", "week 46", "2026-11", "2026年11月",
 * "十一月", "第三季度", "第46周", "上半年", "2024年度"; a year alone ("2026") only when `near` is a year. A part without a
 * year is read in the years `near` spans; without `near`, only what names its year is read.
 */
export function periodsIn(text: string, near?: Period): PeriodMention[] {
  const norm = text.normalize('NFKC').toLowerCase().replace(/[週兩]/g, (c) => TRADITIONAL[c]);
  const years = near ? [...new Set([+near.start.slice(0, 4), +near.end.slice(0, 4)])] : [];
  const out: PeriodMention[] = [];
  const taken: Array<[number, number]> = [];
  const add = (m: RegExpMatchArray, make: (year: number) => Period | undefined, year?: string) => {
    const start = m.index!, end = start + m[0].length;
    if (taken.some(([s, e]) => start < e && s < end)) return;
    const periods = (year ? [+year] : years).map(make).filter((p): p is Period => p !== undefined);
    if (periods.length === 0) return;
    taken.push([start, end]);
    out.push({ text: text.slice(start, end).trim(), periods });
  };
  const each = (pattern: RegExp, use: (m: RegExpMatchArray) => void) => {
    for (const m of norm.matchAll(pattern)) use(m);
  };
  each(/(?<![\d.])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\.?\d)/g, (m) => add(m, (y) => dayPeriod(y, +m[3], +m[4]), m[1]));
  each(/(?<!\d)(\d{4})\s*-?\s*w(\d{1,2})(?!\d)/g, (m) => add(m, (y) => weekPeriod(y, +m[2]), m[1]));
  each(/(?<!\d)(\d{4})\s*-?\s*q([1-4])(?!\d)/g, (m) => add(m, (y) => quarterPeriod(y, +m[2]), m[1]));
  each(/(?<!\d)(\d{4})\s*-?\s*h([12])(?!\d)/g, (m) => add(m, (y) => halfPeriod(y, +m[2]), m[1]));
  each(/(?<![\d.])(\d{4})[-/.](\d{1,2})(?![\d./-])/g, (m) => add(m, (y) => monthPeriod(y, +m[2]), m[1]));
  each(/(?<!\d)(\d{4})\s*年度/g, (m) => add(m, (y) => yearPeriod(y), m[1]));
  each(new RegExp(`(?:(\\d{4})\\s*年\\s*)?${NUM}\\s*月(?!\\s*[\\d一二三四五六七八九十]+\\s*[日号])`, 'g'), (m) => add(m, (y) => monthPeriod(y, smallNumber(m[2])), m[1]));
  each(new RegExp(`(?:(\\d{4})\\s*年\\s*)?第?${NUM}\\s*季度`, 'g'), (m) => add(m, (y) => quarterPeriod(y, smallNumber(m[2])), m[1]));
  each(new RegExp(`(?:(\\d{4})\\s*年\\s*)?第${NUM}\\s*周`, 'g'), (m) => add(m, (y) => weekPeriod(y, smallNumber(m[2])), m[1]));
  each(/(?:(\d{4})\s*年?\s*)?(上|下)半年/g, (m) => add(m, (y) => halfPeriod(y, m[2] === '上' ? 1 : 2), m[1]));
  each(new RegExp(`(?<![a-z])${MONTH_WORD}(?![a-z])(?:\\s+(\\d{4})(?!\\d))?`, 'g'), (m) => {
    const month = MONTH_NAMES.findIndex((name) => name.startsWith(m[1].slice(0, 3))) + 1;
    // "may" is also a verb: only with a year, or capitalised as a month in the original.
    if (m[1] === 'may' && !m[2] && text.slice(m.index!, m.index! + 3) !== 'May') return;
    add(m, (y) => monthPeriod(y, month), m[2]);
  });
  each(/(?<![a-z0-9])q([1-4])(?:\s+(\d{4}))?(?![a-z0-9])/g, (m) => add(m, (y) => quarterPeriod(y, +m[1]), m[2]));
  each(/(?<![a-z0-9])h([12])(?:\s+(\d{4}))?(?![a-z0-9])/g, (m) => add(m, (y) => halfPeriod(y, +m[1]), m[2]));
  each(/(?<![a-z])week\s*(\d{1,2})(?:,?\s+(\d{4}))?(?!\d)/g, (m) => add(m, (y) => weekPeriod(y, +m[1]), m[2]));
  if (near?.kind === 'year') each(/(?<!\d)(\d{4})(?!\d)/g, (m) => add(m, (y) => yearPeriod(y), m[1]));
  return out;
}
