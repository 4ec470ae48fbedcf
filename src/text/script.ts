// Which language a piece of text is written in, by its script.
import type { Lang } from '../types.js';

const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;

const NEITHER = 0;
const HAN_SCRIPT = 1;
const LATIN_SCRIPT = 2;
/**
 * The script class + 1 of each BMP code point seen so far (0: not yet seen), and of others in a Map: full-width
 * punctuation fills Chinese text, and a Map lookup per character was most of the language detection's time.
 */
const bmpScripts = new Uint8Array(0x10000);
const astralScripts = new Map<number, number>();

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return HAN.test(ch) ? HAN_SCRIPT : LATIN.test(ch) ? LATIN_SCRIPT : NEITHER;
}

/** The common Han blocks (CJK Unified Ideographs and Extension A): Han, and no NFKC or case forms. */
export function isCommonHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

function scriptOf(cp: number): number {
  if (cp < 0x80) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) ? LATIN_SCRIPT : NEITHER;
  if (isCommonHan(cp)) return HAN_SCRIPT;
  if (cp < 0x10000) {
    const known = bmpScripts[cp];
    if (known !== 0) return known - 1;
    const script = classify(cp);
    bmpScripts[cp] = script + 1;
    return script;
  }
  let script = astralScripts.get(cp);
  if (script === undefined) astralScripts.set(cp, (script = classify(cp)));
  return script;
}

/** Whether a code point is in the Han script (looked up as language detection does, once per code point). */
export function isHan(cp: number): boolean {
  return scriptOf(cp) === HAN_SCRIPT;
}

/** Han and Latin characters of `text`, counted code point by code point (no array of every match). */
export function countScripts(text: string): ScriptCount {
  let han = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    const script = scriptOf(cp);
    if (script === HAN_SCRIPT) han++;
    else if (script === LATIN_SCRIPT) latin++;
  }
  return [han, latin];
}

export type ScriptCount = [han: number, latin: number];

/** The counts of several texts together. */
export function addScripts(counts: readonly ScriptCount[]): ScriptCount {
  let [han, latin] = [0, 0];
  for (const count of counts) [han, latin] = [han + count[0], latin + count[1]];
  return [han, latin];
}

export function countHan(text: string): number {
  return countScripts(text)[0];
}

/**
 * Chinese when Han characters carry the text. One Han character holds about as much as a short Latin word,
 * so Chinese technical prose full of English terms (`改善了 p99 latency`) still counts as Chinese.
 */
export function detectLang(text: string, fallback: Lang = 'en'): Lang {
  return langOf(countScripts(text), fallback);
}

/** `detectLang` of a text already counted. */
export function langOf([han, latin]: ScriptCount, fallback: Lang = 'en'): Lang {
  if (han === 0 && latin === 0) return fallback;
  return han * 3 >= latin ? 'zh' : 'en';
}

export function hasHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}
