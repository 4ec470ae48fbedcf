// Walking the matches of a global regular expression on a hot path.

/**
 * Each match of the global (`g`) regular expression `re` in `text`, as `text.matchAll(re)` gives them, without
 * the copy of the expression and the iterator that `matchAll` makes on every call. `visit` must not use `re`.
 */
export function forEachMatch(re: RegExp, text: string, visit: (match: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let match = re.exec(text); match !== null; match = re.exec(text)) {
    visit(match);
    // An empty match would be found again at the same place: step over it, by a code point under `u`.
    if (match[0] === '') re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  re.lastIndex = 0;
}
