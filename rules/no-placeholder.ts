import type { Nodes } from 'mdast';
import { insideSpan } from '../src/text/positions.js';
import { quotedSpans } from '../src/text/punctuation.js';
import { defineRule, type Block, type Fix, type Range, type SummaryDoc } from '../src/types.js';
import { isTemplateLine, removeLines } from './utils/fixes.js';
import { collectActionItems, type ActionItem } from './utils/action-items.js';
import { fullDatesIn } from '../src/series.js';
import type { Vocabulary } from '../src/types.js';

const DOCS_URL = 'https://github.com/summarylint/summarylint/blob/main/docs/rules/no-placeholder.md';

/**
 * x's standing for a number or a date not filled in: 20xx, xx月, XX%, x.x%, x月x日. Written the same way in every
 * language, so a shape here rather than a word list. Not inside Latin words or identifiers ("boxx", "XXL",
 * "xx-large", 0x1F, x86, "2x faster"): only two or more x's standing alone, or one x before a unit or a date word.
 */
const X_SLOT = /(?<![A-Za-z0-9_])(?:\d{1,4})?[xX]{2,}(?![A-Za-z0-9_-])|(?<![A-Za-z0-9_.])[xX]\.[xX]+(?![A-Za-z0-9_])|(?<![A-Za-z0-9_])[xX](?=[年月日号號周週天个個%％万萬亿億元])/gu;
/**
 * A template's named slot never filled in: "{{date}}", "{{ team_count }}", {{负责人}}. Only a bare name: an expression
 * ("{{ '/about/' | url }}", "{{ site.title }}") is the publishing engine's, filled in when the page is built.
 */
const TEMPLATE_VARIABLE = /\{\{\s*[\p{L}_][\p{L}\p{N}_ -]{0,30}?\s*\}\}/gu;
/** A run of blanks to fill in: 完成了____个, "Owner: ______". */
const BLANK = /_{3,}|＿{2,}/gu;
/** A question mark standing for a number: 进行了？期, ??个 (after a word that calls for a count, or before a unit of the vocabulary). */
const QUESTION_SLOT = /(?<=[\p{Script=Han}\d])[?？]{1,3}(?=\p{Script=Han})/gu;
/** Two or more blanks between Chinese words where a number was to go: 有  名开发者, 提交了  个 (kept only before a unit). */
const HAN_BLANK = /(?<=\p{Script=Han})[ \t\u3000]{2,}(?=\p{Script=Han})/gu;
/** A link left as its bracketed label with nothing to point at: "- [Slack thread]", "[会议记录]" (not a task box, a footnote or a number). */
const LINK_STUB = /^\s*\[(?![\s xX]\]|\^)([^\[\]\n=:@#/]+)\]\s*$/u;
/** A field of a header block written as "label: value" ("Participants: …", "時間 Time：19:00"). */
const FIELD = /^\s*[^:：\n]{1,30}[:：]/u;
/** A Chinese connective followed by a blank where the names were to go: 包括与 等等. */
const HAN_GAP = /[与與和及同跟][ \t\u3000]+等/gu;
/** What a template writes where something is to go: an ellipsis, question marks, dashes. */
const SLOT_MARKER = String.raw`(?:\.{2,}|…+|[?？]{1,3}|-{2,}|——)`;
/** A block that holds nothing but a slot marker: "- ...", "5、", "……", "???". */
const EMPTY_SLOT = new RegExp(String.raw`^\s*(?:[（(]?\d{1,2}[、.．)）]|[一二三四五六七八九十]{1,3}、)?\s*${SLOT_MARKER}?\s*$`, 'u');
/** A list item's source when nothing was written in it: its bullet or number, perhaps a task box ("- ", "- [ ] ", "3."). */
const EMPTY_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])[ \t]*(?:\[[ xX]?\][ \t]*)?$/u;
/** No empty item's source is longer (indent, number, task box): longer items are not read again. */
const EMPTY_ITEM_MAX = 32;
/** A field whose value is only a slot marker: "Attendees: ???", "负责人：……", "Owner: --". */
const FIELD_SLOT = new RegExp(String.raw`^\s*[^:：\n,，。；;]{1,30}[:：]\s*${SLOT_MARKER}\s*$`, 'u');
const QUOTE_LENGTH = 40;
/** Days after the title's date that a document's timeline may begin before the title's date reads as another document's. */
const TITLE_DATE_REACH = 60;
const DAY = 86_400_000;

