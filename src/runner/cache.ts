// `--cache`: remember each file's findings under a key made of the file's content, the config that applies
// to it and summarylint's version, so an unchanged re-run reads and hashes files instead of linting them.
//
// - Content, not modification times: CI checkouts give every file a fresh mtime, so mtimes would never hit.
// - The config part is a hash of the resolved config (rules, options, vocabulary, plugins named…) plus the run
//   options that change findings (--report-unused-disable-directives, --max-file-size), so editing a config
//   or a vocabulary invalidates exactly the files it applies to. A new summarylint version drops the whole
//   cache. Plugin code is not hashed: after changing a plugin's code, delete the cache.
// - Paths are stored relative to the cache file's folder, so a cache restored in another checkout still hits.
// - Results with fatal findings (unreadable files, crashes) are never stored: the next run tries again.
// - The file is written atomically (temp file + rename): an interrupted run leaves the old cache, never half a file.
//   Missing folders on the way to it are created (`--cache-location .cache/summarylint/` just works).
//
// The file is a header line, `{"format":3,"version":"…"}`, then one line per entry: three JSON values, tab-separated:
//
//   ["<path>","<content hash>","<config hash>",errorCount,warningCount,infoCount,suppressedCount]⇥<messages>⇥<rest>
//
// `<messages>` is the JSON report's `messages` for the file, and `<rest>` what they leave out of the findings:
// `{"urls":[…],"at":[start, end, url, …]}`, three numbers a finding (its range, and its docs URL as an index into
// `urls`, -1 for none). JSON has no raw tab or newline, so neither can break a line.
//
// A warm run reads the file as bytes and parses only each line's head; the JSON report copies the stored messages
// as they are (see stored-result.ts), and the findings are rebuilt only for a report that reads them. Unchanged
// entries are written back as the bytes they were read as. (Parsing the whole cache as one JSON document and
// serializing every finding again was most of a warm run; keeping the findings' JSON beside the messages doubled
// the file.)
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { packageInfo } from '../package-info.js';
import type { FileResult, ResolvedConfig } from '../types.js';
import { importModule } from '../import-module.js';
import { findingsOf, hasFatalFinding, storedFormOf, storedResult } from './stored-result.js';

export const DEFAULT_CACHE_FILE = '.summarylintcache';
/** Bumped when the layout of the cache file (or of the JSON report's messages, which it stores) changes. */
const FORMAT = 3;
const TAB = 0x09;
const NEWLINE = 0x0a;

/** A line's head: `[path, content hash, config hash, errorCount, warningCount, infoCount, suppressedCount]`. */
type Head = [string, string, string, number, number, number, number];

interface Entry {
  head: Head;
  /** The whole line, without its newline. */
  line: Buffer;
  /** Where `<messages>` starts in `line` (after the first tab). */
  messagesAt: number;
  /** Where `<rest>` starts (after the second tab). */
  restAt: number;
}

export function hashBytes(bytes: Uint8Array | string): string {
  return createHash('sha1').update(bytes).digest('hex');
}

/**
 * Where the cache lives: `--cache-location` as given (a folder, existing or written with a trailing slash,
 * gets `.summarylintcache` inside), else `.summarylintcache` in the working folder.
 */
export async function cacheFilePath(cwd: string, location?: string): Promise<string> {
  if (location === undefined) return path.join(cwd, DEFAULT_CACHE_FILE);
  const resolved = path.resolve(cwd, location);
  if (/[\\/]$/.test(location)) return path.join(resolved, DEFAULT_CACHE_FILE);
  const stats = await stat(resolved).catch(() => undefined);
  return stats?.isDirectory() ? path.join(resolved, DEFAULT_CACHE_FILE) : resolved;
}

/** The cache of a run: at `--cache-location`, else `.summarylintcache` in `cwd`. */
export async function openCache(cwd: string, location?: string): Promise<LintCache> {
  return LintCache.load(await cacheFilePath(cwd, location));
}

export class LintCache {
  private readonly base: string;
  private readonly configHashes = new WeakMap<ResolvedConfig, string>();
  private changed = false;

  private constructor(
    readonly file: string,
    private readonly version: string,
    private readonly entries: Map<string, Entry>,
  ) {
    this.base = path.dirname(file);
  }

  /** The cache at `file`; empty when it is missing, unreadable, of another version or not a cache at all. */
  static async load(file: string, version = packageInfo().version): Promise<LintCache> {
    // Read whole and synchronously: nothing else can start before the cache is known.
    let bytes: Buffer | undefined;
    try {
      bytes = readFileSync(file);
    } catch {
      // No cache yet (or unreadable): start empty.
    }
    return new LintCache(file, version, (bytes && readEntries(bytes, version)) ?? new Map());
  }

  /** The key part for a file's content. */
  contentKey(bytes: Uint8Array): string {
    return hashBytes(bytes);
  }

