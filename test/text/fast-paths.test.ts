// The fast paths of `normalize` and `detectLang` (runs of ASCII and Han, per-code-point memos) and the white-space
// counts give exactly what the plain per-character definitions and regular expressions give.
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTraditional } from '../../src/languages/zh/traditional.js';
import { normalize, normalizeString, originalOffset } from '../../src/text/normalize.js';
import { countHan } from '../../src/text/han.js';
import { detectLang } from '../../src/text/script.js';
import { spacesBefore, spacesFrom } from '../../src/text/whitespace.js';
import { isLineWrap, segmenterBreaks, splitSentences } from '../../src/text/sentences.js';

const APOSTROPHES = /^[\u2018\u2019\u02bc]$/u;

/** The definition: every code point folded on its own (curly apostrophes, NFKC, lower case), then simplified. */
function referenceFold(text: string): { text: string; map: number[] } {
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; ) {
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    const folded = (APOSTROPHES.test(ch) ? "'" : ch).normalize('NFKC').toLowerCase();
    for (let k = 0; k < folded.length; k++) map.push(i);
    out += folded;
    i += ch.length;
  }
  map.push(text.length);
  return { text: out, map };
}

function referenceLang(text: string, fallback: 'en' | 'zh' = 'en'): 'en' | 'zh' {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (han === 0 && latin === 0) return fallback;
  return han * 3 >= latin ? 'zh' : 'en';
}

/** OpenCC's Traditional → Simplified conversion, as `normalize` asks for it, run on every text. */
const OpenCC = createRequire(import.meta.url)('opencc-js/t2cn') as { Converter(o: { from: string; to: string }): (s: string) => string };
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

function referenceSimplified(folded: string): string {
  const converted = toSimplified(folded);
  if (converted.length === folded.length) return converted;
  return Array.from(folded, (c) => (toSimplified(c).length === c.length ? toSimplified(c) : c)).join('');
}

const samples = [
  '', 'Plain ASCII', 'Revenue grew 12%', '销售额有所提升，客户满意度明显提高。', '銷售額有所提升', 'ＡＢＣ１２３（全角）', 'didn’t',
  'İstanbul ΣΑΣ ß ﬁ ㎡ ½', '𠀀𠀁 ext-B', 'e\u0301 combining', '\ud800 lone \udc00', '改善了 p99 latency', '😀 emoji 👨‍👩‍👧', 'Ǆ ǅ ǆ', '〇々〆',
];
const text = fc.oneof(
  fc.constantFrom(...samples),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.array(fc.constantFrom(...samples), { maxLength: 6 }).map((parts) => parts.join('')),
);

describe('fast paths', () => {
  it('normalize folds like the per-character definition (before Traditional → Simplified)', () => {
    fc.assert(
      fc.property(text, (s) => {
        const ref = referenceFold(s);
        const got = normalize(s);
        expect(Array.from({ length: got.text.length + 1 }, (_, i) => originalOffset(got, i))).toEqual(ref.map);
        // Simplification only replaces Han characters, one for one: outside Han the texts agree exactly.
        expect(got.text.length).toBe(ref.text.length);
        if (!/\p{Script=Han}/u.test(ref.text)) expect(got.text).toBe(ref.text);
      }),
      { numRuns: 2000 },
    );
  });

  it('normalize simplifies like OpenCC run on every text (it skips texts with no character OpenCC changes)', () => {
    const han = fc.oneof(
      fc.constantFrom('銷售額', '頭髮', '一目瞭然', '不瞭解', '乾燥', '干预', '著作', '豈', '㑯', '𠀀', '鬱', '臺灣', '后台', '裡面', '，', 'a'),
      fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)),
    );
    fc.assert(
      fc.property(fc.array(han, { maxLength: 12 }), (parts) => {
        const s = parts.join('');
        expect(normalize(s).text).toBe(referenceSimplified(referenceFold(s).text));
      }),
      { numRuns: 3000 },
    );
  });

  it('detectLang and countHan count scripts like the regular expressions', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('en' as const, 'zh' as const), (s, fallback) => {
        expect(detectLang(s, fallback)).toBe(referenceLang(s, fallback));
        expect(countHan(s)).toBe(s.match(/\p{Script=Han}/gu)?.length ?? 0);
      }),
      { numRuns: 2000 },
    );
  });

  it('isTraditional samples the Han characters the regular expression finds', () => {
    const reference = (s: string) => {
      const han = (s.match(/\p{Script=Han}/gu) ?? []).slice(0, 2000).join('');
      if (han.length === 0) return false;
      const simplified = normalizeString(han);
      let changed = 0;
      for (let i = 0; i < han.length; i++) if (han[i] !== simplified[i]) changed++;
      return changed * 10 >= han.length;
    };
    const hanText = fc.array(fc.constantFrom('銷售額', '销售额', '頭髮', '𠀀', '\ud840', '中', '⺀', '々', 'a ', '，'), { maxLength: 40 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.oneof(text, hanText), fc.integer({ min: 0, max: 2100 }), (s, pad) => {
        const long = '销'.repeat(pad) + s; // past the 2,000-character sample
        expect(isTraditional(s)).toBe(reference(s));
        expect(isTraditional(long)).toBe(reference(long));
      }),
      { numRuns: 1000 },
    );
  });

  it('splitSentences cuts where a sorted set of its cuts does, and trims like the regular expression', () => {
    // The definition: ICU's breaks but those after a line wrapped inside a sentence, the extra breaks, both ends.
    const reference = (t: string) => {
      const cuts = new Set([0, t.length]);
      for (const i of segmenterBreaks(t)) if (!isLineWrap(t, i)) cuts.add(i);
      for (const m of t.matchAll(/[.!?;](?=\p{Script=Han})|；/gu)) cuts.add(m.index + m[0].length);
      const sorted = [...cuts].sort((a, b) => a - b);
      const out: Array<[number, number]> = [];
      for (let i = 0; i + 1 < sorted.length; i++) {
        let [start, end] = [sorted[i], sorted[i + 1]];
        while (start < end && /\s/u.test(t[start])) start++;
        while (end > start && /\s/u.test(t[end - 1])) end--;
        if (end > start) out.push([start, end]);
      }
      return out;
    };
    const prose = fc
      .array(fc.constantFrom('Done.', ' ', '\n', '\n1. ', '- ', '完成目标.', '下月继续', '；', ';', '。', '“好！”', 'ok? ', '\u3000', 'x', '\r\n'), { maxLength: 20 })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(fc.oneof(text, prose), (t) => {
        expect(splitSentences(t)).toEqual(reference(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('spacesFrom and spacesBefore count the white space the regular expressions ^\\s* and \\s*$ match', () => {
    const chars = fc.constantFrom('a', '1', ' ', '\t', '\n', '\u00a0', '\u3000', '\u2028', '\ufeff', '中', '\u200b');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 12 }).map((cs) => cs.join('')), fc.nat(12), (text, place) => {
        const at = Math.min(place, text.length);
        expect(spacesFrom(text, at)).toBe(/^\s*/u.exec(text.slice(at))![0].length);
        expect(spacesBefore(text, at)).toBe(/\s*$/u.exec(text.slice(0, at))![0].length);
      }),
      { numRuns: 2000 },
    );
  });
});
