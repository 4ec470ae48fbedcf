// Markdown → mdast with exactly the syntax summaries use: CommonMark, GFM tables, task lists and
// strikethrough, YAML front matter, and CJK-friendly emphasis (`**注意：**正文`).
// GFM autolink literals and footnotes are left out: they cost parse time and add nothing to these rules.
import type { Root } from 'mdast';
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

function remarkSummaryGfm(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmTaskListItem(), gfmStrikethrough());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown(), gfmStrikethroughFromMarkdown());
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkSummaryGfm).use(remarkCjkFriendly).freeze();

export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
