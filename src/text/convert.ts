// Simplified → Traditional, for messages shown on documents written in Traditional Chinese.
import { createRequire } from 'node:module';
import { normalizeString } from './normalize.js';

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

const HAN_G = /\p{Script=Han}/gu;

/** Whether Han text is written in Traditional characters: a tenth of them change when simplified. */
export function isTraditional(text: string): boolean {
  const han = (text.match(HAN_G) ?? []).slice(0, 2000).join('');
  if (han.length === 0) return false;
  const simplified = normalizeString(han);
  let changed = 0;
  for (let i = 0; i < han.length; i++) if (han[i] !== simplified[i]) changed++;
  return changed * 10 >= han.length;
}
