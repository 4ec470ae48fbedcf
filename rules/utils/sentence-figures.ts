// The arithmetic a reader checks within one sentence: a change against its two figures, a multiple ("doubled")
// against them, attainment against target and actual, parts against their stated total, and shares of one whole.
// Each check reads only amounts it is sure of (./amounts.ts): an approximate figure, a figure with no clear label or
// two figures in different units end the check with no finding.
import type { Vocabulary } from '../../src/types.js';
import { agrees, comparable, readAmounts, type Amount } from './amounts.js';
import { figureWords, fromToPairs, wordBefore, wordBeside, type FigureWords } from './figure-words.js';

export type FigureCheck = 'change' | 'multiple' | 'attainment' | 'parts' | 'shares' | 'totals';

export interface FigureIssue {
  messageId: string;
  data: Record<string, string>;
  /** Offsets in the text checked. */
  start: number;
  end: number;
}

interface Context {
  text: string;
  words: FigureWords;
  amounts: readonly Amount[];
}

/** The figures of one sentence that do not agree, for the checks asked for. */
export function checkSentence(text: string, vocabulary: Vocabulary, checks: ReadonlySet<FigureCheck>): FigureIssue[] {
  const amounts = readAmounts(text, vocabulary);
  if (amounts.length < 2) return [];
  const cx: Context = { text, words: figureWords(text, vocabulary), amounts };
  const issues: FigureIssue[] = [];
  if (checks.has('change')) issues.push(...changes(cx));
  if (checks.has('multiple')) issues.push(...multiples(cx));
  if (checks.has('attainment')) issues.push(...attainments(cx));
  if (checks.has('parts')) issues.push(...parts(cx));
  if (checks.has('shares')) issues.push(...shares(cx));
  return issues;
}

/** "from 120 to 150, up 20%": the change stated against the change the two figures make. */
function* changes({ text, words, amounts }: Context): Generator<FigureIssue> {
  for (const { from, to } of fromToPairs(text, words, amounts)) {
    if (!comparable(from, to) || from.approximate || to.approximate || from.value <= 0) continue;
    for (const stated of amounts) {
      if (stated === from || stated === to || stated.approximate) continue;
      if (stated.measure !== 'percent' && stated.measure !== 'points') continue;
      const word = wordBeside(text, words, 'change', stated);
      if (!word || !besidePair(text, words, from, to, stated)) continue;
      const span = { start: Math.min(from.start, stated.start), end: Math.max(to.end, stated.end) };
      const data = { from: written(text, from), to: written(text, to), stated: written(text, stated) };
      const rises = to.value - from.value > from.error + to.error;
      const falls = from.value - to.value > from.error + to.error;
      if ((word.info.direction === 'up' && falls) || (word.info.direction === 'down' && rises)) {
        yield { messageId: 'direction', data: { ...data, word: word.text }, ...span };
        break;
      }
      const difference = Math.abs(to.value - from.value);
      const differenceError = from.error + to.error;
      const bothPercent = from.measure === 'percent';
      let right: boolean;
      let actual: string;
      if (stated.measure === 'points') {
        if (!bothPercent) continue; // points of what: not read with certainty
        right = agrees(difference, differenceError, stated.value, stated.error);
        actual = format(text, difference, stated);
      } else {
        const [low, high] = relativeChange(from, to);
        right = high + stated.error >= stated.value && low - stated.error <= stated.value;
        // 20% to 25% may be called "up 5%" meaning points.
        if (!right && bothPercent) right = agrees(difference, differenceError, stated.value, stated.error);
        actual = format(text, Math.abs((to.value - from.value) / from.value) * 100, stated);
      }
      if (!right) yield { messageId: 'change', data: { ...data, actual }, ...span };
      break;
    }
  }
}

/** "doubled from 40 to 80", "从50家翻了一番到100家": the multiple against the two figures, within a tenth. */
function* multiples({ text, words, amounts }: Context): Generator<FigureIssue> {
  const multiple = words.find('multiple')[0];
  if (!multiple) return;
  for (const { from, to } of fromToPairs(text, words, amounts)) {
    if (!comparable(from, to) || from.approximate || to.approximate || from.value <= 0) continue;
    const factor = Number(multiple.info.factor);
    const ratio = to.value / from.value;
    if (Math.abs(ratio - factor) > factor * 0.1) {
      yield { messageId: 'multiple', data: { word: multiple.text, from: written(text, from), to: written(text, to), ratio: trim(ratio, 2) }, start: Math.min(from.start, multiple.start), end: Math.max(to.end, multiple.end) };
    }
  }
}

/** "目标100万元，实际完成120万元，达成率110%": the rate stated against actual ÷ target. */
function* attainments({ text, words, amounts }: Context): Generator<FigureIssue> {
  const target = amounts.find((a) => !a.approximate && wordBefore(text, words, 'goal', a));
  if (!target || target.value <= 0) return;
  const others = amounts.filter((a) => a !== target && comparable(a, target) && a.measure !== 'percent');
  // The actual figure is labelled ("实际完成120万元"), or the only other figure in the target's unit ("销售额135万元，目标120万元").
  const actual = others.find((a) => wordBefore(text, words, 'actual', a)) ?? (others.length === 1 ? others[0] : undefined);
  if (!actual || actual.approximate) return;
  const rate = amounts.find((a) => a.measure === 'percent' && a !== target && a !== actual && !a.approximate && wordBeside(text, words, 'attainment', a));
  if (!rate || target.measure === 'percent') return;
  const low = ((actual.value - actual.error) / (target.value + target.error)) * 100;
  const high = ((actual.value + actual.error) / (target.value - target.error)) * 100;
  if (high + rate.error >= rate.value && low - rate.error <= rate.value) return;
  const start = Math.min(target.start, actual.start, rate.start);
  const end = Math.max(target.end, actual.end, rate.end);
  yield { messageId: 'attainment', data: { target: written(text, target), actual: written(text, actual), stated: written(text, rate), rate: format(text, (actual.value / target.value) * 100, rate) }, start, end };
}

