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
// The file is JSON lines: a header, `{"format":7,"version":"…"}`, then one entry per linted file:
//
//   {"path":"…","content":"<hash>","config":"<hash>","counts":[errors, warnings, infos, suppressed],
//    "urls":{"<ruleId>":"<docs url>"},"messages":["…", …],"data":[{…}, …],
//    "findings":[[ruleId, severity, message, messageId, line, column, endLine, endColumn, start, end, data, fix?], …]}
//   (message and data: places in `messages` and `data`; fix: [start, end, text], only when the finding has one)
//
// Findings are tuples, their docs URLs are given once per rule, and each distinct message and data object once per
// file: a warm run reads and decodes the whole file, and a word flagged on many lines repeats its message and data.
// An entry is parsed only when its file is linted (a hook lints one file against a cache of thousands), and
// unchanged entries are written back as they were read.
// A header of another format or version empties the cache; an entry that does not parse, or has a field of the
// wrong type, is dropped and its file linted again.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { packageInfo } from '../package-info.js';
import type { FileResult, Finding, KindInfo, ResolvedConfig, Severity } from '../types.js';
import { importModule } from '../import-module.js';

export const DEFAULT_CACHE_FILE = '.summarylintcache';
/** Bumped when the layout of the cache file, or of the results it stores, changes. */
const FORMAT = 7;

/**
 * A finding's fields in a fixed order (`messageId` null when the rule gave none); its message and data are places in
 * the entry's `messages` and `data`.
 */
type StoredFinding = [string | null, Severity, number, string | null, number, number, number, number, number, number, number, [number, number, string]?];

interface Entry {
  path: string;
  content: string;
  config: string;
  counts: [number, number, number, number];
  urls: Record<string, string>;
  messages: string[];
  data: Array<Record<string, unknown>>;
  findings: StoredFinding[];
  /** The kind the file was judged as. */
  kind?: KindInfo;
}

/** The place of `value` in `list`, added when new: values with the same `key` share one place. */
function placeIn<T>(list: T[], places: Map<string, number>, value: T, key: string): number {
  let place = places.get(key);
  if (place === undefined) places.set(key, (place = list.push(value) - 1));
  return place;
}

function toEntry(result: FileResult, path: string, content: string, config: string): Entry {
  const urls: Record<string, string> = {};
  const messages: string[] = [];
  const data: Array<Record<string, unknown>> = [];
  const messagePlaces = new Map<string, number>();
  const dataPlaces = new Map<string, number>();
  const findings = result.findings.map((f): StoredFinding => {
    if (f.ruleId !== null && f.url !== undefined) urls[f.ruleId] = f.url;
    const message = placeIn(messages, messagePlaces, f.message, f.message);
    const datum = placeIn(data, dataPlaces, f.data, JSON.stringify(f.data));
    const stored: StoredFinding = [f.ruleId, f.severity, message, f.messageId ?? null, f.line, f.column, f.endLine, f.endColumn, f.range[0], f.range[1], datum];
    if (f.fix) stored.push([f.fix.range[0], f.fix.range[1], f.fix.text]);
    return stored;
  });
  const counts: Entry['counts'] = [result.errorCount, result.warningCount, result.infoCount, result.suppressedCount];
  return { path, content, config, counts, urls, messages, data, findings, ...(result.kind && { kind: result.kind }) };
}

