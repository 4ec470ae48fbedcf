// A formatter from the user's own module (`-f ./my-formatter.js`), with ESLint's shape: the default export is
// `(results, context) => string` (or a promise of one), `results` as the json format prints them (`messages`
// with ESLint's numeric `severity`, so many ESLint formatters work as they are) and `context` with `cwd` and
// `rulesMeta`. A module may instead export `createWriter(context)` returning `{ file(result), end() }` to write
// the report file by file; it gets the same result objects.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { importModule } from '../import-module.js';
import { toJsonResult, type JsonResult } from './json.js';
import type { CreateReportWriter, FormatterContext } from './types.js';

type CustomFormat = (results: JsonResult[], context: FormatterContext) => string | Promise<string>;
type CustomWriter = { file(result: JsonResult): string; end(): string | Promise<string> };

/** Thrown for a formatter file that cannot be used; the CLI prints the message and exits with 2. */
export class FormatterError extends Error {
  override name = 'FormatterError';
}

export async function loadCustomWriter(format: string, cwd: string): Promise<CreateReportWriter> {
  const file = path.resolve(cwd, format);
  const fail = (reason: string) => new FormatterError(`Cannot use the formatter "${format}": ${reason}.`);
  if (!(await stat(file).catch(() => undefined))?.isFile()) throw fail(`there is no file ${file}`);
  let module: { default?: unknown; createWriter?: unknown };
  try {
    module = await importModule(pathToFileURL(file).href);
  } catch (error) {
    throw fail(`loading it failed: ${(error as Error).message}`);
  }
  if (typeof module.createWriter === 'function') {
    const createWriter = module.createWriter as (context: FormatterContext) => CustomWriter;
    return (context) => {
      const writer = createWriter(context);
      return { file: (result) => writer.file(toJsonResult(result)) ?? '', end: async () => (await writer.end()) ?? '' };
    };
  }
  const format_ = module.default;
  if (typeof format_ !== 'function') throw fail('it must export a function (results, context) => string as its default export');
  return (context) => {
    // A whole-report function sees every result at once, as in ESLint.
    const results: JsonResult[] = [];
    return {
      file(result) {
        results.push(toJsonResult(result));
        return '';
      },
      async end() {
        const text = await (format_ as CustomFormat)(results, context);
        if (typeof text !== 'string') throw fail(`it returned ${typeof text}, not the report's text`);
        return text;
      },
    };
  };
}
