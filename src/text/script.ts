// Which language a piece of text is written in, by its script.
import type { Lang } from '../types.js';

const HAN_G = /\p{Script=Han}/gu;
const LATIN_G = /\p{Script=Latin}/gu;

export function countHan(text: string): number {
  return text.match(HAN_G)?.length ?? 0;
}

/**
 * Chinese when Han characters carry the text. One Han character holds about as much as a short Latin word,
 * so Chinese technical prose full of English terms (`改善了 p99 latency`) still counts as Chinese.
 */
export function detectLang(text: string, fallback: Lang = 'en'): Lang {
  const han = countHan(text);
  const latin = text.match(LATIN_G)?.length ?? 0;
  if (han === 0 && latin === 0) return fallback;
  return han * 3 >= latin ? 'zh' : 'en';
}

export function hasHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}