  /** The key part for a config: hashed once per resolved config object. */
  configKey(config: ResolvedConfig, options: object): string {
    let key = this.configHashes.get(config);
    if (key === undefined) {
      // `sources` and `basePath` name where settings came from, not what they are: the same config moved
      // elsewhere gives the same findings.
      const { sources: _sources, basePath: _basePath, ...settings } = config;
      key = hashBytes(JSON.stringify([settings, options]));
      this.configHashes.set(config, key);
    }
    return key;
  }

  get(filePath: string, content: string, config: string): FileResult | undefined {
    const entry = this.entries.get(this.keyOf(filePath));
    if (!entry || entry.head[1] !== content || entry.head[2] !== config) return undefined;
    const { head, line, messagesAt, restAt } = entry;
    // An array, then an object; anything else is a damaged line, linted again.
    if (!enclosed(line, messagesAt, restAt - 1, '[]') || !enclosed(line, restAt, line.length, '{}')) return undefined;
    const [, , , errorCount, warningCount, infoCount, suppressedCount] = head;
    const stored = { messages: line.subarray(messagesAt, restAt - 1), rest: line.subarray(restAt) };
    return storedResult({ filePath, errorCount, warningCount, infoCount, suppressedCount }, stored, () => {
      try {
        return findingsOf(stored);
      } catch (error) {
        // A line that does not parse was changed by hand.
        throw new Error(`The cache "${this.file}" is damaged (${(error as Error).message}); delete it and run again.`);
      }
    });
  }

  set(result: FileResult, content: string, config: string): void {
    if (hasFatalFinding(result)) return;
    const key = this.keyOf(result.filePath);
    const head: Head = [key, content, config, result.errorCount, result.warningCount, result.infoCount, result.suppressedCount];
    const headBytes = Buffer.from(JSON.stringify(head));
    // A result from a worker (or from this cache) brings its stored form: its bytes are copied, not made again.
    const { messages, rest } = storedFormOf(result);
    const line = Buffer.concat([headBytes, TAB_BYTES, messages, TAB_BYTES, rest]);
    const messagesAt = headBytes.length + 1;
    this.entries.set(key, { head, line, messagesAt, restAt: messagesAt + messages.length + 1 });
    this.changed = true;
  }

  /** Write the cache if anything changed. Failing to write it is not a lint failure: the caller warns. */
  async save(): Promise<void> {
    if (!this.changed) return;
    const parts: Buffer[] = [Buffer.from(`${JSON.stringify({ format: FORMAT, version: this.version })}\n`)];
    for (const { line } of this.entries.values()) parts.push(line, NEWLINE_BYTES);
    await mkdir(path.dirname(this.file), { recursive: true });
    const { default: writeFileAtomic } = await importModule<{ default: typeof import('write-file-atomic') }>('write-file-atomic'); // loaded only when the cache is written
    await writeFileAtomic(this.file, Buffer.concat(parts));
    this.changed = false;
  }

  private keyOf(filePath: string): string {
    return path.relative(this.base, filePath).split(path.sep).join('/');
  }
}

const NEWLINE_BYTES = Buffer.from('\n');
const TAB_BYTES = Buffer.from('\t');

function isHead(head: unknown): head is Head {
  return Array.isArray(head) && head.length === 7 && head.slice(0, 3).every((part) => typeof part === 'string') && head.slice(3).every(Number.isInteger);
}

function enclosed(line: Buffer, start: number, end: number, [open, close]: string): boolean {
  return end - start >= 2 && line[start] === open.charCodeAt(0) && line[end - 1] === close.charCodeAt(0);
}

/** The entries of a cache file's bytes; `undefined` when it is of another format or version, or damaged. */
function readEntries(bytes: Buffer, version: string): Map<string, Entry> | undefined {
  try {
    const headerEnd = bytes.indexOf(NEWLINE);
    const header = JSON.parse(bytes.toString('utf8', 0, headerEnd < 0 ? bytes.length : headerEnd)) as { format?: unknown; version?: unknown };
    if (header?.format !== FORMAT || header.version !== version || headerEnd < 0) return undefined;
    const entries = new Map<string, Entry>();
    for (let start = headerEnd + 1; start < bytes.length; ) {
      const end = bytes.indexOf(NEWLINE, start);
      const line = bytes.subarray(start, end < 0 ? bytes.length : end);
      start += line.length + 1;
      const headEnd = line.indexOf(TAB);
      const messagesEnd = headEnd < 0 ? -1 : line.indexOf(TAB, headEnd + 1);
      if (messagesEnd < 0) return undefined;
      const head = JSON.parse(line.toString('utf8', 0, headEnd)) as Head;
      if (!isHead(head)) return undefined;
      entries.set(head[0], { head, line, messagesAt: headEnd + 1, restAt: messagesEnd + 1 });
    }
    return entries;
  } catch {
    return undefined; // damaged: start empty (it is rewritten at the end of the run)
  }
}
