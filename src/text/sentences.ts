// Sentence splitting by Unicode's rules (Intl.Segmenter, or the same rules here for the characters they know), plus
// the breaks ICU misses in Chinese pasted from Word.
import { HAN } from './han.js';
import { leadingListNumber } from './list-numbers.js';
import { ruleBreaks } from './sentence-rules.js';
import { isSpace } from './whitespace.js';

let segmenter: Intl.Segmenter | undefined;
/**
 * Made at the first document: the first Intl object of a process costs ~20 ms (ICU's locale data), which a warm
 * --cache run that lints nothing need not pay.
 */
const sentenceSegmenter = () => (segmenter ??= new Intl.Segmenter('zh', { granularity: 'sentence' }));

/**
 * Half-width sentence punctuation written straight before a Han character (`完成目标.下月继续`) ends a sentence,
 * and so does the Chinese semicolon; ICU only breaks on `.` followed by a space.
 */
const EXTRA_BREAK = new RegExp(`[.!?;](?=${HAN})|；`, 'gu');
const SENTENCE_END = /[.!?。！？；;:：…][\s"'”’)）\]】]*$/u;

/**
 * Split `text` into sentences: `[start, end)` offsets, trimmed, empty ones dropped.
 * A line break alone does not end a sentence: paragraphs are hard-wrapped in both languages, and lines
 * pasted from Word that start a numbered point or a title were already split into blocks of their own.
 * So a break counts only after sentence punctuation, or before a bullet or a number that opens a line.
 */
export function splitSentences(text: string): Array<[number, number]> {
  // Unicode's breaks and the extra ones, both in order, merged: no set or sort of every cut.
  const unicode = ruleBreaks(text) ?? segmenterBreaks(text);
  const extra: number[] = [];
  for (let m = EXTRA_BREAK.exec(text); m; m = EXTRA_BREAK.exec(text)) extra.push(m.index + m[0].length);
  const out: Array<[number, number]> = [];
  let start = 0;
  const cut = (end: number) => {
    if (end <= start) return;
    let [s, e] = [start, end];
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push([s, e]);
    start = end;
  };
  let j = 0;
  for (const index of unicode) {
    if (index === 0 || isLineWrap(text, index)) continue;
    while (j < extra.length && extra[j] < index) cut(extra[j++]);
    cut(index);
  }
  while (j < extra.length) cut(extra[j++]);
  cut(text.length);
  return out;
}

/** Text is segmented this much at a time; breaks this close to the end of a window wait for the next one. */
const WINDOW = 4096;
export const MARGIN = 256;

/**
 * ICU's sentence breaks. Intl.Segmenter takes time quadratic in the length of the string it is given (a single
 * 200 KB line took 4 s, 10 MB would take hours), so long text is segmented in windows, each starting at a break
 * found by the one before: a break depends only on the sentence it ends and a few characters after it.
 */
export function segmenterBreaks(text: string, window = WINDOW): number[] {
  const breaks: number[] = text ? [0] : [];
  let start = 0;
  let size = window;
  while (start < text.length) {
    const end = Math.min(text.length, start + size);
    const last = end === text.length ? end : end - MARGIN;
    let next = start;
    for (const { index } of sentenceSegmenter().segment(text.slice(start, end))) {
      if (start + index > last) break;
      if (index === 0) continue;
      breaks.push(start + index);
      next = start + index;
    }
    if (end === text.length) break;
    // No break far enough from the window's end: one long sentence, so look further.
    if (next === start) size *= 2;
    else [start, size] = [next, window];
  }
  return breaks;
}

/** Whether ICU's break at `cut` only follows a line break inside a sentence. */
export function isLineWrap(text: string, cut: number): boolean {
  let nl = cut - 1;
  while (nl > 0 && (text[nl] === ' ' || text[nl] === '\t' || text[nl] === '\r')) nl--;
  if (text[nl] !== '\n') return false;
  if (SENTENCE_END.test(text.slice(Math.max(0, nl - 3), nl))) return false;
  const line = text.slice(nl + 1, nl + 24);
  return !/^[ \t]*[-*+•]\s/u.test(line) && leadingListNumber(line) === 0;
}

/** A question, even when brackets or quotes close after its mark: `(Did it work?)`. */
export function isQuestion(sentence: string): boolean {
  return /[?？][\s)）\]】"”'’]*$/u.test(sentence);
}
