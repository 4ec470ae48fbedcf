// markdown-it, set up to read what remark read (CommonMark, GFM tables, task lists, `~` and `~~` strikethrough, YAML
// front matter, CJK-friendly emphasis), and to say where each token comes from, which markdown-it does not:
//
// - every block token gets `meta.start`, the source offset where the block starts, taken in the context of the rule
//   that made it (inside a block quote or list item, after the container's markers);
// - every `inline` token gets `meta.runs`, the source offset of each piece of its content, since a paragraph's content
//   is its lines without the containers' markers and indentation, and a table cell's has escaped pipes unescaped;
// - every inline token that a rule made gets `map = [start, end]`, its span in the content (text gathered between
//   rules has none: it runs from the end of the token before it, for as long as its content).
//
// `src/parse/mdast.ts` turns the tokens into mdast with the positions remark gave.
import MarkdownIt from 'markdown-it';
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import cjkFriendly from 'markdown-it-cjk-friendly';

/** `[contentIndex, sourceOffset, …]`: content from `contentIndex` on comes from `sourceOffset` on, until the next pair. */
export type Runs = number[];

export interface BlockMeta {
  start: number;
  /** Where a table row or cell ends. */
  end?: number;
  runs?: Runs;
}

type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;
type InlineRule = (state: StateInline, silent: boolean) => boolean;

const md = new MarkdownIt('commonmark', { html: true });
// Containers are bounded before parsing (`boundNesting`); past this depth markdown-it would drop the rest of a document.
(md.options as { maxNesting: number }).maxNesting = 1000;
// The plain scanner, before the CJK-friendly one replaces it: remark's strikethrough is not CJK-friendly.
const plainScanDelims = md.inline.State.prototype.scanDelims;
md.use(cjkFriendly);
md.enable(['table', 'strikethrough']);
// mdast keeps URLs as written, and links of every scheme.
md.validateLink = () => true;
md.normalizeLink = (url) => url;
md.normalizeLinkText = (text) => text;
// Joining text tokens would lose their spans; the tree joins them itself.
md.core.ruler.disable(['normalize', 'text_join']);
md.inline.ruler2.disable('fragments_join');
md.inline.ruler.at('strikethrough', tildeTokenize);
md.inline.ruler2.at('strikethrough', tildePostProcess);
md.block.ruler.before('table', 'front_matter', frontMatter);

for (const rule of rulesOf(md.block.ruler)) rule.fn = positionedBlock(rule.name, rule.fn as BlockRule);
for (const rule of rulesOf(md.inline.ruler)) rule.fn = positionedInline(rule.fn as InlineRule);
resetCache(md.block.ruler);
resetCache(md.inline.ruler);

/** Backslash escapes and character references decoded (link destinations and titles). */
export const unescapeAll: (value: string) => string = md.utils.unescapeAll;

/** Tokens of `text`, whose line endings must be `\n` only (`src/parse/mdast.ts` maps others back). */
export function tokenize(text: string): Token[] {
  return md.parse(text, {});
}

// ---------- rule wrappers ----------

interface RuleEntry {
  name: string;
  fn: unknown;
}

function rulesOf(ruler: unknown): RuleEntry[] {
  return (ruler as { __rules__: RuleEntry[] }).__rules__;
}

function resetCache(ruler: unknown): void {
  (ruler as { __cache__: unknown }).__cache__ = null;
}

function positionedBlock(name: string, rule: BlockRule): BlockRule {
  return (state, startLine, endLine, silent) => {
    // remark reads a table only where the delimiter row has a pipe (`| a |` over `---` is a setext heading).
    if (name === 'table' && !state.src.slice(state.bMarks[startLine + 1] ?? 0, state.eMarks[startLine + 1] ?? 0).includes('|')) return false;
    const first = state.tokens.length;
    if (!rule(state, startLine, endLine, silent)) return false;
    if (silent) return true;
    if (name === 'reference') pushDefinition(state, startLine);
    if (name === 'table') return placeTable(state, first), true;
    for (let i = first; i < state.tokens.length; i++) {
      const token = state.tokens[i];
      if (token.meta || token.nesting === -1) continue; // made by a nested rule, or a closing token
      const line = token.map ? token.map[0] : startLine;
      const meta: BlockMeta = { start: state.bMarks[line] + state.tShift[line] };
      if (token.type === 'inline') meta.runs = inlineRuns(name, state, token, line);
      token.meta = meta;
    }
    return true;
  };
}

function positionedInline(rule: InlineRule): InlineRule {
  return (state, silent) => {
    const before = state.pos;
    const pending = state.pending;
    const first = state.tokens.length;
    if (!rule(state, silent)) return false;
    if (silent) return true;
    const tokens = state.tokens;
    const own = flushed(tokens[first], pending) ? first + 1 : first;
    const last = tokens.length - 1;
    if (isDelimiterRun(tokens, own, last)) {
      // `**` is a token per character, `~~` one token: each spans its own characters.
      let at = before;
      for (let i = own; i <= last; i++) {
        const length = tokens[i].content.length;
        tokens[i].map = [at, at + length];
        at += length;
      }
      return true;
    }
    for (let i = own; i <= last; i++) {
      const token = tokens[i];
      if (token.map) continue; // made by a nested rule (a link's text)
      if (token.type === 'text' && i > own && i < last) continue; // text gathered inside a link: placed by the tree
      token.map = [before, state.pos];
    }
    return true;
  };
}

