// White space as the regex `\s` reads it, by code unit: for loops that would otherwise test one-character strings.

/** What the regex `\s` matches (all in the BMP, so one code unit each). */
export function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** How many `\s` characters run from `from` on (what `^\s*` matches in the rest of the text). */
export function spacesFrom(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i - from;
}

/** How many `\s` characters run back from `to` (what `\s*$` matches in the text before it), read backwards. */
export function spacesBefore(text: string, to: number): number {
  let i = to;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  return to - i;
}
