// Bulk suppressions, as ESLint does them: adopt a rule on a repository that already has thousands of
// summaries without fixing them all first.
//
// - `--suppress-all` / `--suppress-rule <id>` record, per file and rule, how many findings there are now, in
//   `summarylint-suppressions.json` (next to where summarylint runs; `--suppressions-location` moves it).
// - Later runs drop a file's findings of a rule while there are no more than the recorded count. When there
//   are more, all of them are reported (which ones are new cannot be known), as in ESLint.
// - Counts that are higher than needed are reported on stderr; `--prune-suppressions` lowers them (and drops
//   files that no longer exist).
// Errors and warnings are counted; `info` findings never fail a run, so they are never suppressed. Paths in
// the file are relative to its folder, with `/`, sorted, so the file diffs well. It is written atomically.
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { summarize } from './engine/run.js';
import type { FileResult, Finding } from './types.js';
import { importModule } from './import-module.js';

export const SUPPRESSIONS_FILE = 'summarylint-suppressions.json';

/** `{ "reports/q1.md": { "no-vague-wording": { "count": 3 } } }` */
export type Suppressions = Record<string, Record<string, { count: number }>>;

export interface SuppressionOptions {
  cwd: string;
  /** The suppressions file (default `summarylint-suppressions.json` in cwd). */
  location?: string;
  /** Record every rule's findings (`--suppress-all`). */
  suppressAll?: boolean;
  /** Record these rules' findings (`--suppress-rule`). */
  suppressRules?: string[];
  /** Lower counts to what is needed, drop files that are gone (`--prune-suppressions`). */
  prune?: boolean;
}

export interface SuppressionOutcome {
  results: FileResult[];
  /** Findings removed by suppressions. */
  suppressed: number;
  /** Recorded counts (file × rule) higher than needed, after any pruning. */
  unused: number;
  /** The file, when this run wrote it. */
  written?: string;
}

export class SuppressionsError extends Error {
  override name = 'SuppressionsError';
}

/** Findings a suppression can cover: a rule's errors and warnings (not info, not fatal, not the engine's). */
const countable = (finding: Finding): finding is Finding & { ruleId: string } =>
  finding.ruleId !== null && !finding.fatal && finding.severity !== 'info';

function countsByRule(result: FileResult): Map<string, number> {
  const counts = new Map<string, number>();
  for (const finding of result.findings) if (countable(finding)) counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
  return counts;
}

/** Suppressions over a whole list of results at once (the API; the CLI applies them file by file). */
export async function applySuppressions(results: FileResult[], options: SuppressionOptions): Promise<SuppressionOutcome> {
  const run = await openSuppressions(options);
  if (!run) return { results, suppressed: 0, unused: 0 };
  const out = results.map((result) => run.apply(result));
  return { results: out, ...(await run.finish()) };
}

/** The suppressions of one run, or `undefined` when there are none and none are to be recorded or pruned. */
export async function openSuppressions(options: SuppressionOptions): Promise<SuppressionRun | undefined> {
  const file = path.resolve(options.cwd, options.location ?? SUPPRESSIONS_FILE);
  const recording = options.suppressAll || (options.suppressRules?.length ?? 0) > 0;
  if (!recording && !options.prune && !existsSync(file)) return undefined;
  return new SuppressionRun(file, await readSuppressions(file), options, Boolean(recording));
}

/** Applies (and records, prunes) suppressions one file at a time, then writes the file if it changed. */
export class SuppressionRun {
  private readonly folder: string;
  private readonly linted = new Set<string>();
  private changed = false;
  private suppressed = 0;
  private unused = 0;

  constructor(
    readonly file: string,
    private readonly suppressions: Suppressions,
    private readonly options: SuppressionOptions,
    private readonly recording: boolean,
  ) {
    this.folder = path.dirname(file);
  }

  private keyOf(filePath: string): string {
    return path.relative(this.folder, filePath).split(path.sep).join('/');
  }

  /** One file's result with its suppressed findings removed. */
  apply(result: FileResult): FileResult {
    const { suppressions, options } = this;
    const key = this.keyOf(result.filePath);
    // Neither recording nor a count for this file: the findings are not needed (a cached result keeps them unparsed).
    if (!this.recording && !suppressions[key]) {
      this.linted.add(key);
      return result;
    }
    const counts = countsByRule(result);
    // 1. Record what there is now.
    if (this.recording) {
      for (const [rule, count] of counts) {
        if (!options.suppressAll && !options.suppressRules!.includes(rule)) continue;
        (suppressions[key] ??= {})[rule] = { count };
        this.changed = true;
      }
    }
    // 2. Apply, and lower counts under --prune-suppressions.
    this.linted.add(key);
    const entry = suppressions[key];
    if (!entry) return result;
    const covered = new Set<string>();
    for (const [rule, { count }] of Object.entries(entry)) {
      const actual = counts.get(rule) ?? 0;
      if (actual <= count) covered.add(rule);
      if (actual < count) {
        if (options.prune) {
          if (actual === 0) delete entry[rule];
          else entry[rule] = { count: actual };
          this.changed = true;
        } else this.unused++;
      }
    }
    if (Object.keys(entry).length === 0) delete suppressions[key];
    if (covered.size === 0) return result;
    const kept = result.findings.filter((finding) => !(countable(finding) && covered.has(finding.ruleId)));
    this.suppressed += result.findings.length - kept.length;
    return summarize(result.filePath, kept, result.suppressedCount);
  }

  /** After the last file: prune files that are gone, write the file if anything changed. */
  async finish(): Promise<Omit<SuppressionOutcome, 'results'>> {
    const { suppressions, folder, file } = this;
    if (this.options.prune) {
      for (const key of Object.keys(suppressions)) {
        if (!this.linted.has(key) && !existsSync(path.resolve(folder, key))) {
          delete suppressions[key];
          this.changed = true;
        }
      }
    }
    let written: string | undefined;
    if (this.changed || (this.recording && !existsSync(file))) {
      await mkdir(folder, { recursive: true });
      // Loaded when a file is written, not at start-up (one-file runs never write one).
      const { default: writeFileAtomic } = await importModule<{ default: typeof import('write-file-atomic') }>('write-file-atomic');
      await writeFileAtomic(file, serialize(suppressions));
      written = file;
    }
    return { suppressed: this.suppressed, unused: this.unused, written };
  }
}

async function readSuppressions(file: string): Promise<Suppressions> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new SuppressionsError(`Cannot read the suppressions file ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new SuppressionsError(`The suppressions file ${file} is not valid JSON (${(error as Error).message}); fix it or delete it and run --suppress-all again`);
  }
  const valid =
    isRecord(data) &&
    Object.values(data).every((rules) => isRecord(rules) && Object.values(rules).every((r) => isRecord(r) && Number.isInteger(r.count) && (r.count as number) >= 0));
  if (!valid) throw new SuppressionsError(`The suppressions file ${file} does not have the expected shape { "<file>": { "<rule>": { "count": <n> } } }`);
  return data as Suppressions;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function serialize(suppressions: Suppressions): string {
  const sorted = Object.fromEntries(
    Object.keys(suppressions)
      .sort()
      .map((key) => [key, Object.fromEntries(Object.keys(suppressions[key]).sort().map((rule) => [rule, suppressions[key][rule]]))]),
  );
  return `${JSON.stringify(sorted, null, 2)}\n`;
}
