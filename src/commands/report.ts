// `summarylint report [paths…] -o site/` or `summarylint report --from results.json -o site/`: the quality report
// of a summaries repo, a static site (src/report/). It lints the paths itself, or reads the JSON of an earlier
// run (`-f json`), several files being the shards of one run (`--shard`), joined as `merge-reports` joins them.
//
// Exit codes: 0 the report is written (lint errors in the documents are its content, not a failure); 2 a usage or
// config error, an unreadable results file, a path that matched nothing, or the folder cannot be written.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Option } from 'commander';
import type { CliIO } from '../cli.js';
import type { JsonResult } from '../formatters/json.js';
import { packageInfo } from '../package-info.js';
import { reportDocuments, type ResultEntry } from '../report/documents.js';
import { REPORT_LOCALES } from '../report/labels.js';
import { buildModel } from '../report/model.js';
import { writeSite } from '../report/site.js';
import { patternProblem } from '../series.js';
import type { Locale } from '../types.js';
import { commandFor, CommandError } from './index.js';
import { packageFile } from '../package-info.js';
import { mergeJson } from './merge-reports.js';

interface ReportOptions {
  outputDir: string;
  from?: string[];
  root?: string;
  linkTemplate?: string;
  locale?: Locale;
  seriesPattern?: string[];
  config?: string;
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const program = commandFor('report', io)
    .description('Write the quality report of the summaries (a static HTML site) from a lint run or its JSON results.')
    .argument('[paths...]', 'files, folders or globs to lint for the report (default: the current folder)')
    .option('-o, --output-dir <folder>', 'the folder to write the site into (its index.html, assets/ and data/)', 'summarylint-report')
    .option('--from <results.json>', 'report on the JSON of an earlier run (`-f json`) instead of linting; repeat it for the shards of a sharded run', collect)
    .option('--root <folder>', 'the folder the report\'s paths are relative to, e.g. the repository a results file came from (default: the current folder)')
    .option('--link-template <url>', 'where a file links to: {path} and {line}, e.g. https://github.com/org/repo/blob/main/{path}#L{line} (default: the file, relative to the site)')
    .addOption(new Option('--locale <locale>', 'language of the labels (default: the config\'s locale, else the documents\' majority)').choices(REPORT_LOCALES))
    .option('--series-pattern <pattern>', 'a path pattern naming a summary\'s team and period, e.g. reports/{team}/{yyyy}-{mm}.md (repeatable)', collect)
    .option('-c, --config <file>', 'use this config file instead of looking one up')
    .addHelpText('after', '\nExit codes: 0 the report is written; 2 a usage or config error, an unreadable results file, or a path that matched nothing.');
  program.parse(args, { from: 'user' });
  const patterns = program.processedArgs[0] as string[];
  const options = program.opts<ReportOptions>();
  if (options.from && patterns.length > 0) throw new CommandError('report: give paths to lint or --from results files, not both');

  const root = path.resolve(io.cwd, options.root ?? '.');
  const outputDir = path.resolve(io.cwd, options.outputDir);
  await checkFolder(outputDir, options.outputDir);
  const config = await loadProjectConfig(io.cwd, options.config);

  let failed = false;
  let results: ResultEntry[];
  if (options.from) {
    const reports = await Promise.all(options.from.map(async (file) => ({ name: file, results: await readResults(path.resolve(io.cwd, file), file) })));
    results = reports.length === 1 ? reports[0].results : mergeJson(reports);
  } else {
    const lint = await lintForReport(patterns, io.cwd, options.config);
    for (const error of lint.errors) io.stderr.write(`summarylint: ${error}\n`);
    failed = lint.errors.length > 0;
    results = lint.results;
  }

