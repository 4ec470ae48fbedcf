// Which series (team or author) and which period a summary belongs to: from its front matter (`team`, `author`,
// `period`), else from a path pattern such as 'reports/{team}/{yyyy}-{mm}.md', else a period written in the file
// name. The quality report groups documents by these facts; `follow-up-plan` finds a summary's predecessor by them.
//
// This is the minimal version the report needs; the interface is shared with the follow-up-plan work, which
// owns this file (extend it only with optional fields).
import path from 'node:path';

export type PeriodKind = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'year';
/** ISO dates (`start` and `end` inclusive); label e.g. '2026-11', '2026-W46', '2026-Q3'. */
export interface Period { kind: PeriodKind; start: string; end: string; label: string }
export interface SeriesInfo {
  team?: string;
  author?: string;
  period?: Period;
  /** team, else author: what groups a series; undefined when unknown */
  key?: string;
  source: 'front-matter' | 'path' | 'title' | 'none';
}

// Each form, tried in order on the whole text and then anywhere in it; the first match wins. Digits must not
// touch other digits, so '20261' is no year and 'v2026-11' still reads as a month.
const FORMS: ReadonlyArray<{ pattern: RegExp; read(m: RegExpExecArray): Period | undefined }> = [
  { pattern: /(\d{4})年(\d{1,2})月(\d{1,2})[日号]/, read: (m) => day(+m[1], +m[2], +m[3]) },
  { pattern: /(\d{4})年第?(\d{1,2})(?:周|週)/, read: (m) => week(+m[1], +m[2]) },
  { pattern: /(\d{4})年(?:第)?([1-4一二三四])季(?:度)?/, read: (m) => quarter(+m[1], chineseDigit(m[2])) },
  { pattern: /(\d{4})年([上下])半年/, read: (m) => half(+m[1], m[2] === '上' ? 1 : 2) },
  { pattern: /(\d{4})年(\d{1,2})月/, read: (m) => month(+m[1], +m[2]) },
  { pattern: /(\d{4})年(?:度)?(?![\d第上下])/, read: (m) => year(+m[1]) },
  { pattern: /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/, read: (m) => day(+m[1], +m[2], +m[3]) },
  { pattern: /(?<!\d)(\d{4})-?W(\d{1,2})(?!\d)/i, read: (m) => week(+m[1], +m[2]) },
  { pattern: /(?<!\d)(\d{4})-?Q([1-4])(?!\d)/i, read: (m) => quarter(+m[1], +m[2]) },
  { pattern: /(?<!\d)(\d{4})-?H([12])(?!\d)/i, read: (m) => half(+m[1], +m[2]) },
  { pattern: /(?<!\d)(\d{4})-(\d{2})(?![\d-])/, read: (m) => month(+m[1], +m[2]) },
  { pattern: /(?<!\d)((?:19|20)\d{2})(?![\d-])/, read: (m) => year(+m[1]) },
];

/** '2026-11', '2026-W46', '2026-Q3', '2026-H1', '2026', '2026-11-03', '2026年11月', '2026年第3季度', '2026年第46周' ... */
export function parsePeriod(text: string): Period | undefined {
  for (const { pattern, read } of FORMS) {
    const match = pattern.exec(text);
    if (match) {
      const period = read(match);
      if (period) return period;
    }
  }
  return undefined;
}

/** From front matter (`team`, `author`, `period`), else a path pattern such as 'reports/{team}/{yyyy}-{mm}.md'. */
export function seriesOf(file: string, frontMatter: Record<string, unknown> | undefined, patterns: readonly string[] = []): SeriesInfo {
  const fm = frontMatter ?? {};
  const team = text(fm.team);
  const author = text(fm.author);
  const periodText = text(fm.period) ?? text(fm.date);
  if (team !== undefined || author !== undefined || periodText !== undefined) {
    const fromPath = fromPatterns(file, patterns);
    return info({ team: team ?? fromPath?.team, author: author ?? fromPath?.author, period: (periodText === undefined ? undefined : parsePeriod(periodText)) ?? fromPath?.period }, 'front-matter');
  }
  const fromPath = fromPatterns(file, patterns);
  if (fromPath) return info(fromPath, 'path');
  const named = parsePeriod(path.basename(file));
  return named ? info({ period: named }, 'path') : { source: 'none' };
}

