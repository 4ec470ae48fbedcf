// Normalisation for matching word lists: NFKC (full-width → half-width), case folding, and
// Traditional → Simplified, with a map back to the original offsets so matches keep exact positions.
import { createRequire } from 'node:module';

export interface Normalized {
  /** The normalised text. */
  text: string;
  /** `map[i]` is the offset in the original of normalised unit `i`; `map[text.length]` is the original length. */
  map: Int32Array;
}

const HAN = /\p{Script=Han}/u;
const ASCII = /^[\x00-\x7f]*$/;
/** Curly apostrophes fold to the straight one (`didn’t` matches `didn't`). */
const APOSTROPHES = /^[\u2018\u2019\u02bc]$/u;

let toSimplified: ((text: string) => string) | undefined;

/** Traditional → Simplified, loaded on first use (the dictionary costs ~30 ms, and English documents never need it). */
function simplify(text: string): string {
  if (!toSimplified) {
    const require = createRequire(import.meta.url);
    const OpenCC = require('opencc-js/t2cn') as { Converter(o: { from: string; to: string }): (s: string) => string };
    toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
  }
  return toSimplified(text);
}

/** Simplified form of one string (no offset map): for word-list entries and titles. */
export function normalizeString(text: string): string {
  return normalize(text).text;
}

function sameLength(converted: string, original: string): string {
  return converted.length === original.length ? converted : original;
}

export function normalize(text: string): Normalized {
  if (ASCII.test(text)) {
    const map = new Int32Array(text.length + 1);
    for (let i = 0; i <= text.length; i++) map[i] = i;
    return { text: text.toLowerCase(), map };
  }
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const folded = (APOSTROPHES.test(ch) ? "'" : ch).normalize('NFKC').toLowerCase();
    for (let k = 0; k < folded.length; k++) map.push(i);
    out += folded;
    i += ch.length;
  }
  map.push(text.length);
  if (HAN.test(out)) {
    const simplified = simplify(out);
    // OpenCC converts phrase by phrase; the Traditional → Simplified direction keeps lengths in practice.
    // If it ever does not, convert character by character so the offset map stays true.
    out = simplified.length === out.length ? simplified : Array.from(out, (c) => sameLength(simplify(c), c)).join('');
  }
  return { text: out, map: Int32Array.from(map) };
}
