// Amount reader: the value of a number written in prose, with its scale and unit, for rules that do arithmetic
// (consistent-numbers) or ask what a figure is (require-comparison).
//
// It reads on top of the quantity recogniser (./quantity.ts), so dates, versions, list numbers and identifiers are
// never amounts, and reads only what it can be sure of: digits with a well-formed decimal or thousands separator
// (1,234.5; 1.2; 120), an optional currency sign, then a scale (`amount-scale`: k, million, 万, 亿), then a unit
// (`amount-unit`: %, percentage points, $, 元; or a `quantity-unit` measure word such as 家, 个, ms). Chinese numerals
// are not read: an amount the rules compute with is always written in digits. Words that make a number approximate
// (`approximate`: about, over, 约, 多) mark it so, and rules leave approximate amounts alone.
import type { Vocabulary, VocabularyMatch } from '../../src/types.js';
import { perVocabularyText } from './cache.js';
import { findNumbers, foldWidth } from './quantity.js';

export type Measure = 'percent' | 'points' | 'currency';

export interface Amount {
  /** Offsets in the text read: the number with its currency sign, scale and unit. */
  start: number;
  end: number;
  /** Where the number itself ends (before its scale and unit). */
  numberEnd: number;
  /** The value, scale applied (120万 is 1200000). */
  value: number;
  /** Half a unit of the last digit written, scale applied (0 for a whole count): the value lies within ± this of what was meant. */
  error: number;
  /** The scale's factor (1 with none). */
  scale: number;
  measure: Measure | undefined;
  /** The unit as normalised (`%`, `元`, `家`, `$`), or undefined when none is written. */
  unit: string | undefined;
  approximate: boolean;
  /** The unit is a time (3 days, 2小时): a duration, not a result. */
  time: boolean;
}

/** A well-formed number: plain digits, or thousands separated by commas, with an optional decimal part. */
const WELL_FORMED = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/u;
const CURRENCY_SIGN = /^[$¥￥€£]/u;
/** At most one space between a number and the word after it ("1.2 million", "20 percent", "13 名"). */
const GAP = /^ ?/u;
const GLUED_WORD = /^[a-z]+(?![a-z])/iu;

/** Every amount written in digits in `text`, in order (shared between the rules that ask: do not change it). */
export const readAmounts: (text: string, vocabulary: Vocabulary) => readonly Amount[] = perVocabularyText((text, vocabulary) => Object.freeze(amountsIn(text, vocabulary)));

function amountsIn(text: string, vocabulary: Vocabulary): Amount[] {
  const quantities = findNumbers(text, vocabulary);
  if (quantities.length === 0) return [];
  const folded = foldWidth(text);
  const scales = vocabulary.find('amount-scale', text);
  const units = vocabulary.find('amount-unit', text);
  const measureWords = vocabulary.find('quantity-unit', text);
  const approximations = vocabulary.find('approximate', text);
  const amounts: Amount[] = [];
  for (const q of quantities) {
    const written = folded.slice(q.start, q.end);
    const sign = CURRENCY_SIGN.exec(written)?.[0];
    const percent = written.endsWith('%');
    const digits = written.slice(sign ? sign.length : 0, percent ? -1 : undefined);
    if (!WELL_FORMED.test(digits)) continue;
    const decimals = digits.includes('.') ? digits.length - digits.indexOf('.') - 1 : 0;
    let end = q.end;
    let scale = 1;
    // A scale glued to the number ("10k", "1.2M": no word boundary, so read as a word of its own), or a word after it.
    const glued = GLUED_WORD.exec(folded.slice(end))?.[0];
    const gluedScale = glued ? vocabulary.find('amount-scale', glued)[0] : undefined;
    const scaleWord = glued && gluedScale?.text.length === glued.length ? gluedScale : startingAt(scales, end, folded);
    if (!percent && scaleWord && (scaleWord === gluedScale || scaleWord.term.length > 1 || /\p{Script=Han}/u.test(scaleWord.text))) {
      scale = Number(scaleWord.info.factor);
      end += scaleWord === gluedScale ? glued!.length : scaleWord.end - end;
    }
    let measure: Measure | undefined = percent ? 'percent' : sign ? 'currency' : undefined;
    let unit: string | undefined = percent ? '%' : sign ? vocabulary.normalize(sign) : undefined;
    let time = false;
    if (!percent) {
      const unitWord = startingAt(units, end, folded) ?? startingAt(measureWords, end, folded);
      if (unitWord && !(sign && unitWord.info.measure === 'currency')) {
        const m = unitWord.info.measure;
        if (m === 'percent' || m === 'points' || m === 'currency') measure = m;
        unit = vocabulary.normalize(unitWord.term);
        time = unitWord.info.kind === 'time';
        end = unitWord.end;
      }
    }
    const value = Number(digits.replace(/,/gu, '')) * scale;
    const approximate =
      approximations.some((a) => a.info.position !== 'after' && gapBetween(folded, a.end, q.start)) ||
      approximations.some((a) => a.info.position === 'after' && (a.start === q.end || a.start === end)) ||
      folded[end] === '+';
    // A whole number with no scale counts (36 customers, 1,240 tickets) exactly; a percentage or a scaled figure is rounded.
    const exact = decimals === 0 && scale === 1 && measure !== 'percent' && measure !== 'points';
    amounts.push({ start: q.start, end, numberEnd: q.end - (percent ? 1 : 0), value, error: exact ? 0 : 0.5 * 10 ** -decimals * scale, scale, measure, unit, approximate, time });
  }
  return amounts;
}

/** A match that starts at `at`, or after one space there. */
function startingAt(matches: VocabularyMatch[], at: number, text: string): VocabularyMatch | undefined {
  const gap = GAP.exec(text.slice(at, at + 1))![0].length;
  return matches.find((m) => m.start === at) ?? (gap ? matches.find((m) => m.start === at + gap) : undefined);
}

/** Whether only spaces stand between `from` and `to`. */
function gapBetween(text: string, from: number, to: number): boolean {
  return from <= to && /^\s*$/u.test(text.slice(from, to));
}

/** Whether two amounts can be compared: the same measure, and the same unit where both write one. */
export function comparable(a: Amount, b: Amount): boolean {
  if (a.measure !== b.measure) return false;
  return a.unit === undefined || b.unit === undefined || a.unit === b.unit;
}

/** Whether `value` ± `error` can be `target` ± `targetError`: the two intervals meet. */
export function agrees(value: number, error: number, target: number, targetError: number): boolean {
  return Math.abs(value - target) <= error + targetError + 1e-9;
}
