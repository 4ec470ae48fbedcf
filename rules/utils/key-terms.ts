// The words that say which piece of work a text is about, for matching last period's plan item with what this
// period's summary says of it (`follow-up-plan`). A text's key terms are
//   - the meanings of its work words (concept `follow-up-term`: "migrate" and 迁移 are one key), so an item and its
//     answer match across the two languages,
//   - its other Latin words, lightly stemmed ("visits", "visited" → "visit"),
//   - its other runs of Han characters, each matched by its character pairs (so 系统简化 is found in 简化系统的工作) and
//     weighing as the words it holds, about one per two characters,
// leaving out dates, numbers, owners' names and words that name no work (concept `follow-up-filler`).
// An item's figures (the 5 of "within 5 working days", the 40 and 32 of "from 40 to 32") are kept apart: a line that
// shares a key term with the item and also gives its figures answers it more surely ("August closed in 5 working
// days"), but an item with figures is no harder to answer than one without.
import type { Vocabulary } from '../../src/types.js';
import { findTimes } from './deadlines.js';

export interface KeyTerms {
  /** Meanings of `follow-up-term` entries. */
  keys: Set<string>;
  /** Stemmed Latin words. */
  words: Set<string>;
  /** Han runs, each as its character pairs (a run of one character is left out). */
  runs: string[][];
  /** Whole numbers that are no date, without thousands separators: "1,240" → "1240". */
  figures: Set<string>;
}

const LATIN_WORD = /[a-z][a-z0-9+#]*(?:[.-][a-z0-9+#]+)*/g;
/** A version or model number names the work as well as a word does: "5.2", "v2.1.0". */
const VERSION = /(?<![\d.])\d+(?:\.\d+)+(?![\d.])/g;
/** Two-letter abbreviations written in capitals ("CI", "QA", "UI") are words; other two-letter words are not. */
const ABBREVIATION = /(?<![A-Za-z])[A-Z]{2}(?![A-Za-z])/g;
const HAN_RUN = /\p{Script=Han}{2,}/gu;
/** A whole number, not part of a decimal or a version: "40", "1,240". */
const FIGURE = /(?<![\d.,])\d+(?:,\d{3})*(?!\d|[.,]\d)/g;

/** Only spaces and commas: "November 30", "30 November", "Nov. 30, 2026". */
const JOINS = /^[\s,.]*$/u;

/** The whole numbers of `text`, but those in or next to a span of `skip` (a date: "by November 30"). */
function figuresOf(text: string, skip: ReadonlyArray<{ start: number; end: number }> = []): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(FIGURE)) {
    const end = m.index + m[0].length;
    const inDate = skip.some((s) => (s.start <= end && m.index <= s.end) || (s.end <= m.index && JOINS.test(text.slice(s.end, m.index))) || (end <= s.start && JOINS.test(text.slice(end, s.start))));
    if (!inDate) out.add(m[0].replace(/,/g, ''));
  }
  return out;
}

/** "visits", "visited", "visiting", "visit" → "visit"; "submitted" → "submit", "planned" → "plan". */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  const base = word.replace(/(?:ies|ing|ed|es|s)$/, '');
  // "node" and "nodes" → "nod"; "ring" stays "ring".
  return (base.length >= 3 ? base : word)
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
  const times = findTimes(text, vocabulary, false);
  // A duration's number is a target ("within 5 working days"); a date's is not a figure of the work.
  const figures = figuresOf(text, [...times.filter((t) => t.kind !== 'duration'), ...blank.map(([start, end]) => ({ start, end }))]);
  for (const m of times) cut(m.start, m.end);
  for (const m of vocabulary.find('follow-up-filler', norm)) cut(m.start, m.end);
  for (const m of vocabulary.find('follow-up-status', norm)) cut(m.start, m.end);
  const words = new Set<string>();
  for (const m of norm.matchAll(LATIN_WORD)) if (m[0].length >= 3) words.add(stem(m[0]));
  for (const m of text.matchAll(ABBREVIATION)) if (norm.slice(m.index, m.index + 2).trim()) words.add(m[0].toLowerCase());
  for (const m of text.matchAll(VERSION)) if (norm.slice(m.index, m.index + m[0].length).trim()) words.add(m[0]);
  const runs = [...norm.matchAll(HAN_RUN)].map((m) => pairs(m[0]));
  return { keys, words, runs, figures };
}

/**
 * The terms a line of the current summary offers: every work word's meaning, word, abbreviation, version and Han
 * pair in it. Nothing is left out, as in `keyTermsOf`: what an item leaves out is never looked for, and the line's
 * dates and filler cost no time to find.
 */
export function lineTermsOf(text: string, vocabulary: Vocabulary): KeyTerms {
  const norm = vocabulary.normalize(text);
  const keys = new Set<string>();
  // Looked up in the text as written: the vocabulary normalises it anyway and remembers what it found in it for the
  // other rules, where the normal form would be a text of its own, read again.
  for (const m of vocabulary.find('follow-up-term', text)) if (typeof m.info.key === 'string') keys.add(m.info.key);
  const words = new Set<string>();
  for (const m of norm.matchAll(LATIN_WORD)) if (m[0].length >= 3) words.add(stem(m[0]));
  for (const m of text.matchAll(ABBREVIATION)) words.add(m[0].toLowerCase());
  for (const m of text.matchAll(VERSION)) words.add(m[0]);
  return { keys, words, runs: [...norm.matchAll(HAN_RUN)].map((m) => pairs(m[0])), figures: figuresOf(text) };
}

/** A Han run of n characters (n - 1 pairs) holds about n / 2 words. */
const runWeight = (run: readonly string[]) => Math.max(1, Math.round((run.length + 1) / 2));

/** How many key terms `terms` has; figures are not counted (they only add to a match). */
export function termCount(terms: KeyTerms): number {
  return terms.keys.size + terms.words.size + terms.runs.reduce((n, run) => n + runWeight(run), 0);
}

/**
 * How many of `wanted`'s key terms `found` has: a key or a word counts 1, a Han run its weight times the share of its
 * pairs that `found`'s runs have, and each figure of `wanted` that `found` has when something else matched.
 */
export function overlap(wanted: KeyTerms, found: KeyTerms, foundPairs: ReadonlySet<string>): number {
  let score = 0;
  for (const key of wanted.keys) if (found.keys.has(key)) score++;
  for (const word of wanted.words) if (found.words.has(word)) score++;
  for (const run of wanted.runs) score += (runWeight(run) * run.filter((pair) => foundPairs.has(pair)).length) / run.length;
  // Figures alone ("40", "32") name no work: they count only beside a key term.
  if (score > 0) for (const figure of wanted.figures) if (found.figures.has(figure)) score++;
  return score;
}
