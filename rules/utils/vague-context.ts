// Context that makes a vague-looking word precise: a number right next to it ("some 30 users", "20多家"),
// the items it stands for named right after it ("several teams: Sales, Ops"), a date in the same sentence
// (quantities are recognised by ./quantity.ts, as for no-unquantified-claims), or a place where the words are
// not the author's own claim (quotations).
// These are number and punctuation patterns only; words (units, weekday names…) come from the vocabulary.
import { HAN } from '../../src/text/han.js';
import { bisect, Stops } from '../../src/text/positions.js';
import { CLAUSE_END_BEFORE_ITEMS } from '../../src/text/punctuation.js';
import type { Vocabulary, VocabularyMatch } from '../../src/types.js';
import { findQuantities } from './quantity.js';

const STARTS_WITH_HAN = new RegExp(`^${HAN}`, 'u');

/** Han numerals, as in `十几个`, `二十多家`, `两成`. */
const HAN_NUMERAL = /[零〇一二两三四五六七八九十百千万亿]/u;

/**
 * A number starts right after `end`, maybe after a total word: `some 30 users`, `several (3) PRs`, `若干（3个）`,
 * `大约30人`, `more than 30`, `部分共计290个`.
 * `text` is normalised (NFKC), so full-width digits are ASCII here.
 */
export function numberFollows(text: string, end: number, vocabulary?: Vocabulary): boolean {
  const after = text.slice(end, end + 24);
  if (/^\s*(?:than\s+|the\s+)?[(（~≈约]?\s*\d/iu.test(after)) return true;
  // A number word: "approximately one week", "more than two dozen".
  const lead = /^\s*(?:than\s+|the\s+)?/iu.exec(after)?.[0].length ?? 0;
  if (!vocabulary) return false;
  if (vocabulary.find('quantity-word', after.slice(lead)).some((m) => m.start === 0)) return true;
  // A total word, then the number: `x86fail0.txt 部分共计 290 个`.
  const total = vocabulary.find('total', after.slice(lead)).find((m) => m.start === 0);
  return total !== undefined && /^\s*\d/u.test(after.slice(lead + total.end));
}

/** A number stands right before `start`: `20多家`, `十几个`, `50余名`, `3 or so`. */
export function numberPrecedes(text: string, start: number, vocabulary?: Vocabulary): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  // A digit inside a name (`rest0 部分`, `v2 some`) is no count.
  const digits = /([\w.-]*\d)\s*$/u.exec(before);
  if ((digits !== null && !/[A-Za-z_]/u.test(digits[1])) || HAN_NUMERAL.test(before.slice(-1))) return true;
  // A number word: "two more maintainers".
  const trimmed = before.trimEnd();
  return vocabulary ? vocabulary.find('quantity-word', trimmed).some((m) => m.end === trimmed.length) : false;
}

/**
 * A word for the kinds of a set (entries marked `kinds`: 各种, "various") right after a `whole-set` word names all of
 * them, a scope, not an unstated count: 整合目前各种风控机制, "all the various dashboards".
 */
export function wholeSetBefore(text: string, match: VocabularyMatch, vocabulary: Vocabulary): boolean {
  if (match.info.kinds !== true) return false;
  const before = text.slice(Math.max(0, match.start - 20), match.start).trimEnd();
  return vocabulary.find('whole-set', before).some((m) => m.end === before.length);
}

