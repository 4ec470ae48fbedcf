// forEachMatch must give exactly what matchAll gives, empty matches and astral characters included; Stops reads
// through it.
import { describe, expect, it } from 'vitest';
import { forEachMatch } from '../../src/text/matches.js';
import { Stops } from '../../src/text/positions.js';

const collect = (re: RegExp, text: string) => {
  const out: Array<[number, string]> = [];
  forEachMatch(re, text, (m) => out.push([m.index, m[0]]));
  return out;
};
const reference = (re: RegExp, text: string) => [...text.matchAll(re)].map((m): [number, string] => [m.index, m[0]]);

describe('forEachMatch', () => {
  const cases: Array<[RegExp, string]> = [
    [/\d+/gu, 'week 46, sprint 12, 2026-12-01'],
    [/x*/gu, 'ax😀xxb'],
    [/x*/g, 'ax😀xxb'],
    [/(?<=a)|b/gu, 'aab😀a'],
    [/月/gu, '三月五日，十二月'],
    [/z/gu, ''],
  ];
  it.each(cases)('%s on %j', (re, text) => {
    expect(collect(re, text)).toEqual(reference(re, text));
    expect(re.lastIndex).toBe(0); // left as found, so the next caller starts at the beginning
  });
});

describe('Stops', () => {
  it('finds every match of a pattern, global or not, each time it is used', () => {
    const words = /\S+/u;
    for (const text of ['one two  three', 'four five']) {
      const stops = new Stops(text, words);
      const starts = [...text.matchAll(/\S+/gu)].map((m) => m.index);
      expect(starts.map((s) => stops.next(s))).toEqual(starts);
      expect(stops.countIn(0, text.length)).toBe(starts.length);
    }
    expect(words.lastIndex).toBe(0);
  });
});
