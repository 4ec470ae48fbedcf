// The Han script: what counts as a Han character, for every module and rule that asks (one definition, Unicode's
// Script=Han; the common blocks are a fast path). It imports nothing, so the language packs can build on it.

/** The Han script, as a pattern source: to build patterns that need it (`${HAN}{2,4}`). */
export const HAN = '\\p{Script=Han}';
const HAN_CHAR = new RegExp(HAN, 'u');

/** The common Han blocks (CJK Unified Ideographs and Extension A): Han, and no NFKC or case forms. */
export function isCommonHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/** 1 + whether each BMP code point is Han (0: not yet seen): full-width punctuation fills Chinese text. */
const bmpHan = new Uint8Array(0x10000);
const astralHan = new Map<number, boolean>();

/** Whether a code point is in the Han script (looked up once per code point). */
export function isHan(cp: number): boolean {
  if (cp < 0x80) return false;
  if (isCommonHan(cp)) return true;
  if (cp < 0x10000) {
    const known = bmpHan[cp];
    if (known !== 0) return known === 2;
    const han = HAN_CHAR.test(String.fromCharCode(cp));
    bmpHan[cp] = han ? 2 : 1;
    return han;
  }
  let han = astralHan.get(cp);
  if (han === undefined) astralHan.set(cp, (han = HAN_CHAR.test(String.fromCodePoint(cp))));
  return han;
}

/** Whether `text` has a Han character. */
export function hasHan(text: string): boolean {
  return HAN_CHAR.test(text);
}

/** The Han characters of `text`, counted code point by code point. */
export function countHan(text: string): number {
  let han = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (isHan(cp)) han++;
    if (cp > 0xffff) i++;
  }
  return han;
}
