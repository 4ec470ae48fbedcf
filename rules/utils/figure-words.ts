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
export function wordBefore(text: string, words: FigureWords, concept: string, amount: Amount): VocabularyMatch | undefined {
  let best: VocabularyMatch | undefined;
  for (const m of words.find(concept)) {
    if (m.info.position === 'after' || m.end > amount.start) continue;
    if (FILLER.test(text.slice(m.end, amount.start))) best = m;
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

/** Every "from A to B" pair in the text, also written "to B from A" ("doubled to 600 from 350"). */
export function fromToPairs(text: string, words: FigureWords, amounts: readonly Amount[]): FromTo[] {
  const pairs: FromTo[] = [];
  for (let i = 0; i < amounts.length - 1; i++) {
    const first = amounts[i]!;
    const second = amounts[i + 1]!;
    const fromFirst = labelledBy(text, words, 'change-from', first, amounts[i - 1]);
    const toFirst = !fromFirst && labelledBy(text, words, 'change-to', first, amounts[i - 1]);
    if (!fromFirst && !toFirst) continue;
    const word = words.find(fromFirst ? 'change-to' : 'change-from').find((m) => m.start >= first.end && m.end <= second.start);
    if (!word || !FILLER.test(text.slice(first.end, word.start)) || !LEAD.test(text.slice(word.end, second.start))) continue;
    pairs.push(fromFirst ? { from: first, to: second } : { from: second, to: first });
  }
  return pairs;
}

/** Between "from" / "to" and its figure: spaces, or a few Chinese characters (从每日320人次). */
const LEAD = /^(?:\s{0,2}|\p{Script=Han}{1,3})$/u;

/** A word of `concept` right before the amount, after the amount before it. */
function labelledBy(text: string, words: FigureWords, concept: string, amount: Amount, previous: Amount | undefined): boolean {
  return words.find(concept).some((m) => m.end <= amount.start && (!previous || m.start >= previous.end) && LEAD.test(text.slice(m.end, amount.start)));
}
