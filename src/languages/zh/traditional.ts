// Traditional and Simplified Chinese: Traditional text is folded to Simplified for matching (the pack's `fold`),
// and messages for documents written in Traditional characters are converted from the Simplified ones.
import { createRequire } from 'node:module';
import { normalizeString } from '../../text/normalize.js';
import { hasHan, isHan } from '../../text/han.js';

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
 * Traditional → Simplified, for text with Han characters (other text is returned as it is). Most Chinese text is
 * Simplified already: a text with no character any dictionary entry changes is its own conversion, and skipping
 * OpenCC's phrase-by-phrase walk for it was most of the time it took.
 */
export function toSimplified(text: string): string {
  if (!hasHan(text)) return text;
  const { convert, changing } = (simplifier ??= loadSimplifier());
  for (let i = 0; i < text.length; i++) if (changing[text.charCodeAt(i)] === 1) return convert(text);
  return text;
}

let toTraditional: ((text: string) => string) | undefined;

/** Simplified → Traditional, converted on demand: the Traditional dictionary is large and most runs never need it. */
export function toTraditionalChinese(text: string): string {
  if (!toTraditional) {
    const require = createRequire(import.meta.url);
    const OpenCC = require('opencc-js/cn2t') as { Converter(o: { from: string; to: string }): (s: string) => string };
    toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  }
  return toTraditional(text);
}

/** Enough Han characters to tell the script by. */
const SAMPLE = 2000;

/** The first `SAMPLE` Han characters of `text`, read up to there only. */
function hanSample(text: string): string {
  const han: string[] = [];
  for (let i = 0; i < text.length && han.length < SAMPLE; i++) {
    const cp = text.codePointAt(i)!;
    const wide = cp > 0xffff;
    if (isHan(cp)) han.push(wide ? text.slice(i, i + 2) : text[i]);
    if (wide) i++;
  }
  return han.join('');
}

/** Whether Han text is written in Traditional characters: a tenth of them change when simplified. */
export function isTraditional(text: string): boolean {
  const han = hanSample(text);
  if (han.length === 0) return false;
  const simplified = normalizeString(han);
  let changed = 0;
  for (let i = 0; i < han.length; i++) if (han[i] !== simplified[i]) changed++;
  return changed * 10 >= han.length;
}
