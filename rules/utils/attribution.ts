import type { Vocabulary } from '../../src/types.js';

/**
 * A quote that says whose words it holds ("— a customer", 客户反馈：, a HackMD "[name=Li]" under a reply):
 * someone else's words or a reply to the line above, not the author's own report.
 */
export function isAttributed(raw: string, vocabulary: Vocabulary): boolean {
  const text = vocabulary.normalize(raw);
  return (
    /(?:^|\n)\s*(?:—|--|–|――)\s*\S|^\s*\S{1,12}(?:说|反馈|回馈|评价|表示|says|said|wrote)\s*[:：]|\[name=[^\]\n]+\]/u.test(text) ||
    /^\s*[“"「]/u.test(text)
  );
}
