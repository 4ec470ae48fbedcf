// One plain line per finding, as ESLint's `unix` format writes it, for editors and scripts:
//   reports/week 12.md:3:1: Missing the plan section [error/require-sections]
// Severity is `error`, `warning` or `info` (the words VS Code's problem matchers read); a finding of the
// engine itself has no rule id: `[error]`. Nothing is encoded, so paths and messages read as they are;
// control characters are shown escaped as in the stylish report, so each finding stays on one line and a
// crafted document cannot drive the terminal. No summary line: no findings, no output.
import type { FileResult, Finding, Severity } from '../types.js';
import type { FormatterContext } from './types.js';
import { displayPath, toVisible } from './util.js';

const WORD: Record<Severity, string> = { error: 'error', warn: 'warning', info: 'info' };

export function format(results: FileResult[], context: FormatterContext): string {
  const lines: string[] = [];
  for (const result of results) {
    const file = toVisible(displayPath(result.filePath, context.cwd));
    for (const finding of result.findings) lines.push(line(file, finding));
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}

function line(file: string, finding: Finding): string {
  const tag = finding.ruleId === null ? WORD[finding.severity] : `${WORD[finding.severity]}/${toVisible(finding.ruleId)}`;
  return `${file}:${finding.line}:${finding.column}: ${toVisible(finding.message)} [${tag}]`;
}