/** "36 new customers: 20 in the north, 12 in the south": parts of a stated total. */
function* parts({ text, words, amounts }: Context): Generator<FigureIssue> {
  const total = amounts[0]!;
  if (total.approximate || total.measure === 'percent' || total.measure === 'points') return;
  const rest = text.slice(total.end);
  // The total's own words, then a colon, a dash or a breakdown word ("of which", 其中, 分别为).
  const colon = /^[^\d,，;；。:：]{0,24}[:：—–]/u.exec(rest);
  const breakdown = words.find('breakdown').find((m) => m.start >= total.end && /^[^\d;；。:：]{0,12}$/u.test(text.slice(total.end, m.start)));
  const opensAt = colon ? total.end + colon[0].length : breakdown?.end;
  if (opensAt === undefined) return;
  const complete = colon !== null || breakdown?.info.complete === true;
  const tail = text.slice(opensAt);
  // A change or comparison among the parts makes a figure something else than a part ("同比增长5家").
  const others = ['change', 'comparison', 'multiple', 'share', 'breakdown', 'total', 'goal'].some((c) => words.find(c).some((m) => m.start >= opensAt));
  if (others || /[:：]/u.test(tail)) return;
  const members = amounts.filter((a) => a.start >= opensAt);
  if (members.length < 2) return;
  if (members.some((a) => a.approximate || !comparable(a, total))) return;
  const sum = members.reduce((s, a) => s + a.value, 0);
  const error = members.reduce((s, a) => s + a.error, 0);
  const over = sum - error > total.value + total.error;
  if (over || (complete && !agrees(sum, error, total.value, total.error))) {
    yield { messageId: 'parts', data: { total: written(text, total), parts: members.map((a) => written(text, a)).join(' + '), sum: format(text, sum, total) }, start: total.start, end: members.at(-1)!.end };
  }
}

/** "华北占45%，华南占40%，西部占25%": shares of one whole past 100%. */
function* shares({ text, words, amounts }: Context): Generator<FigureIssue> {
  const parts = amounts.filter((a) => a.measure === 'percent' && !a.approximate && wordBeside(text, words, 'share', a));
  if (parts.length < 2) return;
  // Shares of two periods ("up from 40%", 同比) are not shares of one whole; 比 inside 占比 is no comparison.
  const inShare = (m: { start: number; end: number }) => words.find('share').some((w) => w.start <= m.start && m.end <= w.end);
  if (words.find('change').length > 0 || words.find('comparison').some((m) => !inShare(m))) return;
  const sum = parts.reduce((s, a) => s + a.value, 0);
  const error = parts.reduce((s, a) => s + a.error, 0);
  if (sum - error > 100) yield { messageId: 'shares', data: { shares: parts.map((a) => written(text, a)).join(' + '), sum: `${trim(sum, 1)}%` }, start: parts[0]!.start, end: parts.at(-1)!.end };
}

/** The stated change stands right after the pair ("from 120 to 150, up 20%") or right before it ("增长20%，从120到150"). */
function besidePair(text: string, words: FigureWords, from: Amount, to: Amount, stated: Amount): boolean {
  if (stated.start >= to.end) {
    const gap = text.slice(to.end, stated.start);
    return gap.length <= 16 && !/\d/u.test(gap) && !words.find('metric').some((m) => m.start >= to.end && m.end <= stated.start);
  }
  // Before the pair, only a few words that name no other measure or change ("dropped 15% quarter over quarter, from").
  const opening = Math.min(from.start, ...words.find('change-from').filter((m) => m.end <= from.start && m.start >= stated.end).map((m) => m.start));
  const gap = text.slice(stated.end, opening);
  const inGap = (c: string) => words.find(c).some((m) => m.start >= stated.end && m.end <= opening);
  return stated.end <= opening && gap.length <= 24 && !/\d/u.test(gap) && !inGap('metric') && !inGap('change');
}

/** The range of the relative change from `from` to `to`, in percent, within the rounding of both. */
function relativeChange(from: Amount, to: Amount): [number, number] {
  const values: number[] = [];
  for (const a of [from.value - from.error, from.value + from.error]) {
    if (a <= 0) continue;
    for (const b of [to.value - to.error, to.value + to.error]) values.push(Math.abs((b - a) / a) * 100);
  }
  // The change passes through 0 when the rounding lets `to` equal `from`.
  if (Math.abs(to.value - from.value) <= from.error + to.error) values.push(0);
  return [Math.min(...values), Math.max(...values)];
}

function written(text: string, amount: Amount): string {
  return text.slice(amount.start, amount.end);
}

/** A computed value written as the figure `like` is, with its sign, scale and unit, one decimal more: "25%", "110万元". */
export function format(text: string, value: number, like: Amount): string {
  const digits = text.slice(like.start, like.numberEnd);
  const prefix = /^\D*/u.exec(digits)![0];
  const decimals = Math.max(0, Math.round(-Math.log10((like.error * 2) / like.scale)));
  return `${prefix}${trim(value / like.scale, Math.min(decimals + 1, 4))}${text.slice(like.numberEnd, like.end)}`;
}

/** A number with at most `decimals` decimals, trailing zeros dropped. */
export function trim(value: number, decimals: number): string {
  return String(Number(value.toFixed(decimals)));
}

