// The command line: a thin shell over `lintFiles` / `lintText` and the formatters.
//
//   summarylint [options] [paths or globs...]        (no path: the current folder)
//
// Exit codes (ESLint's convention):
//   0  no lint errors, and warnings within --max-warnings (info findings never count)
//   1  lint errors, or more warnings than --max-warnings allows
//   2  usage error (bad flag or value), config error, a path or glob that matched nothing (the other paths
//      are still linted and reported), a file that could not be linted (unreadable, a rule crashed), the
//      report could not be written, or an internal error
//
// Choices worth knowing:
// - An explicitly named file that is ignored (ignore files, --ignore-pattern, node_modules) is reported as
//   ESLint does: a result for that file with one `warn` finding without a rule id ("File ignored because of a
//   matching ignore pattern. …"), and so is one its config skips (`ignores`, `files`, or a README, which is not
//   a summary by default: src/config/summaries.ts). Like any warning it counts for --max-warnings and is
//   dropped by --quiet; --no-warn-ignored drops it (hooks pass every staged Markdown file by name).
// - --quiet drops warn and info findings before formatting, and the exit code is computed from what is left
//   (ESLint 9: `--quiet --max-warnings 0` passes when only warnings were found).
// - --report-unused-disable-directives reports unused directives as errors, as ESLint's flag does.
// - Diagnostics (missing paths, config errors, "too many warnings") go to stderr; stdout carries only the
//   report, so `--format json | jq` always gets valid JSON.
//
// Start-up time matters (pre-commit hooks, editors): only commander and the small formatter registry load
// up front; the linter, config loader, rules and the chosen formatter are imported when a run needs them,
// so `--version` and `--help` load none of them.
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { displayPath, toVisible } from './formatters/util.js';
import {
  formatterNames,
  getReportWriter,
  isFormatterName,
  isFormatterPath,
  shouldUseColor,
  type CreateReportWriter,
  type FormatterName,
  type ReportWriter,
} from './formatters/index.js';
import type { ColorStream } from './formatters/color.js';
import { packageInfo } from './package-info.js';
import { parseByteSize } from './read.js';
import { fileOutput, streamOutput, writeTo, type ReportOutput } from './report-output.js';
import type { ConfigOptions } from './config/load.js';
import type { Concurrency } from './runner/index.js';
import { languageCodes } from './languages/index.js';
import { LEVEL_VALUES, toLevel } from './config/levels.js';
import { parseShard, type Shard } from './runner/shard.js';
import type { SuppressionRun } from './suppressions.js';
import type { FileResult, Finding, KindInfo, Lang, Level, ResolvedConfig, RuleMeta, Severity } from './types.js';

/** Where the CLI reads and writes; tests may pass their own streams and folder. */
export interface CliIO {
  stdout: NodeJS.WritableStream & ColorStream & { columns?: number };
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  env: Record<string, string | undefined>;
  cwd: string;
}

interface CliOptions {
  config?: string;
  configLookup: boolean;
  rule?: Record<string, Level>;
  lang?: 'auto' | Lang;
  /** A built-in format's name or a formatter file. */
  format: string;
  outputFile?: string;
  reportFile?: ExtraReport[];
  quiet?: boolean;
  maxWarnings?: number;
  stdin?: boolean;
  color?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  stdinFilename?: string;
  printConfig?: string;
  ignorePattern?: string[];
  ignore: boolean;
  warnIgnored: boolean;
  reportUnusedDisableDirectives?: boolean;
  listRules?: boolean;
  changedSince?: string;
  suppressAll?: boolean;
  suppressRule?: string[];
  suppressionsLocation?: string;
  pruneSuppressions?: boolean;
  concurrency: Concurrency;
  cache?: boolean;
  cacheLocation?: string;
  shard?: Shard;
  safe?: boolean;
  maxFileSize?: number;
  previous?: string;
}

/** `--report-file <format>:<file>`: the same findings, also written in another format to a file. */
interface ExtraReport {
  format: FormatterName;
  file: string;
}

