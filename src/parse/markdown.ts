// Markdown → mdast with exactly the syntax summaries use: remark-parse (CommonMark) with YAML front matter, GFM
// tables, task lists and strikethrough (not autolink literals or footnotes: a summary's bare URLs and `[^1]` stay
// text), and CJK-friendly emphasis (`**注意：**正文`). The same processor is the first half of the unified plugin
// (src/unified.ts), so the CLI and remark-cli read a summary alike.
import type { List, Nodes, Root } from 'mdast';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkCjkFriendly from 'remark-cjk-friendly/parseOnly';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import type { Point } from 'unist';

/** The GFM constructs a summary uses, as one remark plugin. */
export function remarkSummaryGfm(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmTaskListItem(), gfmStrikethrough());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown(), gfmStrikethroughFromMarkdown());
}

/** remark-parse and the syntax extensions summaries use: the parser half of every summarylint processor. */
export function remarkSummary(this: Processor): void {
  this.use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkSummaryGfm).use(remarkCjkFriendly);
}

const parser = unified().use(remarkSummary).freeze();

/** Plain text pasted into Markdown: indentation is not code (`    Sales grew 12%.` is a paragraph). */
function remarkNoIndentedCode(this: Processor): void {
  (this.data().micromarkExtensions ??= []).push({ disable: { null: ['codeIndented'] } });
}

const plainParser = unified().use(remarkSummary).use(remarkNoIndentedCode).freeze();

/** summarylint's parser as a unified plugin: remark's, behind the guards of `parseMarkdown`. */
export function summarylintParse(this: Processor): void {
  this.parser = (document) => parseMarkdown(document);
}

function parseWhole(text: string): Root {
  return parser.parse(text) as Root;
}

/**
 * Parse text that is plain text more than Markdown (a `.txt` summary, paragraphs indented four spaces): as
 * `parseMarkdown`, except that indented lines are paragraphs, not code. Large texts keep the Markdown reading.
 */
export function parsePlainText(text: string): Root {
  const source = boundNesting(text);
  return source.length <= PIECE_SIZE ? (plainParser.parse(source) as Root) : parsePieces(source);
}

/**
 * Parse Markdown. Positions are offsets into `text` itself: the two guards below keep every offset and line.
 *
 * - Nesting is bounded (`boundNesting`): mdast-util-from-markdown and the document model walk containers
 *   recursively, so a hostile document nested 10,000 deep would overflow the stack.
 * - Large documents are parsed piece by piece (`parsePieces`), so a parse holds micromark's events for one piece
 *   at a time (about 100 times the text's size), not for a whole 10 MB file.
 */
export function parseMarkdown(text: string): Root {
  const source = boundNesting(text);
  return source.length <= PIECE_SIZE ? parseWhole(source) : parsePieces(source);
}

/** Container markers that start beyond this many characters into a line are read as spaces. */
export const MAX_CONTAINER_PREFIX = 100;
/** Documents larger than this many UTF-16 code units are parsed in pieces of about this size. */
export const PIECE_SIZE = 512 * 1024;

// A line whose leading run of spaces, tabs and container markers (`>`, `-`, `*`, `+`, `1.`, `1)`) is long.
const LONG_PREFIX = new RegExp(`^[ \\t>*+\\-\\d.)]{${MAX_CONTAINER_PREFIX},}`, 'gm');
const PREFIX_TOKEN = /[ \t]+|>|(?:[-+*]|\d{1,9}[.)])(?=[ \t\r\n]|$)/y;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*\r?$/;

/**
 * Replace the container markers that start more than `MAX_CONTAINER_PREFIX` characters into a line with spaces, so no
 * document nests deeper than about that many levels (real summaries nest a handful). The text keeps its length.
 */
export function boundNesting(text: string): string {
  let out: string[] | undefined;
  let copied = 0;
  for (const match of text.matchAll(LONG_PREFIX)) {
    const lineStart = match.index;
    const lineEnd = text.indexOf('\n', lineStart);
    if (THEMATIC_BREAK.test(text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd))) continue;
    PREFIX_TOKEN.lastIndex = lineStart;
    let token: RegExpExecArray | null;
    while ((token = PREFIX_TOKEN.exec(text))) {
      const at = token.index;
      if (at - lineStart >= MAX_CONTAINER_PREFIX && !/^[ \t]/.test(token[0])) {
        (out ??= []).push(text.slice(copied, at), ' '.repeat(token[0].length));
        copied = at + token[0].length;
      }
    }
  }
  return out ? out.join('') + text.slice(copied) : text;
}

// A line that opens a block at the margin after a blank line: where a piece may end.
const PIECE_BREAK = /(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)(?=[^ \t\r\n])/g;
// A line that starts with a list marker at the margin, right after a line that is not blank: where a piece may end
// inside a long tight list, between two of its items.
const ITEM_BREAK = /(?<=[^ \t\r\n][ \t]*)(?:\r\n|\r|\n)(?=(?:[-+*]|\d{1,9}[.)])(?:[ \t]|\r|\n|$))/g;
const LINE_ENDING = /\r\n|\r|\n/g;

