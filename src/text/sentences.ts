// Sentence splitting with Intl.Segmenter, plus the breaks ICU misses in Chinese pasted from Word.
const segmenter = new Intl.Segmenter('zh', { granularity: 'sentence' });

/**
 * Half-width sentence punctuation written straight before a Han character (`完成目标.下月继续`) ends a sentence,
 * and so do the Chinese semicolon and the end of a line; ICU only breaks on `.` followed by a space.
 */
const EXTRA_BREAK = /[.!?;](?=\p{Script=Han})|；|\n/gu;

/**
 * A line break inside a Latin sentence (`the patch\nrelease was out`) is hard wrapping, not a sentence end;
 * between Chinese lines, or before a new numbered line, it ends the line's sentence (Word pastes lines).
 */
const WRAPPED = /[\p{Script=Latin}\d,;:(\-–—"'’“)\]]\r?\n[ \t]*[\p{Script=Latin}\d("'“[]/u;

/** Split `text` into sentences: `[start, end)` offsets, trimmed, empty ones dropped. */
export function splitSentences(text: string): Array<[number, number]> {
  const cuts = new Set<number>([0, text.length]);
  for (const { index } of segmenter.segment(text)) cuts.add(index);
  for (const m of text.matchAll(EXTRA_BREAK)) {
    if (m[0] === '\n' && isWrapped(text, m.index)) continue;
    cuts.add(m.index + m[0].length);
  }
  // ICU ends a sentence at every line break; undo that where the break only wraps a Latin sentence.
  for (const cut of cuts) {
    let nl = cut - 1;
    while (nl > 0 && (text[nl] === ' ' || text[nl] === '\t' || text[nl] === '\r')) nl--;
    if (text[nl] === '\n' && !/[.!?。！？；;]/u.test(text[nl - 1] ?? '') && isWrapped(text, nl)) cuts.delete(cut);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: Array<[number, number]> = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    let start = sorted[i];
    let end = sorted[i + 1];
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) out.push([start, end]);
  }
  return out;
}

function isWrapped(text: string, newline: number): boolean {
  const before = text.slice(Math.max(0, newline - 2), newline);
  const after = text.slice(newline, newline + 8);
  if (/^\n[ \t]*(?:\d{1,2}[.)、]|[-*+•]\s)/u.test(after)) return false;
  return WRAPPED.test(before + after.replace(/^\n/, '\n'));
}

/** A question, even when brackets or quotes close after its mark: `(Did it work?)`. */
export function isQuestion(sentence: string): boolean {
  return /[?？][\s)）\]】"”'’]*$/u.test(sentence);
}