/** Whether a rule pushed only text tokens: the delimiters of emphasis or strikethrough, one character or run each. */
function isDelimiterRun(tokens: Token[], own: number, last: number): boolean {
  for (let i = own; i <= last; i++) if (tokens[i].type !== 'text') return false;
  return last >= own;
}

/** Whether `token`, the first a rule pushed, is the text gathered before it (possibly trimmed by a line break). */
function flushed(token: Token | undefined, pending: string): boolean {
  return token !== undefined && token.type === 'text' && !token.map && token.content !== '' && pending.startsWith(token.content);
}

// ---------- where inline content comes from ----------

const SPACE = 0x20;
const TAB = 0x09;

function inlineRuns(rule: string, state: StateBlock, token: Token, line: number): Runs {
  if (rule === 'heading') return headingRuns(state, token, line);
  const end = token.map ? token.map[1] : line + 1;
  return lineRuns(state, token, line, end);
}

/**
 * A paragraph's or setext heading's lines, as `getLines` cuts them (the containers' markers and the block's indent
 * left out), trimmed of spaces and tabs only: markdown-it trims Unicode spaces too, and remark keeps a leading
 * ideographic space (`　　本月…`).
 */
function lineRuns(state: StateBlock, token: Token, startLine: number, endLine: number): Runs {
  const runs: Runs = [];
  const parts: string[] = [];
  let length = 0;
  for (let line = startLine; line < endLine; line++) {
    let first = state.bMarks[line];
    let indent = 0;
    const lineStart = first;
    const last = line + 1 < endLine ? state.eMarks[line] + 1 : state.eMarks[line];
    while (first < last && indent < state.blkIndent) {
      const ch = state.src.charCodeAt(first);
      if (ch === SPACE || ch === TAB) indent += ch === TAB ? 4 - ((indent + state.bsCount[line]) % 4) : 1;
      else if (first - lineStart < state.tShift[line]) indent++;
      else break;
      first++;
    }
    runs.push(length, first);
    parts.push(state.src.slice(first, last));
    length += last - first;
  }
  return trimmed(token, parts.join(''), runs);
}

/** An ATX heading's text: after its `#`s, before a closing sequence of `#`s (cut as markdown-it's rule cuts it). */
function headingRuns(state: StateBlock, token: Token, line: number): Runs {
  let pos = state.bMarks[line] + state.tShift[line];
  while (state.src.charCodeAt(pos) === 0x23) pos++;
  let max = state.skipSpacesBack(state.eMarks[line], pos);
  const closing = state.skipCharsBack(max, 0x23, pos);
  if (closing > pos && isSpaceOrTab(state.src.charCodeAt(closing - 1))) max = closing;
  return trimmed(token, state.src.slice(pos, max), [0, pos]);
}

/** Trim spaces and tabs (not other Unicode spaces) off `content`, and make it the token's content. */
function trimmed(token: Token, content: string, runs: Runs): Runs {
  let start = 0;
  let end = content.length;
  while (start < end && isSpaceOrTab(content.charCodeAt(start))) start++;
  while (end > start && isSpaceOrTab(content.charCodeAt(end - 1))) end--;
  token.content = content.slice(start, end);
  return start === 0 ? runs : shiftRuns(runs, start);
}

/** The runs of content that lost its first `by` characters. */
function shiftRuns(runs: Runs, by: number): Runs {
  const out: Runs = [];
  for (let r = 0; r < runs.length; r += 2) {
    const next = r + 2 < runs.length ? runs[r + 2] : Infinity;
    if (next <= by) continue;
    const skip = Math.max(0, by - runs[r]);
    out.push(runs[r] + skip - by, runs[r + 1] + skip);
  }
  return out;
}

// ---------- tables ----------

/**
 * Give a table's rows and cells their spans, and each row the cells its line has (markdown-it pads and cuts rows to
 * the header's width; remark keeps what is written). A row runs from its first character to the end of its line; a
 * cell from its opening pipe (or the row's start) to the next pipe, and the last one to the end of the row. A cell's
 * content is its source between the pipes, escapes and all (`\|` is read by the inline escape rule).
 */
