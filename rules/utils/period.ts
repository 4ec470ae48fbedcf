// The period a summary covers, from its front matter `period` or its title, and the full dates written in its text:
// enough for consistent-numbers to report a result dated outside the period. Only numeric shapes are read (2026-11,
// 2026年11月, 2026-Q3, 2026年第三季度, 2026 H1, 2023年度); a title with a whole date, a week or a month name gives no
// period. When src/series.ts (parsePeriod) is merged, its reading should replace `periodOf`.
import type { SummaryDoc } from '../../src/types.js';

export interface Period {
  /** Inclusive bounds as yyyymmdd numbers. */
  start: number;
  end: number;
  text: string;
}

const HAN_QUARTER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4 };
const day = (y: number, m: number, d: number) => y * 10000 + m * 100 + d;
const monthEnd = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const months = (y: number, from: number, to: number, text: string): Period => ({ start: day(y, from, 1), end: day(y, to, monthEnd(y, to)), text });

/** The period in a front matter value or a title, if it names exactly one. */
export function parsePeriodText(raw: string): Period | undefined {
  const text = raw.normalize('NFKC');
  if (/(?<!\d)(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}(?!\d)/u.test(text) || /w\d{1,2}\b|第\s*\d+\s*周/iu.test(text)) return undefined;
  let m = /(?<!\d)((?:19|20)\d\d)\s*(?:[-/.]\s*|年\s*)(\d{1,2})(?:\s*月)?(?!\d)/u.exec(text);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return months(Number(m[1]), Number(m[2]), Number(m[2]), m[0]);
  m = /(?<!\d)((?:19|20)\d\d)\s*-?\s*q([1-4])\b|\bq([1-4])\s*((?:19|20)\d\d)(?!\d)/iu.exec(text);
  if (m) {
    const q = Number(m[2] ?? m[3]);
    return months(Number(m[1] ?? m[4]), q * 3 - 2, q * 3, m[0]);
  }
  m = /(?<!\d)((?:19|20)\d\d)\s*年\s*第?\s*([一二三四1-4])\s*季度/u.exec(text);
  if (m) {
    const q = HAN_QUARTER[m[2]!] ?? Number(m[2]);
    return months(Number(m[1]), q * 3 - 2, q * 3, m[0]);
  }
  m = /(?<!\d)((?:19|20)\d\d)\s*-?\s*h([12])\b|\bh([12])\s*((?:19|20)\d\d)(?!\d)/iu.exec(text);
  if (m) {
    const h = Number(m[2] ?? m[3]);
    return months(Number(m[1] ?? m[4]), h * 6 - 5, h * 6, m[0]);
  }
  m = /(?<!\d)((?:19|20)\d\d)\s*年度/u.exec(text);
  if (m) return months(Number(m[1]), 1, 12, m[0]);
  return undefined;
}

/** The summary's period: front matter `period`, else its title. */
export function periodOf(doc: SummaryDoc): Period | undefined {
  const declared = doc.frontMatter?.data.period;
  if (typeof declared === 'string' || typeof declared === 'number') return parsePeriodText(String(declared));
  return doc.title ? parsePeriodText(doc.title.text) : undefined;
}

/** Full dates with a year (2026-11-05, 2026/11/5, 2026年11月5日) in `text`, as yyyymmdd with their offsets. */
export function* fullDates(text: string): Generator<{ value: number; start: number; end: number }> {
  for (const m of text.matchAll(/(?<![\d.])((?:19|20)\d\d)(?:[-/.](\d{1,2})[-/.](\d{1,2})|年(\d{1,2})月(\d{1,2})[日号號]?)(?!\.?\d)/gu)) {
    const month = Number(m[2] ?? m[4]);
    const date = Number(m[3] ?? m[5]);
    if (month < 1 || month > 12 || date < 1 || date > 31) continue;
    yield { value: day(Number(m[1]), month, date), start: m.index, end: m.index + m[0].length };
  }
}
