// The programmatic API; the CLI is a thin shell over it.
import path from 'node:path';
import { loadConfig, loadSharedConfig, resolveConfig, skippedByConfig, type ConfigOptions } from './config/index.js';
import { lintDocument, summarize } from './engine/run.js';
import { expandPaths } from './files.js';
import { registryFor } from './plugins.js';
import { previousSummary, type PreviousSummary } from './previous.js';
import { decode, readErrorMessage, readSummaryFile, type ReadOutcome } from './read.js';
import { lintMany, type Concurrency } from './runner/index.js';
import { inShard, type Shard } from './runner/shard.js';
import type { FileResult, Finding, ResolvedConfig, Rule, Severity, UserConfig } from './types.js';

export { lintMany, type OnResult } from './runner/index.js';

export interface LintOptions extends ConfigOptions {
  /** A config object to use instead of config files (resolved over the recommended preset). */
  config?: UserConfig;
  /** Report `summarylint-disable` comments that suppress nothing, at this severity. */
  reportUnusedDisableDirectives?: Severity;
  /**
   * The previous summary to compare each file with (`--previous`), instead of the one its series finds: a path
   * (relative to `cwd`), or its path and text.
   */
  previous?: string | PreviousSummary;
}

export interface LintTextOptions extends LintOptions {
  /** Where the text would live: decides which config applies, and names the result. */
  filePath?: string;
}

export interface LintFilesOptions extends LintOptions {
  /** `false` for `--no-ignore`. */
  ignore?: boolean;
  /** Extra ignore globs (`--ignore-pattern`). */
  ignorePatterns?: string[];
  /**
   * Files named explicitly (not found in a folder or by a glob): when their config skips them (`ignores`,
   * `files`, or not a summary by default), they get a warning result, as ignored named files do.
   */
  namedFiles?: ReadonlySet<string>;
  /** `false` for `--no-warn-ignored`: skipped files that were named explicitly get no warning. */
  warnIgnored?: boolean;
  /** Files larger than this many bytes are skipped with a warning (default 10 MB). */
  maxFileSize?: number;
  /** Lint only the expanded files in this set of absolute paths (`--changed-since`). */
  onlyFiles?: ReadonlySet<string>;
  /** `off` (default: this thread), a number of worker threads, or `auto` (workers when there are enough files and cores). */
  concurrency?: Concurrency;
  /** Reuse the findings of unchanged files from a cache file, and update it (`--cache`). */
  cache?: boolean;
  /** The cache file, or a folder for it (default `.summarylintcache` in `cwd`). */
  cacheLocation?: string;
  /** Lint only this shard of the files (`--shard 2/4`), chosen by a stable hash of each path. */
  shard?: Shard;
  /**
   * The symbolic links named on the command line (`FoundFiles.links`). When given, a file that is a link when it is
   * read and is not one of these is not read: it was swapped for a link after the walk, which follows none. Without
   * it every link is followed.
   */
  namedLinks?: readonly string[];
}

export interface LintFilesResult {
  results: FileResult[];
  /** Paths skipped with a reason (ignored files named explicitly). */
  warnings: Array<{ filePath: string; message: string }>;
  /** Patterns that matched nothing, paths that do not exist: usage errors (exit 2), the rest still linted. */
  errors: Array<{ pattern: string; message: string }>;
}

/** The config for one file: the `config` object given in code, else the config files that apply. */
export async function configFor(filePath: string, options: LintTextOptions): Promise<ResolvedConfig> {
  if (options.config) return resolveConfig(options.config, filePath, options.cwd);
  return loadConfig(filePath, options);
}

/**
 * `configFor` for the runner: files that the same config files and overrides apply to share one frozen object
 * (see `loadSharedConfig`), so a run over many files resolves, hashes and matches it once.
 */
export async function sharedConfigFor(filePath: string, options: LintTextOptions): Promise<ResolvedConfig> {
  if (options.config) return resolveConfig(options.config, filePath, options.cwd);
  return loadSharedConfig(filePath, options);
}

/**
 * The rules that run under a config: the built-in ones plus the rules of the plugins it names (loaded by
 * the config loader). This is the one place that decides it, for every entry point (text, files, workers).
 */
export function rulesFor(config: ResolvedConfig): Readonly<Record<string, Rule>> {
  return registryFor(config.plugins ?? []);
}

/** Lint a string. With `filePath`, the config that applies to that path is used. */
export async function lintText(text: string, options: LintTextOptions = {}): Promise<FileResult> {
  const cwd = options.cwd ?? process.cwd();
  const filePath = path.resolve(cwd, options.filePath ?? '<text>.md');
  const config = await configFor(filePath, { ...options, cwd });
  const rules = rulesFor(config);
  const previous = previousSummary(filePath, text, config, rules, { ...options, cwd });
  const result = lintDocument(text, { config, rules, filePath, previous, reportUnusedDisableDirectives: options.reportUnusedDisableDirectives });
  return { ...result, filePath: options.filePath ? filePath : '<text>' };
}

/**
 * `lintText` for bytes (standard input), decoded as a file is: UTF-8, or UTF-16/UTF-32 with a BOM, invalid bytes
 * noted; binary input (NUL bytes) is skipped with a warning instead of linted.
 */
export async function lintBytes(bytes: Uint8Array, options: LintTextOptions = {}): Promise<FileResult> {
  const read = decode(bytes);
  if (read.kind === 'skipped') {
    const filePath = options.filePath ? path.resolve(options.cwd ?? process.cwd(), options.filePath) : '<text>';
    return summarize(filePath, [notice(read.reason)]);
  }
  const result = await lintText(read.text, options);
  return read.notes.length === 0 ? result : summarize(result.filePath, [...read.notes.map(notice), ...result.findings], result.suppressedCount);
}

