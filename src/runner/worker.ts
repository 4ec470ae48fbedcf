// A worker thread of the pool (see pool.ts): lints one batch of files with `lintInTurn`, as a single-threaded
// run does, so results cannot differ between the two. Configs and word lists stay loaded
// between batches, so each worker pays its start-up once. Results go back as the plain objects they are.
import { lintInTurn, type LintFilesOptions } from '../lint.js';
import type { FileResult } from '../types.js';

export interface Batch {
  files: string[];
  options: LintFilesOptions;
}

/** An error of the batch, sent as a value: a thrown error crosses to the main thread without its `name`. */
export interface BatchFailure {
  failed: { name: string; message: string; stack?: string };
}

export default async function lintBatch({ files, options }: Batch): Promise<Array<FileResult | undefined> | BatchFailure> {
  const results: Array<FileResult | undefined> = [];
  try {
    for await (const result of lintInTurn(files, options)) results.push(result);
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    return { failed: { name: error.name, message: error.message, stack: error.stack } };
  }
  return results;
}
