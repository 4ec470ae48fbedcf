// Sentence breaks found window by window must be exactly ICU's breaks over the whole text.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmenterBreaks } from '../../src/text/sentences.js';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
const whole = (text: string) => [...segmenter.segment(text)].map((s) => s.index);

/** Every Markdown file of the project's fixtures and examples: English, Chinese, mixed, Word-pasted. */
function markdownUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return markdownUnder(file);
    return entry.name.endsWith('.md') ? [readFileSync(file, 'utf8')] : [];
  });
}
const texts = ['fixtures', 'examples'].flatMap((dir) => markdownUnder(path.resolve(import.meta.dirname, '../..', dir)));

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