function info(facts: Omit<SeriesInfo, 'source' | 'key'>, source: SeriesInfo['source']): SeriesInfo {
  const result: SeriesInfo = { source };
  if (facts.team !== undefined) result.team = facts.team;
  if (facts.author !== undefined) result.author = facts.author;
  if (facts.period !== undefined) result.period = facts.period;
  const key = facts.team ?? facts.author;
  if (key !== undefined) result.key = key;
  return result;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

// ---------- path patterns ----------

const PLACEHOLDERS: Readonly<Record<string, string>> = {
  team: '(?<team>[^/]+)',
  author: '(?<author>[^/]+)',
  period: '(?<period>[^/]+?)',
  yyyy: '(?<yyyy>\\d{4})',
  mm: '(?<mm>\\d{2})',
  dd: '(?<dd>\\d{2})',
  ww: '(?<ww>\\d{2})',
  q: '(?<q>[1-4])',
  h: '(?<h>[12])',
};

const compiled = new Map<string, RegExp>();

/** A pattern as a regex over the path's end: `{name}` placeholders, `*` within a folder, `**` across folders. */
function patternRegex(pattern: string): RegExp {
  let regex = compiled.get(pattern);
  if (!regex) {
    const source = pattern
      .replace(/^\.?\//, '')
      .split(/(\{[a-z]+\}|\*\*\/|\*)/)
      .map((part) => {
        if (part === '**/') return '(?:[^/]+/)*';
        if (part === '*') return '[^/]*';
        const name = /^\{([a-z]+)\}$/.exec(part)?.[1];
        if (name !== undefined) {
          if (!PLACEHOLDERS[name]) throw new Error(`series pattern "${pattern}": unknown placeholder {${name}} (known: ${Object.keys(PLACEHOLDERS).map((p) => `{${p}}`).join(', ')})`);
          return PLACEHOLDERS[name];
        }
        return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('');
    regex = new RegExp(`(?:^|/)${source}$`);
    compiled.set(pattern, regex);
  }
  return regex;
}

function fromPatterns(file: string, patterns: readonly string[]): Omit<SeriesInfo, 'source' | 'key'> | undefined {
  const slashed = file.split(path.sep).join('/');
  for (const pattern of patterns) {
    const groups = patternRegex(pattern).exec(slashed)?.groups;
    if (!groups) continue;
    const { team, author, yyyy, mm, dd, ww, q, h } = groups;
    const y = Number(yyyy);
    const period = groups.period !== undefined
      ? parsePeriod(groups.period)
      : yyyy === undefined ? undefined
        : dd !== undefined && mm !== undefined ? day(y, +mm, +dd)
          : mm !== undefined ? month(y, +mm)
            : ww !== undefined ? week(y, +ww)
              : q !== undefined ? quarter(y, +q)
                : h !== undefined ? half(y, +h)
                  : year(y);
    return { team, author, period };
  }
  return undefined;
}

// ---------- periods ----------

const iso = (date: Date) => date.toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const pad = (n: number) => String(n).padStart(2, '0');

function range(kind: PeriodKind, label: string, start: Date, end: Date): Period {
  return { kind, start: iso(start), end: iso(end), label };
}

function day(y: number, m: number, d: number): Period | undefined {
  const date = utc(y, m, d);
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return range('day', iso(date), date, date);
}

function month(y: number, m: number): Period | undefined {
  if (m < 1 || m > 12) return undefined;
  return range('month', `${y}-${pad(m)}`, utc(y, m, 1), utc(y, m + 1, 0));
}

/** ISO 8601 week: weeks start on Monday, and week 1 holds January 4th. */
function week(y: number, w: number): Period | undefined {
  const jan4 = utc(y, 1, 4);
  const monday1 = utc(y, 1, 4 - ((jan4.getUTCDay() + 6) % 7));
  const weeksInYear = iso(utc(y, 12, 28)) >= iso(new Date(monday1.getTime() + 52 * 7 * 86_400_000)) ? 53 : 52;
  if (w < 1 || w > weeksInYear) return undefined;
  const start = new Date(monday1.getTime() + (w - 1) * 7 * 86_400_000);
  return range('week', `${y}-W${pad(w)}`, start, new Date(start.getTime() + 6 * 86_400_000));
}

function quarter(y: number, q: number): Period | undefined {
  if (!(q >= 1 && q <= 4)) return undefined;
  return range('quarter', `${y}-Q${q}`, utc(y, 3 * q - 2, 1), utc(y, 3 * q + 1, 0));
}

function half(y: number, h: number): Period {
  return range('half', `${y}-H${h}`, utc(y, 6 * h - 5, 1), utc(y, 6 * h + 1, 0));
}

function year(y: number): Period {
  return range('year', String(y), utc(y, 1, 1), utc(y, 12, 31));
}

function chineseDigit(digit: string): number {
  return '一二三四'.includes(digit) ? '一二三四'.indexOf(digit) + 1 : Number(digit);
}
