// Linting files on worker threads (tinypool: a maintained pool that keeps its threads alive between tasks).
// Files go out in batches, so messages are few, and in several batches per thread, so a thread that drew
// long files does not leave the other idle at the end. Results come back in the order of the file list.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LintFilesOptions } from '../lint.js';
import type { FileResult } from '../types.js';
import type { Batch, BatchFailure } from './worker.js';
import { importModule } from '../import-module.js';

/** Batches per thread: enough to balance uneven files, few enough that messaging stays cheap. */
const BATCHES_PER_THREAD = 4;
const MAX_BATCH = 64;
/** Batches per thread handed to the pool ahead of the results being read. */
const BATCHES_AHEAD = 3;
/** The worker script next to this module; run from `src/` (vitest), the built copy in `dist/`. */
function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  const built = here.endsWith('.ts')
    ? path.resolve(path.dirname(here), '../../dist/src/runner/worker.js')
    : path.join(path.dirname(here), 'worker.js');
  if (!existsSync(built)) throw new Error(`summarylint: the worker script ${built} is missing; run the build`);
  return built;
}

/**
 * Results in the order of `files`. Only a few batches are handed to the pool ahead of the one being read, so a
 * slow reader (a report written to a pipe) holds back the workers instead of piling up their results.
 */
export async function* lintInWorkers(files: string[], options: LintFilesOptions, threads: number): AsyncGenerator<FileResult | undefined> {
  const { Tinypool } = await importModule<typeof import('tinypool')>('tinypool');
  const pool = new Tinypool({
    filename: workerFile(),
    minThreads: threads,
    maxThreads: threads,
  });
  const size = Math.max(1, Math.min(MAX_BATCH, Math.ceil(files.length / (threads * BATCHES_PER_THREAD))));
  const pending: Array<Promise<Array<FileResult | undefined> | BatchFailure>> = [];
  let start = 0;
  const submit = () => {
    if (start >= files.length) return;
    const batch: Batch = { files: files.slice(start, start + size), options };
    start += size;
    const results = pool.run(batch) as Promise<Array<FileResult | undefined> | BatchFailure>;
    // Awaited in turn below; until then, a failure must not count as an unhandled rejection.
    results.catch(() => {});
    pending.push(results);
  };
  try {
    for (let i = 0; i < threads * BATCHES_AHEAD; i++) submit();
    while (pending.length > 0) {
      const results = await pending.shift()!;
      if ('failed' in results) throw restored(results.failed);
      submit();
      yield* results;
    }
  } finally {
    await pool.destroy();
  }
}

/** The worker's error with its name again, so the CLI tells a broken config ("ConfigError") from a crash. */
function restored({ name, message, stack }: BatchFailure['failed']): Error {
  const error = new Error(message);
  error.name = name;
  if (stack !== undefined) error.stack = stack;
  return error;
}