/** Severity of unused-directive findings under --report-unused-disable-directives (ESLint reports errors). */
const UNUSED_DIRECTIVE_SEVERITY: Severity = 'error';

/**
 * Run the CLI. `argv` is `process.argv`-shaped (`[node, script, ...args]`). Resolves to the exit code; never
 * rejects and never calls `process.exit` (the bin shim sets `process.exitCode`).
 */
export async function main(argv: string[], io: Partial<CliIO> = {}): Promise<number> {
  const ctx: CliIO = {
    stdout: io.stdout ?? process.stdout,
    stderr: io.stderr ?? process.stderr,
    stdin: io.stdin ?? process.stdin,
    env: io.env ?? process.env,
    cwd: path.resolve(io.cwd ?? process.cwd()),
  };
  // `summarylint … | head -1`: the reader went away; stop writing quietly instead of crashing on EPIPE.
  ignoreBrokenPipe(ctx.stdout);
  ignoreBrokenPipe(ctx.stderr);

  // `summarylint init|new|rules …`: subcommands parse their own arguments (src/commands/).
  const { isSubcommand } = await import('./commands/index.js');
  if (isSubcommand(argv[2])) return runSubcommand(argv[2], argv.slice(3), ctx);

  let options: CliOptions;
  let patterns: string[];
  try {
    ({ options, patterns } = parseArguments(argv, ctx));
  } catch (error) {
    // --help and --version "fail" with exit code 0; every real usage error is 2, not commander's 1.
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    return crash(error, ctx);
  }

  if (options.listRules) return runSubcommand('rules', [], ctx);

  try {
    return await run(options, patterns, ctx);
  } catch (error) {
    if (isConfigError(error) || error instanceof UsageError || (error instanceof Error && ['ChangedFilesError', 'SuppressionsError', 'FormatterError'].includes(error.name))) {
      say(ctx, error.message);
      return 2;
    }
    return crash(error, ctx);
  }
}

async function runSubcommand(name: string, args: string[], ctx: CliIO): Promise<number> {
  const { subcommands } = await import('./commands/index.js');
  try {
    return await (await subcommands[name]()).run(args, ctx);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (isConfigError(error) || (error instanceof Error && error.name === 'CommandError')) {
      say(ctx, (error as Error).message);
      return 2;
    }
    return crash(error, ctx);
  }
}

// ---------- arguments ----------

