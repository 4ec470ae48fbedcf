// Text → SummaryDoc: sections (headings and pseudo-headings), items (list items and enumerated
// paragraphs), prose blocks and sentences, built once per file and shared by every rule.
import type { Heading, List, ListItem, Nodes, Paragraph, Root, RootContent, Table } from 'mdast';
import { location } from 'vfile-location';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { addScripts, countScripts, langOf, type ScriptCount } from '../text/script.js';
import { splitSentences } from '../text/sentences.js';
import type { Block, BlockKind, FrontMatter, Item, ItemKind, Lang, Range, Section, Sentence, SummaryDoc, Vocabulary } from '../types.js';
import { hasHan } from '../text/han.js';
import { matchListNumber } from '../text/list-numbers.js';
import { SCOPE_END } from '../text/punctuation.js';
import { cleanTitle, isPlainTitle, isTitleLike } from './titles.js';
import { parseMarkdown, parsePlainText } from './markdown.js';
import { Prose, proseOf } from './prose.js';

export interface BuildOptions {
  vocabulary: Vocabulary;
  /** `auto` detects from the text. */
  language?: 'auto' | Lang;
  path?: string;
  /** The text's mdast when it is already parsed (by remark, in the unified plugin). */
  tree?: Root;
}

// The model's objects are built step by step, then handed to rules as read-only.
type Mutable<T> = { -readonly [K in keyof T]: T[K] extends Range ? Range : T[K] extends readonly (infer U)[] ? U[] : T[K] };
type MSection = Mutable<Section> & { style?: string; parent: MSection | undefined; children: MSection[] };
type MItem = Mutable<Item> & { style?: string; parent: MItem | undefined; children: MItem[] };
type MBlock = Mutable<Block>;

/** One line group of a paragraph: a pseudo-heading, an enumerated item, or plain text. */
interface Segment {
  prose: Prose;
  range: Range;
}

export function buildDocument(text: string, options: BuildOptions): SummaryDoc {
  return new DocumentBuilder(text, options).build();
}

class DocumentBuilder {
  private readonly tree: Root;
  private readonly root: MSection;
  private readonly open: MSection[];
  private readonly sections: MSection[] = [];
  private readonly blocks: MBlock[] = [];
  private readonly items: MItem[] = [];
  private frontMatter: FrontMatter | undefined;
  /** Open enumerated items of the current section, outermost first. */
  private enumerated: MItem[] = [];
  /** The enumerated item a list directly after it belongs to. */
  private listOwner: MItem | undefined;
  /** How many block quotes the node being read is in. */
  private quotes = 0;
  /** The top-level node after the one being read. */
  private nextNode: RootContent | undefined;

  constructor(
    private readonly text: string,
    private readonly options: BuildOptions,
  ) {
    const tree = options.tree ?? parseMarkdown(text);
    // A `.txt` summary, or prose indented four spaces (pasted plain text), is read with indentation as paragraphs.
    const plain = /\.txt$/iu.test(options.path ?? '') || tree.children.some((node) => node.type === 'code' && isIndentedProse(node, text));
    this.tree = plain ? parsePlainText(text) : tree;
    this.root = {
      kind: 'root', title: '', role: undefined, roles: [], depth: 0, node: undefined,
      titleRange: [0, 0], range: [0, text.length], parent: undefined, children: [], blocks: [], items: [],
    };
    this.open = [this.root];
  }

  build(): SummaryDoc {
    this.tree.children.forEach((node, i) => {
      this.nextNode = this.tree.children[i + 1];
      this.topLevel(node);
    });
    for (const section of this.open.splice(1)) section.range[1] = this.text.length;
    const lang = this.finishBlocks();
    for (const item of this.items) item.text = item.blocks.map((b) => b.prose.text).join('\n');
    const titleSection = this.titleSection();
    if (titleSection) {
      titleSection.roles = [];
      titleSection.role = undefined;
    }
    const title = this.title(titleSection);
    const intro = [...this.root.blocks, ...(titleSection?.blocks ?? [])];
    return makeDoc({
      text: this.text, tree: this.tree, lang, path: this.options.path, frontMatter: this.frontMatter,
      title, root: this.root, sections: this.sections, blocks: this.blocks, items: this.items, intro,
      sentences: this.blocks.flatMap((b) => b.sentences),
    });
  }

