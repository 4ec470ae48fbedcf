// ConfigError: every problem with a config (syntax, schema, extends) surfaces as one of these, so the CLI
// can print it and exit with code 2, and editors can place it (line/column when known).
import leven from 'leven';

export interface ConfigErrorDetails {
  /** The config file (or a label such as `--rule` for command-line input). */
  filePath: string;
  /** Where in the config, e.g. `rules.require-sections[1].required`; empty for the file as a whole. */
  keyPath?: string;
  /** 1-based position of a syntax error. */
  line?: number;
  column?: number;
  cause?: unknown;
}

export class ConfigError extends Error {
  readonly filePath: string;
  readonly keyPath: string;
  readonly line: number | undefined;
  readonly column: number | undefined;

  /** `problem` says what is wrong and what was expected; the message adds the file, position and key path. */
  constructor(problem: string, details: ConfigErrorDetails) {
    const { filePath, keyPath = '', line, column } = details;
    const where = line === undefined ? filePath : `${filePath}:${line}:${column ?? 1}`;
    super(`Invalid config ${where}: ${keyPath ? `${keyPath}: ` : ''}${problem}`, { cause: details.cause });
    this.name = 'ConfigError';
    this.filePath = filePath;
    this.keyPath = keyPath;
    this.line = line;
    this.column = column;
  }
}

/** Longest piece of a config's own text (a key, a value) quoted in an error. */
export const EXCERPT_LENGTH = 32;

/**
 * A key or value from a config as an error quotes it: at most EXCERPT_LENGTH characters, then `…`, with control,
 * bidirectional and line-separator characters written as `\uXXXX`, so no file content reaches a message whole
 * and nothing in it can rewrite a terminal.
 */
export function excerpt(text: string): string {
  const short = [...text].length > EXCERPT_LENGTH ? `${[...text].slice(0, EXCERPT_LENGTH).join('')}…` : text;
  return short.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `rules`, `require-sections`, `1` → `rules.require-sections[1]`; odd keys are quoted: `zh["section.plan"]`. */
export function formatKeyPath(segments: readonly (string | number)[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `["${excerpt(segment.replace(/["\\]/g, '\\$&'))}"]`;
  }
  return out;
}

/** The closest candidate, if it is close enough to be a plausible typo. */
export function nearest(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = leven(name, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

/** `; did you mean 'x'?`, or a list of what is allowed when nothing is close. */
export function suggestion(name: string, candidates: readonly string[]): string {
  const close = nearest(name, candidates);
  if (close) return ` (did you mean '${close}'?)`;
  return candidates.length > 0 && candidates.length <= 20 ? ` (expected one of: ${candidates.join(', ')})` : '';
}
