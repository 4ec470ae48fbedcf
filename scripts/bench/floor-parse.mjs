// The parse floor: read every Markdown file and parse it with exactly the parser summarylint uses
// (dist/src/parse/markdown.js: remark-parse, front matter, GFM tables, task lists, strikethrough,
// CJK-friendly emphasis), on one thread. Everything summarylint does beyond this is its own cost.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseMarkdown } from '../../dist/src/parse/markdown.js';

for (const target of process.argv.slice(2)) {
  const files = (await stat(target)).isDirectory()
    ? (await readdir(target, { recursive: true })).filter((name) => name.endsWith('.md')).sort().map((name) => path.join(target, name))
    : [target];
  for (const file of files) parseMarkdown(await readFile(file, 'utf8'));
}
