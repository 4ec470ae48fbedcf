// Which language a piece of text is written in: the registered language packs' scripts, counted and weighed (each
// pack's `script` and `weight`).
import { languages, languagesVersion } from '../languages/index.js';
import type { Lang } from '../types.js';
import { isCommonHan } from './han.js';

/** How the registered packs are told apart: the scripts they are written in, each in a slot of a `ScriptCount`. */
interface Detection {
  version: number;
  /** The slot of the Latin and of the Han script (-1: no pack is written in it), for the fast paths. */
  latin: number;
  han: number;
  patterns: RegExp[];
  /** Per slot, the pack detected by the letters counted there: the first registered pack of the script. */
  detected: Array<{ code: Lang; weight: number }>;
  fallback: Lang;
  /**
   * The slot + 2 of each BMP code point seen so far (0: not yet seen, 1: no slot), and of others in a Map: a Map
   * lookup per character was most of the language detection's time.
   */
  bmp: Uint8Array;
  astral: Map<number, number>;
}

let detection: Detection | undefined;

function current(): Detection {
  const version = languagesVersion();
  if (detection?.version !== version) {
    const scripts: string[] = [];
    const detected: Detection['detected'] = [];
    for (const { code, script, weight } of languages()) {
      if (scripts.includes(script)) continue;
      scripts.push(script);
      detected.push({ code, weight });
    }
    detection = {
      version,
      latin: scripts.indexOf('Latin'),
      han: scripts.indexOf('Han'),
      patterns: scripts.map((script) => new RegExp(`\\p{Script=${script}}`, 'u')),
      detected,
      fallback: languages()[0].code,
      bmp: new Uint8Array(0x10000),
      astral: new Map(),
    };
  }
  return detection;
}

function classify(d: Detection, cp: number): number {
  const ch = String.fromCodePoint(cp);
  return d.patterns.findIndex((pattern) => pattern.test(ch));
}

/** The slot of a code point's script, or -1. */
function slotOf(d: Detection, cp: number): number {
  if (cp < 0x80) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) ? d.latin : -1;
  if (isCommonHan(cp)) return d.han;
  if (cp < 0x10000) {
    const known = d.bmp[cp];
    if (known !== 0) return known - 2;
    const slot = classify(d, cp);
    d.bmp[cp] = slot + 2;
    return slot;
  }
  let slot = d.astral.get(cp);
  if (slot === undefined) d.astral.set(cp, (slot = classify(d, cp)));
  return slot;
}

/** The letters of a text by script: one count per script of the registered packs. */
export type ScriptCount = number[];

/** The letters of `text`, counted by script code point by code point (no array of every match). */
export function countScripts(text: string): ScriptCount {
  const d = current();
  const counts: ScriptCount = new Array(d.patterns.length).fill(0);
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    const slot = slotOf(d, cp);
    if (slot !== -1) counts[slot]++;
  }
  return counts;
}

/** The counts of several texts together. */
export function addScripts(counts: readonly ScriptCount[]): ScriptCount {
  const total: ScriptCount = new Array(current().patterns.length).fill(0);
  for (const count of counts) for (let i = 0; i < total.length; i++) total[i] += count[i] ?? 0;
  return total;
}

/**
 * The language whose letters carry the text. One Han character holds about as much as a short Latin word (the
 * Chinese pack's weight), so Chinese technical prose full of English terms (`改善了 p99 latency`) still counts as
 * Chinese.
 */
export function detectLang(text: string, fallback?: Lang): Lang {
  return langOf(countScripts(text), fallback);
}

/** `detectLang` of a text already counted: `fallback` (the first registered language) when it has no letters. */
export function langOf(counts: ScriptCount, fallback?: Lang): Lang {
  const d = current();
  let best: { code: Lang; weight: number } | undefined;
  let bestScore = 0;
  for (let slot = 0; slot < d.detected.length; slot++) {
    if (!counts[slot]) continue;
    const pack = d.detected[slot];
    const score = counts[slot] * pack.weight;
    if (!best || score > bestScore || (score === bestScore && pack.weight > best.weight)) [best, bestScore] = [pack, score];
  }
  return best ? best.code : (fallback ?? d.fallback);
}

/**
 * The language of a short phrase (a heading, a word): the one of the heaviest script it has a letter of, so a
 * phrase with a Han character is Chinese (`SRE 周报`); the first registered language when it has no letters.
 */
export function phraseLang(text: string): Lang {
  const d = current();
  const counts = countScripts(text);
  let best: { code: Lang; weight: number } | undefined;
  for (let slot = 0; slot < d.detected.length; slot++) {
    if (counts[slot] && (!best || d.detected[slot].weight > best.weight)) best = d.detected[slot];
  }
  return best ? best.code : d.fallback;
}
