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

/** Output ends with a newline unless empty (github with nothing to report). */
export type Formatter = (results: FileResult[], context: FormatterContext) => string;
