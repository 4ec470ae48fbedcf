// What every formatter receives and returns.
import type { FileResult, RuleMeta } from '../types.js';

export interface FormatterContext {
  /** Paths are shown relative to this folder (stylish, github, sarif). */
  cwd: string;
  /** Meta of the rules that ran (sarif lists them; others may link docs). */
  rulesMeta: Record<string, RuleMeta>;
  /** ANSI colour; only stylish uses it. The CLI decides it with `shouldUseColor`. */
  color?: boolean;
  /** Columns the stylish report's rows fit in (default 100); the CLI gives the terminal's width. */
  width?: number;
}

/**
 * A report written as the results come, file by file in path order, so a run over 10,000 files never holds
 * all their findings: the CLI writes what `file` returns at once and drops the result.
 */
export interface ReportWriter {
  /** The report's text for one more file (may be empty). */
  file(result: FileResult): string;
  /** The rest of the report, after the last file (a custom formatter may need to wait for it). */
  end(): string | Promise<string>;
}

export type CreateReportWriter = (context: FormatterContext) => ReportWriter;

/** The whole report at once. Output ends with a newline unless empty (github with nothing to report). */
export type Formatter = (results: FileResult[], context: FormatterContext) => string;
