// The display width of a report cell, as string-width measures it, without its cost on the text reports hold.
// vfile-reporter measures every cell of the stylish report with string-width, which splits any text that is not
// plain ASCII into graphemes and tests each against the RGI emoji pattern: 1.5 s of a 100-file report of ours,
// whose messages quote Chinese and use “ ” and …. Text made only of printable ASCII, CJK ideographs, CJK and
// fullwidth punctuation and common punctuation is one grapheme per code point, none of them emoji, so its width is
// the sum of their East Asian widths (what string-width computes for such a grapheme); colour codes (SGR) have no
// width. Anything else (emoji, combining marks, other escape sequences, controls) goes to string-width itself
// (version 8, which compiles its emoji pattern once; vfile-reporter's own, 6, compiles it for every character).
// The CLI's bundle gives vfile-reporter this module in place of its string-width (scripts/build.mjs); a test checks
// the two agree.
import { eastAsianWidth } from 'get-east-asian-width';

type StringWidth = (text: string, options?: { ambiguousIsNarrow?: boolean; countAnsiEscapeCodes?: boolean }) => number;

/**
 * Printable ASCII; General Punctuation ‐ to • … (U+2010–2027); CJK Symbols and Punctuation without its tone marks, 〰 and 〽,
 * which combine or can be emoji (U+3000–3029, 3031–303C); hiragana, katakana; CJK Unified Ideographs and Extension A;
 * fullwidth forms (U+FF01–FF60).
 */
const SIMPLE = /^[\u0020-\u007e\u2010-\u2027\u3000-\u3029\u3031-\u303c\u3041-\u3096\u30a1-\u30fa\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff60]*$/;
/** Colour and style codes (`ESC [ 31 m`), as chalk writes them. */
const SGR = /\u001b\[[0-9;]*m/g;

/** Cell widths answered here where the text is plain, by `fallback` (string-width) otherwise. */
export function cellWidth(fallback: StringWidth): StringWidth {
  return (text, options) => {
    if (typeof text !== 'string' || options?.countAnsiEscapeCodes) return fallback(text, options);
    const plain = text.includes('\u001b') ? text.replace(SGR, '') : text;
    if (!SIMPLE.test(plain)) return fallback(text, options);
    const ambiguousAsWide = options?.ambiguousIsNarrow === false;
    let width = 0;
    for (let i = 0; i < plain.length; i++) {
      const code = plain.charCodeAt(i);
      width += code < 0x7f ? 1 : eastAsianWidth(code, { ambiguousAsWide });
    }
    return width;
  };
}

let stringWidth: StringWidth | undefined;

/**
 * string-width, loaded on its first use: compiling its emoji and mark patterns and its grapheme segmenter takes
 * 25–35 ms, a sixth of a one-file run, and most reports never reach it. Only the CLI's bundle uses this default
 * export; esbuild inlines the module this `require` names and runs it on the first call.
 */
export default cellWidth((text, options) => (stringWidth ??= (require('string-width') as { default: StringWidth }).default)(text, options));