  const seriesPatterns = [...(options.seriesPattern ?? []), ...config.seriesPatterns];
  checkPatterns(seriesPatterns);
  const documents = await reportDocuments(results, { root, seriesPatterns });
  const model = buildModel(documents, { locale: options.locale ?? config.locale });
  const assetsFolder = packageFile('templates/report');
  if (!assetsFolder) throw new Error('summarylint: cannot find its templates/report folder');
  const linkTemplate = options.linkTemplate ?? defaultLinkTemplate(outputDir, root);
  if (/^\s*(?:javascript|data|vbscript):/i.test(linkTemplate)) {
    throw new CommandError(`--link-template "${linkTemplate}": a link must be a web address or a path, not a script or data URL`);
  }
  await writeSite(outputDir, model, { linkTemplate, version: packageInfo().version, assetsFolder }).catch((error: NodeJS.ErrnoException) => {
    throw new CommandError(`cannot write the report into "${options.outputDir}": ${error.code ?? error.message}`);
  });
  const index = path.join(outputDir, 'index.html');
  const shown = path.relative(io.cwd, index).startsWith('..') ? index : path.relative(io.cwd, index);
  io.stdout.write(`Wrote the report of ${model.totals.documents} ${model.totals.documents === 1 ? 'document' : 'documents'} to ${shown}\n`);
  return failed ? 2 : 0;
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** The files themselves, relative to the site: a report opened from the repo's working tree opens them. */
function defaultLinkTemplate(outputDir: string, root: string): string {
  const up = path.relative(outputDir, root).split(path.sep).join('/');
  return up === '' ? '{path}' : `${up}/{path}`;
}

/** Each pattern tried once on no path, so a pattern that cannot be read is a usage error before any file is read. */
function checkPatterns(patterns: readonly string[]): void {
  for (const pattern of patterns) {
    const problem = patternProblem(pattern);
    if (problem) throw new CommandError(problem);
  }
}

async function checkFolder(folder: string, given: string): Promise<void> {
  const stats = await stat(folder).catch(() => undefined);
  if (stats && !stats.isDirectory()) throw new CommandError(`cannot write the report into "${given}": it is a file, not a folder`);
}

/** What the report reads from the config: the labels' locale and the series path patterns. */
async function loadProjectConfig(root: string, configFile: string | undefined): Promise<{ locale?: Locale; seriesPatterns: string[] }> {
  const { loadConfig } = await import('../config/index.js');
  const config = await loadConfig(path.join(root, 'summary.md'), { cwd: root, configFile });
  // `series.patterns` is the config key the series module reads (src/series.ts); read loosely, as the key
  // arrives with it.
  const series = (config as { series?: { patterns?: unknown } }).series;
  const seriesPatterns = Array.isArray(series?.patterns) ? series.patterns.filter((p): p is string => typeof p === 'string') : [];
  return { locale: config.locale === 'auto' ? undefined : config.locale, seriesPatterns };
}

async function readResults(file: string, name: string): Promise<ResultEntry[]> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    throw new CommandError(`cannot read the results "${name}": ${e.code === 'ENOENT' ? 'no such file' : e instanceof SyntaxError ? 'not JSON' : (e.code ?? e.message)}`);
  }
  if (data && typeof data === 'object' && Array.isArray((data as { runs?: unknown }).runs)) {
    throw new CommandError(`"${name}" is a SARIF report; the quality report reads summarylint's JSON (run with --format json)`);
  }
  if (!Array.isArray(data)) throw new CommandError(`"${name}" is not summarylint's JSON results (an array of files); run with --format json`);
  data.forEach((entry, i) => {
    const ok = entry && typeof entry.filePath === 'string' && Array.isArray(entry.messages) &&
      entry.messages.every((m: Partial<JsonResult['messages'][number]>) => m && typeof m.message === 'string' && Number.isFinite(m.line) && Number.isFinite(m.column));
    if (!ok) throw new CommandError(`"${name}": entry ${i + 1} is not a file result ({ filePath, messages: [{ message, line, column, … }] })`);
  });
  return data as ResultEntry[];
}

async function lintForReport(patterns: string[], cwd: string, configFile: string | undefined): Promise<{ results: ResultEntry[]; errors: string[] }> {
  const { findFiles, lintMany } = await import('../lint.js');
  const { toJsonResult } = await import('../formatters/json.js');
  const options = { cwd, configFile, concurrency: 'auto' as const };
  const found = await findFiles(patterns, options);
  const results: ResultEntry[] = [];
  const { cacheError } = await lintMany(found.files, options, (result) => {
    results.push(toJsonResult(result));
  });
  const errors = [...found.errors, ...(cacheError ? [cacheError] : [])].map((e) => e.message);
  results.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
  return { results, errors };
}
