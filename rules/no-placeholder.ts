import type { Nodes } from 'mdast';
import { insideSpan } from '../src/text/positions.js';
import { quotedSpans } from '../src/text/punctuation.js';
import { defineRule, type Block, type Fix, type Range } from '../src/types.js';
import { isTemplateLine, removeLines } from './utils/fixes.js';
import { collectActionItems, type ActionItem } from './utils/action-items.js';

const DOCS_URL = 'https://github.com/summarylint/summarylint/blob/main/docs/rules/no-placeholder.md';

/**
 * x's standing for a number or a date not filled in: 20xx, xx月, XX%, x.x%, x月x日. Written the same way in every
 * language, so a shape here rather than a word list. Not inside Latin words or identifiers ("boxx", "XXL",
 * "xx-large", 0x1F, x86, "2x faster"): only two or more x's standing alone, or one x before a unit or a date word.
 */
const X_SLOT = /(?<![A-Za-z0-9_])(?:\d{1,4})?[xX]{2,}(?![A-Za-z0-9_-])|(?<![A-Za-z0-9_.])[xX]\.[xX]+(?![A-Za-z0-9_])|(?<![A-Za-z0-9_])[xX](?=[年月日号號周週天个個%％万萬亿億元])/gu;
/** A run of blanks to fill in: 完成了____个, "Owner: ______". */
const BLANK = /_{3,}|＿{2,}/gu;
/** A question mark standing for a number: 进行了？期, ??个 (after a word that calls for a count, or before a unit of the vocabulary). */
const QUESTION_SLOT = /(?<=[\p{Script=Han}\d])[?？]{1,3}(?=\p{Script=Han})/gu;
/** Words after which a number is due: 进行了？期, 第？次, 共？人. */
const COUNT_BEFORE = /[了第共约达近超]$/u;
/** A Chinese connective followed by a blank where the names were to go: 包括与 等等. */
const HAN_GAP = /[与與和及同跟][ \t\u3000]+等/gu;
/** A block that holds nothing but a slot marker: "- ...", "5、", "……", "???". */
const EMPTY_SLOT = /^\s*(?:[（(]?\d{1,2}[、.．)）]|[一二三四五六七八九十]{1,3}、)?\s*(?:\.{2,}|…+|[?？]{1,3}|-{2,}|——)?\s*$/u;
const QUOTE_LENGTH = 40;

export default defineRule({
  meta: {
    id: 'no-placeholder',
    description: 'Report template text left unfilled: 20xx, xx月, XX%, [填写], TBD, "Replace this paragraph"',
    docs: {
      why:
        'A summary that still carries its template is not finished: a reader cannot tell a figure or a name that was never filled in from one that is missing on purpose. ' +
        'Reported: x placeholders for numbers and dates (20xx, xx月, XX%, x月x日), and the entries of the `placeholder` word list (TBD, TODO: fill in, [填写], 待填写, Lorem ipsum, the guidance lines of `summarylint new` such as "Replace this paragraph" and 请替换本条). Code is not read.',
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
      guidance: {
        en: 'Template guidance left in: "{{placeholder}}": replace it with the content it asks for, or remove it',
        'zh-Hans': '模板的填写说明没有删去：“{{placeholder}}”：请换成它要求的内容，或删去',
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
    const report = (range: Range, placeholder: string, messageId: 'placeholder' | 'empty' | 'guidance' = 'placeholder', fix?: Fix) => {
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
    for (const block of doc.blocks) {
      const text = block.prose.text;
      const unassigned = actionBlocks.has(block) ? vocabulary.find('unassigned', text) : [];
      const at = (start: number, end: number) => block.prose.sourceRange(start, end);
      // An empty slot: the whole block is an enumerator, an ellipsis or question marks (a table cell's "—" or "?" is an answer).
      if (block.kind !== 'tableCell') {
        let lineStart = 0;
        for (const line of text.split('\n')) {
          if (line.trim() !== '' && EMPTY_SLOT.test(line)) {
            const range = at(lineStart, lineStart + line.length);
            report(range, line, 'empty', removeLines(doc.text, range));
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
      for (const re of [X_SLOT, BLANK, HAN_GAP]) for (const m of text.matchAll(re)) found(m.index, m.index + m[0].length);
      const units = vocabulary.find('quantity-unit', text);
      for (const m of text.matchAll(QUESTION_SLOT)) {
        const end = m.index + m[0].length;
        if (units.some((u) => u.start === end) || COUNT_BEFORE.test(text.slice(0, m.index))) found(m.index, end);
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
          found(m.start, m.end, 'guidance');
        } else if (m.info.kind === undefined && !unassigned.some((u) => u.start <= m.start && m.end <= u.end)) found(m.start, m.end);
      }
      // Guidance to the writer: an instruction about a part of the document ("You have 30 minutes for this agenda", 这部分可以多写点).
      const parts = words.filter((m) => m.info.kind === 'document-part');
      if (parts.length > 0) {
        const instructions = words.filter((m) => m.info.kind === 'instruction');
        for (const sentence of block.sentences) {
          const inside = (m: { start: number; end: number }) => sentence.start <= m.start && m.end <= sentence.end;
          if (parts.some(inside) && instructions.some(inside)) found(sentence.start, sentence.end, 'guidance');
        }
      }
      // A guidance line of `summarylint new`, as the template wrote it, left in a section the writer has filled in
      // can go: that is the fix. In a section with nothing else, removing it would leave the section empty.
      const fix = spans.length > 0 && isTemplateLine(doc.text.slice(...block.range)) && filled(block.section) ? removeLines(doc.text, block.range) : undefined;
      // A paragraph that holds guidance is the template's, every sentence of it ("Things that went well. For example,").
      if (guidance && block.kind === 'paragraph' && !block.item) {
        for (const sentence of block.sentences) report(at(sentence.start, sentence.end), text.slice(sentence.start, sentence.end), 'guidance', fix);
      } else {
        for (const { start, end, messageId } of spans) report(at(start, end), text.slice(start, end), messageId, fix);
      }
    }
    // A link with nothing to point at, [待定]() or [report](): a slot left for a link that was never made.
    visit(doc.tree, (node) => {
      if (node.type === 'link' && node.url.trim() === '' && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
        const range: Range = [node.position.start.offset, node.position.end.offset];
        report(range, doc.text.slice(range[0], range[1]));
      }
    });
  },
});

function visit(node: Nodes, fn: (node: Nodes) => void): void {
  fn(node);
  if ('children' in node) for (const child of node.children) visit(child as Nodes, fn);
}
