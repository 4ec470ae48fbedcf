// The previous summary of a file's series, found in the working tree, for rules that read it (`follow-up-plan`):
// the summary of the same series (src/series.ts) whose period is the latest one before this file's, among the
// files of its folder (or, for a path pattern, of the folder the pattern starts from). Every entry point uses
// this: one-file and changed-files runs, whole-repo runs, workers, and the cache's key.
//
// A folder's files are listed and their front matter read once per process, again only when the entries of a folder
// listed change (its modification time), so a run over a folder of 1,000 summaries reads each head once. An edit of
// a summary's front matter alone is seen by the next process.
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { readYaml } from './parse/document.js';
import { decode } from './read.js';
import { seriesOf, type SeriesInfo } from './series.js';
import type { ResolvedConfig, Rule } from './types.js';

/** Front matter longer than this is not read for the series index (a summary's is a few lines). */
const HEAD_BYTES = 4096;

/** The front matter at the start of `text` (`---` … `---`), as the document model reads it. */
export function frontMatterOf(text: string): Record<string, unknown> | undefined {
  const match = text.match(/^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/);
  return match ? readYaml(match[1]) : undefined;
}

/** A file's series facts under a config: its front matter, and its path (relative to the config's folder) against `series.patterns`. */
function seriesInfo(filePath: string, text: string, config: ResolvedConfig): SeriesInfo {
  const relative = config.basePath ? path.relative(config.basePath, filePath).split(path.sep).join('/') : filePath;
  return seriesOf(relative, frontMatterOf(text), config.series?.patterns);
}

/** Whether a rule that reads the previous summary is on under this config. */
export function readsPrevious(config: ResolvedConfig, rules: Readonly<Record<string, Rule>>): boolean {
  return Object.entries(config.rules).some(([id, { level }]) => level !== 'off' && rules[id]?.readsPrevious === true);
}

interface Indexed { file: string; info: SeriesInfo }
/** By root: the summaries under it, and the folders listed with their modification times (a change in any renews it). */
const indexes = new Map<string, { folders: Array<[string, number]>; files: Indexed[] }>();

function readHead(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const bytes = readSync(fd, buffer, 0, HEAD_BYTES, 0);
    const read = decode(buffer.subarray(0, bytes));
    return read.kind === 'text' ? read.text : '';
  } finally {
    closeSync(fd);
  }
}

const mtimeOf = (folder: string) => {
  try {
    return statSync(folder).mtimeMs;
  } catch {
    return -1;
  }
};

/** Markdown files under `root`, `depth` folders deep at most; `folders` receives each folder listed. */
function listMarkdown(root: string, depth: number, folders: Array<[string, number]>): string[] {
  const files: string[] = [];
  folders.push([root, mtimeOf(root)]);
  let entries;
  try {
    entries = readdirSync(root, { withFileTypes: true });
  } catch {
    return files;
  }
  for (const entry of entries) {
    const full = path.join(root, entry.name);
    if (entry.isFile() && /\.(md|markdown)$/i.test(entry.name)) files.push(full);
    else if (entry.isDirectory() && depth > 0 && !entry.name.startsWith('.') && entry.name !== 'node_modules') files.push(...listMarkdown(full, depth - 1, folders));
  }
  return files;
}

/** The series facts of every summary under `root`. */
function indexOf(root: string, depth: number, config: ResolvedConfig): Indexed[] {
  const key = `${root}\u0000${depth}\u0000${config.basePath}\u0000${JSON.stringify(config.series?.patterns ?? [])}`;
  const known = indexes.get(key);
  if (known && known.folders.every(([folder, mtime]) => mtimeOf(folder) === mtime)) return known.files;
  const folders: Array<[string, number]> = [];
  const files: Indexed[] = [];
  for (const file of listMarkdown(root, depth, folders)) {
    try {
      files.push({ file, info: seriesInfo(file, readHead(file), config) });
    } catch {
      // Unreadable: not a candidate (linting it reports why).
    }
  }
  indexes.set(key, { folders, files });
  return files;
}

/** Where to look: the file's folder, or the folder a matching path pattern starts from (its fixed first segments). */
function searchRoot(filePath: string, info: SeriesInfo, config: ResolvedConfig): { root: string; depth: number } {
  if (info.source === 'path' && config.basePath) {
    for (const pattern of config.series?.patterns ?? []) {
      const segments = pattern.replace(/^\.?\//, '').split('/');
      const fixed = segments.findIndex((segment) => /[{*]/.test(segment));
      const root = path.join(config.basePath, ...segments.slice(0, Math.max(fixed, 0)));
      if (fixed >= 0 && filePath.startsWith(root + path.sep)) return { root, depth: segments.length - fixed - 1 };
    }
  }
  return { root: path.dirname(filePath), depth: 0 };
}

/**
 * The previous summary of `filePath` (whose text is `text`) in its series: an absolute path, or undefined when the
 * file's series or period is unknown or it is the first of its series.
 */
export function findPrevious(filePath: string, text: string, config: ResolvedConfig): string | undefined {
  const info = seriesInfo(filePath, text, config);
  const { key, period } = info;
  if (!key || !period) return undefined;
  const { root, depth } = searchRoot(filePath, info, config);
  let best: Indexed | undefined;
  for (const candidate of indexOf(root, depth, config)) {
    const other = candidate.info;
    if (candidate.file === filePath || !other.period || other.period.kind !== period.kind) continue;
    if (other.key?.toLowerCase() !== key.toLowerCase() || other.period.start >= period.start) continue;
    if (!best || other.period.start > best.info.period!.start) best = candidate;
  }
  return best?.file;
}

/** A previous summary: its absolute path and its text. */
export interface PreviousSummary {
  path: string;
  text: string;
}

/**
 * The previous summary a file's rules read, when one of them reads it: the one named (`--previous`), else the one
 * its series finds. Undefined when it cannot be read (the rules then have nothing to compare with).
 */
export function previousSummary(
  filePath: string, text: string, config: ResolvedConfig, rules: Readonly<Record<string, Rule>>, named?: { previous?: string | PreviousSummary; cwd?: string },
): PreviousSummary | undefined {
  if (!readsPrevious(config, rules)) return undefined;
  if (typeof named?.previous === 'object') return named.previous;
  const previous = named?.previous ? path.resolve(named.cwd ?? process.cwd(), named.previous) : findPrevious(filePath, text, config);
  if (!previous || path.resolve(previous) === path.resolve(filePath)) return undefined;
  try {
    const read = decode(readFileSync(previous));
    return read.kind === 'text' ? { path: previous, text: read.text } : undefined;
  } catch {
    return undefined;
  }
}
