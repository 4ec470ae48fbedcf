// What a sentence does in a summary, read once for the rules that judge statements of the work (vague wording,
// unquantified claims). Only a statement of a result, a problem or a plan is the reader's to check; a sentence that
// tells history or a biography, or that speaks to the reader (a standing pointer to the docs, an invitation), is
// context or courtesy, whatever words it holds. The words that mark each role are data: `history`,
// `reader-address` and `reader-invitation` in each language's vocabulary.
import type { Vocabulary } from '../../src/types.js';

export type SentenceRole = 'statement' | 'history' | 'address';

/** The role of one sentence: `history` (background, a biography), `address` (speaks to the reader) or `statement`. */
export function sentenceRole(text: string, vocabulary: Vocabulary): SentenceRole {
  if (vocabulary.has('history', text)) return 'history';
  if (vocabulary.has('reader-address', text) || vocabulary.has('reader-invitation', text)) return 'address';
  return 'statement';
}

/** Whether the sentence states work the reader is to check (a result, a problem, a plan), not context or courtesy. */
export const statesWork = (text: string, vocabulary: Vocabulary): boolean => sentenceRole(text, vocabulary) === 'statement';
