// The parser is remark's (src/parse/markdown.ts); this checks what it is built from and what it gives.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolve } from 'import-meta-resolve';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../src/parse/markdown.js';

/** The version in the package.json of the package a module URL belongs to. */
function versionOf(url: string): string {
  for (let dir = path.dirname(fileURLToPath(url)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file) && path.basename(path.dirname(dir)) === 'node_modules') return JSON.parse(readFileSync(file, 'utf8')).version;
  }
  throw new Error(`no package.json above ${url}`);
}

describe('the parser', () => {
  it('runs on micromark 4.0.2 and micromark-core-commonmark 2.0.3 (4.0.3 / 2.0.4 parse some lists in quadratic time)', () => {
    // Resolved the way remark-parse's modules resolve them, which is also what the bundle holds.
    const fromMarkdown = resolve('mdast-util-from-markdown', resolve('remark-parse', import.meta.url));
    const micromark = resolve('micromark', fromMarkdown);
    expect(versionOf(micromark)).toBe('4.0.2');
    expect(versionOf(resolve('micromark-core-commonmark', micromark))).toBe('2.0.3');
  });

  it('reads front matter, GFM tables, task lists and strikethrough, CJK-friendly emphasis, and no autolink literals', () => {
    const tree = parseMarkdown('---\ntitle: x\n---\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n- [ ] todo\n\n~~old~~ **注意：**正文 www.example.com\n');
    expect(tree.children.map((node) => node.type)).toEqual(['yaml', 'table', 'list', 'paragraph']);
    const list = tree.children[2] as { children: Array<{ checked: boolean | null }> };
    expect(list.children[0].checked).toBe(false);
    const paragraph = tree.children[3] as { children: Array<{ type: string }> };
    expect(paragraph.children.map((node) => node.type)).toEqual(['delete', 'text', 'strong', 'text']);
  });
});
