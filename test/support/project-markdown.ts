// The project's own Markdown (fixtures and examples): English, Chinese, mixed and Word-pasted text to run
// checks over, without reading anything outside the repository.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './cli.js';

function markdownUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return markdownUnder(file);
    return entry.name.endsWith('.md') ? [readFileSync(file, 'utf8')] : [];
  });
}

/** The text of every Markdown file under fixtures/ and examples/. */
export function projectMarkdown(): string[] {
  return ['fixtures', 'examples'].flatMap((dir) => markdownUnder(path.join(ROOT, dir)));
}