interface Piece {
  tree: Root;
  end: number;
  /** The piece ends inside a top-level list: the next piece's first list goes on with it. */
  listContinues: boolean;
}

/**
 * Parse a large document as consecutive pieces, each ending before a line that starts a top-level block, or before
 * an item of a top-level tight list. A candidate break is checked by parsing the piece with that line: the break holds
 * when the line starts one of the root's children there (nothing is open across it: no list, quote, fenced code or
 * HTML block), or an item of the root's last child, a list (a summary's plan can be one list of thousands of items). The list is then joined again with its
 * continuation in the next piece. The whole-document parse gives the same tree, except that a link reference
 * definition only applies within its own piece.
 */
export function parsePieces(text: string, pieceSize = PIECE_SIZE): Root {
  const children: Root['children'] = [];
  let start = 0;
  let line = 1;
  let end: Point = { line: 1, column: 1, offset: 0 };
  let listContinues = false;
  while (start < text.length) {
    const piece = nextPiece(text, start, pieceSize);
    shiftPositions(piece.tree, start, line - 1);
    const [first, ...rest] = piece.tree.children;
    const open = children.at(-1);
    if (listContinues && open?.type === 'list' && first?.type === 'list') joinLists(open, first);
    else if (first) children.push(first);
    for (const child of rest) children.push(child);
    if (piece.tree.position) end = piece.tree.position.end;
    line += countLineEndings(text, start, piece.end);
    start = piece.end;
    listContinues = piece.listContinues;
  }
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end } };
}

/** A list cut between two items, made whole again: what the whole-document parse gives. */
function joinLists(list: List, rest: List): void {
  for (const item of rest.children) list.children.push(item);
  list.spread = Boolean(list.spread || rest.spread);
  if (list.position && rest.position) list.position.end = rest.position.end;
}

/** The next candidate break at or after `from`: after a blank line, or between two lines in a list. */
function nextCandidate(text: string, from: number): { cut: number; inList: boolean } | undefined {
  PIECE_BREAK.lastIndex = from;
  ITEM_BREAK.lastIndex = from;
  const blank = PIECE_BREAK.exec(text);
  const item = ITEM_BREAK.exec(text);
  const atBlank = blank ? blank.index + blank[0].length : Infinity;
  const atItem = item ? item.index + item[0].length : Infinity;
  if (atBlank === Infinity && atItem === Infinity) return undefined;
  return atBlank <= atItem ? { cut: atBlank, inList: false } : { cut: atItem, inList: true };
}

function nextPiece(text: string, start: number, pieceSize: number): Piece {
  let from = start + pieceSize;
  for (;;) {
    const found = nextCandidate(text, from);
    if (!found) return { tree: parseWhole(text.slice(start)), end: text.length, listContinues: false };
    const { cut } = found;
    if (text.startsWith('---', cut)) {
      from = cut; // a piece that opened with `---` could read as front matter
      continue;
    }
    const lineEnd = text.indexOf('\n', cut);
    const through = lineEnd === -1 ? text.length : lineEnd + 1;
    const tree = parseWhole(text.slice(start, through));
    // The block at the cut must read the same at the start of the next piece. Right after another line it may not
    // ("2) two" after a paragraph belongs to it, but starts a list at a piece's start), so there only a list's own
    // next item is a break; after a blank line the line, parsed alone, must start the same kind of block (an
    // ordered list not starting at 1 reads as a paragraph after indented code).
    const at = found.inList ? -1 : tree.children.findIndex((node) => node.position?.start.offset === cut - start);
    if (at !== -1 && tree.children[at].type === parseWhole(text.slice(cut, through)).children[0]?.type) {
      tree.children.length = at;
      return { tree, end: cut, listContinues: false };
    }
    const last = tree.children.at(-1);
    if (found.inList && last?.type === 'list' && last.children.length > 1 && last.children.at(-1)!.position?.start.offset === cut - start) {
      last.children.pop();
      if (last.position) last.position.end = { ...last.children.at(-1)!.position!.end };
      return { tree, end: cut, listContinues: true };
    }
    // Inside a long block (a fenced code block, an HTML comment, a loose list): try twice as far, so failed tries
    // stay linear.
    from = start + 2 * (cut - start);
  }
}

function countLineEndings(text: string, start: number, end: number): number {
  LINE_ENDING.lastIndex = start;
  let count = 0;
  while (LINE_ENDING.exec(text) && LINE_ENDING.lastIndex <= end) count++;
  return count;
}

/** Move a piece's positions to where the piece sits in the document (pieces start at a line start). */
function shiftPositions(tree: Root, offset: number, lines: number): void {
  const seen = new Set<Point>();
  const stack: Nodes[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    for (const point of [node.position?.start, node.position?.end]) {
      if (!point || seen.has(point)) continue;
      seen.add(point);
      point.line += lines;
      if (point.offset !== undefined) point.offset += offset;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) stack.push(child);
  }
}
