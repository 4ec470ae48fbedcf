// Linting files on worker threads (tinypool: a maintained pool that keeps its threads alive between tasks).
// Files go out in batches, so messages are few, and in several batches per thread, so a thread that drew
// long files does not leave the other idle at the end. Results come back in the order of the file list.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { fileURLToPath } from 'node:url';
import type { LintFilesOptions } from '../lint.js';
import type { FileResult } from '../types.js';
import type { Batch } from './worker.js';
import { unpackResult, type PackedResult } from './stored-result.js';
import { importModule } from '../import-module.js';
import { renewNurseryLimit } from './nursery.js';

/** Batches per thread: enough to balance uneven files, few enough that messaging stays cheap. */
const BATCHES_PER_THREAD = 4;
const MAX_BATCH = 64;
/** Batches per thread handed to the pool ahead of the results being read. */
const BATCHES_AHEAD = 3;
/**
 * Young generation of each worker, in MB: a document's tokens, tree and model live for one document, and a
 * nursery this size lets most of them die there instead of being promoted. V8 splits it in three (two halves of
 * the nursery and as much for large young objects); each worker starts with its nursery at that full size, as the
 * CLI keeps V8 from growing nurseries (nursery.ts).
 */
const YOUNG_GENERATION_MB = 24;
const SEMI_SPACE_MB = YOUNG_GENERATION_MB / 3;
/**
 * How far, in percent, V8 lets a heap grow past what survived its last full collection (V8's own choice is up to
 * about 100% when allocation is fast). What a thread keeps is 13–20 MB, and the rest of its heap is documents
 * already reported. At 20% a thread ran a full collection every 15 files or so, and two workers spent about an eighth
 * more CPU than at 60%. In the CLI, whose bin/summarylint.js turns off concurrent marking, a thread marks its heap
 * itself, in steps, while the heap goes on growing: at 60% the peak over 10,000 files reached 237–262 MB (four runs), at 40%
 * 228–252 MB (six runs), for a few percent more CPU.
 */
const HEAP_GROWING_PERCENT = 40;
/**
 * How much bytecode V8 may inline into one optimized function (its default is 920). Each worker optimizes the same
 * ~340 functions again, and the largest (the rules' checks, the tree builder) took 40–110 ms each to compile. At 300,
 * compile time over 1,000 bench files fell from 4.1 to 3.2 s, and two workers took 5% less CPU and 4% less wall
 * time (six runs in alternation; 150 measured the same).
 */
const INLINED_BYTECODE_BUDGET = 300;

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
  // V8 flags, for the whole process (an API caller's too). The heap's and the inlining budget apply to the workers
  // made below and to this thread, which takes every result. `--no-concurrent-recompilation` is read when a thread
  // starts, so it applies to the workers only: they compile their hot functions themselves instead of on V8's helper
  // threads, which, with a worker on every core, only compete with the workers waiting for that code (over 1,000
  // bench files: 0.7 s less CPU, 8 MB less memory, as each helper thread allocates from a malloc arena of its own).
  // Each worker then pays for its own optimizing compiles, about a fifth of its CPU, hence INLINED_BYTECODE_BUDGET.
  // `--min-semi-space-size` is read when a thread starts too: the workers' nurseries start at their full size.
  setFlagsFromString(
    `--heap-growing-percent=${HEAP_GROWING_PERCENT} --no-concurrent-recompilation --max-inlined-bytecode-size-cumulative=${INLINED_BYTECODE_BUDGET} --min-semi-space-size=${SEMI_SPACE_MB}`,
  );
  const pool = new Tinypool({
    filename: workerFile(),
    minThreads: threads,
    maxThreads: threads,
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  const size = Math.max(1, Math.min(MAX_BATCH, Math.ceil(files.length / (threads * BATCHES_PER_THREAD))));
  const pending: Array<Promise<Array<FileResult | PackedResult | undefined>>> = [];
  let start = 0;
  const submit = () => {
    if (start >= files.length) return;
    const batch: Batch = { files: files.slice(start, start + size), options };
    start += size;
    const results = pool.run(batch) as Promise<Array<FileResult | PackedResult | undefined>>;
    // Awaited in turn below; until then, a failure must not count as an unhandled rejection.
    results.catch(() => {});
    pending.push(results);
  };
  try {
    for (let i = 0; i < threads * BATCHES_AHEAD; i++) submit();
    while (pending.length > 0) {
      const results = await pending.shift()!;
      // A result means the threads run: the nursery limit they reset as they started holds again from here.
      renewNurseryLimit();
      submit();
      for (const result of results) yield result && unpackResult(result);
    }
  } finally {
    await pool.destroy();
  }
}
