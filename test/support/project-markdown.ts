// The project's own Markdown (fixtures and examples): English, Chinese, mixed and Word-pasted text to run
// checks over, without reading anything outside the repository.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

/** The shared corpus of real summaries, when this checkout has it beside it (CI does); else none, with a warning. */
export function sharedCorpus(): string[] {
  const dir = path.resolve(ROOT, '../shared/corpus/public');
  if (!existsSync(dir)) {
    console.warn(`${dir} is absent: checks over the shared corpus of real summaries are skipped.`);
    return [];
  }
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).map((f) => readFileSync(path.join(dir, f), 'utf8'));
}
