// Quantity recogniser for no-unquantified-claims: finds numbers that count something in a piece of prose.
//
// A quantity is a number with what it counts: digits (half- or full-width), percentages, money, a Chinese
// numeral with a measure word or unit (三个, 两成, 一倍, 百分之十), or an English number word (three, twice,
// half, doubled). Dates, times, periods, list numbering, version numbers, issue numbers, identifiers
// (p99, k8s, GPT-4, Q3, FY2024) and placeholders (xx, XX%, N) are not quantities.
//
// Words live in the vocabulary: `quantity-unit` (units and measure words; `kind: "measure"` or `"time"` marks
// the ones where 一 is an article or a period, not a count), `quantity-word` (number words that are
// quantities by themselves) and `number-label` (words that make an adjacent number a label or a date:
// "week 3", "October 2023", 第3, 10月, 3号; `position` says on which side of the number the word stands).
// Only the number syntax is written as patterns here.
import { languages } from '../../src/languages/index.js';
import { leadingListNumber } from '../../src/text/list-numbers.js';
import { forEachMatch } from '../../src/text/matches.js';
import { spacesBefore, spacesFrom } from '../../src/text/whitespace.js';
import type { Vocabulary, VocabularyMatch } from '../../src/types.js';
import { perVocabulary } from './cache.js';

export type QuantityKind = 'number' | 'han-numeral' | 'word';

export interface Quantity {
  /** Offsets in the text searched. */
  start: number;
  end: number;
  text: string;
  kind: QuantityKind;
}

// ---------- number syntax (patterns) ----------

/**
 * Spans that look numeric but are never quantities: links, issue references, citations, enumerators, times, dates,
 * versions; and the list number that opens the text (`leadingListNumber`: 1、 2. 3) 4，).
 */
const NOT_QUANTITY: RegExp[] = [
  /\b(?:https?:\/\/|www\.)\S+/giu, // URLs written as text
  /[#!]\d+\b/gu, // issue and pull-request numbers (#123, GitLab !45)
  /\[\^?\d{1,3}\]/gu, // citations and footnote markers [1]
  /[（(]\d{1,2}[）)]/gu, // inline enumerators (1) （2）
  /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\b\.?)?/giu, // times 16:30, 9:00 am
  /\b\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?(?![\d.])/gu, // dates 2026-11-01, 2023/10, 2023.10.15
  /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/gu, // dates 12/1/2024
  /\b(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])\b(?!\s*\/)/gu, // dates 12/1 (month/day)
  /\bv?\d+(?:\.\d+){2,}(?:[-+][\w.]+)?/giu, // versions 1.6.0, v2.3.1-rc1
  /\d{2,4}年(?=\d{1,2}月)/gu, // the year of 23年10月
];

/** Digits with separators and decimals, an optional currency sign in front (half- and full-width folded first). */
const NUMBER = /[$¥￥€£₹]?\d+(?:[.,]\d+)*[%‰]?/gu;
/** Chinese numerals, Simplified and Traditional (兩, 萬, 億); 〇 and 零 only count inside a longer numeral. */
const HAN_NUMERAL = /[零〇一二两兩三四五六七八九十百千万萬亿億]+/gu;
/** Chinese percentages: 百分之十, 百分之五十. */
const HAN_PERCENT = /百分之[零〇一二两兩三四五六七八九十百点點]+/gu;
const HAN_COUNT = /[一二两兩三四五六七八九十]/u;
const HAN_MAGNITUDE = /[十百千万萬亿億]/u;
/** Approximators allowed between a numeral and its unit: 三十多个, 两百余家, 十来天. */
const APPROX = /^[多余来]?/u;
const LATIN_LETTER = /[A-Za-z]/u;
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)$/iu;
/** Placeholders: xx, XX%, x.x, 1x.x% ("1" then a placeholder, not "1x"). */
const PLACEHOLDER = /x{2,}|x\.x|\?\?/iu;

/** Full-width ASCII (０-９, ％, ．) → half-width, one code unit for one, so offsets stay valid. */
export function foldWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/gu, ' ');
}

// ---------- the recogniser ----------

interface NumberWords {
  units: VocabularyMatch[];
  labels: VocabularyMatch[];
  /** Latin units that may be glued to digits (20ms, 5GB, 3x, 10k), lower-cased. */
  gluedUnits: Set<string>;
}