/** Where a clause ends for `itemsNamed`: a dot ends it only as a full stop, not inside a name (`skrub.TableReport`, `v1.2`). */
const ITEMS_CLAUSE_END = /[,，;；。!！?？]|\.(?=\s|$)/u;
/** What opens the items inside the clause: a bracket, a colon, a dash between spaces. */
const ITEMS_OPEN = /[(（:：]|\s[-–—]\s|——/u;
/** Nothing but a web address, in brackets or not. */
const ONLY_ADDRESS = /^\s*[(（<]?https?:\/\/\S+?[)）>]?\s*$/u;
/** What "named right after" stops at: any clause end (not a dot). */
const NAMED_AFTER_STOP = /[,，;；。!！?？]/u;

/**
 * One sentence (normalised) and the facts about it that the checks of its vague words share: each is worked out
 * once, on first use, so that a sentence of many matches is not searched again from its start for each one.
 */
export class SentenceFacts {
  private memo = new Map<string, unknown>();

  constructor(
    readonly text: string,
    readonly vocabulary: Vocabulary,
  ) {}

  /** A value worked out once per sentence. */
  once<T>(key: string, make: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, make());
    return this.memo.get(key) as T;
  }

  /** The stops of `pattern` in the sentence. */
  stops(pattern: RegExp): Stops {
    return this.once(`stops:${pattern.source}`, () => new Stops(this.text, pattern));
  }

  /** The concept's matches in the whole sentence. */
  matches(concept: string): readonly VocabularyMatch[] {
    return this.vocabulary.find(concept, this.text);
  }

  /** Whether a match of `concept` lies wholly inside `[from, to)`. */
  hasMatchWithin(concept: string, from: number, to: number): boolean {
    const found = this.matches(concept);
    const i = bisect(found, (m) => m.start < from);
    return i < found.length && found[i].end <= to;
  }

  /** The sentence ends in a colon: a list follows. */
  get endsWithColon(): boolean {
    return this.once('colon', () => /[:：]\s*$/u.test(this.text));
  }

  /** Whether the stretch `[from, to)` holds a quantity (remembered by stretch). */
  hasQuantityIn(from: number, to: number, has: (text: string) => boolean): boolean {
    return this.once(`quantity:${from}:${to}`, () => has(this.text.slice(from, to)));
  }
}

/**
 * The words are named right after the vague amount: an opening parenthesis, a colon, or "such as" / "including"
 * / 比如 / 包括 within the same clause, a reference to the full list ("detailed in", 详见) opening the next one, or
 * the sentence ends in a colon (a list follows);
 * or named right before it (`X、Y、Z等多个方向`).
 */
export function itemsNamed(sentence: SentenceFacts, start: number, end: number): boolean {
  const { text, vocabulary } = sentence;
  const before = text.slice(Math.max(0, start - 2), start);
  if (/[等]\s*$/u.test(before)) return true;
  // Closing a list named before it: "GitLab, Stitch Fix, and many others".
  const comma = sentence.once('comma', () => text.indexOf(','));
  if (/,\s*(?:and|or)\s+$/iu.test(text.slice(Math.max(0, start - 8), start)) && comma !== -1 && comma < Math.max(0, start - 8)) return true;
  // Named right after: "部分功能，即…", "a few fields, namely …", "some checks (i.e. …)".
  const stop = sentence.stops(NAMED_AFTER_STOP).next(end);
  if (/^[,，]\s*(?:即|也就是|namely\b|i\.e\.)/iu.test(text.slice(stop))) return true;
  if (sentence.endsWithColon) return true;
  const clauseEnd = sentence.stops(ITEMS_CLAUSE_END).next(end);
  // A clause cut at a dot may have cut a cue that holds one ("e.g."): look a few characters further then.
  const cueEnd = text[clauseEnd] === '.' ? Math.min(text.length, clauseEnd + 4) : clauseEnd;
  const open = sentence.stops(ITEMS_OPEN).nextEnd(end);
  // A colon before a bare address ("in some cases: https://…") points to where the case is discussed; it names nothing.
  if (open !== undefined && open <= clauseEnd && !ONLY_ADDRESS.test(text.slice(open, clauseEnd))) return true;
  if (sentence.hasMatchWithin('list-cue', end, cueEnd)) return true;
  // Or the next clause points to where they are all listed ("a number of initiatives, detailed in the KEP section",
  // "若干问题，详见附表"); an example there ("…, such as X", "，比如华为") names one of them, not how many.
  if (!/^[,，]/u.test(text.slice(clauseEnd))) return false;
  const next = text.slice(clauseEnd + 1).trimStart();
  return vocabulary.find('list-cue', next.slice(0, 16)).some((m) => m.start === 0 && m.info.kind === 'reference');
}

/**
 * A Han amount word right after a Latin word names a part, it does not count one: `imports 部分的代码风格`,
 * `CLI 部分` (Chinese quantifiers stand before their noun). Written apart from the name, it names that part even
 * before a noun (`mugen rest0 部分软件包`: the packages of the rest0 part); joined to it and before a noun
 * (`iOS部分用户`) it counts the things again.
 */
export function afterLatinWord(text: string, start: number, end: number): boolean {
  const before = /[A-Za-z][\w.-]*(\s?)$/u.exec(text.slice(Math.max(0, start - 20), start));
  if (!before || !STARTS_WITH_HAN.test(text.slice(start))) return false;
  return before[1] !== '' || end >= text.length || /^[\s的之，,。.;；:：)）]/u.test(text.slice(end));
}

