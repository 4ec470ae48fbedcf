// What every formatter receives and returns.
import type { FileResult, RuleMeta } from '../types.js';

export interface FormatterContext {
  /** Paths are shown relative to this folder (stylish, github, sarif). */
  cwd: string;
  /** Meta of the rules that ran (sarif lists them; others may link docs). */
  rulesMeta: Record<string, RuleMeta>;
  /** ANSI colour; only stylish uses it. The CLI decides it with `shouldUseColor`. */
  color?: boolean;
}

/**
 * A report written as the results come, file by file in path order, so a run over 10,000 files never holds
 * all their findings: the CLI writes what `file` returns at once and drops the result.
 */
export interface ReportWriter {
  /**
   * The report's text for one more file (may be empty); UTF-8 bytes where it copies stored text (the JSON
   * report's entry for a result from the cache), so those bytes are never decoded only to be encoded again.
   */
  file(result: FileResult): ReportPiece;
  /** The rest of the report, after the last file. */
  end(): string;
}

/**
 * Report text: a string, UTF-8 bytes, or several of these in order. A list lets stored bytes go out between their
 * head and tail as they are: copying them into one buffer per file made the thread that writes a 10,000-file JSON
 * report allocate and free its 226 MB a second time.
 */
export type ReportPiece = string | Uint8Array | ReadonlyArray<string | Uint8Array>;

export type CreateReportWriter = (context: FormatterContext) => ReportWriter;

/** The whole report at once. Output ends with a newline unless empty (github with nothing to report). */
export type Formatter = (results: FileResult[], context: FormatterContext) => string;
