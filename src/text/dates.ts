// Date shapes every language writes: ISO dates, month/day, quarters and fiscal years (Q3, FY25). The language packs
// add their own (`12月1日`, `week 46`); rules/utils/deadlines.ts matches them all. A module of its own, with no
// imports, so the packs can build on its parts.

/** A day of the month and a month, in digits. */
export const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
export const MONTH = '(?:0?[1-9]|1[0-2])';

/** Matched on normalised text (NFKC, lower case): `２０２６` is `2026`, `Q3` is `q3`. */
export const COMMON_DATES: readonly RegExp[] = [
  // 2026-12-01, 2026/12/1, 2026.12.01
  new RegExp(`(?<!\\d)(?:19|20)\\d{2}[-/.]${MONTH}[-/.]${DAY}(?!\\d)`, 'gu'),
  // 12/1, 12/01/2026 (month/day; "1/3" reads as a date too, which only ever excuses an item)
  new RegExp(`(?<![\\d./])${MONTH}/${DAY}(?:/(?:19|20)?\\d{2})?(?![\\d/%])`, 'gu'),
  // Q3, 3Q, H2, FY25
  // (Latin neighbours only: Chinese writes 产品部Q3上线 with no space.)
  /(?<![a-z0-9])(?:q[1-4]|[1-4]q|fy\s?\d{2,4})(?![a-z0-9])/gu,
];
