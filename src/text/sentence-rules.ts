// Unicode's sentence boundary rules (UAX #29, rules SB3–SB11), for text written only in characters whose
// Sentence_Break class is certain here: ASCII, the common Han blocks, and the punctuation, spaces and full-width
// forms of Chinese text. ICU (Intl.Segmenter) applies the same rules, but each segment it returns costs time that
// grows with the string, and splitting every block that way was a fifteenth of a run; for any other character the
// caller asks ICU. test/text/sentence-rules.test.ts holds both to the same breaks.
import { isCommonHan } from './han.js';

const OTHER = 1;
const CR = 2;
const LF = 3;
const SEP = 4;
const SP = 5;
const LOWER = 6;
const UPPER = 7;
const OLETTER = 8;
const NUMERIC = 9;
const ATERM = 10;
const STERM = 11;
const CLOSE = 12;
const SCONTINUE = 13;

/** Each class's characters beyond ASCII, as they read in Unicode's SentenceBreakProperty.txt. */
const NON_ASCII: Array<[number, string]> = [
  [SP, '\u00a0\u3000'],
  [SEP, '\u2028\u2029'],
  [ATERM, '\uff0e'],
  [STERM, '\u3002\uff01\uff1f'],
  [CLOSE, '\u2018\u2019\u201c\u201d\u3008\u3009\u300a\u300b\u300c\u300d\u300e\u300f\u3010\u3011\u3014\u3015\uff08\uff09\uff3b\uff3d\uff5b\uff5d'],
  [SCONTINUE, '\u2013\u2014\u3001\uff0c\uff0d\uff1a\uff1b'],
  [OTHER, '\u00b7\u2026\u2030\u00d7\u00f7\uff05\uff0b\uff1d\uff03\uff06\uff0a\uff0f\uff20\uffe5\u2192\u2190\u2191\u2193\uff5e'],
];

let classes: Uint8Array | undefined;

/** The class of every code unit handled here; 0 for the rest. */
function classTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let c = 0x20; c < 0x7f; c++) table[c] = OTHER;
  table[0x09] = table[0x0b] = table[0x0c] = table[0x20] = SP;
  table[0x0a] = LF;
  table[0x0d] = CR;
  for (let c = 0x61; c <= 0x7a; c++) table[c] = LOWER;
  for (let c = 0x41; c <= 0x5a; c++) table[c] = UPPER;
  for (let c = 0x30; c <= 0x39; c++) table[c] = NUMERIC;
  table[0x2e] = ATERM;
  table[0x21] = table[0x3f] = STERM;
  for (const c of '"\'()[]{}') table[c.charCodeAt(0)] = CLOSE;
  for (const c of ',-:;') table[c.charCodeAt(0)] = SCONTINUE;
  // The common Han blocks (CJK Unified Ideographs and Extension A), every code point of them assigned: letters.
  for (let c = 0x3400; c < 0xa000; c++) if (isCommonHan(c)) table[c] = OLETTER;
  // Full-width digits and letters.
  table.fill(NUMERIC, 0xff10, 0xff1a);
  table.fill(UPPER, 0xff21, 0xff3b);
  table.fill(LOWER, 0xff41, 0xff5b);
  for (const [cls, chars] of NON_ASCII) for (const c of chars) table[c.charCodeAt(0)] = cls;
  return table;
}

const isParaSep = (cls: number) => cls === CR || cls === LF || cls === SEP;
const isSATerm = (cls: number) => cls === ATERM || cls === STERM;

/**
 * The sentence breaks of `text` (offsets, 0 first, as Intl.Segmenter gives its segments' starts), or `undefined` if
 * it holds a character whose class is not known here.
 */
export function ruleBreaks(text: string): number[] | undefined {
  const table = (classes ??= classTable());
  const n = text.length;
  const cls = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = table[text.charCodeAt(i)];
    if (c === 0) return undefined;
    cls[i] = c;
  }
  const breaks: number[] = n > 0 ? [0] : [];
  // What text[..i) ends with: `SATerm Close* Sp*` (its terminator's class and place, and whether spaces close it),
  // kept from one boundary to the next so a long run of spaces is read once.
  let term = 0;
  let termAt = -1;
  let spaces = false;
  // SB8's look-ahead, read once per run: its answer holds for every boundary up to `decidedAt`.
  let decidedAt = -1;
  let lowerAhead = false;
  for (let i = 1; i < n; i++) {
    const before = cls[i - 1];
    if (isSATerm(before)) [term, termAt, spaces] = [before, i - 1, false];
    else if (before === SP && term !== 0) spaces = true;
    else if (before !== CLOSE || spaces) term = 0;
    const after = cls[i];
    if (before === CR && after === LF) continue; // SB3
    if (isParaSep(before)) {
      breaks.push(i); // SB4
      continue;
    }
    if (term === 0) continue; // SB998
    if (term === ATERM && termAt === i - 1) {
      if (after === NUMERIC) continue; // SB6
      if (after === UPPER && termAt >= 1 && (cls[termAt - 1] === UPPER || cls[termAt - 1] === LOWER)) continue; // SB7
    }
    if (term === ATERM) {
      if (i > decidedAt) [decidedAt, lowerAhead] = lookAhead(cls, i);
      if (lowerAhead) continue; // SB8
    }
    if (after === SCONTINUE || isSATerm(after)) continue; // SB8a
    if (!spaces && (after === CLOSE || after === SP || isParaSep(after))) continue; // SB9
    if (after === SP || isParaSep(after)) continue; // SB10
    breaks.push(i); // SB11
  }
  return breaks;
}

/**
 * SB8's look-ahead from `i`, `( ¬(OLetter | Upper | Lower | ParaSep | SATerm) )* Lower`: whether it matches, and where
 * the character that decides it stands (the text's end if none does).
 */
function lookAhead(cls: Uint8Array, i: number): [decidedAt: number, lower: boolean] {
  for (; i < cls.length; i++) {
    const c = cls[i];
    if (c === LOWER) return [i, true];
    if (c === OLETTER || c === UPPER || isParaSep(c) || isSATerm(c)) return [i, false];
  }
  return [i, false];
}

/** Every character `ruleBreaks` knows the class of (for the tests that hold it to ICU's breaks). */
export function ruleCharacters(): string[] {
  const table = (classes ??= classTable());
  const chars: string[] = [];
  for (let c = 0; c < table.length; c++) if (table[c] !== 0) chars.push(String.fromCharCode(c));
  return chars;
}
