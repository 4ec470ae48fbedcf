// A worker thread of the pool (see pool.ts): lints one batch of files with `lintInTurn`, as a single-threaded
// run does, so results cannot differ between the two. Configs and word lists stay loaded
// between batches, so each worker pays its start-up once. Results go back as the plain objects they are.
import { lintInTurn, type LintFilesOptions } from '../lint.js';
import type { FileResult } from '../types.js';

export interface Batch {
  files: string[];
  options: LintFilesOptions;
}

export default async function lintBatch({ files, options }: Batch): Promise<Array<FileResult | undefined>> {
  const results: Array<FileResult | undefined> = [];
  for await (const result of lintInTurn(files, options)) results.push(result);
  return results;
}
