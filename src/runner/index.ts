// Running `lintFile` over a list of files: on this thread or on worker threads (`--concurrency`), skipping
// files whose findings the cache already holds (`--cache`). Results keep the order of the list whatever runs
// them; files their config skips leave no result (or a warning, when named explicitly), as in a plain run.
import { readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { skippedByConfig } from '../config/index.js';
import { lintInTurn, rulesFor, sharedConfigFor, type LintFilesOptions } from '../lint.js';
import { previousSummary, readsPrevious } from '../previous.js';
import { decode, skipReason } from '../read.js';
import type { FileResult } from '../types.js';

export type Concurrency = 'auto' | 'off' | number;

/**
 * Under `auto`, a worker thread is worth starting only for this many files: each thread loads the linter again and
 * warms it up on its own, so below this a second thread costs more than it saves (measured in docs/performance.md).
 */
export const FILES_PER_WORKER = 100;

/**
 * Under `auto`, workers only from this many cores: one thread already keeps more than one core busy (V8 collects
 * and compiles on helper threads), and on two cores two workers spent more CPU and time than one thread.
 */
export const CORES_FOR_WORKERS = 3;

/** How many worker threads to use on `cores` cores; 0 means lint on this thread. */
export function workerCount(concurrency: Concurrency, files: number, cores = os.availableParallelism()): number {
  if (concurrency === 'off' || (concurrency === 'auto' && cores < CORES_FOR_WORKERS)) return 0;
  // Never more threads than cores: each holds a linter of its own, and 1,000 of them exhaust the heap.
  const wanted = Math.min(cores, concurrency === 'auto' ? Math.floor(files / FILES_PER_WORKER) : concurrency);
  const threads = Math.min(wanted, files);
  return threads > 1 ? threads : 0;
}

/** How many files a warm run finds the config of at once. */
const READ_AHEAD = 32;

/**
 * A file's bytes for its cache key, or `undefined` for a file `lintFile` reports on instead (unreadable, or one it
 * skips). Read synchronously: with the cache's other costs gone, the thread-pool round trips of asynchronous reads
 * were a large share of a warm run (docs/performance.md#cache).
 */
function cacheableBytes(file: string, maxFileSize: number | undefined): Buffer | undefined {
  try {
    return skipReason(statSync(file), maxFileSize) === undefined ? readFileSync(file) : undefined;
  } catch {
    return undefined;
  }
}

/** Run `task` over `items`, at most `limit` at a time. */
async function forEachConcurrently<T>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await task(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

export interface LintManyResult {
  /** The cache could not be written (the findings are still complete). */
  cacheError?: { pattern: string; message: string };
}

/** Receives each file's result, in the order of the file list; the run waits for it (backpressure). */
export type OnResult = (result: FileResult) => void | Promise<void>;

/**
 * Lint `files`, handing each result to `onResult` in the order of the list as soon as it and those before it are
 * done. Nothing keeps a result after that (except the cache, which stores findings), so memory does not grow
 * with the number of files.
 */
export async function lintMany(files: string[], options: LintFilesOptions, onResult: OnResult): Promise<LintManyResult> {
  const { concurrency = 'off', cache: useCache, cacheLocation, shard: _shard, ...lintOptions } = options;
  // Loaded only with --cache: node:crypto alone is a few ms of a one-file run.
  const cache = useCache ? await (await import('./cache.js')).openCache(lintOptions.cwd ?? process.cwd(), cacheLocation) : undefined;
  const hits: Array<FileResult | undefined> = new Array(files.length);
  let todo = files.map((_, i) => i);
  const keys: Array<[string, string] | undefined> = [];

  if (cache) {
    const findingOptions = { reportUnusedDisableDirectives: lintOptions.reportUnusedDisableDirectives, maxFileSize: lintOptions.maxFileSize };
    const missed = new Set<number>();
    // Many files at once: their config lookups wait for the disk.
    await forEachConcurrently(files, READ_AHEAD, async (file, i) => {
      const config = await sharedConfigFor(file, lintOptions);
      if (skippedByConfig(config, file, lintOptions.ignore !== false) !== undefined) {
        missed.add(i); // lintFile says whether it gets a warning; the cache never holds it
        return;
      }
      const bytes = cacheableBytes(file, lintOptions.maxFileSize);
      if (bytes === undefined) {
        missed.add(i); // unreadable or skipped: lintFile reports why
        return;
      }
      // A rule that reads the previous summary makes it part of the file's content: its path and its bytes.
      const rules = rulesFor(config);
      const read = readsPrevious(config, rules) ? decode(bytes) : undefined;
      const previous = read?.kind === 'text' ? previousSummary(file, read.text, config, rules, lintOptions) : undefined;
      const content = previous ? `${cache.contentKey(bytes)}+${cache.contentKey(Buffer.from(`${path.relative(path.dirname(file), previous.path)}\u0000${previous.text}`))}` : cache.contentKey(bytes);
      keys[i] = [content, cache.configKey(config, findingOptions)];
      const hit = cache.get(file, ...keys[i]!);
      if (hit) hits[i] = hit;
      else missed.add(i);
    });
    todo = [...missed].sort((a, b) => a - b);
  }

  const threads = workerCount(concurrency, todo.length);
  const todoFiles = todo.map((i) => files[i]);
  const linted = threads > 0 ? (await import('./pool.js')).lintInWorkers(todoFiles, lintOptions, threads) : lintInTurn(todoFiles, lintOptions);
  // Cache hits go out between the linted files, so the order stays the list's.
  let next = 0;
  const hitsBefore = async (end: number) => {
    for (; next < end; next++) if (hits[next]) await onResult(hits[next]!);
  };
  let k = 0;
  for await (const result of linted) {
    const index = todo[k++];
    await hitsBefore(index);
    next = index + 1;
    if (!result) continue; // ignored by its config
    if (cache && keys[index]) cache.set(result, ...keys[index]!);
    await onResult(result);
  }
  await hitsBefore(files.length);

  let cacheError: LintManyResult['cacheError'];
  if (cache) {
    await cache.save().catch((error: NodeJS.ErrnoException) => {
      cacheError = { pattern: cache.file, message: `Cannot write the cache "${cache.file}": ${error.code ?? error.message}.` };
    });
  }
  return { cacheError };
}