  // ---------- blocks of the document body ----------

  private topLevel(node: RootContent): void {
    switch (node.type) {
      case 'yaml':
        this.frontMatter = { data: readYaml(node.value), range: rangeOf(node) };
        return;
      case 'heading':
        return this.heading(node);
      case 'paragraph':
        return this.paragraph(node);
      case 'list':
        this.topLevelList(node, this.listOwner);
        this.listOwner = undefined;
        return;
      case 'table':
        this.listOwner = undefined;
        return this.table(node, undefined);
      case 'blockquote':
        this.listOwner = undefined;
        this.quoted(node.children, undefined);
        return;
      default:
        return; // code, html, thematic breaks, definitions: no prose
    }
  }

  /** Blocks inside containers (list items, block quotes): prose only, no new sections. */
  private contained(node: Nodes, item: MItem | undefined): void {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        this.addBlock(node.type, node, rangeOf(node), proseOf(node, this.text), item, false);
        return;
      case 'list':
        return this.list(node, item);
      case 'table':
        return this.table(node, item);
      case 'blockquote':
        this.quoted(node.children, item);
        return;
      default:
        return;
    }
  }

  private quoted(children: Nodes[], item: MItem | undefined): void {
    this.quotes++;
    for (const child of children) this.contained(child, item);
    this.quotes--;
  }

  private heading(node: Heading): void {
    const prose = proseOf(node, this.text);
    const enumerator = matchListNumber(prose.text, this.options.vocabulary);
    const title = cleanTitle(enumerator ? prose.text.slice(enumerator.length) : prose.text);
    this.openSection('heading', node, node.depth, title, rangeOf(node), undefined);
    this.addBlock('heading', node, rangeOf(node), prose, undefined, true);
  }

  private paragraph(node: Paragraph): void {
    const prose = proseOf(node, this.text);
    const owner = this.listOwner;
    this.listOwner = undefined;
    const bare = new Set<number>();
    for (const segment of this.segments(prose, bare)) {
      const line = segment.prose.text;
      const enumerator = matchListNumber(line, this.options.vocabulary);
      const heading = this.pseudoHeading(segment) ?? (bare.has(segment.range[0]) ? { title: cleanTitle(line), style: 'bold' } : undefined);
      if (heading) {
        this.openSection('pseudo', node, 0, heading.title, segment.range, heading.style);
        this.addBlock('paragraph', node, segment.range, segment.prose, undefined, true);
      } else if (enumerator) {
        const item = this.enumeratedItem(node, segment.range, enumerator.style);
        this.addBlock('paragraph', node, segment.range, segment.prose, item, false);
        this.listOwner = item;
      } else {
        this.addBlock('paragraph', node, segment.range, segment.prose, owner, false);
      }
    }
  }

  /**
   * Paragraphs pasted from Word often hold several numbered lines, or a title line and its text, with no
   * blank line between: split before every line that opens with an enumerator, and after a title line.
   */
  private segments(prose: Prose, bare?: Set<number>): Segment[] {
    const starts = [0];
    const text = prose.text;
    let lineStart = 0;
    let previous: string | undefined;
    while (lineStart < text.length) {
      const nl = text.indexOf('\n', lineStart);
      const lineEnd = nl === -1 ? text.length : nl;
      const line = text.slice(lineStart, lineEnd).trim();
      if (lineStart > 0 && matchListNumber(line, this.options.vocabulary)) starts.push(lineStart);
      if (nl !== -1 && this.pseudoHeading(this.segment(prose, lineStart, lineEnd))) starts.push(nl + 1);
      else if (bare && this.isBareTitle(line, previous, nl === -1 ? undefined : text.slice(nl + 1, nl + 2), this.segment(prose, lineStart, lineEnd).range)) {
        // Lines pasted without blank lines ("Done this week", "Problems this week", 本周问题): a role's name on a line
        // of its own between whole sentences heads the lines after it.
        if (lineStart > 0) starts.push(lineStart);
        if (nl !== -1) starts.push(nl + 1);
        bare.add(this.segment(prose, lineStart, lineEnd).range[0]);
      }
      previous = line;
      lineStart = nl === -1 ? text.length : nl + 1;
    }
    const unique = [...new Set(starts)].sort((a, b) => a - b);
    return unique.map((start, i) => this.segment(prose, start, i + 1 < unique.length ? unique[i + 1] : text.length)).filter((s) => s.prose.text.trim());
  }

  /** Whether a list or a table comes right after the paragraph being read: a one-line paragraph over it may head it ("Issues"). */
  private listFollows(): boolean {
    return this.nextNode?.type === 'list' || this.nextNode?.type === 'table';
  }

  /**
   * A line of a pasted paragraph that only names a role, with no colon or number: a title when it reads as one (short,
   * no sentence punctuation, capitalised) and the line before it ended a sentence or was itself a title, so that it is
   * no wrapped piece of a sentence ("… we agreed on the\nnext steps").
   */
  private isBareTitle(line: string, previous: string | undefined, nextChar: string | undefined, range: Range): boolean {
    // A field ("Status: Resolved") or a numbered or bulleted line ("-回访客户", "3、跟进客户") is no bare title.
    if (!line || !isPlainTitle(line) || /[:：,，]/u.test(line) || matchListNumber(line, this.options.vocabulary)) return false;
    // Alone in its paragraph, over a list, only a label as short as a colon's is a title ("Issues", 问题), not a lead-in.
    if (previous === undefined && nextChar === undefined && !(this.listFollows() && isShortLabel(line))) return false;
    // A wholly italic line is a template's guidance ("_Brief summary of the failure_"), not a title.
    if (/^([_*])(?!\1).*[^_*\s]\1$/u.test(this.sourceLine(range))) return false;
    if (!hasHan(line) && !/^\p{Lu}/u.test(line)) return false;
    if (previous !== undefined && !SCOPE_END.test(previous.at(-1) ?? '') && !isTitleLike(previous, { maxChars: 40, maxWords: 8 })) return false;
    if (nextChar !== undefined && /^\p{Ll}/u.test(nextChar)) return false;
    return this.options.vocabulary.rolesOfTitle(line).length > 0;
  }

  private segment(prose: Prose, start: number, end: number): Segment {
    let s = start;
    let e = end;
    while (s < e && /\s/u.test(prose.text[s])) s++;
    while (e > s && /\s/u.test(prose.text[e - 1])) e--;
    const part = prose.slice(s, e);
    return { prose: part, range: part.text ? part.sourceRange(0, part.text.length) : [prose.sourceOffset(s), prose.sourceOffset(s)] };
  }

  /** A one-line segment that reads as a section title: numbered, wholly bold, or a role label ending in a colon. */
  private pseudoHeading(segment: Segment): { title: string; style: string } | undefined {
    const line = segment.prose.text;
    if (line.includes('\n')) return undefined;
    const roles = (title: string) => this.options.vocabulary.rolesOfTitle(title).length > 0;
    const enumerator = matchListNumber(line, this.options.vocabulary);
    const numbered = enumerator ? cleanTitle(line.slice(enumerator.length)) : cleanTitle(line);
    // A wholly bold line is a title, even when numbered or phrased as a question (`**2. What went wrong?**`).
    if (enumerator?.kind !== 'item' && isWhollyBold(this.sourceLine(segment.range)) && isTitleLike(numbered, LONG_TITLE)) {
      return { title: numbered, style: 'bold' };
    }
    if (enumerator) {
      if (enumerator.kind === 'heading') {
        // `一、` with a long title ("一、全年完成销售额1200万元，同比增长15%") is still the part's heading when it is a
        // paragraph of its own and text follows it: items of a series follow one another instead.
        const long = isTitleLike(numbered, LONG_TITLE) && this.opensBody(segment, enumerator.style);
        return isTitleLike(numbered) || long ? { title: numbered, style: enumerator.style } : undefined;
      }
      // `1、` continuing a run of numbered items is the next item, whatever words it holds.
      if (this.enumerated.some((item) => item.style === enumerator.style)) return undefined;
      return enumerator.kind === 'maybe' && isPlainTitle(numbered) && roles(numbered) ? { title: numbered, style: enumerator.style } : undefined;
    }
    const title = numbered;
    // Bold titles and colon labels are one family: they are siblings of each other, not nested.
    if (/[:：]$/u.test(line) && isShortLabel(title) && roles(title)) return { title, style: 'bold' };
    return undefined;
  }

  /**
   * Whether a numbered line is a paragraph of its own followed by body text (a paragraph or a list that does not
   * open with the same numbering), as a part's heading is.
   */
  private opensBody(segment: Segment, style: string): boolean {
    const next = this.nextNode;
    const [, end] = segment.range;
    if (!next || next.position?.start.offset === undefined) return false;
    // The line must end its paragraph: the next node starts after a blank line, not on the next line of this one.
    if (/\S/u.test(this.text.slice(end, next.position.start.offset).replace(/<!--[\s\S]*?-->/g, ''))) return false;
    if (next.type === 'list' || next.type === 'table') return true;
    if (next.type !== 'paragraph') return false;
    const first = proseOf(next, this.text).text.split('\n')[0].trim();
    return matchListNumber(first, this.options.vocabulary)?.style !== style;
  }

  /** The whole source line(s) of a range, markup included (`**Results**`). */
  private sourceLine([start, end]: Range): string {
    const lineStart = this.text.lastIndexOf('\n', start - 1) + 1;
    const lineEnd = this.text.indexOf('\n', end);
    // HTML comments (directives, fixture markers) are invisible and do not change what the line is.
    return this.text.slice(lineStart, lineEnd === -1 ? this.text.length : lineEnd).replace(/<!--[\s\S]*?-->/g, '').trim();
  }

  /**
   * Report templates number their prompts ("2. Are there any areas that your group needs help with?") and
   * answer below them: an item of a top-level ordered list that is only a one-line question or label naming
   * a section role opens a section, and what follows (its sub-items, the paragraphs after it) is that section's.
   */
  private topLevelList(node: List, owner: MItem | undefined): void {
    for (const child of node.children) {
      const [first, ...rest] = child.children;
      const prose = node.ordered && first?.type === 'paragraph' ? proseOf(first, this.text) : undefined;
      // The answer may continue the prompt's paragraph on the next line.
      const nl = prose ? prose.text.indexOf('\n') : -1;
      const line = prose ? this.segment(prose, 0, nl === -1 ? prose.text.length : nl) : undefined;
      const title = line ? cleanTitle(line.prose.text) : '';
      // Once one prompt opened a section, the next prompts are its siblings, whether or not they name a role.
      const prompt =
        line !== undefined && /[?？:：]\s*$/u.test(line.prose.text) && isTitleLike(title, LONG_TITLE) &&
        (this.open.some((s) => s.style === 'list-prompt') || this.options.vocabulary.rolesOfTitle(title.replace(TRAILING_ASIDE, '')).length > 0);
      if ((!prompt && !(prose && this.isNumberedTitle(node, title, nl, rest.length))) || !prose || !line) {
        this.listItem(child, owner);
        continue;
      }
      this.openSection('pseudo', first, 0, title, line.range, 'list-prompt');
      this.addBlock('paragraph', first, line.range, line.prose, undefined, true);
      if (nl !== -1) {
        const answer = this.segment(prose, nl + 1, prose.text.length);
        if (answer.prose.text) this.addBlock('paragraph', first, answer.range, answer.prose, undefined, false);
      }
      for (const part of rest) this.contained(part, undefined);
    }
  }

  /**
   * "1. Overview", then its text: Markdown reads a numbered title over unindented text as a list of one item. Such an
   * item, one line that names a role and is followed by body text rather than by another list, is the section's title.
   */
  private isNumberedTitle(node: List, title: string, nl: number, rest: number): boolean {
    if (node.children.length !== 1 || nl !== -1 || rest > 0 || !isShortLabel(title)) return false;
    const next = this.nextNode;
    if (!next || (next.type !== 'paragraph' && next.type !== 'table')) return false;
    return this.options.vocabulary.rolesOfTitle(title).length > 0;
  }

  private list(node: List, parent: MItem | undefined): void {
    for (const child of node.children) this.listItem(child, parent);
  }

  private listItem(node: ListItem, parent: MItem | undefined): void {
    const kind: ItemKind = typeof node.checked === 'boolean' ? 'task' : 'list';
    const item = this.addItem(kind, node, rangeOf(node), node.checked ?? null, parent);
    for (const child of node.children) this.contained(child, item);
  }

  /** Each body row of a table is an item (action-item tables are common); its cells are its blocks. */
  private table(node: Table, parent: MItem | undefined): void {
    const [header, ...rows] = node.children;
    if (!header) return;
    const columns = header.children.map((cell) => proseOf(cell, this.text).text.trim());
    for (const cell of header.children) this.addBlock('tableCell', cell, rangeOf(cell), proseOf(cell, this.text), undefined, false);
    for (const row of rows) {
      const item = this.addItem('row', row, rangeOf(row), null, parent);
      item.columns = columns;
      for (const cell of row.children) this.addBlock('tableCell', cell, rangeOf(cell), proseOf(cell, this.text), item, false);
    }
  }

  // ---------- sections and items ----------

  private get current(): MSection {
    return this.open[this.open.length - 1];
  }

  private openSection(kind: 'heading' | 'pseudo', node: Nodes, depth: number, title: string, titleRange: Range, style: string | undefined): void {
    const start = titleRange[0];
    if (kind === 'heading') {
      // A heading closes every pseudo-heading and every heading of its rank or lower.
      while (this.open.length > 1 && (this.current.kind === 'pseudo' || this.current.depth >= depth)) this.close(start);
    } else {
      // A pseudo-heading closes back to its sibling of the same numbering style, if one is open.
      const sibling = this.open.findLastIndex((s) => s.kind === 'pseudo' && s.style === style);
      const lastHeading = this.open.findLastIndex((s) => s.kind === 'heading');
      if (sibling > lastHeading) while (this.open.length > sibling) this.close(start);
    }
    const parent = this.current;
    // A heading written as a whole sentence ("7 月社区参加了大会，收获满满。") names no section role.
    // A trailing aside ("(e.g. fewer than 2 active OWNERS)", "[10 mins]", "（附表）") does not change what the section is.
    const named = title.replace(TRAILING_ASIDE, '').trim() || title;
    const roles = isTitleLike(named, ROLE_TITLE) && !/[，。；]/u.test(named) ? this.options.vocabulary.rolesOfTitle(named) : [];
    const section: MSection = {
      kind, title, role: roles[0], roles, depth: kind === 'heading' ? depth : parent.depth + 1, node, titleRange,
      range: [start, this.text.length], parent, children: [], blocks: [], items: [], style,
    };
    parent.children.push(section);
    this.sections.push(section);
    this.open.push(section);
    this.enumerated = [];
    this.listOwner = undefined;
  }

  private close(at: number): void {
    this.open.pop()!.range[1] = at;
  }

  private enumeratedItem(node: Nodes, range: Range, style: string): MItem {
    const sibling = this.enumerated.findIndex((i) => i.style === style);
    if (sibling !== -1) this.enumerated.length = sibling;
    const item = this.addItem('enumerated', node, range, null, this.enumerated[this.enumerated.length - 1]);
    item.style = style;
    this.enumerated.push(item);
    return item;
  }

  private addItem(kind: ItemKind, node: Nodes, range: Range, checked: boolean | null, parent: MItem | undefined): MItem {
    const item: MItem = { kind, node, range, checked, blocks: [], text: '', parent, children: [], section: this.current };
    if (parent) parent.children.push(item);
    else this.current.items.push(item);
    this.items.push(item);
    return item;
  }

  private addBlock(kind: BlockKind, node: Nodes, range: Range, prose: Prose, item: MItem | undefined, isTitle: boolean): void {
    const block: MBlock = { kind, node, range, prose, lang: 'en', sentences: [], section: this.current, item, isTitle, quoted: this.quotes > 0 };
    this.blocks.push(block);
    if (!isTitle) this.current.blocks.push(block);
    item?.blocks.push(block);
  }

  /**
   * Split every block into sentences and tell the language of the document, of each block and of each sentence
   * (the block's when it has no Han or Latin letter, and the document's for the block). Sentences cover their
   * block but for white space, so each character is counted once, in its sentence.
   */
  private finishBlocks(): Lang {
    const split = this.blocks.map((block) =>
      splitSentences(block.prose.text).map(([start, end]) => {
        const text = block.prose.text.slice(start, end);
        return { text, start, end, scripts: countScripts(text) };
      }),
    );
    const blockScripts = split.map((sentences) => addScripts(sentences.map((s) => s.scripts)));
    const forced = this.options.language;
    const lang = forced && forced !== 'auto' ? forced : langOf(writersLetters(addScripts(blockScripts), this.tree));
    this.blocks.forEach((block, b) => {
      block.lang = langOf(blockScripts[b], lang);
      block.sentences = split[b].map(({ text, start, end, scripts }, index): Sentence => {
        return { text, range: block.prose.sourceRange(start, end), start, end, lang: langOf(scripts, block.lang), block, index };
      });
    });
    return lang;
  }

  /**
   * The first section is the document's title when nothing but front matter precedes it and it either
   * names no section role ("2024 Q3 Sales Report") or is the only top-level heading.
   */
  private titleSection(): MSection | undefined {
    const first = this.sections[0];
    if (!first || this.root.blocks.length > 0 || this.root.items.length > 0) return undefined;
    const topLevel = this.sections.filter((s) => s.parent === this.root);
    // Front matter that gives the title leaves a first heading naming a role ("## Highlights") its role.
    const titled = typeof this.frontMatter?.data.title === 'string';
    const onlyTopHeading = first.kind === 'heading' && topLevel.length === 1 && first.children.length > 0 && !titled;
    if (first.roles.length === 0 || onlyTopHeading) return first;
    return undefined;
  }

  private title(section: MSection | undefined): SummaryDoc['title'] {
    const fromFrontMatter = this.frontMatter?.data.title;
    if (typeof fromFrontMatter === 'string' && this.frontMatter) {
      // Point at the `title:` line itself, not at the whole front matter block.
      const [start, end] = this.frontMatter.range;
      const line = /^title[ \t]*:.*$/m.exec(this.text.slice(start, end));
      const range: Range = line ? [start + line.index, start + line.index + line[0].trimEnd().length] : this.frontMatter.range;
      return { text: fromFrontMatter, range };
    }
    return section ? { text: section.title, range: section.titleRange } : undefined;
  }
}

