// Sentence breaks found window by window must be exactly ICU's breaks over the whole text.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmenterBreaks } from '../../src/text/sentences.js';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
const whole = (text: string) => [...segmenter.segment(text)].map((s) => s.index);

const corpus = path.resolve(import.meta.dirname, '../../../shared/corpus/public');
const corpusTexts = ['en', 'zh'].flatMap((lang) =>
  readdirSync(path.join(corpus, lang)).map((name) => readFileSync(path.join(corpus, lang, name), 'utf8')),
);

describe('segmenterBreaks', () => {
  it('gives the same breaks as one pass over the whole text, on every corpus file, with small windows', () => {
    for (const text of corpusTexts) {
      for (const window of [300, 1000]) expect(segmenterBreaks(text, window)).toEqual(whole(text));
    }
  });

  it('handles a sentence longer than a window (the window grows until it finds a break)', () => {
    const text = `${'word '.repeat(2000)}end. 第二句。Third one! `;
    expect(segmenterBreaks(text, 300)).toEqual(whole(text));
  });
});
