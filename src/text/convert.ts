// Simplified → Traditional, for messages shown on documents written in Traditional Chinese.
import { createRequire } from 'node:module';
import { normalizeString } from './normalize.js';
import { isHan } from './script.js';

let toTraditional: ((text: string) => string) | undefined;

/** Converted on demand: the Traditional dictionary is large and most runs never need it. */
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
