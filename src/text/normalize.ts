// Normalisation for matching the vocabulary: NFKC (full-width → half-width), case folding, and
// Traditional → Simplified, with a map back to the original offsets so matches keep exact positions.
import { createRequire } from 'node:module';
import { isCommonHan } from './script.js';

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

const HAN = /\p{Script=Han}/u;
const ASCII = /^[\x00-\x7f]*$/;
/** Curly apostrophes fold to the straight one (`didn’t` matches `didn't`). */
const APOSTROPHES = /^[\u2018\u2019\u02bc]$/u;

interface OpenCCModule {
  Converter(o: { from: string; to: string }): (s: string) => string;
  Locale: { configs: Record<string, { normalizationChain?: Dicts[]; conversionChain: Dicts[] }> };
}
/** OpenCC's dictionaries: `"from to|from to"` strings or `[from, to]` pairs. */
type Dicts = Array<string | Array<[string, string]>>;

interface Simplifier {
  convert: (text: string) => string;
  /**
   * 1 for each code unit (surrogates included) that a dictionary entry changes: an entry that matches and changes
   * the text has one of them, so a text with none converts to itself.
   */
  changing: Uint8Array;
}

let simplifier: Simplifier | undefined;

/** Traditional → Simplified, loaded on first use (the dictionary costs ~30 ms, and English documents never need it). */
function loadSimplifier(): Simplifier {
  const require = createRequire(import.meta.url);
  const OpenCC = require('opencc-js/t2cn') as OpenCCModule;
  // The dictionaries of the conversion `Converter({ from: 't', to: 'cn' })` runs, which OpenCC names t2s.
  const { normalizationChain = [], conversionChain } = OpenCC.Locale.configs.t2s;
  const changing = new Uint8Array(0x10000);
  for (const dict of [...normalizationChain, ...conversionChain].flat()) {
    const pairs = typeof dict === 'string' ? dict.split('|').map((entry) => entry.split(' ')) : dict;
    // A phrase that keeps its length changes only where it differs (一目瞭然 → 一目了然: 瞭, not 一).
    for (const [from, to] of pairs) {
      for (let i = 0; i < from.length; i++) if (from.length !== to.length || from[i] !== to[i]) changing[from.charCodeAt(i)] = 1;
    }
  }
  return { convert: OpenCC.Converter({ from: 't', to: 'cn' }), changing };
}

/**
 * Traditional → Simplified. Most Chinese text is Simplified already: a text with no character any dictionary entry
 * changes is its own conversion, and skipping OpenCC's phrase-by-phrase walk for it was most of the time it took.
 */
function simplify(text: string): string {
  const { convert, changing } = (simplifier ??= loadSimplifier());
  for (let i = 0; i < text.length; i++) if (changing[text.charCodeAt(i)] === 1) return convert(text);
  return text;
}

/** Simplified form of one string (no offset map): for vocabulary entries and titles. */
export function normalizeString(text: string): string {
  return normalize(text).text;
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
  if (HAN.test(out)) {
    const simplified = simplify(out);
    // OpenCC converts phrase by phrase; the Traditional → Simplified direction keeps lengths in practice.
    // If it ever does not, convert character by character so the offset map stays true.
    out = simplified.length === out.length ? simplified : Array.from(out, (c) => sameLength(simplify(c), c)).join('');
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
