import type { Vocabulary } from '../../src/types.js';

/**
 * A quote that says whose words it holds ("— a customer", 客户反馈：, "Dana said:", a HackMD "[name=Li]" under a
 * reply): someone else's words or a reply to the line above, not the author's own report.
 */
export function isAttributed(raw: string, vocabulary: Vocabulary): boolean {
  const text = vocabulary.normalize(raw);
  if (/(?:^|\n)\s*(?:—|--|–|――)\s*\S|\[name=[^\]\n]+\]/u.test(text) || /^\s*[“"「]/u.test(text)) return true;
  // A short speaker, a verb of saying (`speech-verb`) and a colon open the text: 客户反馈：…, "Dana said: …".
  return vocabulary
    .find('speech-verb', text.slice(0, SPEAKER + 8))
    .some((m) => /^\s*[:：]/u.test(text.slice(m.end)) && /^\s*[^\s:：][^\n:：]{0,11}$/u.test(text.slice(0, m.start)));
}

/** How long a speaker's name or role before the verb may be. */
const SPEAKER = 12;
