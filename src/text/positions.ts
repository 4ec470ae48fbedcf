// Sorted positions and spans, searched by bisection: a rule that asks "where does this word's clause end?" or "is
// this word inside a quotation?" for every match of a sentence finds the answer in log time, instead of splitting
// the sentence or walking every span again for each match (which made a long sentence quadratic).
import { forEachMatch } from './matches.js';

/** The index of the first element of the sorted `values` for which `below` is false (values.length when none). */
export function bisect<T>(values: readonly T[], below: (value: T) => boolean): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (below(values[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where the characters (or matches) of a pattern stand in one text, to find the nearest before or after a place. */
export class Stops {
  private readonly at: number[] = [];
  /** Each stop's end (a stop of one character ends right after it). */
  private readonly ends: number[] = [];

  /** Every match of `pattern` in `text` (a character class finds single characters). `g` is added. */
  constructor(readonly text: string, pattern: RegExp) {
    // A copy of its own (rules pass literals, a new object at each call, so a cache by pattern would miss), walked
    // without the second copy and the iterator that matchAll makes.
    forEachMatch(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`), text, (m) => {
      this.at.push(m.index);
      this.ends.push(m.index + Math.max(1, m[0].length));
    });
  }

  /** How many stops start in `[from, to)`. */
  countIn(from: number, to: number): number {
    return Math.max(0, bisect(this.at, (p) => p < to) - bisect(this.at, (p) => p < from));
  }

  /** The first stop at or after `from`: its start, or text.length when there is none. */
  next(from: number): number {
    const i = bisect(this.at, (p) => p < from);
    return i < this.at.length ? this.at[i] : this.text.length;
  }

  /** The end of the first stop at or after `from` (undefined when there is none). */
  nextEnd(from: number): number | undefined {
    const i = bisect(this.at, (p) => p < from);
    return i < this.at.length ? this.ends[i] : undefined;
  }

  /** The start of the `back`-th stop (1: the last) among those that start before `to`; undefined when there are fewer. */
  previousStart(to: number, back: number): number | undefined {
    const i = bisect(this.at, (p) => p < to) - back;
    return i >= 0 ? this.at[i] : undefined;
  }

  /** The end of the last stop that ends at or before `to` (0 when there is none): where the stretch up to `to` starts. */
  previousEnd(to: number): number {
    const i = bisect(this.ends, (e) => e <= to);
    return i > 0 ? this.ends[i - 1] : 0;
  }
}

/** Whether `[start, end)` lies inside one of the sorted, non-overlapping `spans`. */
export function insideSpan(spans: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  const i = bisect(spans, ([s]) => s <= start) - 1;
  return i >= 0 && end <= spans[i][1];
}