export interface FoundFiles {
  /** Absolute paths, sorted by code units. */
  files: string[];
  /** The files named on the command line that are symbolic links (pass them on as `namedLinks`). */
  links: string[];
  /** Paths skipped with a reason (ignored files named explicitly). */
  warnings: Array<{ filePath: string; message: string }>;
  /** Patterns that matched nothing, paths that do not exist. */
  errors: Array<{ pattern: string; message: string }>;
  /** The files among `files` that were named explicitly (see `LintFilesOptions.namedFiles`). */
  named: Set<string>;
}

/** The files a run lints: the patterns expanded, then narrowed to `onlyFiles` and to the shard. */
export async function findFiles(patterns: string[], options: LintFilesOptions = {}): Promise<FoundFiles> {
  const cwd = options.cwd ?? process.cwd();
  const expanded = await expandPaths(patterns, { cwd, ignore: options.ignore, ignorePatterns: options.ignorePatterns });
  const { onlyFiles, shard } = options;
  const mine = (filePath: string) => !shard || inShard(filePath, cwd, shard);
  const files = expanded.files.filter((filePath) => (!onlyFiles || onlyFiles.has(filePath)) && mine(filePath));
  const warnings = options.warnIgnored === false ? [] : expanded.warnings.filter((warning) => mine(warning.filePath));
  return { files, links: expanded.links, warnings, errors: expanded.errors, named: expanded.named };
}

/** Lint files, folders and globs. One unreadable file is reported as a fatal finding; the others still run. */
export async function lintFiles(patterns: string[], options: LintFilesOptions = {}): Promise<LintFilesResult> {
  const cwd = options.cwd ?? process.cwd();
  const found = await findFiles(patterns, { ...options, cwd });
  const results: FileResult[] = [];
  const { cacheError } = await lintMany(found.files, { ...options, cwd, namedFiles: found.named, namedLinks: found.links }, (result) => {
    results.push(result);
  });
  return { results, warnings: found.warnings, errors: cacheError ? [...found.errors, cacheError] : found.errors };
}

/**
 * Lint one file with the config that applies to it: the unit of work every runner (one thread, workers,
 * cache) builds on. `undefined` when the file's config skips it (see src/config/summaries.ts), unless it was named
 * explicitly: then a result with the warning that says why.
 */
export async function lintFile(filePath: string, options: LintFilesOptions = {}): Promise<FileResult | undefined> {
  return lintOpened(await openFile(filePath, options));
}

/** A file's config and contents, ready to lint (or why its config skips it); `undefined` when skipped silently. */
interface OpenedFile {
  filePath: string;
  options: LintFilesOptions;
  config: ResolvedConfig;
  read: ReadOutcome | { kind: 'error'; error: unknown } | { kind: 'not linted'; reason: string };
}

/** The waiting half of `lintFile`: find the file's config and read it. */
async function openFile(filePath: string, options: LintFilesOptions = {}): Promise<OpenedFile | undefined> {
  const config = await sharedConfigFor(filePath, { ...options, cwd: options.cwd ?? process.cwd() });
  const skipped = skippedByConfig(config, filePath, options.ignore !== false);
  if (skipped !== undefined) {
    return options.warnIgnored !== false && options.namedFiles?.has(filePath) ? { filePath, options, config, read: { kind: 'not linted', reason: skipped } } : undefined;
  }
  const follow = options.namedLinks === undefined || options.namedLinks.includes(filePath);
  const read = await readSummaryFile(filePath, options.maxFileSize, follow).catch((error: unknown) => ({ kind: 'error' as const, error }));
  return { filePath, options, config, read };
}

/** The working half of `lintFile`: lint an opened file. */
function lintOpened(opened: OpenedFile | undefined): FileResult | undefined {
  if (!opened) return undefined;
  const { filePath, options, config, read } = opened;
  if (read.kind === 'error') return summarize(filePath, [fatal(readErrorMessage(read.error))]);
  if (read.kind === 'skipped' || read.kind === 'not linted') return summarize(filePath, [notice(read.reason)]);
  try {
    const rules = rulesFor(config);
    const previous = previousSummary(filePath, read.text, config, rules, options);
    const result = lintDocument(read.text, { config, rules, filePath, previous, reportUnusedDisableDirectives: options.reportUnusedDisableDirectives });
    return read.notes.length === 0 ? result : summarize(filePath, [...read.notes.map(notice), ...result.findings], result.suppressedCount);
  } catch (error) {
    return summarize(filePath, [fatal(`summarylint crashed on this file: ${(error as Error).stack ?? error}`)]);
  }
}

/**
 * `lintFile` for each file in turn, the next one opened while this one is linted: linting is synchronous, so a run
 * that read each file only when it got to it sat idle for every read.
 */
export async function* lintInTurn(files: string[], options: LintFilesOptions): AsyncGenerator<FileResult | undefined> {
  const open = (i: number) => {
    const opened = openFile(files[i], options);
    // Awaited in turn below; until then, a failure (a broken config) must not count as an unhandled rejection.
    opened.catch(() => {});
    return opened;
  };
  let next = files.length > 0 ? open(0) : undefined;
  for (let i = 0; next; i++) {
    const current = next;
    next = i + 1 < files.length ? open(i + 1) : undefined;
    yield lintOpened(await current);
  }
}

/** A finding of the engine itself, at the top of the file. */
function engineFinding(severity: Severity, message: string): Finding {
  return { ruleId: null, severity, message, line: 1, column: 1, endLine: 1, endColumn: 1, range: [0, 0], data: {} };
}

function fatal(message: string): Finding {
  return { ...engineFinding('error', message), fatal: true };
}

function notice(message: string): Finding {
  return engineFinding('warn', message);
}