function parseArguments(argv: string[], ctx: CliIO): { options: CliOptions; patterns: string[] } {
  const program = new Command('summarylint')
    .description('Lint Markdown work summaries and reports (English and Chinese).')
    .usage('[options] [paths or globs...]')
    .argument('[paths...]', 'files, folders or globs to lint (default: the current folder)')
    .option('-c, --config <file>', 'use this config file instead of looking one up')
    .option('--no-config-lookup', 'do not look for config files (only -c and the built-in defaults apply)')
    .option('--rule <id:level>', 'set a rule\'s level, e.g. require-sections:warn (repeatable; level: off, info, warn, error)', collectRule)
    .addOption(new Option('--lang <lang>', 'document language').choices(['auto', ...languageCodes()]))
    .option('-f, --format <name>', `report format: ${formatterNames.join(', ')}, or a formatter file such as ./my-formatter.js`, parseFormat, 'stylish')
    .option('--color', 'colour the stylish report even when not writing to a terminal')
    .option('--no-color', 'never colour the report (NO_COLOR and FORCE_COLOR=0 do the same)')
    .option('-o, --output-file <file>', 'write the report to this file instead of stdout')
    .option('--report-file <format:file>', 'also write the report in this format to this file, e.g. sarif:summarylint.sarif (repeatable)', collectReportFile)
    .option('--quiet', 'report errors only (drop warnings and info findings)')
    .option('--max-warnings <n>', 'exit with code 1 when there are more than n warnings', parseCount)
    .option('--stdin', 'lint the text on standard input (a lone `-` as the path does the same)')
    .option('--stdin-filename <name>', 'with --stdin: the file name that selects the config and names the result')
    .option('--print-config <file>', 'print the config that applies to this file, as JSON, and exit')
    .option('--ignore-pattern <pattern>', 'skip files matching this pattern (gitignore syntax; repeatable)', collect)
    .option('--no-ignore', 'disable ignore files, --ignore-pattern and config `ignores`')
    .option('--fix', 'apply the fixes rules can make safely (insert a missing section, remove a template line) and report what is left')
    .option('--fix-dry-run', 'print the changes --fix would make as a unified diff, without writing; exit 1 when there are some')
    .option('--no-warn-ignored', 'no warning for files named on the command line that are ignored or not summaries')
    .option('--report-unused-disable-directives', 'report summarylint-disable comments that suppress nothing, as errors')
    .option('--safe', 'for untrusted files (pull requests): load only JSON and YAML configs, never JavaScript configs or plugins')
    .option('--max-file-size <size>', 'skip files larger than this, with a warning (e.g. 500KB, 50MB; default 10MB)', parseSize)
    .option('--list-rules', 'list the rules (the same as `summarylint rules`) and exit')
    .option('--changed-since <ref>', 'lint only Markdown files changed since this git ref (its merge base with HEAD), plus uncommitted ones')
    .option('--suppress-all', 'record every current error and warning in the suppressions file, so later runs report only new ones')
    .option('--suppress-rule <id>', 'record the current findings of this rule in the suppressions file (repeatable)', collect)
    .option('--suppressions-location <file>', 'the suppressions file (default: summarylint-suppressions.json)')
    .option('--prune-suppressions', 'lower the counts in the suppressions file to what is still needed')
    .option('--concurrency <n>', 'worker threads: auto (when there are enough files and 3 or more cores), off, or a number', parseConcurrency, 'auto')
    .option('--cache', 'reuse the findings of unchanged files (content, config and version) from the cache file')
    .option('--cache-location <path>', 'the cache file, or a folder for it (default: .summarylintcache)')
    .option('--previous <file>', 'the previous summary that follow-up-plan compares each linted file with (default: found from its series)')
    .option('--shard <i/n>', 'lint only shard i of n (by a stable hash of each path), for CI matrices', parseShardOption)
    .version(packageInfo().version, '-v, --version', 'print the version number')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', HELP_AFTER)
    .showHelpAfterError("Run 'summarylint --help' for the options.")
    .exitOverride()
    .configureOutput({
      writeOut: (text) => void ctx.stdout.write(text),
      writeErr: (text) => void ctx.stderr.write(text),
      outputError: (text, write) => write(`summarylint: ${text}`),
    });

  program.parse(argv, { from: 'node' });
  const options = program.opts<CliOptions>();
  let patterns = program.processedArgs[0] as string[];

  const usage = (message: string) => program.error(`error: ${message}`, { exitCode: 2, code: 'summarylint.usage' });
  // `-` names standard input, as in ESLint, markdownlint-cli2 and most Unix tools.
  if (patterns.includes('-')) {
    if (patterns.length > 1) usage('`-` lints standard input; do not pass other paths with it');
    if (options.stdin) usage('pass either `-` or --stdin, not both');
    options.stdin = true;
    patterns = [];
  }
  if (options.printConfig !== undefined && (patterns.length > 0 || options.stdin)) {
    usage('--print-config takes one file; do not pass other paths or --stdin with it');
  }
  if (options.stdin && patterns.length > 0) {
    usage('--stdin lints standard input; do not pass paths with it (name the text with --stdin-filename)');
  }
  if (options.stdinFilename !== undefined && !options.stdin) usage('--stdin-filename only works with --stdin');
  if (options.fix && options.fixDryRun) usage('pass either --fix or --fix-dry-run, not both');
  if (options.stdin && (options.fix || options.fixDryRun)) usage('--fix and --fix-dry-run work on files, not with --stdin');
  if (options.stdin && (options.changedSince !== undefined || options.suppressAll || options.suppressRule || options.pruneSuppressions)) {
    usage('--changed-since and the suppression options work on files, not with --stdin');
  }
  if (options.previous !== undefined && !existsSync(path.resolve(ctx.cwd, options.previous))) usage(`--previous: no such file "${options.previous}"`);
  return { options, patterns };
}