/** An English amount word before a gerund measures an activity, it does not count things: "a lot of rushing", "some testing". */
export function beforeGerund(text: string, end: number): boolean {
  return /^\s+[a-z]+ing\b/iu.test(text.slice(end, end + 30));
}

/**
 * An English plural noun follows, maybe after one modifier: "more tests", "more e2e tests" (not "more generic", "more
 * stress"); a modifier with the ending of an adjective makes "more" its comparative: "more specific challenges",
 * "more useful examples" are other ones, not additional ones.
 */
export function pluralFollows(text: string, end: number): boolean {
  const after = text.slice(end, end + 40);
  return /^\s+(?:[\w-]+\s+)?[a-z][\w-]*[^\Wsu]s\b/iu.test(after) && !ADJECTIVE_FOLLOWS.test(after);
}

/** A word with an adjective's ending, then another word: "specific challenges", "useful examples", "readable errors". */
const ADJECTIVE_FOLLOWS = /^\s+[a-z]{3,}(?:ific|ous|ful|able|ible)\s+[a-z]/iu;

/** The clause says what something can do, not what was done: `可以自动修复较多的格式问题`, "it can catch some bugs". */
export function capabilityBefore(sentence: SentenceFacts, start: number): boolean {
  const abilities = sentence.once('abilities', () => {
    // After a team or a role ("媒体组可以再多一点人", "the docs team could add more examples"), the word puts work
    // forward for it: a suggestion, not what a thing can do.
    const roleEnds = new Set(sentence.matches('owner-role').map((m) => m.end));
    return sentence.matches('capability').filter((m) => !roleEnds.has(m.start) && !roleEnds.has(m.start - 1));
  });
  const from = sentence.stops(CLAUSE_END_BEFORE_ITEMS).previousEnd(start);
  // In text order and not overlapping: the first at or after `from` is the one that may end by `start`.
  const first = abilities[bisect(abilities, (m) => m.start < from)];
  return first !== undefined && first.end <= start;
}

/**
 * Whether `text` (normalised) names a point in time: a date or day written with digits, or an entry of the
 * `deadline` concept (weekdays, 月底, "end of month"…) when the vocabulary has them.
 */
export function hasDate(text: string, vocabulary?: Vocabulary): boolean {
  if (/\d{4}\s*[-/.年]\s*\d{1,2}|\d{1,2}\s*月\s*\d{0,2}|\d{1,2}\s*[日号號]|\b\d{1,2}\/\d{1,2}\b|\bQ[1-4]\b/iu.test(text)) return true;
  return vocabulary ? timeWords(text, vocabulary).length > 0 : false;
}

/**
 * Matches of the `deadline` concept (weekdays, months, 月底, "end of month"…). An entry written with a capital
 * letter is a proper noun and counts only when capitalised in the text, so the modal "may" is not the month May.
 */
function timeWords(text: string, vocabulary: Vocabulary) {
  return vocabulary.find('deadline', text).filter((m) => !m.info.event && (!/^\p{Lu}/u.test(m.term) || /^\p{Lu}/u.test(m.text)));
}

/** The number syntax of a share: "8/10", "40%" (shares written with words, "14 of 16", 10个中的8个, go by `share-link`). */
const SHARE_SHAPE = /\b\d+\s*\/\s*\d+\b|\d\s*%/u;
/** A digit, then to the end of the text no digit and no clause stop. */
const DIGIT_THEN_WORDS = /\d[^\d,，。;；]*$/u;
/** A numeral right after a share's link word: digits, or Han numerals (三分之二). */
const NUMBER_AFTER = /^\s*[零〇一二两三四五六七八九十百\d]/u;
/** The number right before a link word: digits, or Han numerals before a Han link (三分之二). */
const DIGITS_BEFORE = /\d\s*$/u;
const NUMERAL_BEFORE = /[零〇一二两三四五六七八九十百\d]\s*$/u;