/** Characters and openings that code has and prose does not. */
const CODE_LIKE = /[{}<>=;$`|\\]|\(\)|=>|^\s*(?:#include|import|export|def|function|class|return|var|let|const|SELECT|if|for|while)\b|^\s*[-+*/#]{2,}/mu;

/**
 * An indented code block that reads as prose: not fenced, no code-like characters, and Chinese text or sentences of
 * words (`    The team closed 48 tickets this month.`).
 */
function isIndentedProse(node: RootContent, text: string): boolean {
  if (node.type !== 'code' || node.lang || node.position?.start.offset === undefined) return false;
  if (!/^[ \t]/u.test(text.slice(node.position.start.offset, node.position.start.offset + 1))) return false;
  // Comments (directives, fixture markers) are invisible.
  const value = node.value.replace(/<!--[\s\S]*?-->/gu, '');
  if (CODE_LIKE.test(value)) return false;
  if (/\p{Script=Han}{4}/u.test(value)) return true;
  return value.split('\n').some((line) => /^\s*\p{L}[\p{L}'’-]*(?:\s+\S+){3,}[.!?:]\s*$/u.test(line));
}

/** Bold lines are deliberate titles, so they may be longer (report templates phrase them as questions). */
const LONG_TITLE = { maxChars: 120, maxWords: 20 };
/** A parenthesised or bracketed remark at the end of a title. */
const TRAILING_ASIDE = /\s*(?:\([^()]*\)|（[^（）]*）|\[[^\[\]]*\]|【[^【】]*】)\s*$/u;
/** Titles longer than this read as sentences, not as names of a section. */
const ROLE_TITLE = { maxChars: 80, maxWords: 14 };

function isWhollyBold(source: string): boolean {
  return /^(\*{2,3}|_{2,3})(?:(?!\1).)+\1\s*[:：]?$/u.test(source);
}

/** A plain line ending in a colon is a title only when it is as short as a label ("Next steps:", "下一步计划："). */
function isShortLabel(title: string): boolean {
  return isTitleLike(title) && title.length <= (hasHan(title) ? 8 : 30) && title.split(/\s+/u).length <= 4;
}

function rangeOf(node: Nodes): Range {
  return [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0];
}

/**
 * Front matter as YAML 1.2's core schema reads it (dates stay strings). js-yaml, not the `yaml` package the config
 * loader uses for its error positions: it is much faster on the short front matter of every summary.
 */
export function readYaml(value: string): Record<string, unknown> {
  try {
    const data: unknown = loadYaml(value, { schema: CORE_SCHEMA });
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch {
    return {}; // Broken front matter is reported by the engine, not fatal to the model.
  }
}

type DocParts = Omit<SummaryDoc, 'sectionsWithRole' | 'roleOf' | 'pointAt'>;

function makeDoc(parts: DocParts): SummaryDoc {
  let toPoint: ReturnType<typeof location>['toPoint'] | undefined;
  return {
    ...parts,
    sectionsWithRole: (role) => parts.sections.filter((s) => s.roles.includes(role)),
    roleOf(section) {
      for (let s: Section | undefined = section; s; s = s.parent) if (s.role) return s.role;
      return undefined;
    },
    pointAt(offset) {
      toPoint ??= location(parts.text).toPoint;
      const clamped = Math.min(Math.max(offset, 0), parts.text.length);
      const point = toPoint(clamped);
      return point ? { line: point.line, column: point.column, offset: clamped } : { line: 1, column: 1, offset: 0 };
    },
  };
}

/**
 * The letters of the document in the writer's own words: all of them but the text of links, which names pages and
 * paths written elsewhere (a Chinese report that lists its English-titled links is Chinese). All of them when the
 * links are all there is.
 */
function writersLetters(all: ScriptCount, tree: Root): ScriptCount {
  const linked: ScriptCount[] = [];
  const walk = (node: Nodes, inLink: boolean): void => {
    if (inLink && (node.type === 'text' || node.type === 'inlineCode')) linked.push(countScripts(node.value));
    if ('children' in node) for (const child of node.children) walk(child, inLink || node.type === 'link' || node.type === 'linkReference');
  };
  walk(tree, false);
  const links = addScripts(linked);
  const own = all.map((n, slot) => Math.max(0, n - (links[slot] ?? 0)));
  return own.some((n) => n > 0) ? own : all;
}
