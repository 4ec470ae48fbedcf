// The shapes Chinese writes numbers, dates and owners in (the words are in ./vocabulary.json).
import type { ListNumberShape } from '../../types.js';

const HAN_NUMERAL = '[一二三四五六七八九十百零〇两]';

/** `第一部分`, `一、`, `（二）`: Chinese reports number their sections with Han numerals. */
export const listNumbers: readonly ListNumberShape[] = [
  { style: 'chapter', kind: 'heading', pattern: new RegExp(`^第${HAN_NUMERAL}+(?:部分|部份|章|节|節|篇)[、:：.．\\s]*`, 'u') },
  { style: 'han', kind: 'heading', pattern: new RegExp(`^${HAN_NUMERAL}+[、．.]\\s*`, 'u') },
  { style: 'han-paren', kind: 'heading', pattern: new RegExp(`^[（(]${HAN_NUMERAL}+[）)][、.．]?\\s*`, 'u') },
];
