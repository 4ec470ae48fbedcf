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
import { createHash } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { packageInfo } from '../package-info.js';
import type { FileResult, ResolvedConfig } from '../types.js';
import { importModule } from '../import-module.js';

export const DEFAULT_CACHE_FILE = '.summarylintcache';
/** Bumped when the layout of the cache file changes. */
const FORMAT = 1;

interface Entry {
  /** Hash of the file's bytes. */
  content: string;
  /** Hash of the resolved config and the options that change findings. */
  config: string;
  result: Omit<FileResult, 'filePath'>;
}

interface CacheFile {
  format: number;
  version: string;
  entries: Record<string, Entry>;
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
    private readonly entries: Record<string, Entry>,
  ) {
    this.base = path.dirname(file);
  }

  /** The cache at `file`; empty when it is missing, unreadable, of another version or not a cache at all. */
  static async load(file: string, version = packageInfo().version): Promise<LintCache> {
    let entries: Record<string, Entry> = {};
    try {
      const data = JSON.parse(await readFile(file, 'utf8')) as Partial<CacheFile>;
      if (data.format === FORMAT && data.version === version && data.entries && typeof data.entries === 'object') entries = data.entries;
    } catch {
      // No cache yet, or a damaged one: start empty (it is rewritten at the end of the run).
    }
    return new LintCache(file, version, entries);
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
    const entry = this.entries[this.keyOf(filePath)];
    if (!entry || entry.content !== content || entry.config !== config) return undefined;
    return { ...entry.result, filePath };
  }

  set(result: FileResult, content: string, config: string): void {
    if (result.findings.some((finding) => finding.fatal)) return;
    const { filePath, ...rest } = result;
    this.entries[this.keyOf(filePath)] = { content, config, result: rest };
    this.changed = true;
  }

  /** Write the cache if anything changed. Failing to write it is not a lint failure: the caller warns. */
  async save(): Promise<void> {
    if (!this.changed) return;
    const data: CacheFile = { format: FORMAT, version: this.version, entries: this.entries };
    await mkdir(path.dirname(this.file), { recursive: true });
    const { default: writeFileAtomic } = await importModule<{ default: typeof import('write-file-atomic') }>('write-file-atomic'); // loaded only when the cache is written
    await writeFileAtomic(this.file, JSON.stringify(data));
    this.changed = false;
  }

  private keyOf(filePath: string): string {
    return path.relative(this.base, filePath).split(path.sep).join('/');
  }
}
