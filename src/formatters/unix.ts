// One plain line per finding, as ESLint's `unix` format writes it, for editors and scripts:
//   reports/week 12.md:3:1: Missing the plan section [error/require-sections]
// Severity is `error`, `warning` or `info` (the words VS Code's problem matchers read); a finding of the
// engine itself has no rule id: `[error]`. Nothing is encoded, so paths and messages read as they are;
// control characters are shown escaped as in the stylish report, so each finding stays on one line and a
// crafted document cannot drive the terminal. No summary line: no findings, no output.
import type { Finding, Severity } from '../types.js';
import type { FormatterContext, ReportWriter } from './types.js';
import { displayPath, toVisible, wholeReport } from './util.js';

const WORD: Record<Severity, string> = { error: 'error', warn: 'warning', info: 'info' };

/** One line per finding; nothing at all when there are none. */
export function createWriter(context: FormatterContext): ReportWriter {
  return {
    file(result) {
      const file = toVisible(displayPath(result.filePath, context.cwd));
      return result.findings.map((finding) => line(file, finding) + '\n').join('');
    },
    end: () => '',
  };
}

export const format = wholeReport(createWriter);

function line(file: string, finding: Finding): string {
  const tag = finding.ruleId === null ? WORD[finding.severity] : `${WORD[finding.severity]}/${toVisible(finding.ruleId)}`;
  return `${file}:${finding.line}:${finding.column}: ${toVisible(finding.message)} [${tag}]`;
}
