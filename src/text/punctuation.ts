// Punctuation the rules share, half- and full-width: what ends a sentence or a clause, and quotation marks. Each
// set below is made of the same parts, and says what it is for where it leaves one out.

const part = {
  commas: ',，',
  /** 、 lists items inside a clause: 销售、客服、研发. */
  enumerationComma: '、',
  semicolons: ';；',
  colons: ':：',
  fullStops: '.。',
  exclamationMarks: '!！',
  questionMarks: '?？',
  brackets: '()（）[]【】',
  dash: '—',
};

/**
 * Full-width punctuation a wrapped line should not start with (closing marks, pauses, ellipsis) or end with
 * (opening marks): where a report may break CJK text (kinsoku).
 */
export const NO_LINE_START = new Set('，。、；：！？）】》」』”’…');
export const NO_LINE_END = new Set('（【《「『“‘');

/** Round brackets, half- and full-width, that open and close an aside: "(a faster linter)", （一个更快的工具）. */
export const OPENING_PARENS = new Set('(（');
export const CLOSING_PARENS = new Set(')）');

/** A character class of the parts' characters. */
function anyOf(...chars: string[]): RegExp {
  return new RegExp(`[${chars.join('').replace(/[[\]\\^-]/gu, '\\$&')}]`, 'u');
}

const clauseEnd = [part.commas, part.enumerationComma, part.semicolons, part.colons, part.fullStops, part.exclamationMarks, part.questionMarks];

/** The end of a clause: a sentence end, a comma (、 too), a semicolon or a colon. */
export const CLAUSE_END = anyOf(...clauseEnd);

/** A clause end, a bracket, a dash or a line break: what bounds a cause or an impact stated inside a sentence. */
export const CLAUSE_BOUNDARY = anyOf(...clauseEnd, part.brackets, part.dash, '\n');

/** What a word at the start of a sentence governs runs to a clause end but a comma ("If X, Y grew", 期望……，提高). */
export const SCOPE_END = anyOf(part.semicolons, part.colons, part.fullStops, part.exclamationMarks, part.questionMarks);

/** The end of a whole statement: a sentence end or a semicolon ("新员工上手较慢。", a line pasted as one point). */
export const STATEMENT_END = anyOf(part.semicolons, part.fullStops, part.exclamationMarks, part.questionMarks);

/**
 * A clause end but a colon or 、: the words after a vague amount may name its items ("several teams: Sales, Ops",
 * 多个部门：销售、客服), so its clause runs on through both.
 */
export const CLAUSE_END_BEFORE_ITEMS = anyOf(part.commas, part.semicolons, part.fullStops, part.exclamationMarks, part.questionMarks);

/**
 * Within one sentence, the phrase around a word ends at a comma (、 too) or a semicolon; a full stop there is a
 * decimal point (12.5%).
 */
export const PHRASE_END = anyOf(part.commas, part.enumerationComma, part.semicolons);

/** The clauses of one sentence are separated by commas and semicolons; 、 lists items inside one. */
export const CLAUSE_SEPARATOR = anyOf(part.commas, part.semicolons);

/** Quotation marks, opening and closing: “…” "…" ‘…’ 「…」 『…』, and 《…》 around titles of works. */
const QUOTES: ReadonlyArray<[string, string]> = [['“', '”'], ['"', '"'], ['‘', '’'], ['「', '」'], ['『', '』'], ['《', '》']];

const OPENING = new Map(QUOTES);
const TITLE_MARKS = '《';
/** Any opening mark: the scan jumps from one to the next rather than looking up every character. */
const OPENING_MARK = anyOf(...OPENING.keys());

/**
 * Spans `[start, end)` of `text` between quotation marks, marks included: words there are someone else's, an
 * example or a title. A quotation ends at its line's end unless `acrossLines` (a sentence, which one quotation may
 * wrap across). An opening mark with no closing one is no quotation. `titles: false` leaves out 《…》.
 *
 * One pass: each mark's next closing mark (and the next line break) is looked up once and reused until the scan
 * passes it, so a text of many unclosed “ is not searched to its end from each of them.
 */
export function quotedSpans(text: string, { acrossLines = false, titles = true } = {}): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const nextAt = new Map<string, number>();
  /** The first `char` at or after `from` (text.length when none), remembered until the scan passes it. */
  const next = (char: string, from: number): number => {
    const known = nextAt.get(char);
    if (known !== undefined && known >= from) return known;
    const found = text.indexOf(char, from);
    const at = found === -1 ? text.length : found;
    nextAt.set(char, at);
    return at;
  };
  for (let i = text.search(OPENING_MARK); i !== -1; i = nextOpening(text, i + 1)) {
    const close = OPENING.get(text[i])!;
    if (!titles && TITLE_MARKS.includes(text[i])) continue;
    const end = next(close, i + 1);
    if (end === text.length || (!acrossLines && next('\n', i + 1) < end)) continue;
    spans.push([i, end + 1]);
    i = end;
  }
  return spans;
}

/** Where the first opening mark at or after `from` is, or -1. */
function nextOpening(text: string, from: number): number {
  const at = text.slice(from).search(OPENING_MARK);
  return at === -1 ? -1 : from + at;
}
