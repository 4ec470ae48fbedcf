// markdown-it's tokens (src/parse/tokenize.ts) → mdast, with the nodes, values and positions remark-parse gives, so
// the document model, the rules and plugins see the same tree as before the parser changed (the equivalence is tested
// against remark itself: test/parse-equivalence.test.ts).
import type {
  AlignType, Blockquote, Code, Definition, Heading, Html, Image, ImageReference, Link, LinkReference, List, ListItem, Nodes, Paragraph,
  Parent, PhrasingContent, Root, RootContent, Table, TableCell, TableRow, Text, Yaml,
} from 'mdast';
import type { Point, Position } from 'unist';
import type Token from 'markdown-it/lib/token.mjs';
import { tokenize, unescapeAll, type BlockMeta, type Runs } from './tokenize.js';

/** Parse `text` (any line endings) into mdast. */
export function toMdast(text: string): Root {
  const source = new Source(text);
  const tokens = tokenize(source.normal);
  const builder = new TreeBuilder(source, tokens);
  return builder.build();
}

// ---------- the source: line endings and points ----------

/**
 * markdown-it reads `\n` line endings only; remark keeps `\r\n` and `\r`. Offsets in the `\n` text map back to the
 * original through the places where a `\r\n` became `\n`.
 */
class Source {
  readonly normal: string;
  /** Offsets (in `normal`) of each `\n` that was `\r\n`. */
  private readonly joined: number[] = [];
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    let normal = text;
    if (text.includes('\r')) {
      const parts: string[] = [];
      let copied = 0;
      for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) {
        parts.push(text.slice(copied, i), '\n');
        if (text.charCodeAt(i + 1) === 0x0a) {
          this.joined.push(i - this.joined.length);
          copied = i + 2;
        } else copied = i + 1;
      }
      parts.push(text.slice(copied));
      normal = parts.join('');
    }
    this.normal = normal;
    for (let i = normal.indexOf('\n'); i !== -1; i = normal.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  /** The original offset of an offset in `normal`. */
  original(offset: number): number {
    const joined = this.joined;
    if (joined.length === 0) return offset;
    let lo = 0;
    let hi = joined.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (joined[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return offset + lo;
  }

  point(offset: number): Point {
    const line = this.lineOf(offset);
    return { line: line + 1, column: offset - this.lineStarts[line] + 1, offset: this.original(offset) };
  }

  /** A value taken from `normal[start, end)` as the original text has it (its own line endings). */
  slice(start: number, end: number): string {
    return this.text === this.normal ? this.normal.slice(start, end) : this.text.slice(this.original(start), this.original(end));
  }

  /** `value`, whose k-th `\n` ends line `line + k`, with each written as that line's original ending. */
  endings(value: string, line: number): string {
    if (this.text === this.normal || !value.includes('\n')) return value;
    let k = 0;
    return value.replace(/\n/g, () => this.ending(line + k++));
  }

  /** The original line ending of line `line` (`\r\n`, `\r` or `\n`). */
  ending(line: number): string {
    const end = this.original(this.lineEnd(line));
    return this.text[end] === '\r' ? (this.text[end + 1] === '\n' ? '\r\n' : '\r') : '\n';
  }

  /** The line (0-based) that holds `offset`. */
  lineOf(offset: number): number {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  lineStart(line: number): number {
    return this.lineStarts[line];
  }

  lineText(line: number): string {
    return this.normal.slice(this.lineStarts[line], this.lineEnd(line));
  }

  lineCount(): number {
    return this.lineStarts.length;
  }

  /** The end of line `line` (0-based), before its line ending. */
  lineEnd(line: number): number {
    return line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] - 1 : this.normal.length;
  }
}

// ---------- blocks ----------

class TreeBuilder {
  private index = 0;
  /** How many lines markdown-it counts (a last line ending starts no line of its own). */
  private readonly tokenLines: number;

  constructor(
    private readonly source: Source,
    private readonly tokens: Token[],
  ) {
    const text = source.normal;
    this.tokenLines = source.lineCount() - (text.endsWith('\n') || text === '' ? 1 : 0);
  }

  build(): Root {
    const root: Root = { type: 'root', children: [] };
    this.children(root.children as RootContent[], undefined);
    root.position = at(0, this.source.normal.length);
    placePoints(root, this.source);
    return root;
  }

  /** Read block tokens into `out` until the closing token of `closing` (or the end). */
  private children(out: RootContent[], closing: string | undefined): void {
    const tokens = this.tokens;
    while (this.index < tokens.length) {
      const token = tokens[this.index];
      if (closing !== undefined && token.type === closing) {
        this.index++;
        return;
      }
      const node = this.block(token);
      if (node) out.push(node);
    }
  }

  private block(token: Token): RootContent | undefined {
    const meta = token.meta as BlockMeta;
    this.index++;
    switch (token.type) {
      case 'paragraph_open':
        return this.paragraph(meta);
      case 'heading_open':
        return this.heading(token, meta);
      case 'blockquote_open':
        return this.blockquote(token, meta);
      case 'bullet_list_open':
      case 'ordered_list_open':
        return this.list(token);
      case 'table_open':
        return this.table(token, meta);
      case 'fence':
      case 'code_block':
        return this.code(token, meta);
      case 'html_block':
        return this.htmlBlock(token, meta);
      case 'hr':
        return { type: 'thematicBreak', position: at(meta.start, this.lineEndTrimmed(token.map![0])) };
      case 'front_matter':
        return this.frontMatter(token);
      case 'definition':
        return this.definition(token, meta);
      default:
        return undefined;
    }
  }

  private paragraph(meta: BlockMeta): Paragraph {
    const inline = this.tokens[this.index];
    this.index += 2; // inline, paragraph_close
    const node: Paragraph = { type: 'paragraph', children: this.inline(inline) };
    const runs = (inline.meta as BlockMeta).runs!;
    node.position = at(runs.length > 0 ? runs[1] : meta.start, this.source.lineEnd(inline.map![1] - 1));
    return node;
  }

  private heading(token: Token, meta: BlockMeta): Heading {
    const inline = this.tokens[this.index];
    this.index += 2;
    const node: Heading = { type: 'heading', depth: Number(token.tag.slice(1)) as Heading['depth'], children: this.inline(inline) };
    node.position = at(meta.start, this.source.lineEnd(token.map![1] - 1));
    return node;
  }

  private blockquote(token: Token, meta: BlockMeta): Blockquote {
    const node: Blockquote = { type: 'blockquote', children: [] };
    this.children(node.children, 'blockquote_close');
    const end = node.children.length > 0 ? endOf(node.children.at(-1)!) : meta.start;
    let last = token.map![1] - 1;
    while (last > token.map![0] && !/[^ \t]/.test(this.source.lineText(last))) last--;
    node.position = at(meta.start, Math.max(end, this.source.lineEnd(last)));
    return node;
  }

  private list(token: Token): List {
    const ordered = token.type === 'ordered_list_open';
    const node: List = { type: 'list', ordered, start: ordered ? Number(token.attrGet('start') ?? 1) : null, spread: false, children: [] };
    const closing = ordered ? 'ordered_list_close' : 'bullet_list_close';
    while (this.index < this.tokens.length) {
      const item = this.tokens[this.index++];
      if (item.type === closing) break;
      node.children.push(this.listItem(item));
    }
    node.spread = node.children.some((item, i) => i > 0 && this.blankBetween(node.children[i - 1], item));
    const first = node.children[0];
    node.position = at(startOf(first), endOf(node.children.at(-1)!));
    return node;
  }

  private listItem(token: Token): ListItem {
    const meta = token.meta as BlockMeta;
    const node: ListItem = { type: 'listItem', spread: false, checked: null, children: [] };
    this.children(node.children as RootContent[], 'list_item_close');
    node.spread = node.children.some((child, i) => i > 0 && this.blankBetween(node.children[i - 1], child));
    const first = node.children[0];
    if (first?.type === 'paragraph') this.taskCheck(node, first);
    // An empty item runs to the end of its marker's line.
    const end = node.children.length > 0 ? endOf(node.children.at(-1)!) : this.source.lineEnd(token.map![0]);
    node.position = at(meta.start, end);
    return node;
  }

  /** `[ ]` or `[x]` opening an item's first paragraph, then a space or a line ending (GFM task list items). */
  private taskCheck(item: ListItem, paragraph: Paragraph): void {
    const head = paragraph.children[0];
    if (head?.type !== 'text') return;
    const start = startOf(paragraph);
    const text = this.source.normal;
    if (text.charCodeAt(start) !== 0x5b || text.charCodeAt(start + 2) !== 0x5d || startOf(head) !== start) return;
    const mark = text[start + 1];
    if (mark !== ' ' && mark !== '\t' && mark !== '\n' && mark !== 'x' && mark !== 'X') return;
    const after = text[start + 3];
    const paragraphEnd = endOf(paragraph);
    if (after === '\n') {
      if (start + 3 >= paragraphEnd) return;
    } else if (after === ' ' || after === '\t') {
      // Spaces, then more of the paragraph on this line or the next.
      let pos = start + 3;
      while (pos < paragraphEnd && (text[pos] === ' ' || text[pos] === '\t')) pos++;
      if (pos >= paragraphEnd) return;
    } else return;
    item.checked = mark === 'x' || mark === 'X';
    head.value = head.value.slice(4);
    if (head.value.length === 0) {
      paragraph.children.shift();
      return;
    }
    head.position = at(start + 4, endOf(head));
    paragraph.position = at(start + 4, endOf(paragraph));
  }

  /** Whether a blank line separates two siblings. */
  private blankBetween(a: Nodes, b: Nodes): boolean {
    const gap = this.source.normal.slice(endOf(a), startOf(b));
    return /\n[ \t>]*\n/.test(gap);
  }

  private table(tableToken: Token, meta: BlockMeta): Table {
    const node: Table = { type: 'table', align: [], children: [] };
    let row: TableRow | undefined;
    for (;;) {
      const token = this.tokens[this.index++];
      if (!token || token.type === 'table_close') break;
      if (token.type === 'tr_open') {
        const rowMeta = token.meta as BlockMeta;
        row = { type: 'tableRow', children: [], position: at(rowMeta.start, rowMeta.end!) };
        node.children.push(row);
      } else if ((token.type === 'th_open' || token.type === 'td_open') && row) {
        const cellMeta = token.meta as BlockMeta;
        if (token.type === 'th_open') node.align!.push(alignOf(token));
        const inline = this.tokens[this.index];
        this.index += 2;
        const cell: TableCell = { type: 'tableCell', children: this.inline(inline, true) };
        cell.position = at(cellMeta.start, cellMeta.end!);
        row.children.push(cell);
      }
    }
    node.position = at(meta.start, this.source.lineEnd(tableToken.map![1] - 1));
    return node;
  }

  private code(token: Token, meta: BlockMeta): Code {
    const [startLine, endLine] = token.map!;
    const fenced = token.type === 'fence';
    const info = fenced ? token.info.trim() : '';
    const space = info.search(/[ \t]/);
    const lang = info ? (space === -1 ? info : info.slice(0, space)) : null;
    const metaText = space === -1 ? null : info.slice(space).trim() || null;
    const unclosed = fenced && (endLine - 1 === startLine || !this.closesFence(endLine - 1, token.markup));
    let value = token.content;
    if (!fenced || (unclosed && endLine < this.tokenLines)) value = value.replace(/\n+$/, '');
    else value = value.replace(/\n$/, '');
    const start = fenced ? meta.start : this.lineStartAfterContainers(meta, startLine);
    const node: Code = { type: 'code', lang: fenced ? lang : null, meta: fenced ? metaText : null, value: this.source.endings(value, fenced ? startLine + 1 : startLine) };
    // A fence left open at the end of the document runs to its very end, the empty line after a last line ending too.
    const last = endLine - 1;
    const end = !fenced ? this.lineEndTrimmed(last) : unclosed && endLine >= this.tokenLines ? this.source.normal.length : this.source.lineEnd(last);
    node.position = at(start, end);
    return node;
  }

  /** Whether line `line` is a closing fence for an opening `fence`. */
  private closesFence(line: number, fence: string): boolean {
    const match = /^[ \t>]*(`+|~+)[ \t]*$/.exec(this.source.lineText(line));
    return match !== null && match[1][0] === fence[0] && match[1].length >= fence.length;
  }

  /** Indented code starts where its line starts, inside its containers. */
  private lineStartAfterContainers(meta: BlockMeta, line: number): number {
    const from = this.source.lineStart(line);
    const text = this.source.normal;
    // Back from the first non-space character over the code's indentation (4 columns, or up to a container marker).
    let at = meta.start;
    while (at > from && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--;
    return at;
  }

  private htmlBlock(token: Token, meta: BlockMeta): Html {
    const value = token.content.replace(/\n$/, '');
    const end = this.source.lineEnd(token.map![1] - 1);
    return { type: 'html', value: this.source.endings(value, token.map![0]), position: at(meta.start, end) };
  }

  private frontMatter(token: Token): Yaml {
    const end = this.source.lineEnd(token.map![1] - 1);
    return { type: 'yaml', value: this.source.endings(token.content, 1), position: at(0, end) };
  }

  private definition(token: Token, meta: BlockMeta): Definition {
    const end = this.lineEndTrimmed(token.map![1] - 1);
    const raw = this.source.normal.slice(meta.start, end);
    return { type: 'definition', ...readDefinition(raw), position: at(meta.start, end) };
  }

  /** The end of line `line`, before its trailing spaces and tabs. */
  private lineEndTrimmed(line: number): number {
    let end = this.source.lineEnd(line);
    while (end > 0 && (this.source.normal[end - 1] === ' ' || this.source.normal[end - 1] === '\t')) end--;
    return end;
  }

  // ---------- inline ----------

  private inline(token: Token, inTable = false): PhrasingContent[] {
    return new InlineBuilder(this.source, token, inTable).build();
  }
}

// ---------- inline ----------

/** A token's span in its inline content. */
type Span = [number, number];

class InlineBuilder {
  private readonly content: string;
  private readonly runs: Runs;
  private readonly root: PhrasingContent[] = [];
  /** Open nodes, with where they start (and, for a link, where its whole source ends). */
  private readonly stack: { node: Parent; start: number; linkEnd?: number }[] = [];
  /** The text node being gathered, where its first token started and its last ended. */
  private text: Text | undefined;
  private textStart = 0;
  private textEnd = 0;

  constructor(
    private readonly source: Source,
    private readonly token: Token,
    private readonly inTable: boolean,
  ) {
    this.content = token.content;
    this.runs = (token.meta as BlockMeta).runs ?? [0, (token.meta as BlockMeta).start];
  }

  build(): PhrasingContent[] {
    const tokens = this.token.children ?? [];
    let cursor = 0; // where text gathered between rules starts
    for (const token of tokens) {
      const span: Span = token.map ? [token.map[0], token.map[1]] : [cursor, cursor + token.content.length];
      cursor = token.type === 'link_close' ? this.closeLink(cursor, span[1]) : this.add(token, span);
    }
    this.closeText();
    return this.root;
  }

  /** Add one token; returns where the text after it starts. */
  private add(token: Token, [start, end]: Span): number {
    switch (token.type) {
      case 'text':
      case 'text_special':
        if (token.content) this.addText(token.content, start, end);
        return end;
      case 'softbreak':
        this.addText(this.source.slice(this.toSource(start), this.toSource(start) + 1), start, start + 1);
        return end;
      case 'hardbreak': {
        let from = start;
        if (this.content[start] === '\n') while (from > 0 && this.content[from - 1] === ' ') from--;
        this.push({ type: 'break' }, from, start + (this.content[start] === '\\' ? 2 : 1));
        return end;
      }
      case 'em_open':
      case 'strong_open':
        this.open({ type: token.type === 'em_open' ? 'emphasis' : 'strong', children: [] }, start - (token.markup.length - 1));
        return end;
      case 's_open':
        this.open({ type: 'delete', children: [] }, start);
        return end;
      case 'em_close':
      case 'strong_close':
        this.close(start + token.markup.length);
        return end;
      case 's_close':
        this.close(end);
        return end;
      case 'code_inline':
        this.push({ type: 'inlineCode', value: this.codeValue(start, end, token.markup.length) }, start, end);
        return end;
      case 'html_inline':
        this.push({ type: 'html', value: this.source.endings(token.content, this.source.lineOf(this.toSource(start))) }, start, end);
        return end;
      case 'link_open': {
        const url = token.attrGet('href') ?? '';
        this.open({ type: 'link', url, title: token.attrGet('title') ?? null, children: [] }, start);
        this.stack.at(-1)!.linkEnd = end;
        return start + 1;
      }
      case 'image':
        this.push(this.image(token, start, end), start, end);
        return end;
      default:
        return end;
    }
  }

  // ---------- text ----------

  private addText(value: string, start: number, end: number): void {
    if (this.text) {
      this.text.value += value;
      this.textEnd = end;
      return;
    }
    this.text = { type: 'text', value };
    this.textStart = start;
    this.textEnd = end;
  }

  private closeText(): void {
    const text = this.text;
    if (!text) return;
    this.text = undefined;
    this.place(text, this.textStart, this.textEnd);
    this.children().push(text);
  }

  // ---------- nodes ----------

  private children(): PhrasingContent[] {
    const top = this.stack.at(-1);
    return top ? (top.node.children as PhrasingContent[]) : this.root;
  }

  private push(node: PhrasingContent, start: number, end: number): void {
    this.closeText();
    this.place(node, start, end);
    this.children().push(node);
  }

  private open(node: Parent & PhrasingContent, start: number): void {
    this.closeText();
    this.children().push(node);
    this.stack.push({ node, start });
  }

  private close(end: number): void {
    this.closeText();
    const top = this.stack.pop();
    if (top) this.place(top.node as PhrasingContent, top.start, end);
  }

  /** A link's kind shows after its text: `(…)` is a link, `[…]`, `[]` or nothing a reference. */
  private closeLink(textEnd: number, end: number): number {
    this.closeText();
    const top = this.stack.pop();
    if (!top) return end;
    let node = top.node as Link | LinkReference;
    const content = this.content;
    const linkEnd = top.linkEnd ?? end;
    if (!(content[textEnd + 1] === '(' && content[linkEnd - 1] === ')') && content[top.start] === '[') {
      node = { type: 'linkReference', children: node.children, ...referenceOf(content, top.start + 1, textEnd, linkEnd) };
      const siblings = this.children();
      siblings[siblings.length - 1] = node;
    }
    this.place(node, top.start, linkEnd);
    return linkEnd;
  }

  private image(token: Token, start: number, end: number): Image | ImageReference {
    const labelEnd = start + 2 + token.content.length;
    const alt = plainText(token.children ?? []);
    const content = this.content;
    if (content[labelEnd + 1] === '(' && content[end - 1] === ')') {
      return { type: 'image', title: token.attrGet('title') ?? null, url: token.attrGet('src') ?? '', alt };
    }
    return { type: 'imageReference', alt, ...referenceOf(content, start + 2, labelEnd, end) };
  }

  private codeValue(start: number, end: number, fence: number): string {
    const from = start + fence;
    let value = this.source.endings(this.content.slice(from, end - fence), this.source.lineOf(this.toSource(from))).replace(/(\r\n|\r|\n)[ \t]+/g, '$1');
    if (/^[ \r\n]/.test(value) && /[ \r\n]$/.test(value) && /[^ \r\n]/.test(value)) value = value.replace(/^(?:\r\n| |\r|\n)|(?:\r\n| |\r|\n)$/g, '');
    if (this.inTable) value = value.replace(/\\([\\|])/g, '$1');
    return value;
  }

  // ---------- positions ----------

  private place(node: Nodes, start: number, end: number): void {
    node.position = at(this.toSource(start), end > start ? this.toSource(end - 1) + 1 : this.toSource(start));
  }

  /** The source offset of content index `i`: a binary search, as a paragraph may have thousands of lines. */
  private toSource(i: number): number {
    const runs = this.runs;
    let lo = 0;
    let hi = runs.length / 2 - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (runs[2 * mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    return runs[2 * lo + 1] + (i - runs[2 * lo]);
  }
}

/** The parts of a link or image reference: `[text][label]`, `[text][]` or `[text]`. */
function referenceOf(content: string, textStart: number, textEnd: number, end: number): { identifier: string; label: string; referenceType: 'full' | 'collapsed' | 'shortcut' } {
  if (content[textEnd + 1] === '[' && end > textEnd + 1) {
    const label = content.slice(textEnd + 2, end - 1);
    if (label === '') {
      const text = content.slice(textStart, textEnd);
      return { identifier: normalizeIdentifier(text), label: text, referenceType: 'collapsed' };
    }
    return { identifier: normalizeIdentifier(label), label, referenceType: 'full' };
  }
  const text = content.slice(textStart, textEnd);
  return { identifier: normalizeIdentifier(text), label: text, referenceType: 'shortcut' };
}

/** What an image's alt text reads as: its text without markup. */
function plainText(tokens: Token[]): string {
  let out = '';
  for (const token of tokens) {
    if (token.type === 'text' || token.type === 'text_special' || token.type === 'code_inline') out += token.content;
    else if (token.type === 'softbreak' || token.type === 'hardbreak') out += '\n';
    else if (token.type === 'image') out += plainText(token.children ?? []);
  }
  return out;
}

// ---------- helpers ----------

/** A position in `normal` offsets, turned into points by `placePoints` once the tree is whole. */
function at(start: number, end: number): Position {
  return { start: { line: 0, column: 0, offset: start }, end: { line: 0, column: 0, offset: end } };
}

function startOf(node: Nodes): number {
  return node.position!.start.offset!;
}

function endOf(node: Nodes): number {
  return node.position!.end.offset!;
}

/** Give every node's position its line, column and original offset. */
function placePoints(root: Root, source: Source): void {
  const stack: Nodes[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const position = node.position!;
    node.position = { start: source.point(position.start.offset!), end: source.point(position.end.offset!) };
    if ('children' in node) for (const child of node.children) stack.push(child as Nodes);
  }
}

function alignOf(token: Token): AlignType {
  const style = token.attrGet('style');
  return style ? (style.slice('text-align:'.length) as AlignType) : null;
}

const DEFINITION = /^\[((?:[^\\\]]|\\.)*)\]:[ \t]*\n?[ \t]*(<(?:[^\\>\n]|\\.)*>|\S+)(?:[ \t]*\n?[ \t]*("(?:[^\\"]|\\.)*"|'(?:[^\\']|\\.)*'|\((?:[^\\()]|\\.)*\)))?[ \t]*$/s;

function readDefinition(raw: string): Omit<Definition, 'type' | 'position'> {
  const match = DEFINITION.exec(raw);
  const label = match ? match[1] : raw;
  const destination = match ? match[2] : '';
  const url = unescapeAll(destination.startsWith('<') ? destination.slice(1, -1) : destination);
  const title = match?.[3] ? unescapeAll(match[3].slice(1, -1)) : null;
  return { identifier: normalizeIdentifier(label), label, url, title };
}

/** micromark's identifier of a label: whitespace collapsed, trimmed, case folded. */
function normalizeIdentifier(label: string): string {
  return label.replace(/[\t\n\r ]+/g, ' ').replace(/^ | $/g, '').toLowerCase().toUpperCase().toLowerCase();
}
