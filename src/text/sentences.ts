// Sentence splitting with Intl.Segmenter, plus the breaks ICU misses in Chinese pasted from Word.
const segmenter = new Intl.Segmenter('zh', { granularity: 'sentence' });

/**
 * Half-width sentence punctuation written straight before a Han character (`完成目标.下月继续`) ends a sentence,
 * and so do the Chinese semicolon and the end of a line; ICU only breaks on `.` followed by a space.
 */
const EXTRA_BREAK = /[.!?;](?=\p{Script=Han})|；|\n/gu;

/** Split `text` into sentences: `[start, end)` offsets, trimmed, empty ones dropped. */
export function splitSentences(text: string): Array<[number, number]> {
  const cuts = new Set<number>([0, text.length]);
  for (const { index } of segmenter.segment(text)) cuts.add(index);
  for (const m of text.matchAll(EXTRA_BREAK)) cuts.add(m.index + m[0].length);
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