const HELP_AFTER = `
Commands:
  summarylint init              write a .summarylintrc.json here (--preset, --lang, --force)
  summarylint new <template>    write a skeleton summary: weekly, monthly, quarterly, annual (--lang en|zh)
  summarylint rules [id]        list the rules, or show one rule's documentation
  summarylint merge-reports <reports...>  merge the JSON or SARIF reports of --shard runs
  summarylint lsp               run the Language Server over stdio, for editors (docs/editors.md)
  summarylint report [paths...] -o site/  write the quality report (HTML) of the summaries (--from results.json)

Exit codes:
  0  no errors, and warnings within --max-warnings
  1  lint errors, or too many warnings
  2  usage or config error, a path that matched nothing, a file that could not be linted, or a crash

Examples:
  summarylint reports/
  summarylint "reports/**/*.md" --format json -o report.json
  cat weekly.md | summarylint --stdin --stdin-filename reports/weekly.md`;

function parseFormat(value: string): string {
  if (isFormatterName(value) || isFormatterPath(value)) return value;
  throw new InvalidArgumentError(`Choose one of ${formatterNames.join(', ')}, or give a formatter file such as ./my-formatter.js.`);
}

/** A built-in format, or the user's formatter file, which runs code and so is refused under --safe. */
async function loadWriter(options: CliOptions, cwd: string) {
  if (isFormatterName(options.format)) return getReportWriter(options.format);
  if (options.safe) throw new UsageError(`--safe does not load formatter files ("${options.format}"): they run code. Use a built-in format.`);
  const { loadCustomWriter } = await import('./formatters/custom.js');
  return loadCustomWriter(options.format, cwd);
}

function parseConcurrency(value: string): Concurrency {
  if (value === 'auto' || value === 'off') return value;
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new InvalidArgumentError('Expected auto, off, or a number of threads (1 or more).');
  return Number(value);
}

