// A short Markdown report for GitHub's job summary (`$GITHUB_STEP_SUMMARY`) and pull-request comments:
//
//   ### summarylint: 1 error, 2 warnings in 1 of 3 files
//
//   #### `docs/a.md`: 1 error, 2 warnings
//
//   | line | severity | message | rule |
//   | ---: | --- | --- | --- |
//   | 3 | error | Missing the plan section: add a heading such as "Next steps" | [require-sections](…) |
//
// Text from documents is escaped, so a quoted `*word*`, `<script>` or `|` shows as written and cannot break the
// table or inject markup. A job summary holds at most 1 MiB, so after LIMIT findings the rest are only counted.
import type { Finding, Severity } from '../types.js';
import type { FormatterContext, ReportWriter } from './types.js';
import { countFindings, displayPath, toVisible, wholeReport, type Counts } from './util.js';

/** Findings listed in one report; the rest are counted. */
export const LIMIT = 1000;
const LABEL: Record<Severity, string> = { error: 'error', warn: 'warning', info: 'info' };

export function createWriter(context: FormatterContext): ReportWriter {
  const total: Counts = { errors: 0, warnings: 0, infos: 0 };
  let checked = 0;
  let withFindings = 0;
  let listed = 0;
  let blocks = '';
  return {
    file(result) {
      checked++;
      if (result.findings.length === 0) return '';
      withFindings++;
      const counts = countFindings(result.findings);
      total.errors += counts.errors;
      total.warnings += counts.warnings;
      total.infos += counts.infos;
      // The heading with the totals comes first, so the blocks wait for the end.
      const file = displayPath(result.filePath, context.cwd);
      const rows = result.findings.slice(0, Math.max(0, LIMIT - listed)).map((finding) => row(finding, context));
      listed += rows.length;
      const more = result.findings.length - rows.length;
      blocks +=
        `\n#### ${code(file)}: ${countText(counts)}\n\n` +
        (rows.length > 0 ? '| line | severity | message | rule |\n| ---: | --- | --- | --- |\n' + rows.join('') : '') +
        (more > 0 ? `\n… and ${more} more ${more === 1 ? 'finding' : 'findings'} (see the full report).\n` : '');
      return '';
    },
    end() {
      const problems = total.errors + total.warnings + total.infos;
      const heading = problems === 0
        ? `### summarylint: no problems in ${plural(checked, 'file')}\n`
        : `### summarylint: ${countText(total)} in ${withFindings} of ${plural(checked, 'file')}\n`;
      return heading + blocks;
    },
  };
}

export const format = wholeReport(createWriter);

function row(finding: Finding, context: FormatterContext): string {
  const url = finding.ruleId === null ? undefined : (finding.url ?? context.rulesMeta[finding.ruleId]?.docs.url);
  const rule = finding.ruleId === null ? '' : url ? `[${escape(finding.ruleId)}](${encodeURI(url)})` : escape(finding.ruleId);
  return `| ${finding.line} | ${LABEL[finding.severity]} | ${escape(finding.message)} | ${rule} |\n`;
}

/**
 * Text shown as written inside a table cell of GitHub Markdown: the marks that start inline markup there
 * (emphasis, code, links, strikethrough) and the cell separator are backslash-escaped, `<`, `>` and `&` become
 * entities so no HTML is read, and control characters are shown escaped as in the other reports. A cell starts
 * after `|`, so block markup (`#`, `-`, `1.`) cannot begin in one.
 */
export function escape(text: string): string {
  return toVisible(text)
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** A file name in a code span, with a fence longer than any run of backticks in it. */
function code(text: string): string {
  const visible = toVisible(text);
  const longest = Math.max(0, ...(visible.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${visible.startsWith('`') || visible.endsWith('`') ? ` ${visible} ` : visible}${fence}`;
}

function countText(counts: Counts): string {
  const parts = [plural(counts.errors, 'error'), plural(counts.warnings, 'warning')];
  if (counts.infos > 0) parts.push(plural(counts.infos, 'info message'));
  return parts.join(', ');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
