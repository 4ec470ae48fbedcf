// Sentence breaks found window by window must be exactly ICU's breaks over the whole text.
import { describe, expect, it, vi } from 'vitest';
import { segmenterBreaks } from '../../src/text/sentences.js';
import { projectMarkdown } from '../support/project-markdown.js';

// ICU's own pass over all the project's Markdown at once, the reference here, takes seconds (its time per segment
// grows with the string): under load it passed the 5 s default.
vi.setConfig({ testTimeout: 60_000 });

const segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
/** ICU's breaks, read one segment at a time: each segment object V8 makes carries a copy of the whole input, so
 * holding them all (`[...segments]`) takes the input's size times the number of sentences. */
const whole = (text: string) => {
  const breaks: number[] = [];
  for (const segment of segmenter.segment(text)) breaks.push(segment.index);
  return breaks;
};

const texts = projectMarkdown();
// One long text across many windows: the project's Markdown joined, its first 200,000 characters (ICU's time per
// segment grows with the text's length, so the whole project would take most of a minute).
const joined = texts.join('\n').slice(0, 200_000);

describe('segmenterBreaks', () => {
  it('gives the same breaks as one pass over the whole text, on every fixture and example, with small windows', () => {
    expect(texts.length).toBeGreaterThan(100);
    for (const text of [...texts, joined]) {
      for (const window of [300, 1000]) expect(segmenterBreaks(text, window)).toEqual(whole(text));
    }
  });

  it('handles a sentence longer than a window (the window grows until it finds a break)', () => {
    const text = `${'word '.repeat(2000)}end. 第二句。Third one! `;
    expect(segmenterBreaks(text, 300)).toEqual(whole(text));
  });
});
