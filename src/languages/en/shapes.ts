// The shapes English writes numbers, dates and owners in (the words are in ./vocabulary.json).
import type { ListNumberShape } from '../../types.js';

/** `I.`, `IV.`: Roman numerals number sections. */
export const listNumbers: readonly ListNumberShape[] = [{ style: 'roman', kind: 'heading', pattern: /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X)[.、．]\s+/u }];
