// Whether a line reads as a title (short, no sentence punctuation), and a title cleaned of its closing
// punctuation: how the document model tells pseudo-headings (`一、总体情况`, `Results:`) from sentences.
import { hasHan } from '../text/han.js';

const SENTENCE_PUNCTUATION = /[。！？!?；;]|\.$/u;

/** A line that reads as a title: short, with no sentence punctuation. */
export function isTitleLike(title: string, { maxChars = 40, maxWords = 12 } = {}): boolean {
  const text = title.trim();
  if (text.length === 0 || text.length > maxChars) return false;
  if (text.split(/\s+/u).length > maxWords) return false;
  return !SENTENCE_PUNCTUATION.test(text);
}

/**
 * Stricter, for numbering that usually opens list items (`1、`, `Secondly,`): no clause breaks or asides either,
 * and short: 24 characters of Chinese, or 8 words of English ("problems and shortcomings in this year's work").
 */
export function isPlainTitle(title: string): boolean {
  const text = title.trim();
  if (!isTitleLike(text, { maxChars: 60, maxWords: 8 }) || /[，,（(]/u.test(text)) return false;
  return hasHan(text) ? text.length <= 24 : text.length <= 60 && text.split(/\s+/u).length <= 8;
}

/** Strip a title's trailing colon and closing punctuation (`成绩：`, `What went well?`). */
export function cleanTitle(title: string): string {
  return title.trim().replace(/[\s:：?？]+$/u, '').trim();
}
