// GitHub Actions workflow commands, so findings show as annotations on a pull request:
//   ::warning file=docs/a.md,line=3,col=1,endLine=3,endColumn=11,title=summarylint(rule-id)::message
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
import type { Finding, Severity } from '../types.js';
import type { FormatterContext, ReportWriter } from './types.js';
import { displayPath, toVisible, wholeReport } from './util.js';

const COMMAND: Record<Severity, string> = { error: 'error', warn: 'warning', info: 'notice' };

/** One line per finding; nothing at all when there are none. */
export function createWriter(context: FormatterContext): ReportWriter {
  return {
    file(result) {
      const file = displayPath(result.filePath, context.cwd);
      return result.findings.map((finding) => command(file, finding) + '\n').join('');
    },
    end: () => '',
  };
}

export const format = wholeReport(createWriter);

function command(file: string, finding: Finding): string {
  const properties: [string, string | number][] = [
    ['file', file],
    ['line', finding.line],
    ['col', finding.column],
    ['endLine', finding.endLine],
    ['endColumn', finding.endColumn],
    ['title', finding.ruleId === null ? 'summarylint' : `summarylint(${finding.ruleId})`],
  ];
  const list = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${COMMAND[finding.severity]} ${list}::${escapeData(finding.message)}`;
}

/**
 * The runner's own encoding (`%`, CR, LF in data). Other control characters have no encoding and the log
 * view renders ANSI sequences, so they are shown as visible escapes, as in the stylish report.
 */
export function escapeData(text: string): string {
  return toVisible(text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A'));
}

/** Property values also encode `:` and `,`, which delimit the properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