function parseShardOption(value: string): Shard {
  try {
    return parseShard(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function collectReportFile(value: string, previous: ExtraReport[] | undefined): ExtraReport[] {
  const colon = value.indexOf(':');
  const format = value.slice(0, colon);
  if (colon < 1 || colon === value.length - 1 || !isFormatterName(format)) {
    throw new InvalidArgumentError(`Expected <format>:<file> with format ${formatterNames.join(', ')}, e.g. sarif:summarylint.sarif.`);
  }
  return [...(previous ?? []), { format, file: value.slice(colon + 1) }];
}

function collectRule(value: string, previous: Record<string, Level> | undefined): Record<string, Level> {
  const match = /^\s*([^\s:]+)\s*:\s*(\w+)\s*$/.exec(value);
  const level = match ? toLevel(match[2]) : undefined;
  if (!match || !level) {
    throw new InvalidArgumentError(`Expected <rule-id>:<level> with level ${LEVEL_VALUES.join(', ')}, e.g. require-sections:warn.`);
  }
  return { ...previous, [match[1]]: level };
}

function parseSize(value: string): number {
  const bytes = parseByteSize(value);
  if (bytes === undefined) throw new InvalidArgumentError('Expected a size such as 500KB, 10MB or 1GB.');
  return bytes;
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError('Expected a whole number, 0 or more.');
  return Number(value);
}

// ---------- the run ----------

/**
 * `--print-config FILE` for a file that exists: the kind it is judged as, and why (`detectedKind`), and the rules as they apply to
 * that kind. A file not written yet gets the config alone.
 */
async function withKind(config: ResolvedConfig, file: string): Promise<ResolvedConfig & { detectedKind?: KindInfo }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return config;
  }
  const [{ kindOfText, effectiveRules }, { rulesFor }] = await Promise.all([import('./engine/run.js'), import('./lint.js')]);
  const rules = rulesFor(config);
  const detectedKind = kindOfText(text, config, rules, file);
  return { ...config, rules: effectiveRules(config, rules, detectedKind), detectedKind };
}

class UsageError extends Error {}

async function run(options: CliOptions, patterns: string[], ctx: CliIO): Promise<number> {
  const { cwd } = ctx;
  const configOptions: ConfigOptions = {
    cwd,
    configFile: options.config,
    useConfigLookup: options.configLookup,
    rules: options.rule,
    language: options.lang,
    safe: options.safe,
  };

  if (options.printConfig !== undefined) {
    const { loadConfig, printConfig } = await import('./config/index.js');
    const config = await loadConfig(options.printConfig, configOptions);
    await writeTo(ctx.stdout, printConfig(await withKind(config, path.resolve(cwd, options.printConfig))));
    return 0;
  }

  const outputFile = options.outputFile === undefined ? undefined : path.resolve(cwd, options.outputFile);
  const cores = os.availableParallelism();
  if (typeof options.concurrency === 'number' && options.concurrency > cores) {
    ctx.stderr.write(`summarylint: --concurrency ${options.concurrency} is more than the ${cores} cores here; using at most ${cores} threads.\n`);
  }

  const reportUnusedDisableDirectives = options.reportUnusedDisableDirectives ? UNUSED_DIRECTIVE_SEVERITY : undefined;
  const [createWriter, suppressions] = await Promise.all([
    loadWriter(options, cwd),
    options.stdin ? undefined : openSuppressionRun(options, ctx),
  ]);
  // The report (stdout or -o), then one per --report-file: the same results, each in its format, from one run.
  // --color / --no-color win; otherwise colour only on a terminal that has it (never in a file). Rows fit a
  // terminal's width; a file or a pipe gets the stylish default.
  const reports: Report[] = [
    {
      createWriter,
      output: outputFile ? await reportFile(options.outputFile!, outputFile) : streamOutput(ctx.stdout),
      color: options.color ?? (outputFile ? false : shouldUseColor(ctx.stdout, ctx.env)),
      width: !outputFile && ctx.stdout.isTTY && ctx.stdout.columns ? ctx.stdout.columns : undefined,
    },
  ];
  try {
    for (const extra of options.reportFile ?? []) {
      reports.push({ createWriter: await getReportWriter(extra.format), output: await reportFile(extra.file, path.resolve(cwd, extra.file)), color: false });
    }
  } catch (error) {
    for (const { output } of reports) await output.abort();
    throw error;
  }
  // Made at the first result, once the run has loaded its configs' plugins (SARIF lists their rules first).
  const writerOf = async (report: Report) =>
    (report.writer ??= report.createWriter({ cwd, rulesMeta: await loadRulesMeta(), color: report.color, width: report.width }));
  let errors = 0;
  let warnings = 0;
  let fatal = 0;
  let diffs = 0;
  // --fix lints a file with fixable findings again, fixing it pass by pass, and reports what is left;
  // --fix-dry-run prints the diff instead of the report.
  const fix = async (result: FileResult): Promise<FileResult> => {
    if (!result.findings.some((finding) => finding.fix)) return result;
    const { fixFile, fixDiff } = await import('./fix.js');
    const outcome = await fixFile(result.filePath, { ...configOptions, reportUnusedDisableDirectives }, options.fix === true);
    if (!outcome) return result;
    if (options.fixDryRun) {
      const diff = fixDiff(toVisible(displayPath(result.filePath, cwd)), outcome.before, outcome.after);
      if (diff) diffs++;
      await reports[0].output.write(diff);
      return result;
    }
    return outcome.result;
  };
  // Files whose kind nothing named: said once at the end of the run, never guessed silently.
  const guessed: string[] = [];
  // Each result is written as soon as it comes, then dropped: a run over 10,000 files holds a few at a time.
  const report = async (result: FileResult) => {
    if (options.fix || options.fixDryRun) result = await fix(result);
    if (suppressions) result = suppressions.apply(result);
    if (options.quiet) result = errorsOnly(result);
    errors += result.errorCount;
    warnings += result.warningCount;
    if (result.findings.some((finding) => finding.fatal)) fatal++;
    if (result.kind?.source === 'default') guessed.push(path.relative(cwd, result.filePath) || result.filePath);
    if (!options.fixDryRun) for (const each of reports) await each.output.write((await writerOf(each)).file(result));
  };

  let patternErrors: Array<{ pattern: string; message: string }> = [];
  try {
    if (options.stdin) {
      await report(await lintStdin(options, configOptions, reportUnusedDisableDirectives, ctx));
    } else {
      const { findFiles, lintMany } = await import('./lint.js');
      const lintOptions = {
        ...configOptions,
        ignore: options.ignore,
        ignorePatterns: options.ignorePattern,
        warnIgnored: options.warnIgnored,
        onlyFiles: options.changedSince === undefined ? undefined : await changedFiles(options.changedSince, cwd),
        reportUnusedDisableDirectives,
        maxFileSize: options.maxFileSize,
        concurrency: options.concurrency,
        cache: options.cache,
        cacheLocation: options.cacheLocation,
        shard: options.shard,
        previous: options.previous,
      };
      const found = await findFiles(patterns, lintOptions);
      await refuseInputsAsOutputs(found.files, outputFile, options, cwd);
      patternErrors = found.errors;
      const namedOptions = { ...lintOptions, namedFiles: found.named };
      // SARIF names every rule before the first result, plugin rules too: load every file's config (and so its
      // plugins) here first. Worker threads load theirs on their own; this thread would not see them.
      if ([options.format, ...(options.reportFile ?? []).map((extra) => extra.format)].includes('sarif')) {
        const { configFor } = await import('./lint.js');
        for (const file of found.files) await configFor(file, lintOptions);
      }
      // Ignored files named on the command line get a warning each, in path order among the results.
      const ignored = found.warnings.map((w) => ignoredResult(w.filePath, w.message)).sort(byPath);
      let next = 0;
      const { cacheError } = await lintMany(found.files, { ...namedOptions, namedLinks: found.links }, async (result) => {
        while (next < ignored.length && byPath(ignored[next], result) < 0) await report(ignored[next++]);
        await report(result);
      });
      while (next < ignored.length) await report(ignored[next++]);
      if (cacheError) patternErrors = [...patternErrors, cacheError];
      if (suppressions) await finishSuppressions(suppressions, options, ctx);
    }
    for (const each of reports) {
      if (!options.fixDryRun) await each.output.write(await (await writerOf(each)).end());
      await each.output.close();
    }
  } catch (error) {
    for (const each of reports) await each.output.abort();
    throw error;
  }

  for (const error of patternErrors) say(ctx, error.message);
  if (guessed.length > 0) ctx.stderr.write(guessedKindsNote(guessed));

  if (fatal > 0) {
    ctx.stderr.write(`summarylint: ${fatal} ${fatal === 1 ? 'file' : 'files'} could not be linted completely (see the report).\n`);
  }
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  if (tooManyWarnings) ctx.stderr.write(`summarylint found too many warnings (maximum: ${options.maxWarnings}).\n`);

  if (patternErrors.length > 0 || fatal > 0) return 2;
  if (options.fixDryRun) return diffs > 0 ? 1 : 0;
  return errors > 0 || tooManyWarnings ? 1 : 0;
}

/** `-o a.md a.md` or `--cache --cache-location b.md b.md` would overwrite a file being linted: refuse them. */
async function refuseInputsAsOutputs(files: readonly string[], outputFile: string | undefined, options: CliOptions, cwd: string): Promise<void> {
  const inputs = new Set(files.map((file) => path.resolve(cwd, file)));
  if (outputFile !== undefined && inputs.has(outputFile)) {
    throw new UsageError(`Cannot write the report to "${options.outputFile}": it is one of the files being linted.`);
  }
  if (options.cache) {
    const { cacheFilePath } = await import('./runner/cache.js');
    if (inputs.has(await cacheFilePath(cwd, options.cacheLocation))) {
      throw new UsageError(`Cannot use "${options.cacheLocation}" as the cache file: it is one of the files being linted.`);
    }
  }
}

/** The note for files judged as reviews because nothing said what kind of summary they are. */
function guessedKindsNote(files: string[]): string {
  const shown = files.slice(0, 3).map(toVisible).join(', ') + (files.length > 3 ? ` and ${files.length - 3} more` : '');
  const which = files.length === 1 ? '1 file names' : `${files.length} files name`;
  return `summarylint: note: ${which} no kind of summary in front matter, config, title or headings, so ${files.length === 1 ? 'it was' : 'they were'} judged as a review (${shown}); say which with front matter "kind:" or a config override's "kind" (see docs/kinds.md).\n`;
}

async function changedFiles(ref: string, cwd: string): Promise<Set<string>> {
  const { changedFiles } = await import('./changed.js');
  return changedFiles(ref, cwd);
}

/** Bulk suppressions (src/suppressions.ts): record, apply and prune counts per file and rule. */
async function openSuppressionRun(options: CliOptions, ctx: CliIO): Promise<SuppressionRun | undefined> {
  const { openSuppressions } = await import('./suppressions.js');
  return openSuppressions({
    cwd: ctx.cwd,
    location: options.suppressionsLocation,
    suppressAll: options.suppressAll,
    suppressRules: options.suppressRule,
    prune: options.pruneSuppressions,
  });
}

/** After the last file: check the rule ids (plugins are loaded by now), then write the file if it changed. */
async function finishSuppressions(run: SuppressionRun, options: CliOptions, ctx: CliIO): Promise<void> {
  if (options.suppressRule) {
    const { knownRules } = await import('./plugins.js');
    const unknown = options.suppressRule.filter((id) => !knownRules()[id]);
    if (unknown.length > 0) throw new UsageError(`--suppress-rule: unknown rule ${unknown.map((id) => `'${id}'`).join(', ')}`);
  }
  const outcome = await run.finish();
  if (outcome.written) say(ctx, `updated ${path.relative(ctx.cwd, outcome.written) || outcome.written}.`);
  if (outcome.unused > 0) {
    ctx.stderr.write(`summarylint: ${outcome.unused} suppression ${outcome.unused === 1 ? 'count is' : 'counts are'} higher than needed; run with --prune-suppressions to lower them.\n`);
  }
}

async function lintStdin(
  options: CliOptions,
  configOptions: ConfigOptions,
  reportUnusedDisableDirectives: Severity | undefined,
  ctx: CliIO,
): Promise<FileResult> {
  const bytes = await readAll(ctx.stdin);
  const name = options.stdinFilename;
  if (name !== undefined) {
    // An editor linting a file that is ignored, or not a summary, gets the same warning as naming it on the
    // command line (with --no-warn-ignored, a result with no findings).
    const filePath = path.resolve(ctx.cwd, name);
    const { ignoredPathWarning } = await import('./files.js');
    const { skippedByConfig, loadConfig } = await import('./config/index.js');
    const warning =
      (options.ignore === false ? undefined : await ignoredPathWarning(filePath, { cwd: ctx.cwd, ignorePatterns: options.ignorePattern })) ??
      skippedByConfig(await loadConfig(filePath, configOptions), filePath, options.ignore !== false);
    if (warning) return options.warnIgnored ? ignoredResult(filePath, warning) : { ...ignoredResult(filePath, warning), findings: [], warningCount: 0 };
  }
  const { lintBytes } = await import('./lint.js');
  const result = await lintBytes(bytes, { ...configOptions, filePath: name, reportUnusedDisableDirectives, previous: options.previous });
  return name === undefined ? { ...result, filePath: '<stdin>' } : result;
}

/** Where one report goes, in which format. */
interface Report {
  createWriter: CreateReportWriter;
  output: ReportOutput;
  color: boolean;
  /** Columns the stylish report fits in (a terminal's); undefined for its default. */
  width?: number;
  writer?: ReportWriter;
}

/** The `-o` file, opened before the run (a typo in -o should not cost a full run); its failures are usage errors. */
async function reportFile(given: string, file: string): Promise<ReportOutput> {
  const cannot = (reason: string) => new UsageError(`Cannot write the report to "${given}": ${reason}.`);
  const folder = path.dirname(file);
  const stats = await stat(folder).catch((error: NodeJS.ErrnoException) => error);
  if (stats instanceof Error) throw cannot(stats.code === 'ENOENT' ? `the folder "${path.dirname(given)}" does not exist` : describe(stats));
  if (!stats.isDirectory()) throw cannot(`"${path.dirname(given)}" is not a folder`);
  if ((await stat(file).catch(() => undefined))?.isDirectory()) throw cannot('it is a folder');
  const output = await fileOutput(file).catch((error) => {
    throw cannot(describe(error));
  });
  const failing =
    <A extends unknown[]>(step: (...args: A) => Promise<void>) =>
    async (...args: A) => {
      try {
        await step(...args);
      } catch (error) {
        throw cannot(describe(error));
      }
    };
  return { write: failing(output.write), close: failing(output.close), abort: output.abort };
}

/** Built-in rules and those of the plugins the run loaded (for formats that describe rules, like SARIF). */
async function loadRulesMeta(): Promise<Record<string, RuleMeta>> {
  const { knownRules } = await import('./plugins.js');
  return Object.fromEntries(Object.entries(knownRules()).map(([id, rule]) => [id, rule.meta as RuleMeta]));
}

/** ESLint's report for an explicitly named file that is skipped: one warning without a rule. */
function ignoredResult(filePath: string, message: string): FileResult {
  const finding: Finding = {
    ruleId: null,
    severity: 'warn',
    message,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    range: [0, 0],
    data: {},
  };
  return { filePath, findings: [finding], errorCount: 0, warningCount: 1, infoCount: 0, suppressedCount: 0 };
}

function errorsOnly(result: FileResult): FileResult {
  const findings = result.findings.filter((finding) => finding.severity === 'error');
  return { ...result, findings, errorCount: findings.length, warningCount: 0, infoCount: 0 };
}

function byPath(a: FileResult, b: FileResult): number {
  return a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0;
}

// ---------- I/O and failures ----------

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

const guarded = new WeakSet<object>();

/** Swallow write errors (EPIPE when the reader closed the pipe): there is nobody left to tell. */
function ignoreBrokenPipe(stream: NodeJS.WritableStream): void {
  if (guarded.has(stream)) return;
  guarded.add(stream);
  stream.on('error', () => {});
}

/** A diagnostic on stderr. Messages carry paths, rule ids and config keys from files: escaped as the terminal
 *  report escapes document text, so none can move the cursor or hide text. */
function say(ctx: CliIO, message: string): void {
  ctx.stderr.write(`summarylint: ${toVisible(message)}\n`);
}

function isConfigError(error: unknown): error is Error {
  // By name rather than `instanceof`, so the check survives a second copy of the config module.
  return error instanceof Error && error.name === 'ConfigError';
}

function describe(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e?.code === 'EISDIR') return 'it is a folder';
  if (e?.code === 'EACCES' || e?.code === 'EPERM') return 'permission denied';
  return e?.code ?? e?.message ?? String(error);
}

function crash(error: unknown, ctx: CliIO): number {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  let where = 'https://github.com/summarylint/summarylint/issues';
  try {
    const homepage = packageInfo().homepage;
    if (homepage) where = `${homepage.replace(/#.*$/, '').replace(/\/$/, '')}/issues`;
  } catch {
    // The package.json could not be read: keep the default address.
  }
  ctx.stderr.write(
    `summarylint: internal error: ${message}\n\n` +
      `This is a bug in summarylint. Please report it at ${where} with the command you ran ` +
      `(and the file, if you can share it).\n`,
  );
  return 2;
}