function fromEntry(entry: Entry, filePath: string): FileResult {
  // Keys in the order a fresh finding has them (the JSON report prints them in that order); literals, not spreads.
  const findings = entry.findings.map(([ruleId, severity, messageAt, messageId, line, column, endLine, endColumn, start, end, dataAt, fix]): Finding => {
    const message = entry.messages[messageAt];
    const data = entry.data[dataAt];
    const finding: Finding =
      messageId === null
        ? { ruleId, severity, message, line, column, endLine, endColumn, range: [start, end], data }
        : { ruleId, severity, message, messageId, line, column, endLine, endColumn, range: [start, end], data };
    const url = ruleId === null ? undefined : entry.urls[ruleId];
    if (url !== undefined) finding.url = url;
    if (fix !== undefined) finding.fix = { range: [fix[0], fix[1]], text: fix[2] };
    return finding;
  });
  const [errorCount, warningCount, infoCount, suppressedCount] = entry.counts;
  return { filePath, findings, errorCount, warningCount, infoCount, suppressedCount, ...(entry.kind && { kind: entry.kind }) };
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
    /** Each file's entry: as read (a line of the file, parsed when its file is linted), or as set in this run. */
    private readonly entries: Map<string, Entry | string>,
  ) {
    this.base = path.dirname(file);
  }

  /** The cache at `file`; empty when it is missing, unreadable, of another version or not a cache at all. */
  static async load(file: string, version = packageInfo().version): Promise<LintCache> {
    // Read whole and synchronously: nothing else can start before the cache is known.
    let text: string | undefined;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      // No cache yet (or unreadable): start empty.
    }
    return new LintCache(file, version, (text === undefined ? undefined : readEntries(text, version)) ?? new Map());
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
    const key = this.keyOf(filePath);
    let entry = this.entries.get(key);
    if (typeof entry === 'string') {
      entry = parseEntry(entry);
      if (entry?.path === key) this.entries.set(key, entry);
      else {
        this.entries.delete(key);
        this.changed = true;
        return undefined;
      }
    }
    if (!entry || entry.content !== content || entry.config !== config) return undefined;
    return fromEntry(entry, filePath);
  }

  set(result: FileResult, content: string, config: string): void {
    if (result.findings.some((finding) => finding.fatal)) return;
    const key = this.keyOf(result.filePath);
    this.entries.set(key, toEntry(result, key, content, config));
    this.changed = true;
  }

  /** Write the cache if anything changed. Failing to write it is not a lint failure: the caller warns. */
  async save(): Promise<void> {
    if (!this.changed) return;
    const lines = [JSON.stringify({ format: FORMAT, version: this.version })];
    for (const entry of this.entries.values()) lines.push(typeof entry === 'string' ? entry : JSON.stringify(entry));
    await mkdir(path.dirname(this.file), { recursive: true });
    const { default: writeFileAtomic } = await importModule<{ default: typeof import('write-file-atomic') }>('write-file-atomic'); // loaded only when the cache is written
    await writeFileAtomic(this.file, lines.join('\n') + '\n');
    this.changed = false;
  }

  private keyOf(filePath: string): string {
    return path.relative(this.base, filePath).split(path.sep).join('/');
  }
}

const SEVERITIES: readonly unknown[] = ['error', 'warn', 'info'];
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isPlainObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a stored finding has every field of the right type: the report formats trust what they are given. */
function isStoredFinding(value: unknown, entry: Entry): value is StoredFinding {
  if (!Array.isArray(value) || (value.length !== 11 && value.length !== 12)) return false;
  const [ruleId, severity, message, messageId, ...rest] = value;
  const fix = value.length === 12 ? rest.pop() : undefined;
  const data = rest.pop();
  return (
    (ruleId === null || typeof ruleId === 'string') && SEVERITIES.includes(severity) && isCount(message) && message < entry.messages.length &&
    (messageId === null || typeof messageId === 'string') && rest.every(isCount) && isCount(data) && data < entry.data.length &&
    (fix === undefined || (Array.isArray(fix) && fix.length === 3 && isCount(fix[0]) && isCount(fix[1]) && fix[0] <= fix[1] && typeof fix[2] === 'string'))
  );
}

/** An entry, or `undefined` when any part of it is damaged (its file is then linted again). */
function parseEntry(line: string): Entry | undefined {
  try {
    const entry = JSON.parse(line) as Entry;
    const ok =
      typeof entry?.path === 'string' && typeof entry.content === 'string' && typeof entry.config === 'string' &&
      Array.isArray(entry.counts) && entry.counts.length === 4 && entry.counts.every(isCount) &&
      isPlainObject(entry.urls) && Object.values(entry.urls).every((url) => typeof url === 'string') &&
      Array.isArray(entry.messages) && entry.messages.every((message) => typeof message === 'string') &&
      Array.isArray(entry.data) && entry.data.every(isPlainObject) &&
      Array.isArray(entry.findings) && entry.findings.every((finding) => isStoredFinding(finding, entry));
    return ok ? entry : undefined;
  } catch {
    return undefined;
  }
}

/** The path an entry line starts with (`toEntry` writes it first), read without parsing the rest. */
const ENTRY_PATH = /^\{"path":("(?:[^"\\]|\\.)*")/u;

function keyOfLine(line: string): string | undefined {
  const quoted = ENTRY_PATH.exec(line)?.[1];
  try {
    return quoted === undefined ? undefined : (JSON.parse(quoted) as string);
  } catch {
    return undefined; // a damaged entry: dropped, and its file linted again
  }
}

/** The entries of a cache file, each still a line; `undefined` when it is of another format or version, or damaged. */
function readEntries(text: string, version: string): Map<string, Entry | string> | undefined {
  try {
    const [header, ...lines] = text.split('\n').filter(Boolean);
    const head = JSON.parse(header) as { format?: unknown; version?: unknown };
    if (head?.format !== FORMAT || head.version !== version) return undefined;
    const entries = new Map<string, Entry | string>();
    for (const line of lines) {
      const key = keyOfLine(line);
      if (key !== undefined) entries.set(key, line);
    }
    return entries;
  } catch {
    return undefined; // damaged: start empty (it is rewritten at the end of the run)
  }
}
