// Normalisation for matching the vocabulary: NFKC (full-width → half-width), case folding, and the language packs'
// folds (Traditional → Simplified), with a map back to the original offsets so matches keep exact positions.
import { languages, languagesVersion } from '../languages/index.js';
import { isCommonHan } from './han.js';

export interface Normalized {
  /** The normalised text. */
  text: string;
  /**
   * `map[i]` is the offset in the original of normalised unit `i`; `map[text.length]` is the original length.
   * `undefined` when every unit stays where it was (most text: folding keeps lengths), read through `originalOffset`.
   */
  map: Int32Array | undefined;
}

/** Where normalised unit `i` (up to `text.length`) came from in the original. */
export function originalOffset(norm: Normalized, i: number): number {
  return norm.map === undefined ? i : norm.map[i];
}

const ASCII = /^[\x00-\x7f]*$/;
/** Curly apostrophes fold to the straight one (`didn’t` matches `didn't`). */
const APOSTROPHES = /^[\u2018\u2019\u02bc]$/u;

/** The normal form of one string (no offset map): for vocabulary entries and titles. */
export function normalizeString(text: string): string {
  return normalize(text).text;
}

let packFoldCache: { version: number; folds: Array<(text: string) => string> } | undefined;

/** The registered packs' folds, in table order. */
function packFolds(): Array<(text: string) => string> {
  const version = languagesVersion();
  if (packFoldCache?.version !== version) packFoldCache = { version, folds: languages().flatMap((pack) => (pack.fold ? [pack.fold] : [])) };
  return packFoldCache.folds;
}

function sameLength(converted: string, original: string): string {
  return converted.length === original.length ? converted : original;
}

/** Code units that normalise to themselves or their ASCII lower case: ASCII and the common Han blocks (no NFKC forms). */
function isPlain(code: number): boolean {
  return code < 0x80 || isCommonHan(code);
}

/** The folded form of each other code point seen so far: the per-character NFKC and case folding is a pure function. */
const folds = new Map<number, string>();

function fold(cp: number): string {
  let folded = folds.get(cp);
  if (folded === undefined) {
    const ch = String.fromCodePoint(cp);
    folded = (APOSTROPHES.test(ch) ? "'" : ch).normalize('NFKC').toLowerCase();
    folds.set(cp, folded);
  }
  return folded;
}

export function normalize(text: string): Normalized {
  if (ASCII.test(text)) return { text: text.toLowerCase(), map: undefined };
  // Character by character (NFKC of a whole string could compose across characters), in runs: a run of plain
  // characters is lower-cased in one go (no context-dependent case mapping in ASCII or Han), others one at a time.
  // The offset map is made only once a character's folded form changes length (㎏, ﬁ) or a surrogate pair comes:
  // until then it is the identity.
  const parts: string[] = [];
  let map: Int32Array | undefined;
  let n = 0;
  for (let i = 0; i < text.length; ) {
    if (isPlain(text.charCodeAt(i))) {
      let j = i + 1;
      while (j < text.length && isPlain(text.charCodeAt(j))) j++;
      parts.push(text.slice(i, j).toLowerCase());
      if (map) {
        if (n + (j - i) >= map.length) map = grow(map, n + (j - i) + 1);
        for (let k = i; k < j; k++) map[n++] = k;
      } else n += j - i;
      i = j;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const units = cp > 0xffff ? 2 : 1;
    const folded = fold(cp);
    parts.push(folded);
    // A surrogate pair's two units both map to where it starts: not the identity either.
    if (!map && (units !== 1 || folded.length !== 1)) map = identity(n, text.length + 1);
    if (map) {
      if (n + folded.length >= map.length) map = grow(map, n + folded.length + 1);
      for (let k = 0; k < folded.length; k++) map[n++] = i;
    } else n += units;
    i += units;
  }
  if (map) map[n] = text.length;
  let out = parts.join('');
  for (const fold of packFolds()) {
    const folded = fold(out);
    // A fold keeps lengths in practice (OpenCC's Traditional → Simplified converts phrase by phrase). If it ever
    // does not, fold character by character so the offset map stays true.
    if (folded !== out) out = folded.length === out.length ? folded : Array.from(out, (c) => sameLength(fold(c), c)).join('');
  }
  return { text: out, map: !map || n + 1 === map.length ? map : map.slice(0, n + 1) };
}

/** The identity map of the first `n` units, with room for `size`. */
function identity(n: number, size: number): Int32Array {
  const map = new Int32Array(size);
  for (let k = 0; k < n; k++) map[k] = k;
  return map;
}

function grow(map: Int32Array, atLeast: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(Math.max(atLeast, map.length * 2));
  bigger.set(map);
  return bigger;
}
