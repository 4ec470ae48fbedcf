// What a sentence does in a summary, read once for the rules that judge statements of the work (vague wording,
// unquantified claims). Only a statement of a result, a problem or a plan is the reader's to check; a sentence that
// tells history or a biography, or that speaks to the reader (a standing pointer to the docs, an invitation), is
// context or courtesy, whatever words it holds. The words that mark each role are data: `history`,
// `reader-address` and `reader-invitation` in each language's vocabulary.
import { CLOSING_PARENS, OPENING_PARENS } from '../../src/text/punctuation.js';
import { insideSpan } from '../../src/text/positions.js';
import type { Range, Vocabulary } from '../../src/types.js';
import { findPaired } from './clauses.js';

export type SentenceRole = 'statement' | 'history' | 'address';

/** The role of one sentence: `history` (background, a biography), `address` (speaks to the reader) or `statement`. */
export function sentenceRole(text: string, vocabulary: Vocabulary): SentenceRole {
  if (vocabulary.has('history', text)) return 'history';
  if (vocabulary.has('reader-invitation', text)) return 'address';
  // "If you ignore May's spike, growth is still …" frames the reading of a result: it speaks to nobody.
  const frames = readingFrames(text, vocabulary);
  if (vocabulary.find('reader-address', text).some((m) => !insideSpan(frames, m.start, m.end))) return 'address';
  return 'statement';
}

/** Where a sentence tells the reader how to look at a result ("if you ignore May's spike", 如果剔除一次性收入). */
export function readingFrames(text: string, vocabulary: Vocabulary): Range[] {
  return vocabulary.find('reading-frame', text).map((m) => [m.start, m.end]);
}

/** Whether the sentence states work the reader is to check (a result, a problem, a plan), not context or courtesy. */
export const statesWork = (text: string, vocabulary: Vocabulary): boolean => sentenceRole(text, vocabulary) === 'statement';

/** How far before a word its bracket may open for `inDescription` (characters). */
const DESCRIPTION_REACH = 80;

/**
 * Whether `at` stands in brackets that open with an `appositive` word ("(a faster linter)", （一个更快的工具）): the
 * brackets describe the thing named before them, they report no work.
 */
export function inDescription(text: string, at: number, vocabulary: Vocabulary): boolean {
  let depth = 0;
  // A description in brackets is short: look back a bounded way, so a long sentence of many claims stays linear.
  for (let i = at - 1; i >= Math.max(0, at - DESCRIPTION_REACH); i--) {
    const c = text[i];
    if (CLOSING_PARENS.has(c)) depth++;
    else if (OPENING_PARENS.has(c)) {
      if (depth === 0) {
        const inside = text.slice(i + 1, at);
        const lead = inside.length - inside.trimStart().length;
        return vocabulary.find('appositive', inside).some((m) => m.start === lead);
      }
      depth--;
    }
  }
  return false;
}

/**
 * The concepts whose words name how the period's work came out: a result claimed, a problem or a shortfall, a
 * measure or a goal, the work left, or an `outcome` word ("done", "worked", 完成, 效果).
 */
const OUTCOME_CONCEPTS = ['outcome', 'claim', 'problem', 'setback', 'metric', 'goal', 'work-left'] as const;

/**
 * Whether `text` (a clause) states a result or a problem of the work: "mostly done", "roughly in line with target",
 * "performance improved somewhat", 基本完成, 效果较好, and not a view, a guess, a suggestion or a description
 * ("the fix was relatively simple", "buffet 比较方便").
 */
export function statesOutcome(text: string, vocabulary: Vocabulary): boolean {
  // Problem words may need a closing word ("存在 … 问题"): found in pairs, as require-problem-cause reads them.
  return OUTCOME_CONCEPTS.some((concept) => (concept === 'problem' ? findPaired(vocabulary, concept, text).length > 0 : vocabulary.has(concept, text)));
}

/** The concepts whose words name what went wrong or is not done: a problem, a shortfall, the work left. */
const SHORTFALL_CONCEPTS = ['problem', 'setback', 'work-left'] as const;

/** Whether `text` (a clause) names a problem, a shortfall or the work left: 上手比较困难, "somewhat hard to onboard". */
export function statesShortfall(text: string, vocabulary: Vocabulary): boolean {
  return SHORTFALL_CONCEPTS.some((concept) => (concept === 'problem' ? findPaired(vocabulary, concept, text).length > 0 : vocabulary.has(concept, text)));
}
