// A worker thread of the pool (see pool.ts): lints one batch of files with `lintInTurn`, as a single-threaded
// run does, so results cannot differ between the two. Configs and word lists stay loaded
// between batches, so each worker pays its start-up once.
import { lintInTurn, type LintFilesOptions } from '../lint.js';
import type { FileResult } from '../types.js';
import { packResult, type PackedResult } from './stored-result.js';

export interface Batch {
  files: string[];
  options: LintFilesOptions;
}

/** The batch's results in their stored form (see stored-result.ts): the thread that takes them then neither rebuilds nor serializes a finding for the JSON report. */
export default async function lintBatch({ files, options }: Batch): Promise<Array<FileResult | PackedResult | undefined>> {
  const results: Array<FileResult | PackedResult | undefined> = [];
  for await (const result of lintInTurn(files, options)) results.push(result && packResult(result));
  return results;
}
