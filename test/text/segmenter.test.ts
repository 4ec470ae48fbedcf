// Sentence breaks found window by window must be exactly ICU's breaks over the whole text.
import { describe, expect, it, vi } from 'vitest';
import { segmenterBreaks } from '../../src/text/sentences.js';
import { projectMarkdown } from '../support/project-markdown.js';

// ICU's own pass over all the project's Markdown at once, the reference here, takes seconds (its time per segment
// grows with the string): under load it passed the 5 s default.
vi.setConfig({ testTimeout: 60_000 });

const segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
const whole = (text: string) => [...segmenter.segment(text)].map((s) => s.index);

const texts = projectMarkdown();

describe('segmenterBreaks', () => {
  it('gives the same breaks as one pass over the whole text, on every fixture and example, with small windows', () => {
    expect(texts.length).toBeGreaterThan(100);
    for (const text of [...texts, texts.join('\n')]) {
      for (const window of [300, 1000]) expect(segmenterBreaks(text, window)).toEqual(whole(text));
    }
  });

  it('handles a sentence longer than a window (the window grows until it finds a break)', () => {
    const text = `${'word '.repeat(2000)}end. 第二句。Third one! `;
    expect(segmenterBreaks(text, 300)).toEqual(whole(text));
  });
});
