// Human report with vfile-reporter's look (remark-lint users know it), ending with a count line.
//
//   docs/report.md
//   3:1-3:11  warning Say who owns this action item  require-action-owner summarylint
//
//   2 files checked: 0 errors, 1 warning
//
// Files without findings are counted, not listed. Text that comes from documents (messages, file names, rule
// ids) goes through `toVisible`, so control characters and escape sequences are shown, never executed.
import { Chalk } from 'chalk';
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import type { FileResult, Finding } from '../types.js';
import type { FormatterContext, ReportWriter } from './types.js';
import { countFindings, displayPath, toVisible, wholeReport, type Counts } from './util.js';

/** Each file's block as it comes (columns line up within a file, as in ESLint's stylish), then the count line. */
export function createWriter(context: FormatterContext): ReportWriter {
  const color = context.color === true;
  const total: Counts = { errors: 0, warnings: 0, infos: 0 };
  let checked = 0;
  let listed = 0;
  return {
    file(result) {
      checked++;
      const counts = countFindings(result.findings);
      total.errors += counts.errors;
      total.warnings += counts.warnings;
      total.infos += counts.infos;
      if (result.findings.length === 0) return '';
      let block = reporter([toVFile(result, context.cwd)], { color, quiet: true });
      // vfile-reporter ends with its own "✖ 2 errors, ⚠ 1 warning" line when there are errors or warnings;
      // ours, at the end, replaces it so the counts line is always the last, clean run included.
      const lines = block.split('\n');
      if (counts.errors + counts.warnings > 0 && lines.at(-2) === '') block = lines.slice(0, -2).join('\n');
      return (listed++ > 0 ? '\n\n' : '') + block;
    },
    end: () => (listed > 0 ? '\n\n' : '') + countLine(checked, total, color) + '\n',
  };
}

export const format = wholeReport(createWriter);

function toVFile(result: FileResult, cwd: string): VFile {
  const file = new VFile({ path: toVisible(displayPath(result.filePath, cwd)) });
  for (const finding of result.findings) {
    const message = file.message(toVisible(finding.message), {
      place: placeOf(finding),
      ruleId: finding.ruleId === null ? undefined : toVisible(finding.ruleId),
      source: 'summarylint',
    });
    // vfile's convention: `true` error, `false` warning, `undefined` info.
    message.fatal = finding.severity === 'error' ? true : finding.severity === 'warn' ? false : undefined;
    if (finding.url) message.url = finding.url;
  }
  return file;
}

function placeOf(finding: Finding) {
  const start = { line: finding.line, column: finding.column };
  const empty = finding.endLine === finding.line && finding.endColumn === finding.column;
  if (empty || !(finding.endLine >= 1 && finding.endColumn >= 1)) return start;
  return { start, end: { line: finding.endLine, column: finding.endColumn } };
}

/** `3 files checked: 2 errors, 1 warning` (+ `, 4 info messages` when there are some). */
export function countLine(fileCount: number, counts: Counts, color = false): string {
  // Level 0 prints plain text: colour is decided once, by the CLI, for the stream it writes to.
  const paint = new Chalk({ level: color ? 1 : 0 });
  const parts = [
    (counts.errors > 0 ? paint.red : paint.green)(plural(counts.errors, 'error')),
    (counts.warnings > 0 ? paint.yellow : paint.green)(plural(counts.warnings, 'warning')),
  ];
  if (counts.infos > 0) parts.push(plural(counts.infos, 'info message'));
  return `${plural(fileCount, 'file')} checked: ${parts.join(', ')}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
