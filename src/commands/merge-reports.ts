// `summarylint merge-reports <reports...>`: join the JSON or SARIF reports of `--shard` runs into the report
// one run over every file would have written, so a CI matrix can publish one result.
//
// - The format is read from each report (a JSON array is summarylint's JSON, an object with `runs` is SARIF);
//   all reports must have the same format, and the merged report has it too.
// - JSON: the files of every report, sorted by path as a single run sorts them. A file in two reports is an
//   error: shards never overlap, so the reports come from different runs.
// - SARIF: one run with the first report's tool and `%SRCROOT%`; results sorted by file (stable, so each
//   file's findings keep their order), rule indexes re-pointed to the merged rule list, notifications joined,
//   `executionSuccessful` only if every shard succeeded.
// - Exit code as a lint run's: 1 when the merged report holds errors, so the merge step can fail the pipeline.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CliIO } from '../cli.js';
import type { JsonResult } from '../formatters/json.js';
import { commandFor, CommandError } from './index.js';

type Sarif = {
  version: string;
  runs: Array<{
    tool: { driver: { rules?: Array<{ id: string }> } & Record<string, unknown> };
    results?: SarifResult[];
    invocations?: Array<{ executionSuccessful?: boolean; toolExecutionNotifications?: unknown[] }>;
  } & Record<string, unknown>>;
} & Record<string, unknown>;

type SarifResult = {
  ruleId?: string;
  ruleIndex?: number;
  level?: string;
  locations?: Array<{ physicalLocation?: { artifactLocation?: { uri?: string } } }>;
} & Record<string, unknown>;

export async function run(args: string[], io: CliIO): Promise<number> {
  const program = commandFor('merge-reports', io)
    .description('Merge the JSON or SARIF reports of --shard runs into one report.')
    .argument('<reports...>', 'report files written by `summarylint --shard i/n --format json|sarif -o …`')
    .option('-o, --output-file <file>', 'write the merged report to this file instead of stdout')
    .addHelpText('after', '\nExit codes: 0 merged, no errors; 1 merged, the report holds errors; 2 a report is missing or unreadable.');
  program.parse(args, { from: 'user' });
  const files = program.processedArgs[0] as string[];
  const { outputFile } = program.opts<{ outputFile?: string }>();

  const reports = await Promise.all(files.map((file) => readReport(path.resolve(io.cwd, file), file)));
  const kinds = new Set(reports.map((report) => report.kind));
  if (kinds.size > 1) throw new CommandError('the reports mix JSON and SARIF; merge reports of one format');

  let text: string;
  let hasErrors: boolean;
  if (reports[0].kind === 'json') {
    const merged = mergeJson(reports.map((report) => ({ name: report.name, results: report.data as JsonResult[] })));
    text = JSON.stringify(merged) + '\n';
    hasErrors = merged.some((result) => result.errorCount > 0);
  } else {
    const merged = mergeSarif(reports.map((report) => report.data as Sarif));
    text = JSON.stringify(merged, null, 2) + '\n';
    hasErrors = merged.runs[0].results!.some((result) => result.level === 'error');
  }

  if (outputFile === undefined) io.stdout.write(text);
  else {
    await writeFile(path.resolve(io.cwd, outputFile), text).catch((error: NodeJS.ErrnoException) => {
      throw new CommandError(`cannot write "${outputFile}": ${error.code ?? error.message}`);
    });
  }
  return hasErrors ? 1 : 0;
}

async function readReport(file: string, name: string): Promise<{ name: string; kind: 'json' | 'sarif'; data: unknown }> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    throw new CommandError(`cannot read the report "${name}": ${e.code === 'ENOENT' ? 'no such file' : e instanceof SyntaxError ? 'not JSON' : (e.code ?? e.message)}`);
  }
  if (Array.isArray(data) && data.every((entry) => typeof entry?.filePath === 'string' && Array.isArray(entry.messages))) {
    return { name, kind: 'json', data };
  }
  const sarif = data as Partial<Sarif> | null;
  if (sarif && typeof sarif === 'object' && Array.isArray(sarif.runs) && sarif.runs.length === 1) return { name, kind: 'sarif', data };
  throw new CommandError(`"${name}" is neither a summarylint JSON report nor a SARIF report with one run`);
}

export function mergeJson(reports: Array<{ name: string; results: JsonResult[] }>): JsonResult[] {
  const seen = new Map<string, string>();
  const merged: JsonResult[] = [];
  for (const { name, results } of reports) {
    for (const result of results) {
      const other = seen.get(result.filePath);
      if (other !== undefined) {
        throw new CommandError(`"${result.filePath}" is in both "${other}" and "${name}": shards never overlap, so these reports are not from one sharded run`);
      }
      seen.set(result.filePath, name);
      merged.push(result);
    }
  }
  return merged.sort((a, b) => compare(a.filePath, b.filePath));
}

export function mergeSarif(reports: Sarif[]): Sarif {
  const runs = reports.map((report) => report.runs[0]);
  const rules = new Map<string, { id: string }>();
  for (const run of runs) for (const rule of run.tool.driver.rules ?? []) if (!rules.has(rule.id)) rules.set(rule.id, rule);
  const ruleList = [...rules.values()].sort((a, b) => compare(a.id, b.id));
  const index = new Map(ruleList.map((rule, i) => [rule.id, i]));

  const results: SarifResult[] = runs
    .flatMap((run) => run.results ?? [])
    .map(({ ruleId, ruleIndex: _old, ...rest }) => {
      // Keys in the order the SARIF formatter writes them, so a merged report reads like a single run's.
      const i = ruleId === undefined ? undefined : index.get(ruleId);
      return { ruleId, ...(i === undefined ? {} : { ruleIndex: i }), ...rest };
    });
  results.sort((a, b) => compare(uriOf(a), uriOf(b)));
  const notifications = runs.flatMap((run) => run.invocations?.[0]?.toolExecutionNotifications ?? []);

  const [first] = runs;
  const run = {
    ...first,
    tool: { ...first.tool, driver: { ...first.tool.driver, rules: ruleList } },
    results,
    invocations: [
      {
        ...first.invocations?.[0],
        executionSuccessful: runs.every((r) => r.invocations?.[0]?.executionSuccessful !== false),
        toolExecutionNotifications: notifications,
      },
    ],
  };
  return { ...reports[0], runs: [run] };
}

function uriOf(result: SarifResult): string {
  const uri = result.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '';
  try {
    return decodeURIComponent(uri);
  } catch {
    return uri;
  }
}

/** By UTF-16 code units, as the CLI sorts files, never by locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