/** `text` with its number words ("two", "three") written as zeros, offsets kept: "two of the three" reads as a share. */
function numberWordsAsDigits(text: string, vocabulary: Vocabulary): string {
  const parts: string[] = [];
  let at = 0;
  for (const m of vocabulary.find('quantity-word', text)) {
    if (m.start < at) continue;
    parts.push(text.slice(at, m.start), '0'.repeat(m.end - m.start));
    at = m.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Whether `text` (a phrase, normalised) states a share of a whole ("for two of the three areas"), which sizes a vague share such as "the majority of". */
export function shareGiven(text: string, vocabulary: Vocabulary): boolean {
  const read = numberWordsAsDigits(text, vocabulary);
  if (SHARE_SHAPE.test(read)) return true;
  // A link word with a number on each side: "14 of 16", "9 out of the 12", 三分之二; a Han link may stand a few
  // characters after its number, past the counted noun: "6个仓库中的5个".
  return vocabulary.find('share-link', read).some((link) => {
    if (!NUMBER_AFTER.test(read.slice(link.end, link.end + 8))) return false;
    const reach = typeof link.info.reach === 'number' ? link.info.reach : 0;
    // With a reach: a digit at most `reach` characters before the word, nothing between but words ("6个仓库中的").
    if (reach > 0) return DIGIT_THEN_WORDS.test(read.slice(Math.max(0, link.start - reach - 1), link.start));
    const before = read.slice(Math.max(0, link.start - 8), link.start);
    return (STARTS_WITH_HAN.test(link.text) ? NUMERAL_BEFORE : DIGITS_BEFORE).test(before);
  });
}

/**
 * The nouns a vague amount may count, and where the words naming them end: the words up to three after it ("some
 * blog posts"), or the first and last two of up to four Han characters after it (一些论坛帖子).
 */
function nounsAfter(text: string, end: number): { nouns: string[]; to: number } {
  const after = text.slice(end, end + 40);
  // A Chinese noun phrase ends in its head: 论坛帖子 counts 帖子; its first two characters may be the noun too (客户反馈).
  const han = HAN_NOUN_AFTER.exec(after);
  if (han) return { nouns: [...new Set([han[1].slice(0, 2), han[1].slice(-2)])], to: end + han[0].length };
  const words = LATIN_WORDS_AFTER.exec(after);
  if (!words) return { nouns: [], to: end };
  // A plural and its singular are one noun ("posts", "post"); short words ("the", "of") name nothing.
  return { nouns: words[1].split(/\s+/u).filter((w) => w.length > 3).map((w) => w.replace(/s$/iu, '')), to: end + words[0].length };
}

const HAN_NOUN_AFTER = new RegExp(`^\\s*的?(${HAN}{2,4})`, 'u');
const LATIN_WORDS_AFTER = /^\s+((?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*)/u;
/** A full stop, an exclamation or a question mark: the end of a sentence. */
const SENTENCE_END = /[。！？!?]|\.(?=\s|$)/u;
/** How far from a vague amount (characters) a figure counting its noun is looked for: about a long sentence. */
const NOUN_REACH = 160;
/** What may stand between a figure and the noun it counts: one word ("6 new posts") or one measure word (12个客户). */
const FIGURE_TO_NOUN = /^\s*(?:[\w-]+\s+|\p{Script=Han})?$/u;

/**
 * Whether a figure counts the noun the vague amount before `end` counts, elsewhere in the sentence: "wrote some
 * posts, 6 posts in all", 拜访了一些客户，共12个客户. The figure stands right before the noun, whatever noun it is,
 * not only a unit of `quantity-unit`.
 */
export function nounCounted(text: string, end: number, vocabulary: Vocabulary): boolean {
  const { nouns, to } = nounsAfter(text, end);
  // Up to the end of the sentence: a sentence the splitter kept ("… pull requests. 12 pull requests are open") counts
  // others. Within a sentence's reach on either side, so that a text of many amounts is read in linear time.
  const stop = SENTENCE_END.exec(text.slice(to, to + NOUN_REACH));
  const from = Math.max(0, end - NOUN_REACH);
  const within = text.slice(from, stop ? to + stop.index : Math.min(text.length, to + NOUN_REACH));
  for (const noun of nouns) {
    const latin = /^[A-Za-z]/u.test(noun);
    const pattern = new RegExp(latin ? `(?<![\\w-])${noun}s?(?![\\w-])` : noun, latin ? 'giu' : 'gu');
    for (const m of within.matchAll(pattern)) {
      if (m.index + from >= end && m.index + from < to) continue; // the amount's own noun
      const before = within.slice(Math.max(0, m.index - 16), m.index);
      const last = findQuantities(before, vocabulary).at(-1);
      if (last && FIGURE_TO_NOUN.test(before.slice(last.end))) return true;
    }
  }
  return false;
}
