// Human report in ESLint's stylish layout: a block per file, one row per finding, then a count line.
//
//   docs/report.md
//     3:1   warning  Say who owns this action item "Fix the cache": name who does it,  require-action-owner
//                    e.g. "Owner: @alice"
//
//   2 files checked: 0 errors, 1 warning
//
// Rows fit the width given (the terminal's, or 100 columns when the report goes to a pipe or file): a long
// message wraps under its own column and the rule id follows its last line, or takes a line of its own. CJK text is measured in display columns and may break between characters. Files without
// findings are counted, not listed. Text from documents (messages, file names, rule ids) goes through
// `toVisible`, so control characters and escape sequences are shown, never executed.
import { Chalk, type ChalkInstance } from 'chalk';
import { eastAsianWidth } from 'get-east-asian-width';
import { NO_LINE_END, NO_LINE_START } from '../text/punctuation.js';
import type { FileResult, Finding, Severity } from '../types.js';
import type { FormatterContext, ReportWriter } from './types.js';
import { countFindings, displayPath, toVisible, wholeReport, type Counts } from './util.js';

/** The width rows fit in when the context gives none: what the issue tracker and CI logs show comfortably. */
export const DEFAULT_WIDTH = 100;
/** Narrower than this, wrapping would leave a sliver for the message: the rows then overflow instead. */
const MIN_MESSAGE_WIDTH = 30;
const LABEL: Record<Severity, string> = { error: 'error', warn: 'warning', info: 'info' };
const LABEL_WIDTH = 7;
const GAP = '  ';

/** Each file's block as it comes (columns line up within a file), then the count line. */
export function createWriter(context: FormatterContext): ReportWriter {
  const paint = new Chalk({ level: context.color === true ? 1 : 0 });
  const width = context.width ?? DEFAULT_WIDTH;
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
      return (listed++ > 0 ? '\n\n' : '') + fileBlock(result, context.cwd, width, paint);
    },
    end: () => (listed > 0 ? '\n\n' : '') + countLine(checked, total, context.color === true) + '\n',
  };
}

export const format = wholeReport(createWriter);

function fileBlock(result: FileResult, cwd: string, width: number, paint: ChalkInstance): string {
  const positions = result.findings.map((finding) => `${finding.line}:${finding.column}`);
  const positionWidth = Math.max(...positions.map((text) => text.length));
  const indent = GAP.length + positionWidth + GAP.length + LABEL_WIDTH + GAP.length;
  const rows = result.findings.map((finding, index) => {
    const head = GAP + paint.dim(positions[index].padEnd(positionWidth)) + GAP + severityLabel(finding, paint) + GAP;
    return head + messageLines(finding, indent, width, paint).join('\n' + ' '.repeat(indent));
  });
  return paint.underline(toVisible(displayPath(result.filePath, cwd))) + '\n' + rows.join('\n');
}

function severityLabel(finding: Finding, paint: ChalkInstance): string {
  const label = LABEL[finding.severity].padEnd(LABEL_WIDTH);
  return finding.severity === 'error' ? paint.red(label) : finding.severity === 'warn' ? paint.yellow(label) : paint.blue(label);
}

/** The message wrapped to the room left of `width`, with the rule id after it where it fits. */
function messageLines(finding: Finding, indent: number, width: number, paint: ChalkInstance): string[] {
  const ruleId = finding.ruleId === null ? '' : toVisible(finding.ruleId);
  const room = Math.max(width - indent, MIN_MESSAGE_WIDTH);
  const lines = wrap(toVisible(finding.message), room);
  if (!ruleId) return lines;
  const last = lines.length - 1;
  if (displayWidth(lines[last]) + GAP.length + ruleId.length <= room) lines[last] += GAP + paint.dim(ruleId);
  else lines.push(paint.dim(ruleId));
  return lines;
}

/**
 * Lines of at most `room` columns, broken at spaces, or between CJK characters (not before closing
 * punctuation such as ， 。 ” ）). A word longer than a line is cut.
 */
export function wrap(text: string, room: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  /** Where `line` may be cut: the length before the break, and what the next line starts with. */
  let breakAt = -1;
  let restStart = -1;
  for (const char of text) {
    const columns = charWidth(char);
    if (used + columns > room && line.length > 0) {
      if (breakAt > 0) {
        lines.push(line.slice(0, breakAt).trimEnd());
        line = line.slice(restStart);
      } else {
        lines.push(line);
        line = '';
      }
      used = displayWidth(line);
      breakAt = restStart = -1;
      if (char === ' ' && line === '') continue;
    }
    if (char === ' ') {
      breakAt = line.length;
      restStart = line.length + 1;
    } else if (columns === 2 && line.length > 0) {
      if (!NO_LINE_START.has(char)) breakAt = restStart = line.length;
      else if (breakAt === line.length) breakAt = restStart = -1;
    }
    line += char;
    used += columns;
    if (columns === 2 && !NO_LINE_END.has(char)) breakAt = restStart = line.length;
  }
  lines.push(line);
  return lines;
}

function charWidth(char: string): number {
  const code = char.codePointAt(0)!;
  return code < 0x7f ? 1 : eastAsianWidth(code);
}

function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
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
