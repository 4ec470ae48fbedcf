import type { Vocabulary, VocabularyMatch } from '../../src/types.js';

/**
 * Vague changes and amounts made of two parts: a word of size with no number (`degree`: "huge", "significant",
 * 很大) before the thing it sizes (`degree-head`: "increase", "effort", 提升), as in "a huge increase", "significant
 * sales effort", "a major part", 较大增长, 很大的改善. Listing every pair would never end; the pair is read instead.
 * English allows one word between ("significant sales effort"); Chinese a 的 or 地.
 */
export function degreePhrases(text: string, vocabulary: Vocabulary): VocabularyMatch[] {
  const degrees = vocabulary.find('degree', text);
  if (degrees.length === 0) return [];
  const heads = vocabulary.find('degree-head', text);
  const phrases: VocabularyMatch[] = [];
  for (const degree of degrees) {
    const gap = BETWEEN.exec(text.slice(degree.end, degree.end + MAX_GAP))?.[0] ?? '';
    // The head right after the size word, or after the one word between.
    const head = heads.find((h) => h.start === degree.end + (SPACE.exec(gap)?.[0].length ?? 0) || h.start === degree.end + gap.length);
    if (!head || head.info.lang !== degree.info.lang) continue;
    phrases.push({
      text: text.slice(degree.start, head.end).replace(/\s+/gu, ' '),
      term: `${degree.term} ${head.term}`,
      start: degree.start,
      end: head.end,
      info: { category: head.info.category, lang: degree.info.lang },
    });
  }
  return phrases;
}

/** The vocabulary's vague matches and the pairs, in text order; a pair overlapping a listed phrase gives way to it. */
export function withDegreePhrases(matches: VocabularyMatch[], text: string, vocabulary: Vocabulary): VocabularyMatch[] {
  const phrases = degreePhrases(text, vocabulary).filter((p) => !matches.some((m) => m.start < p.end && p.start < m.end));
  if (phrases.length === 0) return matches;
  return [...matches, ...phrases].sort((a, b) => a.start - b.start);
}

/** What may stand between the size word and the head: spaces, one English word, or 的 / 地. */
const BETWEEN = /^(?:\s*[A-Za-z][A-Za-z-]*\s+|\s*[的地]\s*|\s*)/u;
const SPACE = /^\s*/u;
const MAX_GAP = 24;
