// The words that say which piece of work a text is about, for matching last period's plan item with what this
// period's summary says of it (`follow-up-plan`). A text's key terms are
//   - the meanings of its work words (concept `follow-up-term`: "migrate" and 迁移 are one key), so an item and its
//     answer match across the two languages,
//   - its other Latin words, lightly stemmed ("visits", "visited" → "visit"),
//   - its other runs of Han characters, each matched by its character pairs (so 系统简化 is found in 简化系统的工作) and
//     weighing as the words it holds, about one per two characters,
// leaving out dates, numbers, owners' names and words that name no work (concept `follow-up-filler`).
import type { Vocabulary } from '../../src/types.js';
import { findTimes } from './deadlines.js';

export interface KeyTerms {
  /** Meanings of `follow-up-term` entries. */
  keys: Set<string>;
  /** Stemmed Latin words. */
  words: Set<string>;
  /** Han runs, each as its character pairs (a run of one character is left out). */
  runs: string[][];
}

const LATIN_WORD = /[a-z][a-z0-9+#]*(?:[.-][a-z0-9+#]+)*/g;
/** A version or model number names the work as well as a word does: "5.2", "v2.1.0". */
const VERSION = /(?<![\d.])\d+(?:\.\d+)+(?![\d.])/g;
/** Two-letter abbreviations written in capitals ("CI", "QA", "UI") are words; other two-letter words are not. */
const ABBREVIATION = /(?<![A-Za-z])[A-Z]{2}(?![A-Za-z])/g;
const HAN_RUN = /\p{Script=Han}{2,}/gu;

/** "visits", "visited", "visiting", "visit" → "visit"; "submitted" → "submit", "planned" → "plan". */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  return word
    .replace(/(?:ies|ing|ed|es|s)$/, '')
    .replace(/(?<=[^aeiou])e$/, '')
    .replace(/([b-df-hj-np-tv-z])\1$/, '$1');
}

function pairs(run: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  return out;
}

/** The key terms of `text`; `blank` lists more spans to leave out (an owner's name). */
export function keyTermsOf(text: string, vocabulary: Vocabulary, blank: ReadonlyArray<readonly [number, number]> = []): KeyTerms {
  let norm = vocabulary.normalize(text);
  const cut = (start: number, end: number) => {
    norm = norm.slice(0, start) + ' '.repeat(end - start) + norm.slice(end);
  };
  const keys = new Set<string>();
  for (const m of vocabulary.find('follow-up-term', norm)) {
    if (typeof m.info.key === 'string') keys.add(m.info.key);
    cut(m.start, m.end);
  }
  for (const [start, end] of blank) cut(start, end);
  for (const m of findTimes(text, vocabulary, false)) cut(m.start, m.end);
  for (const m of vocabulary.find('follow-up-filler', norm)) cut(m.start, m.end);
  for (const m of vocabulary.find('follow-up-status', norm)) cut(m.start, m.end);
  const words = new Set<string>();
  for (const m of norm.matchAll(LATIN_WORD)) if (m[0].length >= 3) words.add(stem(m[0]));
  for (const m of text.matchAll(ABBREVIATION)) if (norm.slice(m.index, m.index + 2).trim()) words.add(m[0].toLowerCase());
  for (const m of text.matchAll(VERSION)) if (norm.slice(m.index, m.index + m[0].length).trim()) words.add(m[0]);
  const runs = [...norm.matchAll(HAN_RUN)].map((m) => pairs(m[0]));
  return { keys, words, runs };
}

/**
 * The terms a line of the current summary offers: every work word's meaning, word, abbreviation, version and Han
 * pair in it. Nothing is left out, as in `keyTermsOf`: what an item leaves out is never looked for, and the line's
 * dates and filler cost no time to find.
 */
export function lineTermsOf(text: string, vocabulary: Vocabulary): KeyTerms {
  const norm = vocabulary.normalize(text);
  const keys = new Set<string>();
  for (const m of vocabulary.find('follow-up-term', norm)) if (typeof m.info.key === 'string') keys.add(m.info.key);
  const words = new Set<string>();
  for (const m of norm.matchAll(LATIN_WORD)) if (m[0].length >= 3) words.add(stem(m[0]));
  for (const m of text.matchAll(ABBREVIATION)) words.add(m[0].toLowerCase());
  for (const m of text.matchAll(VERSION)) words.add(m[0]);
  return { keys, words, runs: [...norm.matchAll(HAN_RUN)].map((m) => pairs(m[0])) };
}

/** A Han run of n characters (n - 1 pairs) holds about n / 2 words. */
const runWeight = (run: readonly string[]) => Math.max(1, Math.round((run.length + 1) / 2));

/** How many key terms `terms` has. */
export function termCount(terms: KeyTerms): number {
  return terms.keys.size + terms.words.size + terms.runs.reduce((n, run) => n + runWeight(run), 0);
}

/**
 * How many of `wanted`'s key terms `found` has: a key or a word counts 1, a Han run its weight times the share of its
 * pairs that `found`'s runs have.
 */
export function overlap(wanted: KeyTerms, found: KeyTerms, foundPairs: ReadonlySet<string>): number {
  let score = 0;
  for (const key of wanted.keys) if (found.keys.has(key)) score++;
  for (const word of wanted.words) if (found.words.has(word)) score++;
  for (const run of wanted.runs) score += (runWeight(run) * run.filter((pair) => foundPairs.has(pair)).length) / run.length;
  return score;
}
