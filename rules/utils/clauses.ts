// Clause-level context for vocabulary matches: where a clause starts and ends, whether two matches are
// near each other in the same clause, and "paired" entries such as 受…影响 whose closing word must follow
// within a few characters. Words stay in the vocabulary; the punctuation that bounds a clause is src/text/punctuation.ts's.
import { hasHan } from '../../src/text/han.js';
import { Stops } from '../../src/text/positions.js';
import { CLAUSE_BOUNDARY } from '../../src/text/punctuation.js';
import type { Vocabulary, VocabularyMatch } from '../../src/types.js';


/** Offsets `[start, end)` of the clause of `text` that holds `[from, to)`. */
export function clauseAround(text: string, from: number, to: number): [number, number] {
  let start = from;
  while (start > 0 && !CLAUSE_BOUNDARY.test(text[start - 1])) start--;
  let end = to;
  while (end < text.length && !CLAUSE_BOUNDARY.test(text[end])) end++;
  return [start, end];
}

/**
 * One text's clause boundaries, found once: `clauseAround` and the gaps `isNear` measures, answered by bisection for
 * each of many matches instead of walking the text from each one.
 */
export class ClauseIndex {
  private readonly boundaries: Stops;
  private words?: Stops;
  /** Non-whitespace characters before each offset. */
  private solid?: Int32Array;

  constructor(readonly text: string) {
    this.boundaries = new Stops(text, CLAUSE_BOUNDARY);
  }

  /** Offsets `[start, end)` of the clause that holds `[from, to)`, as `clauseAround` gives them. */
  around(from: number, to: number): [number, number] {
    return [this.boundaries.previousEnd(from), this.boundaries.next(to)];
  }

  /**
   * Whether no gap that contains `[from, to)` can be near: it holds a clause boundary, or more than `near.hanChars`
   * characters besides whitespace and more than `near.words` words (so `isNear` says no in either measure).
   */
  beyondNear(from: number, to: number, near: Nearness = NEAR): boolean {
    if (this.boundaries.countIn(from, to) > 0) return true;
    if (!this.solid) {
      this.solid = new Int32Array(this.text.length + 1);
      for (let i = 0; i < this.text.length; i++) this.solid[i + 1] = this.solid[i] + (/\s/u.test(this.text[i]) ? 0 : 1);
    }
    const words = (this.words ??= new Stops(this.text, /\S+/u));
    return this.solid[to] - this.solid[from] > near.hanChars && words.countIn(from + 1, to) > near.words;
  }
}

/** Limits for "near": at most this many words (Latin) or characters (Han) in between. */
export interface Nearness {
  words: number;
  hanChars: number;
}

export const NEAR: Nearness = { words: 3, hanChars: 6 };

/**
 * Whether the gap `text[from, to)` between two matches is short and inside one clause. A gap with Han
 * characters is measured in characters, a Latin gap in words.
 */
export function isNear(text: string, from: number, to: number, near: Nearness = NEAR): boolean {
  if (to < from) return false;
  const gap = text.slice(from, to);
  if (CLAUSE_BOUNDARY.test(gap)) return false;
  if (hasHan(gap)) return gap.replace(/\s+/gu, '').length <= near.hanChars;
  const words = gap.trim() ? gap.trim().split(/\s+/u).length : 0;
  return words <= near.words;
}

export interface PairInfo {
  /** Closing words, one of which must follow the entry (受 … 影响). */
  until?: string[];
  /** How many characters after the entry the closing word may start. */
  within?: number;
}

/**
 * For a paired entry (`until` in its info), the end offset of its closing word when one follows within
 * `within` characters in the same clause; `undefined` when none does. Entries without `until` end where
 * they matched.
 */
export function pairedEnd(vocabulary: Vocabulary, text: string, match: VocabularyMatch): number | undefined {
  const info = match.info as PairInfo;
  if (!Array.isArray(info.until) || info.until.length === 0) return match.end;
  const norm = foldedForSearch(vocabulary, text);
  const limit = Math.min(text.length, match.end + (info.within ?? 12));
  let best: number | undefined;
  for (const word of info.until) {
    const key = vocabulary.normalize(word);
    if (!key) continue;
    const at = norm.indexOf(key, match.end);
    if (at === -1 || at > limit) continue;
    if (CLAUSE_BOUNDARY.test(norm.slice(match.end, at))) continue;
    const end = at + key.length;
    if (best === undefined || end < best) best = end;
  }
  return best;
}

/**
 * Matches of a concept whose pairs are complete, each with the span it covers (entry to closing word).
 * Unpaired entries keep their own span.
 */
export function findPaired(vocabulary: Vocabulary, concept: string, text: string): Array<VocabularyMatch & { spanEnd: number }> {
  const out: Array<VocabularyMatch & { spanEnd: number }> = [];
  for (const m of vocabulary.find(concept, text)) {
    const end = pairedEnd(vocabulary, text, m);
    if (end !== undefined) out.push({ ...m, spanEnd: end });
  }
  return out;
}

/** The normalised text when normalising kept its length (it nearly always does), else the text lower-cased. */
function foldedForSearch(vocabulary: Vocabulary, text: string): string {
  const norm = vocabulary.normalize(text);
  return norm.length === text.length ? norm : text.toLowerCase();
}
