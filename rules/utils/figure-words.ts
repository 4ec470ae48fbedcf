// The words around a figure that say what it is: "up 20%", "目标100万元", "110% of target", "占35%". Shared by
// consistent-numbers and require-comparison. A word labels a figure when only a few characters with no digit and no
// clause break stand between them ("up by 20%", "增长了20%", "增幅达20%").
import type { Vocabulary, VocabularyMatch } from '../../src/types.js';
import type { Amount } from './amounts.js';

/** What may stand between a word and the figure it labels: a few characters, no digit, no clause break. */
const FILLER = /^[^\d,，;；。!！?？()（）]{0,6}$/u;
/** After a figure, only spaces before its word ("20% increase", "35% of the total"). */
const TIGHT = /^\s{0,2}$/u;

export interface FigureWords {
  find(concept: string): VocabularyMatch[];
}

/** The matches of each concept in one text, looked up once. */
export function figureWords(text: string, vocabulary: Vocabulary): FigureWords {
  const found = new Map<string, VocabularyMatch[]>();
  return {
    find(concept) {
      let matches = found.get(concept);
      if (!matches) found.set(concept, (matches = vocabulary.find(concept, text)));
      return matches;
    },
  };
}

/** A word of `concept` just before the amount, with at most a few filler characters between (`position` before or unset). */
export function wordBefore(text: string, words: FigureWords, concept: string, amount: Amount, filler = FILLER): VocabularyMatch | undefined {
  let best: VocabularyMatch | undefined;
  for (const m of words.find(concept)) {
    if (m.info.position === 'after' || m.end > amount.start) continue;
    if (filler.test(text.slice(m.end, amount.start))) best = m;
  }
  return best;
}

/** A word of `concept` just after the amount (`position` after or unset). */
export function wordAfter(text: string, words: FigureWords, concept: string, amount: Amount): VocabularyMatch | undefined {
  return words.find(concept).find((m) => m.info.position !== 'before' && m.start >= amount.end && TIGHT.test(text.slice(amount.end, m.start)));
}

/** A word of `concept` on either side of the amount. */
export function wordBeside(text: string, words: FigureWords, concept: string, amount: Amount): VocabularyMatch | undefined {
  return wordBefore(text, words, concept, amount) ?? wordAfter(text, words, concept, amount);
}

/** A change stated as "from A to B" (从A增长到B): the two amounts with the words before them. */
export interface FromTo {
  from: Amount;
  to: Amount;
}

/** Every "from A to B" pair in the text, A and B in the same measure. */
export function fromToPairs(text: string, words: FigureWords, amounts: Amount[]): FromTo[] {
  const pairs: FromTo[] = [];
  for (let i = 0; i < amounts.length - 1; i++) {
    const from = amounts[i]!;
    const to = amounts[i + 1]!;
    if (!wordBefore(text, words, 'change-from', from, /^\s{0,2}$/u)) continue;
    const toWord = words.find('change-to').find((m) => m.start >= from.end && m.end <= to.start);
    if (!toWord || !FILLER.test(text.slice(from.end, toWord.start)) || !/^\s{0,2}$/u.test(text.slice(toWord.end, to.start))) continue;
    pairs.push({ from, to });
  }
  return pairs;
}