/** The glued units of a vocabulary (its units of every language; only Latin ones can follow digits as letters): made once, not for every text with a digit. */
const gluedUnitsOf = perVocabulary((vocabulary) => new Set(languages().flatMap((pack) => vocabulary.entries('quantity-unit', pack.code)).map((u) => u.toLowerCase())));

function numberWords(text: string, vocabulary: Vocabulary): NumberWords {
  return { units: vocabulary.find('quantity-unit', text), labels: vocabulary.find('number-label', text), gluedUnits: gluedUnitsOf(vocabulary) };
}

const MAYBE_NUMERIC = /[\d\uff10-\uff19一二两兩三四五六七八九十]/u;

/** Every quantity in `text`, in order. */
export function findQuantities(text: string, vocabulary: Vocabulary): Quantity[] {
  return [...quantities(text, vocabulary)].sort((a, b) => a.start - b.start);
}

const HAS_DIGIT = /[\d\uff10-\uff19]/u;

/** The quantities of `findQuantities` written in digits (kind `number`), in order: the others are not looked for. */
export function findNumbers(text: string, vocabulary: Vocabulary): Quantity[] {
  return HAS_DIGIT.test(text) ? [...digitQuantities(text, foldWidth(text), numberWords(text, vocabulary))] : [];
}

function* digitQuantities(text: string, folded: string, lex: NumberWords): Generator<Quantity> {
  let masked: Array<[number, number]> | undefined;
  const isMasked = (s: number, e: number) => (masked ??= notQuantitySpans(folded)).some(([ms, me]) => s < me && e > ms);
  for (const m of folded.matchAll(NUMBER)) {
    const start = m.index;
    const end = start + m[0].length;
    if (isMasked(start, end)) continue;
    if (isDigitQuantity(folded, start, end, lex)) yield { start, end, text: text.slice(start, end), kind: 'number' };
  }
}

/** `findQuantities`' quantities kind by kind, unsorted: `hasQuantity` stops at the first. */
function* quantities(text: string, vocabulary: Vocabulary): Generator<Quantity> {
  const out: Quantity[] = [];
  const add = (quantity: Quantity) => (out.push(quantity), quantity);
  if (MAYBE_NUMERIC.test(text)) {
    const folded = foldWidth(text);
    const lex = numberWords(text, vocabulary);
    for (const q of digitQuantities(text, folded, lex)) yield add(q);
    for (const m of folded.matchAll(HAN_PERCENT)) {
      yield add({ start: m.index, end: m.index + m[0].length, text: text.slice(m.index, m.index + m[0].length), kind: 'han-numeral' });
    }
    for (const m of folded.matchAll(HAN_NUMERAL)) {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((q) => q.start <= start && end <= q.end)) continue; // inside 百分之十
      const unitEnd = hanNumeralQuantity(folded, start, end, lex);
      if (unitEnd !== undefined) yield add({ start, end: unitEnd, text: text.slice(start, unitEnd), kind: 'han-numeral' });
    }
  }
  for (const w of vocabulary.find('quantity-word', text)) {
    if (!out.some((q) => q.start < w.end && w.start < q.end)) yield add({ start: w.start, end: w.end, text: w.text, kind: 'word' });
  }
}

/** Where `NOT_QUANTITY`'s spans lie in `folded`: looked for only once a number needs them. */
function notQuantitySpans(folded: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const re of NOT_QUANTITY) forEachMatch(re, folded, (m) => spans.push([m.index, m.index + m[0].length]));
  const listNumber = leadingListNumber(folded, { quantity: true });
  if (listNumber > 0) spans.push([0, listNumber]);
  return spans;
}

/** Whether `text` holds at least one quantity. */
export function hasQuantity(text: string, vocabulary: Vocabulary): boolean {
  return !quantities(text, vocabulary).next().done;
}

function labelAt(lex: NumberWords, position: 'before' | 'after', test: (m: VocabularyMatch) => boolean): boolean {
  return lex.labels.some((l) => {
    const side = typeof l.info.position === 'string' ? l.info.position : 'both';
    return (side === position || side === 'both') && test(l);
  });
}

