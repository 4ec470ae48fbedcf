// The parser tries GFM tables only where a delimiter row follows (src/parse/markdown.ts): the trees are exactly those
// of micromark's own table construct, tried everywhere.
import fc from 'fast-check';
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
import { describe, expect, it, vi } from 'vitest';
import { parseMarkdown } from '../src/parse/markdown.js';

function gfm(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmTaskListItem(), gfmStrikethrough());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown(), gfmStrikethroughFromMarkdown());
}
const everywhere = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(gfm).use(remarkCjkFriendly).freeze();

const lines = [
  'a | b', '| a | b |', '|a|', 'a', 'a b', '--- | ---', '|---|---|', ':-:', '-|', '|-', '---', ' - | - ', ':--|--:', '- a', '- | a |', '> a | b',
  '> --- | ---', '> :-:', '  | x |', '1. a | b', '   --|--', '| 1 | 2 |', 'x', '', '', '***', '```', '# h | h', '- [ ] a | b', '\t| t |', '| a \\| b |',
  '销售 | 数量', '| 指标 | 上月 |', '-:|', '> > a', '> > -|-', 'a|b\r', '---|---\r',
];
const doc = fc.array(fc.constantFrom(...lines), { maxLength: 14 }).chain((parts) =>
  fc.array(fc.constantFrom('\n', '\n', '\r\n', '\r'), { minLength: parts.length, maxLength: parts.length }).map((seps) => parts.map((p, i) => p + seps[i]).join('')),
);
vi.setConfig({ testTimeout: 120_000 });

describe('tables where a delimiter row follows', () => {
  it('gives the same tree as the table construct tried everywhere', () => {
    fc.assert(fc.property(doc, (text) => {
      expect(parseMarkdown(text)).toEqual(everywhere.parse(text));
    }), { numRuns: 3000 });
  });

  it('still parses tables in containers and after paragraphs', () => {
    for (const text of ['a\n:-:\n', '> a | b\n> --|--\n> 1 | 2\n', '- x\n\n  a | b\n  --|--\n', 'para\na | b\n--|--\nrow\n\nafter', '| a |\n|---|\nno pipe\n']) {
      expect(parseMarkdown(text)).toEqual(everywhere.parse(text));
      expect(JSON.stringify(parseMarkdown(text))).toContain('"table"');
    }
  });
});