export default defineRule({
  meta: {
    id: 'no-placeholder',
    description: 'Report template text left unfilled: 20xx, xx月, XX%, [填写], TBD, "Replace this paragraph"',
    docs: {
      why:
        'A summary that still carries its template is not finished: a reader cannot tell a figure or a name that was never filled in from one that is missing on purpose. ' +
        'Reported: x placeholders for numbers and dates (20xx, xx月, XX%, x月x日), and the entries of the `placeholder` word list (TBD, TODO: fill in, [填写], 待填写, Lorem ipsum, the guidance lines of `summarylint new` such as "Replace this paragraph" and 请替换本条). ' +
        'Also the shapes a template leaves when nobody wrote in it: blanks where a count was to go (有  名开发者), a link or an image with no address ([会议纪要](), ![photo]()), a link left as its bracketed label ("- [Slack thread]"), a header field with no value between filled ones ("Participants:" over "Location: online"), a list item with nothing written in it ("- ", "- [ ] ", "2."; an image is something), a field whose value is only a slot marker ("Time to recovery: ?", 审核人：……), a template variable ("{{date}}"), a table whose rows are all empty, guidance that tells the writer what to put where, naming a part of the document ("Ideally these should result in tickets listed under Action items", 这部分可以多写点; not an invitation to the reader such as 对这部分有疑问欢迎补充), the rest of a block quote that holds such guidance (a note to the writer), a quoted note that instructs ("> 学习量不强制") in a document that calls itself a sample (示例周报), italic prompts opening two or more sections ("_What caused this?_", "_Date/time of discovery_"), a run of empty headings closed by a higher heading or the end ("### What went wrong" with nothing under it), and a title dated months before every dated heading of the timeline ("# 2022-01-27, pod limit reached" over "### 2022-06-02 10:00 Problem starts"): the date of the document it was copied from. Code is not read.',
      url: DOCS_URL,
    },
    level: 'error',
    languages: ['en', 'zh'],
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      placeholder: {
        en: 'Unfilled placeholder "{{placeholder}}": write the real figure, date, name or text, or remove it',
        'zh-Hans': '未填写的占位内容“{{placeholder}}”：请填入实际的数字、日期、人名或内容，或删去',
      },
      empty: {
        en: 'Empty item "{{placeholder}}": write what goes here, or remove the line',
        'zh-Hans': '空着的条目“{{placeholder}}”：请写上内容，或删去这一行',
      },
      emptySection: {
        en: 'Empty section "{{placeholder}}": write what it asks for, or remove the heading',
        'zh-Hans': '空着的部分“{{placeholder}}”：请写上内容，或删去这个标题',
      },
      guidance: {
        en: 'Template guidance left in: "{{placeholder}}": replace it with the content it asks for, or remove it',
        'zh-Hans': '模板的填写说明没有删去：“{{placeholder}}”：请换成它要求的内容，或删去',
      },
      staleDate: {
        en: 'The title\'s date "{{placeholder}}" is months before the timeline, which starts {{start}}: it was left from the document this one was copied from; write this document\'s date',
        'zh-Hans': '标题里的日期“{{placeholder}}”比时间线的开始（{{start}}）早了几个月：这是复制来的旧文档的日期，请改成本文档的日期',
      },
    },
    examples: [
      {
        title: 'a report written from a template and not finished',
        lang: 'en',
        markdown:
          '# Monthly report, 20xx <!-- expect: no-placeholder -->\n\nReplace this paragraph: say what the month was about. <!-- expect: no-placeholder -->\n\n## Results\n\n- Revenue reached $1.2M, 4% above the $1.15M plan\n- Churn fell to XX% <!-- expect: no-unquantified-claims, no-placeholder -->\n\n## Problems\n\n- 2 renewals slipped because the price change was announced late\n\n## Next steps\n\n- Dana to publish the Q3 price list by 15 July\n- Owner: TBD, review the discount policy by 30 July <!-- expect: require-action-owner -->\n',
      },
      {
        title: '繁體：範本的填寫說明和空著的條目',
        lang: 'zh-Hant',
        markdown:
          '# 2026年10月業務總結\n\n請替換本段：用兩三句話說明本期的工作重點。 <!-- expect: no-placeholder -->\n\n## 主要成果\n\n1. 新簽客戶12家，比上月多3家，回款率87%\n2. …… <!-- expect: no-placeholder -->\n\n## 存在的問題\n\n1. 北區回款慢，原因是兩家大客戶的付款審批改成三級\n\n## 下月計劃\n\n1. 王敏負責，11月15日前把回款率提高到90%\n',
      },
      {
        title: '模板里的 xx 和 [填写]',
        lang: 'zh',
        markdown:
          '# 2026年xx月工作总结 <!-- expect: no-placeholder -->\n\n本月销售额320万元，完成目标的104%。\n\n## 主要成绩\n\n- 新签客户[填写]家 <!-- expect: no-placeholder -->\n- 回款280万元，同比增长5%，回款率87%\n\n## 存在的问题\n\n- 华东区回款慢，原因是2家大客户的付款审批改成三级\n\n## 下月计划\n\n1、王敏负责，7月15日前把回款率提高到90%\n',
      },
    ],
  },

  check(doc, context) {
    const vocabulary = context.vocabulary;
    const seen = new Set<string>();
    const report = (range: Range, placeholder: string, messageId: 'placeholder' | 'empty' | 'emptySection' | 'guidance' = 'placeholder', fix?: Fix) => {
      const key = `${range[0]}:${range[1]}`;
      if (seen.has(key)) return;
      seen.add(key);
      const quote = placeholder.replace(/\s+/gu, ' ').trim();
      context.report({ messageId, range, fix, data: { placeholder: quote.length > QUOTE_LENGTH ? `${quote.slice(0, QUOTE_LENGTH - 1)}…` : quote } });
    };
    // "Owner: TBD" in an action item is reported by require-action-owner (and a "due: TBD" by require-action-deadline): one finding is enough.
    const actionBlocks = new Set<Block>();
    const addBlocks = (item: ActionItem) => {
      for (const b of item.blocks) actionBlocks.add(b);
      item.children.forEach(addBlocks);
    };
    collectActionItems(doc, { vocabulary }).forEach(addBlocks);
    // Sections holding a block of the writer's own (not a template line): their template lines can be removed.
    // Worked out only for a document that has a template line left, not for every document linted.
    let written: Set<Block['section']> | undefined;
    const filled = (section: Block['section']) =>
      (written ??= new Set(doc.blocks.filter((b) => !b.isTitle && b.kind !== 'heading' && b.prose.text.trim() && !isTemplateLine(doc.text.slice(...b.range))).map((b) => b.section))).has(section);
    let sectionNames: SectionName[] | undefined;
    // Quoted paragraphs found to be guidance: the block quote that holds one is the template's note to the writer.
    const guidanceQuotes = new Set<Block>();
    // A document that calls itself a sample ("这是我去年的示例周报"), and its quoted notes that instruct ("> 学习量不强制"):
    // in a sample shown to the writers, such a note is the sample's guidance to them.
    let sample = false;
    const quotedInstructions: Block[] = [];
    const reportParagraph = (block: Block, fix?: Fix) => {
      for (const sentence of block.sentences) report(block.prose.sourceRange(sentence.start, sentence.end), block.prose.text.slice(sentence.start, sentence.end), 'guidance', fix);
    };
    for (const block of doc.blocks) {
      const text = block.prose.text;
      const unassigned = actionBlocks.has(block) ? vocabulary.find('unassigned', text) : [];
      const at = (start: number, end: number) => block.prose.sourceRange(start, end);
      // An empty slot: the whole block is an enumerator, an ellipsis or question marks (a table cell's "—" or "?" is an answer).
      if (block.kind !== 'tableCell') {
        const lines = text.split('\n');
        let lineStart = 0;
        for (const [i, line] of lines.entries()) {
          if (line.trim() !== '' && EMPTY_SLOT.test(line)) {
            const range = at(lineStart, lineStart + line.length);
            report(range, line, 'empty', removeLines(doc.text, range));
          } else if (FIELD_SLOT.test(line) && !actionBlocks.has(block)) {
            // A field's marker in an action item ("Owner: ?") is the action rules' finding.
            report(at(lineStart, lineStart + line.length), line, 'empty');
          } else if (lines.length > 1 && emptyField(lines, i)) {
            report(at(lineStart, lineStart + line.length), line, 'empty');
          }
          lineStart += line.length + 1;
        }
      }
      // A quoted placeholder is being talked about, not left in (titles in 《…》 are not quotations here).
      const quotes = quotedSpans(text, { acrossLines: true, titles: false });
      const quoted = (start: number, end: number) => insideSpan(quotes, start, end);
      const spans: Array<{ start: number; end: number; messageId?: 'guidance' }> = [];
      let guidance = false;
      const found = (start: number, end: number, messageId?: 'guidance') => {
        if (quoted(start, end)) return;
        spans.push({ start, end, messageId });
        if (messageId === 'guidance') guidance = true;
      };
      for (const re of [X_SLOT, BLANK, HAN_GAP, TEMPLATE_VARIABLE]) for (const m of text.matchAll(re)) found(m.index, m.index + m[0].length);
      const units = vocabulary.find('quantity-unit', text);
      for (const m of text.matchAll(QUESTION_SLOT)) {
        const end = m.index + m[0].length;
        if (units.some((u) => u.start === end) || endsWithCountCue(text.slice(0, m.index), vocabulary)) found(m.index, end);
      }
      // "有  名开发者提交了  个 commit": the numbers were to go in the blanks, before a unit and after a word that calls for a count.
      for (const m of text.matchAll(HAN_BLANK)) {
        const end = m.index + m[0].length;
        // Quoted with the words either side: the blank alone would show as "".
        if (units.some((u) => u.start === end) && endsWithCountCue(text.slice(0, m.index), vocabulary)) found(m.index - 1, end + 1);
      }
      const words = vocabulary.find('placeholder', text);
      for (const m of words) {
        // A word that is residue only as the whole block ("TODO" alone; "TODO: call Alice" is an action).
        if (m.info.kind === 'alone') {
          // A heading "Todo" names a section.
          if (block.kind === 'heading' || block.isTitle) continue;
          if (text.slice(0, m.start).replace(/^\s*(?:[（(]?\d{1,2}[、.．)）])?/u, '').trim() === '' && /^[\s:：.。]*$/u.test(text.slice(m.end))) found(m.start, m.end);
        } else if (m.info.kind === 'lead-in') {
          // "For example," ending its paragraph with nothing after it: a template's lead-in whose example was never written.
          const sentence = block.sentences.find((u) => u.start <= m.start && m.end <= u.end);
          if (sentence && sentence.start === m.start && /^\s*[,，]\s*$/u.test(text.slice(m.end)) && sentence === block.sentences.at(-1)) found(m.start, text.length, 'guidance');
        } else if (m.info.kind === 'template') {
          if (!quoted(m.start, m.end)) sample = true;
          found(m.start, m.end, 'guidance');
        } else if (m.info.kind === undefined && !unassigned.some((u) => u.start <= m.start && m.end <= u.end)) found(m.start, m.end);
      }
      // Guidance to the writer: an instruction about a part of the document ("You have 30 minutes for this agenda", 这部分可以多写点).
      // Only a block that instructs can hold guidance: the section titles are looked for there alone.
      const instructions = words.filter((m) => m.info.kind === 'instruction');
      if (instructions.length > 0) {
        const parts = [...words.filter((m) => m.info.kind === 'document-part'), ...sectionNamesIn(text, block, (sectionNames ??= namedSections(doc)))];
        for (const sentence of block.sentences) {
          const inside = (m: { start: number; end: number }) => sentence.start <= m.start && m.end <= sentence.end;
          // An invitation to the reader ("Feedback welcome: if this section is unclear, …", 对这部分有疑问欢迎补充) belongs to the document.
          if (parts.some(inside) && instructions.some(inside) && !vocabulary.has('reader-invitation', text.slice(sentence.start, sentence.end))) found(sentence.start, sentence.end, 'guidance');
        }
      }
      // A link that was to be made, left as its label alone: "- [Slack thread]" (the Markdown holds no link there).
      if (spans.length === 0 && block.kind !== 'tableCell' && /\p{L}/u.test(LINK_STUB.exec(text)?.[1] ?? '') && !hasLink(block.node)) spans.push({ start: 0, end: text.length });
      // A guidance line of `summarylint new`, as the template wrote it, left in a section the writer has filled in
      // can go: that is the fix. In a section with nothing else, removing it would leave the section empty.
      const fix = spans.length > 0 && isTemplateLine(doc.text.slice(...block.range)) && filled(block.section) ? removeLines(doc.text, block.range) : undefined;
      // A paragraph that holds guidance is the template's, every sentence of it ("Things that went well. For example,").
      if (guidance && block.kind === 'paragraph' && !block.item) {
        reportParagraph(block, fix);
        if (block.quoted) guidanceQuotes.add(block);
      } else {
        if (instructions.length > 0 && block.quoted && block.kind === 'paragraph' && !block.item && !vocabulary.has('reader-invitation', text)) quotedInstructions.push(block);
        for (const { start, end, messageId } of spans) report(at(start, end), text.slice(start, end), messageId, fix);
      }
    }
    if (sample) {
      for (const b of quotedInstructions) {
        reportParagraph(b);
        guidanceQuotes.add(b);
      }
    }
    // A block quote set apart for the template's notes to the writer ("> 这部分可以多写点。\n>\n> 有问题发到群里。"): once one
    // of its paragraphs is guidance, the others are the same note, whatever words they use.
    if (guidanceQuotes.size > 0) {
      // Both in document order: one pass pairs each quoted block with its quote.
      const quotes = outerQuotes(doc.tree).map((range) => ({ range, blocks: [] as Block[] }));
      let q = 0;
      for (const b of doc.blocks) {
        if (!b.quoted) continue;
        while (q < quotes.length && quotes[q].range[1] < b.range[1]) q++;
        if (q < quotes.length && quotes[q].range[0] <= b.range[0]) quotes[q].blocks.push(b);
      }
      for (const { blocks } of quotes) {
        if (blocks.some((b) => guidanceQuotes.has(b))) for (const b of blocks) if (b.kind === 'paragraph' && !b.item && !guidanceQuotes.has(b)) reportParagraph(b);
      }
    }
    staleTitleDate(doc, (range, placeholder, start) => context.report({ messageId: 'staleDate', range, data: { placeholder, start } }));
    // A link or an image with nothing to point at, [待定]() or ![team photo](): a slot left for one that was never made.
    // A list item with nothing in it ("- ", "- [ ] ", "3. "): a bullet of the template left for the writer.
    for (const item of doc.items) {
      if ((item.kind !== 'list' && item.kind !== 'task') || item.children.length > 0 || item.range[1] - item.range[0] > EMPTY_ITEM_MAX) continue;
      // Read in the source: an item holding only an image or an HTML comment has no prose, yet it is not empty.
      const source = doc.text.slice(...item.range);
      if (!EMPTY_ITEM.test(source)) continue;
      const line = source.trimEnd();
      report([item.range[0], item.range[0] + line.length], line.trim(), 'empty', removeLines(doc.text, item.range));
    }
    // A table row with every cell empty: a row of the template's table left for the writer.
    visit(doc.tree, (node) => {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return;
      if ((node.type === 'link' || node.type === 'image') && node.url.trim() === '') report([start, end], doc.text.slice(start, end));
      else if (node.type === 'table') {
        // Only in a table none of whose rows is filled in: an empty row between filled ones is a spacer.
        const body = node.children.slice(1);
        if (body.every((row) => row.children.every((cell) => cell.children.length === 0))) {
          for (const row of body) {
            const [rowStart, rowEnd] = [row.position?.start.offset, row.position?.end.offset];
            if (rowStart !== undefined && rowEnd !== undefined) report([rowStart, rowEnd], doc.text.slice(rowStart, rowEnd), 'empty');
          }
        }
      }
    });
    // Template prompts in italics under the headings ("_What caused this situation?_", "_Date/time of discovery_"):
    // a document that opens two or more sections with one is a template whose prompts were never removed.
    const prompts = doc.sections.flatMap((section) => (section.kind === 'root' ? [] : promptsOf(section.blocks[0])));
    if (new Set(prompts.map((p) => p.section)).size >= 2) for (const p of prompts) report(p.range, doc.text.slice(...p.range), 'guidance');
    // A heading with nothing under it, not even a sub-section: a part of the template never written. Only a short
    // title naming a part ("What went well", 讨论), not a topic of minutes or a field ("Lead: @dana", "Fix the build #12");
    // and only a run of empty headings that a higher heading or the end closes: an empty heading followed by a
    // filled one of its rank stacks titles ("### Spring project" over "### Weekly report") or groups what follows.
    const sections = doc.sections.filter((s) => s.kind === 'heading' && !(doc.title && doc.title.range[0] === s.titleRange[0]));
    const blankRoleSections = new Map<Block['section'], boolean>();
    const empty = (s: Block['section']) =>
      s.children.length === 0 && doc.text.slice(s.titleRange[1], s.range[1]).replace(/<!--[\s\S]*?-->/gu, '').trim() === '';
    for (let i = 0; i < sections.length; i++) {
      if (!empty(sections[i])) continue;
      let j = i;
      while (j + 1 < sections.length && sections[j + 1].depth === sections[i].depth && empty(sections[j + 1])) j++;
      const after = sections[j + 1];
      // A wholly empty section of a named role ("## Next steps" over an empty "### Q1") is require-sections' finding.
      if ((after === undefined || after.depth < sections[i].depth) && !inEmptyRoleSection(sections[i])) {
        for (const s of sections.slice(i, j + 1)) {
          if (!/[:：#@\[(（]/u.test(s.title) && (/\p{Script=Han}/u.test(s.title) ? s.title.length <= 12 : s.title.split(/\s+/u).length <= 5)) report(s.titleRange, s.title, 'emptySection');
        }
      }
      i = j;
    }
    function inEmptyRoleSection(section: Block['section']): boolean {
      for (let s: Block['section'] | undefined = section; s && s.kind !== 'root'; s = s.parent) {
        if (!s.role) continue;
        // Read once per role section, however many runs of empty headings it holds.
        let blank = blankRoleSections.get(s);
        if (blank === undefined) blankRoleSections.set(s, (blank = doc.text.slice(s.titleRange[1], s.range[1]).replace(/<!--[\s\S]*?-->|^#{1,6}\s.*$/gmu, '').trim() === ''));
        return blank;
      }
      return false;
    }
  },
});

/** Whether the text ends with a word after which a number is due (concept `count-cue`: 进行了？期, 第？次, 有  名). */
function endsWithCountCue(text: string, vocabulary: Vocabulary): boolean {
  const tail = text.slice(-4);
  return vocabulary.find('count-cue', tail).some((m) => m.end === tail.length);
}

/**
 * A line "label:" with no value, among "label: value" lines of a header block, where the next line is a field of its
 * own: its value was never written. (The last line may be a lead-in to the list that follows.)
 */
function emptyField(lines: string[], i: number): boolean {
  const line = lines[i];
  if (!/^\s*[^:：\n]{1,30}[:：]\s*$/u.test(line) || !/[\p{L}]/u.test(line)) return false;
  const next = lines[i + 1];
  const field = (l: string) => FIELD.test(l) && !/[:：]\s*$/u.test(l);
  return next !== undefined && field(next);
}

function hasLink(node: Nodes): boolean {
  let found = false;
  visit(node, (n) => {
    if (n.type === 'link' || n.type === 'linkReference' || n.type === 'image' || n.type === 'imageReference') found = true;
  });
  return found;
}

/** The italic prompts a section opens with: each line of a paragraph that is only emphasis, a question or a short label. */
function promptsOf(block: Block | undefined): Array<{ section: Block['section']; range: Range }> {
  const node = block?.node;
  if (!block || block.item || node?.type !== 'paragraph') return [];
  const parts = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === '') && c.type !== 'break' && c.type !== 'html');
  if (parts.length === 0 || !parts.every((c) => c.type === 'emphasis')) return [];
  const out: Array<{ section: Block['section']; range: Range }> = [];
  for (const part of parts) {
    const text = part.children.map((c) => ('value' in c ? c.value : '')).join('').trim();
    const words = text.split(/\s+/u).length;
    // A question, or a short label offering alternatives to pick from ("Date/time of discovery", "summary or link", 原因或背景).
    const short = /\p{Script=Han}/u.test(text) ? text.length <= 20 : words <= 8;
    const prompt = /[?？](?:\s*\[[^\]]*\])?$/u.test(text) || (short && !/[.。!！]$/u.test(text) && /\p{L}\/\p{L}|\bor\b|或|或者/u.test(text));
    if (!prompt || part.position?.start.offset === undefined || part.position.end.offset === undefined) return [];
    out.push({ section: block.section, range: [part.position.start.offset, part.position.end.offset] });
  }
  return out;
}

/**
 * A title dated months before every dated heading of the document's timeline ("# 2022-01-27, pod limit reached" over
 * "### 2022-06-02 10:00 Problem starts"): a date kept from the document this one was copied from. Only a timeline
 * that starts after the title's date: a summary written later than the events it tells is dated after them.
 */
function staleTitleDate(doc: SummaryDoc, report: (range: Range, date: string, start: string) => void): void {
  if (!doc.title) return;
  const source = doc.text.slice(...doc.title.range);
  const titleDates = [...fullDatesIn(source)];
  if (titleDates.length !== 1) return;
  const timeline = doc.sections
    .filter((s) => s.kind === 'heading' && s.titleRange[0] !== doc.title?.range[0])
    .flatMap((s) => [...fullDatesIn(s.title)].filter((d) => d.start === 0).map((d) => d.date))
    .sort();
  const [title] = titleDates;
  if (timeline.length === 0 || Date.parse(timeline[0]) - Date.parse(title.date) <= TITLE_DATE_REACH * DAY) return;
  report([doc.title.range[0] + title.start, doc.title.range[0] + title.end], source.slice(title.start, title.end), timeline[0]);
}

/** The ranges of the block quotes not inside another one. */
function outerQuotes(node: Nodes): Range[] {
  if (node.type === 'blockquote') return node.position?.start.offset !== undefined && node.position.end.offset !== undefined ? [[node.position.start.offset, node.position.end.offset]] : [];
  return 'children' in node ? node.children.flatMap((child) => outerQuotes(child as Nodes)) : [];
}

function visit(node: Nodes, fn: (node: Nodes) => void): void {
  fn(node);
  if ('children' in node) for (const child of node.children) visit(child as Nodes, fn);
}

/** A section's title as a template's guidance names it ("… linked to under Action items."), and the section. */
interface SectionName {
  section: Block['section'];
  pattern: RegExp;
}

/**
 * The titles of the document's sections that a sentence could only name on purpose: two or more English words with a
 * capital ("Action items"). Numbering and marks are left out. Chinese reports name their own topic sections in
 * their prose (在操作系统支持矩阵内增加…), so a Chinese title is no sign of guidance.
 */
function namedSections(doc: SummaryDoc): SectionName[] {
  const names: SectionName[] = [];
  for (const section of doc.sections) {
    const title = section.title.replace(/[*_`#]/gu, '').replace(/^\s*(?:\d{1,2}[.、)）]|[一二三四五六七八九十]{1,3}、)\s*/u, '').replace(/[:：?？]\s*$/u, '').trim();
    if (!/^[A-Z][A-Za-z-]*(?:\s+[A-Za-z][A-Za-z-]*)+$/u.test(title)) continue;
    names.push({ section, pattern: new RegExp(`(?<![A-Za-z])${title.split(/\s+/u).join('\\s+')}(?![A-Za-z])`, 'gu') });
  }
  return names;
}

/** Where `text` names another section of the document by its title: the guidance of a template about its own parts. */
function sectionNamesIn(text: string, block: Block, names: readonly SectionName[]): Array<{ start: number; end: number }> {
  if (block.kind === 'heading' || block.isTitle) return [];
  const found: Array<{ start: number; end: number }> = [];
  for (const { section, pattern } of names) {
    if (section === block.section) continue;
    for (const m of text.matchAll(pattern)) found.push({ start: m.index, end: m.index + m[0].length });
  }
  return found;
}
