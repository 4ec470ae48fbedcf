// Caches of answers the rules work out once and then reuse. `perText` lives for one check of one document;
// `perVocabulary` for as long as a vocabulary (one per config), for what is derived from its entries alone.
import type { Vocabulary } from '../../src/types.js';

/**
 * `test`, remembered per text: rules ask the same question of one text many times (every action item of a section
 * about the same titles and lead-ins, claims about the sentences around them).
 */
export function perText(test: (text: string) => boolean): (text: string) => boolean {
  const answers = new Map<string, boolean>();
  return (text) => {
    let answer = answers.get(text);
    if (answer === undefined) answers.set(text, (answer = test(text)));
    return answer;
  };
}

/** The value `map` holds for `key`, made by `make` the first time it is asked for. */
export function remembered<K, V>(map: Map<K, V>, key: K, make: (key: K) => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make(key)));
  return value;
}

/** `make`, run once for each vocabulary. */
export function perVocabulary<T>(make: (vocabulary: Vocabulary) => T): (vocabulary: Vocabulary) => T {
  const made = new WeakMap<Vocabulary, T>();
  return (vocabulary) => {
    let value = made.get(vocabulary);
    if (value === undefined) made.set(vocabulary, (value = make(vocabulary)));
    return value;
  };
}

/**
 * `read`, remembered per vocabulary and text: several rules read the figures of one sentence (consistent-numbers'
 * checks, require-comparison, the list and table totals). Memory stays bounded: the texts are forgotten when full.
 */
export function perVocabularyText<T>(read: (text: string, vocabulary: Vocabulary) => T, limit = 4096): (text: string, vocabulary: Vocabulary) => T {
  const memos = new WeakMap<Vocabulary, Map<string, T>>();
  return (text, vocabulary) => {
    let memo = memos.get(vocabulary);
    if (memo === undefined) memos.set(vocabulary, (memo = new Map()));
    let value = memo.get(text);
    if (value === undefined) {
      if (memo.size >= limit) memo.clear();
      memo.set(text, (value = read(text, vocabulary)));
    }
    return value;
  };
}