function placeTable(state: StateBlock, first: number): void {
  const tokens = state.tokens;
  const out: Token[] = [];
  const aligns: (string | null)[] = [];
  for (let i = first; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type === 'th_open') aligns.push(token.attrGet('style'));
  }
  for (let i = first; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type === 'table_open') token.meta = { start: state.bMarks[token.map![0]] + state.tShift[token.map![0]] };
    if (token.type === 'th_open' || token.type === 'td_open' || token.type === 'th_close' || token.type === 'td_close') continue;
    if (token.type === 'inline') continue;
    out.push(token);
    if (token.type !== 'tr_open') continue;
    const line = token.map![0];
    const start = state.bMarks[line] + state.tShift[line];
    const end = state.eMarks[line];
    token.meta = { start, end };
    const header = tokens[i - 1]?.type === 'thead_open';
    for (const [index, cell] of splitRow(state.src, start, end).entries()) {
      const open = new state.Token(header ? 'th_open' : 'td_open', header ? 'th' : 'td', 1);
      const style = aligns[index];
      if (style) open.attrs = [['style', style]];
      open.meta = { start: cell.start, end: cell.end };
      const inline = new state.Token('inline', '', 0);
      inline.content = cell.content;
      inline.children = [];
      inline.meta = { start: cell.contentStart, runs: [0, cell.contentStart] };
      out.push(open, inline, new state.Token(header ? 'th_close' : 'td_close', header ? 'th' : 'td', -1));
    }
  }
  tokens.length = first;
  for (const token of out) tokens.push(token);
}

interface Cell {
  start: number;
  end: number;
  contentStart: number;
  content: string;
}

function splitRow(src: string, start: number, end: number): Cell[] {
  const pipes: number[] = [];
  for (let at = start; at < end; at++) {
    const code = src.charCodeAt(at);
    if (code === 0x5c) at++;
    else if (code === 0x7c) pipes.push(at);
  }
  let last = end;
  while (last > start && isSpaceOrTab(src.charCodeAt(last - 1))) last--;
  const closed = pipes.length > 0 && pipes[pipes.length - 1] === last - 1;
  const bounds = pipes[0] === start ? pipes : [start, ...pipes];
  if (closed) bounds.pop();
  const cells: Cell[] = [];
  for (let c = 0; c < bounds.length; c++) {
    const cellStart = bounds[c];
    const cellEnd = c + 1 < bounds.length ? bounds[c + 1] : end;
    let from = src.charCodeAt(cellStart) === 0x7c ? cellStart + 1 : cellStart;
    let to = c + 1 < bounds.length ? cellEnd : closed ? last - 1 : last;
    while (from < to && isSpaceOrTab(src.charCodeAt(from))) from++;
    while (to > from && isSpaceOrTab(src.charCodeAt(to - 1))) to--;
    cells.push({ start: cellStart, end: cellEnd, contentStart: from, content: src.slice(from, to) });
  }
  return cells;
}

function isSpaceOrTab(code: number): boolean {
  return code === SPACE || code === TAB;
}

// ---------- definitions ----------

/** markdown-it keeps link reference definitions in `env` only; mdast has a node for each. */
function pushDefinition(state: StateBlock, startLine: number): void {
  const token = state.push('definition', '', 0);
  token.map = [startLine, state.line];
}

// ---------- front matter ----------

/** YAML front matter: `---` on the first line, then anything, then a line `---`. */
function frontMatter(state: StateBlock, startLine: number, _endLine: number, silent: boolean): boolean {
  if (startLine !== 0 || state.blkIndent !== 0 || state.tShift[0] !== 0) return false;
  if (!/^---[ \t]*$/.test(state.src.slice(state.bMarks[0], state.eMarks[0]))) return false;
  let line = 1;
  while (line < state.lineMax && !/^---[ \t]*$/.test(state.src.slice(state.bMarks[line], state.eMarks[line]))) line++;
  if (line >= state.lineMax) return false;
  if (silent) return true;
  const token = state.push('front_matter', '', 0);
  token.content = line > 1 ? state.src.slice(state.bMarks[1], state.eMarks[line - 1]) : '';
  token.map = [0, line + 1];
  state.line = line + 1;
  return true;
}

// ---------- strikethrough: `~` and `~~`, as GFM ----------

const TILDE = 0x7e;
/** Runs of one and of two tildes pair only with runs of their own length: they are told apart as two markers. */
const DOUBLE_TILDE = TILDE + 0x10000;

function tildeTokenize(state: StateInline, silent: boolean): boolean {
  if (silent || state.src.charCodeAt(state.pos) !== TILDE) return false;
  const scanned = plainScanDelims.call(state, state.pos, true);
  if (scanned.length > 2) return false;
  const token = state.push('text', '', 0);
  token.content = '~'.repeat(scanned.length);
  state.delimiters.push({
    marker: scanned.length === 2 ? DOUBLE_TILDE : TILDE,
    length: 0, // no "rule of 3"
    token: state.tokens.length - 1,
    end: -1,
    open: scanned.can_open,
    close: scanned.can_close,
  });
  state.pos += scanned.length;
  return true;
}

function tildePostProcess(state: StateInline): boolean {
  pairTildes(state, state.delimiters);
  for (const meta of state.tokens_meta) if (meta?.delimiters) pairTildes(state, meta.delimiters);
  return true;
}

function pairTildes(state: StateInline, delimiters: StateInline['delimiters']): void {
  for (const opener of delimiters) {
    if ((opener.marker !== TILDE && opener.marker !== DOUBLE_TILDE) || opener.end === -1) continue;
    const open = state.tokens[opener.token];
    const close = state.tokens[delimiters[opener.end].token];
    open.type = 's_open';
    open.nesting = 1;
    close.type = 's_close';
    close.nesting = -1;
    open.markup = close.markup = open.content;
    open.content = close.content = '';
  }
}
