// Linting files on worker threads, or on child processes when bin/ gives them Node flags (tinypool: a maintained
// pool that keeps its workers alive between tasks, and runs either). Files go out in batches, so messages are few,
// and in several batches per worker, so a worker that drew long files does not leave the other idle at the end.
// Results come back in the order of the file list.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LintFilesOptions } from '../lint.js';
import type { FileResult } from '../types.js';
import type { Batch } from './worker.js';
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

/** A child process sends a failure as a plain object; the CLI tells a broken config from a crash by its name. */
function asError(error: unknown): unknown {
  if (error instanceof Error || typeof error !== 'object' || error === null) return error;
  const { message, ...rest } = error as { message?: string };
  return Object.assign(new Error(message), rest);
}

/**
 * Results in the order of `files`. With `processFlags`, the workers are child processes started with those Node
 * flags (only bin/ asks: see `LintManyOptions`); without, threads of this process. Only a few batches are handed
 * to the pool ahead of the one being read, so a slow reader (a report written to a pipe) holds back the workers
 * instead of piling up their results.
 */
export async function* lintInWorkers(
  files: string[],
  options: LintFilesOptions,
  threads: number,
  processFlags?: readonly string[],
): AsyncGenerator<FileResult | undefined> {
  const { Tinypool } = await importModule<typeof import('tinypool')>('tinypool');
  const pool = new Tinypool({
    filename: workerFile(),
    minThreads: threads,
    maxThreads: threads,
    // A child gets what a thread would: this process's flags (then bin/'s) and environment, and structured clones
    // (a Set of --changed-since files stays a Set).
    ...(processFlags && {
      runtime: 'child_process' as const,
      execArgv: [...process.execArgv, ...processFlags],
      env: process.env as Record<string, string>,
      serialization: 'advanced' as const,
    }),
  });
  const size = Math.max(1, Math.min(MAX_BATCH, Math.ceil(files.length / (threads * BATCHES_PER_THREAD))));
  const pending: Array<Promise<Array<FileResult | undefined>>> = [];
  let start = 0;
  const submit = () => {
    if (start >= files.length) return;
    const batch: Batch = { files: files.slice(start, start + size), options };
    start += size;
    const results = pool.run(batch) as Promise<Array<FileResult | undefined>>;
    // Awaited in turn below; until then, a failure must not count as an unhandled rejection.
    results.catch(() => {});
    pending.push(results);
  };
  try {
    for (let i = 0; i < threads * BATCHES_AHEAD; i++) submit();
    while (pending.length > 0) {
      const results = await pending.shift()!.catch((error: unknown) => {
        throw asError(error);
      });
      submit();
      yield* results;
    }
  } finally {
    await pool.destroy();
  }
}