/** A unit (from the vocabulary) that starts at `at`, or overlaps it from inside the numeral (三万元 → 万元). */
function unitAt(lex: NumberWords, at: number, from: number): VocabularyMatch | undefined {
  return lex.units.find((u) => u.start === at || (u.start > from && u.start < at && u.end > at));
}

function isDigitQuantity(text: string, start: number, end: number, lex: NumberWords): boolean {
  const digits = text.slice(start, end).replace(/^[^\d]+/u, '');
  const before = text.slice(0, start);
  const after = text.slice(end);

  // Glued to letters in front: an identifier or a period (p99, k8s, Q3, FY2024, H1, IPv6, GPT-4, mid-2023).
  const prev = before.slice(-1);
  if (/[A-Za-z_]/u.test(prev) || (prev === '-' && LATIN_LETTER.test(before.slice(-2, -1)))) return false;

  // Glued letters after: a unit (20ms, 5GB, 3x, 10k) or an identifier (2FA, 3D, 15th).
  const suffix = /^[A-Za-z]+/u.exec(after)?.[0];
  const token = /^[\w.%]*/u.exec(after)?.[0] ?? '';
  if (PLACEHOLDER.test(token)) return false;
  if (suffix) {
    if (ORDINAL_SUFFIX.test(suffix)) return false;
    // One capital letter is a name (3D, 5G) unless it is a magnitude or a multiplier (10K, 2M, 3X).
    if (suffix.length === 1 && /[A-Z]/u.test(suffix) && !/[KMBX]/u.test(suffix)) return false;
    return lex.gluedUnits.has(suffix.toLowerCase());
  }

  // A label word next to the number: "week 3", "October 2023", "15 October", "the 1.28 release", 第3, 10月, 3号.
  const gap = spacesFrom(text, end);
  const beforeGap = spacesBefore(text, start);
  if (labelAt(lex, 'before', (l) => l.end === start - beforeGap && l.end > l.start)) return false;
  if (labelAt(lex, 'after', (l) => l.start === end + gap)) return false;

  // A decimal right after a product name, with no unit after it, is a version: "TensorRT 8.5", "Kubernetes 1.28"; so is
  // a whole number after a name inside the sentence ("采用 Nuxt 3 优化…", "moved to Node 20"), not after its first
  // word ("Closed 12 of 16"), which may be a verb.
  if (/^\d+(?:\.\d+)?$/u.test(digits) && !unitAt(lex, end + gap, start)) {
    const name = /(?<![\w-])[A-Z][\w-]*\s+$/u.exec(before);
    if (name && (digits.includes('.') || /\S/u.test(before.slice(0, name.index)))) return false;
  }

  // A year (1900–2099) unless it counts something other than time: "2000 users", "1990元".
  if (/^(?:19|20)\d\d$/u.test(digits)) {
    const unit = unitAt(lex, end + gap, start);
    return unit !== undefined && unit.info.kind !== 'time';
  }
  return true;
}

/** End of the quantity when the numeral at `[start, end)` is followed by a unit; undefined when it is not a quantity. */
function hanNumeralQuantity(text: string, start: number, end: number, lex: NumberWords): number | undefined {
  const numeral = text.slice(start, end);
  if (!HAN_COUNT.test(numeral)) return undefined; // 千万, 万, 百 alone
  // Digit-by-digit readings (二〇二三, 一二) are years or codes, not counts.
  if (numeral.length >= 2 && !HAN_MAGNITUDE.test(numeral) && !/^[两兩]/u.test(numeral)) return undefined;
  if (labelAt(lex, 'before', (l) => l.end === start)) return undefined; // 第三, 周一, 星期二
  const approx = APPROX.exec(text.slice(end))![0].length;
  const at = end + approx;
  if (labelAt(lex, 'after', (l) => l.start === at)) return undefined; // 十月, 三号, 四季度
  // 三万 / 两亿 end in a magnitude that is a unit by itself.
  const unit = unitAt(lex, at, start);
  if (!unit) return /[万萬亿億]$/u.test(numeral) && numeral.length >= 2 ? end : undefined;
  // 一个 / 一次 / 一年 read as "a", "once", "a year": an article or a period, not a count.
  if (numeral === '一' && approx === 0 && (unit.info.kind === 'measure' || unit.info.kind === 'time')) return undefined;
  return Math.max(unit.end, at);
}
