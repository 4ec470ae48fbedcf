// The shapes English writes numbers, dates and owners in (the words are in ./vocabulary.json).
import type { LanguagePack, ListNumberShape, OwnerShapes } from '../../types.js';

/** `I.`, `IV.`: Roman numerals number sections. */
export const listNumbers: readonly ListNumberShape[] = [
  { style: 'roman', kind: 'heading', pattern: /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X)[.、．]\s+/u },
  // English Word documents number their parts as 第一部分 does: "Part Three: plans for next year".
  { style: 'part', kind: 'heading', pattern: /^Part\s+(?:\d{1,2}|[IVX]{1,4}|one|two|three|four|five|six|seven|eight|nine|ten)\s*[:.,、：—-]\s*/iu },
];

/** Numbers in durations: "2 weeks", "two sprints", "a couple of days". */
const EN_NUM = '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple of)';

/** `week 46`, `by 2026`, `in 1.30`; `within 2 weeks`, `every other sprint`. */
export const dates: LanguagePack['dates'] = {
  // A year label: "2022", "FY2023:"
  yearLabel: /^(?:FY\s?)?((?:19|20)\d{2})\s*:?$/iu,
  dates: [
    // week 46, sprint 12
    /(?<![\p{L}\p{N}])(?:week|wk|sprint|iteration)\s?#?\d{1,3}(?![\p{L}\p{N}])/gu,
    // by the 15th, before the 3rd: a day of the current month
    /(?<![\p{L}])(?:by|before|until|till|on)\s+(?:the\s+)?(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?![\p{L}\p{N}])/gu,
    // by 2026, in 2026, end of 2026, early 2027
    /(?<![\p{L}\p{N}])(?:by|in|before|until|till|through|during|for|of|early|mid|late)[\s-]+(?:19|20)\d{2}(?![\p{L}\p{N}]|[-/.]\d)/gu,
    // for 1.5, in v2.3, by release 1.30 (a release is a date in projects that ship on a calendar)
    /(?<![\p{L}\p{N}])(?:(?:in|for|before|until|till)\s+(?:the\s+)?(?:release\s+|version\s+|v)?|by\s+(?:the\s+)?(?:release\s+|version\s+|v))\d+\.\d+(?:\.\d+)?(?![\d.%]|\s*(?:x|times|%|percent)(?![\p{L}]))/gu,
  ],
  durations: (units) => [
    // within 2 weeks, in 3 days, in the next two sprints, over the next 2 months
    { pattern: new RegExp(`(?<![\\p{L}])(?:within|in|inside|over)\\s+(?:the\\s+)?(?:next\\s+|coming\\s+|following\\s+)?${EN_NUM}\\s+(?:${units})(?![\\p{L}])`, 'gu'), kind: 'duration' },
    // 2 weeks after launch, 3 days before the release, 1-2 days ahead, a week in advance
    { pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${EN_NUM}|\\d+\\s*[-–~]\\s*\\d+)\\s+(?:${units})\\s+(?:after|before|from|ahead|in\\s+advance|prior)(?![\\p{L}])`, 'gu'), kind: 'duration' },
    // every Monday is a weekday word; every 2 weeks, every other sprint
    { pattern: new RegExp(`(?<![\\p{L}])(?:every|each)\\s+(?:other\\s+|${EN_NUM}\\s+)?(?:${units})(?![\\p{L}])`, 'gu'), kind: 'recurrence' },
  ],
};

/** "Alice Wong to …", "Alice will …", "(Alice and Bob)". */
export const owners: OwnerShapes = {
  // "Alice", "Alice Wong", "Mary-Jane O'Neil", "Alice W.".
  name: /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?(?:\s+(?:\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?|\p{Lu}\.?)){0,2}$/u,
  // Not "Alice will be …", which says what happens to her.
  verbsAfterName: (verbs) => new RegExp(`^(?:,?\\s+(?:${verbs})(?![\\p{L}])(?!\\s+be\\b)|'ll\\b)`, 'iu'),
  and: ['and'],
};
