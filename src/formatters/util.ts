// Small helpers shared by the formatters.
import path from 'node:path';
import type { FileResult, Finding, Severity } from '../types.js';
import type { CreateReportWriter, Formatter } from './types.js';

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

const COUNT_KEY: Record<Severity, keyof Counts> = { error: 'errors', warn: 'warnings', info: 'infos' };

/** The whole-report form of a streaming formatter: every result through one writer. */
export function wholeReport(createWriter: CreateReportWriter): Formatter {
  return (results: FileResult[], context) => {
    const writer = createWriter(context);
    let report = '';
    for (const result of results) report += writer.file(result);
    return report + writer.end();
  };
}

/**
 * Counts from the findings themselves rather than `FileResult`'s counters, so they always agree with the
 * messages printed (the CLI drops warnings under `--quiet`).
 */
export function countFindings(findings: readonly Finding[]): Counts {
  const counts: Counts = { errors: 0, warnings: 0, infos: 0 };
  for (const finding of findings) counts[COUNT_KEY[finding.severity]]++;
  return counts;
}

/**
 * The path to show: relative to cwd with forward slashes when inside it, absolute otherwise, and as given for
 * names that are not paths (`<stdin>`).
 */
export function displayPath(filePath: string, cwd: string): string {
  if (!path.isAbsolute(filePath)) return filePath.split(path.sep).join('/');
  const relative = path.relative(cwd, filePath);
  if (relative === '' || relative === '..' || relative.startsWith('..' + path.sep) || path.isAbsolute(relative)) {
    return filePath;
  }
  return relative.split(path.sep).join('/');
}

// C0 and C1 controls, DEL, and the invisible bidirectional controls ("Trojan Source", CVE-2021-42574).
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Make text from a document safe for a terminal: an escape sequence in a Markdown file must not recolour,
 * move the cursor or retitle the window of whoever runs the linter. `ESC` becomes the visible `\x1b`.
 */
export function toVisible(text: string): string {
  return text.replace(UNSAFE, (char) => {
    const code = char.charCodeAt(0);
    return NAMED[char] ?? (code <= 0xff ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`);
  });
}

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, '0');
}
