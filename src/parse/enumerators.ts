// Enumerators that open paragraphs pasted from Word: `一、` `（二）` `1、` `(1)` `①` `First,` ….
// They decide whether a short paragraph is a pseudo-heading or an enumerated item. These patterns are
// numbering syntax, not words; the ordinal words (`First`, `首先`) come from the vocabulary.
import type { Vocabulary } from '../types.js';

/**
 * `heading`: a title-like paragraph with this enumerator is a pseudo-heading.
 * `maybe`: it is a pseudo-heading only if its title names a section role (otherwise it is an item).
 * `item`: always an enumerated item.
 */
export type EnumeratorKind = 'heading' | 'maybe' | 'item';

export interface Enumerator {
  /** Numbering style; equal styles are siblings, a new style nests under the open one. */
  style: string;
  kind: EnumeratorKind;
  /** Length of the enumerator and the spaces after it. */
  length: number;
}

const HAN_NUMERAL = '[一二三四五六七八九十百零〇两]';
const PATTERNS: Array<{ style: string; kind: EnumeratorKind; re: RegExp }> = [
  { style: 'chapter', kind: 'heading', re: new RegExp(`^第${HAN_NUMERAL}+(?:部分|部份|章|节|節|篇)[、:：.．\\s]*`, 'u') },
  { style: 'han', kind: 'heading', re: new RegExp(`^${HAN_NUMERAL}+[、．.]\\s*`, 'u') },
  { style: 'han-paren', kind: 'heading', re: new RegExp(`^[（(]${HAN_NUMERAL}+[）)][、.．]?\\s*`, 'u') },
  { style: 'roman', kind: 'heading', re: /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X)[.、．]\s+/u },
  // English Word documents number their parts as 第一部分 does: "Part Three: plans for next year".
  { style: 'part', kind: 'heading', re: /^Part\s+(?:\d{1,2}|[IVX]{1,4}|one|two|three|four|five|six|seven|eight|nine|ten)\s*[:.,、：—-]\s*/iu },
  { style: 'decimal-2', kind: 'maybe', re: /^\d{1,2}[.．]\d{1,2}(?![\d%％])[.．、]?\s*/u },
  { style: 'decimal', kind: 'maybe', re: /^\d{1,2}(?:、|[．.](?![\d%％]))\s*/u },
  { style: 'paren', kind: 'item', re: /^[（(]\d{1,2}[）)]\s*/u },
  { style: 'close-paren', kind: 'item', re: /^\d{1,2}[)）]\s*/u },
  { style: 'circled', kind: 'item', re: /^[\u2460-\u2473\u2776-\u277f]\s*/u },
  { style: 'comma', kind: 'item', re: /^\d{1,2}[,，](?!\s*\d)\s*/u },
  // Bullets of plain text: `*item` with no space (not a Markdown list), `•` and `●` pasted from Word.
  { style: 'bullet', kind: 'item', re: /^[*•●▪◦]\s*/u },
];

/** The enumerator that opens `line`, if any. */
export function matchEnumerator(line: string, vocabulary: Vocabulary): Enumerator | undefined {
  for (const { style, kind, re } of PATTERNS) {
    const m = re.exec(line);
    if (m && m[0].trim().length > 0 && line.length > m[0].length) return { style, kind, length: m[0].length };
  }
  const ordinal = vocabulary.find('ordinal', line.slice(0, 24))[0];
  if (ordinal && ordinal.start === 0) {
    const after = /^[,，、:：]\s*/u.exec(line.slice(ordinal.end));
    if (after) return { style: 'ordinal', kind: 'maybe', length: ordinal.end + after[0].length };
  }
  return undefined;
}

const SENTENCE_PUNCTUATION = /[。！？!?；;]|\.$/u;

/** A line that reads as a title: short, with no sentence punctuation. */
export function isTitleLike(title: string, { maxChars = 40, maxWords = 12 } = {}): boolean {
  const text = title.trim();
  if (text.length === 0 || text.length > maxChars) return false;
  if (text.split(/\s+/u).length > maxWords) return false;
  return !SENTENCE_PUNCTUATION.test(text);
}

/**
 * Stricter, for numbering that usually opens list items (`1、`, `Secondly,`): no clause breaks or asides either,
 * and short: 24 characters of Chinese, or 8 words of English ("problems and shortcomings in this year's work").
 */
export function isPlainTitle(title: string): boolean {
  const text = title.trim();
  if (!isTitleLike(text, { maxChars: 60, maxWords: 8 }) || /[，,（(]/u.test(text)) return false;
  return /\p{Script=Han}/u.test(text) ? text.length <= 24 : text.length <= 60 && text.split(/\s+/u).length <= 8;
}

/** Strip a title's trailing colon and closing punctuation (`成绩：`, `What went well?`). */
export function cleanTitle(title: string): string {
  return title.trim().replace(/[\s:：?？]+$/u, '').trim();
}
