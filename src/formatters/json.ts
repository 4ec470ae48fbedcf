// ESLint-compatible JSON. This shape is a contract other tools parse (documented in the README):
//
//   [{ filePath, messages: [{ ruleId, severity, level, message, line, column, endLine, endColumn, data,
//                             messageId?, fatal? }],
//      errorCount, warningCount, infoCount, kind? }]
//
// - `severity` is ESLint's number: 2 for error, 1 for warn and for info (ESLint has no info level), so
//   ESLint tooling keeps working; `level` ("info" | "warn" | "error") tells info and warn apart.
// - Additions to ESLint's shape: `level`, `data` (the rule's structured detail), file-level `infoCount`, and
//   `kind` ({ name, source, reason }: the kind of summary the file was judged as, when it was linted).
//   As in ESLint, `messageId` is present when the rule reported one and `fatal: true` only on messages for
//   files that could not be linted (their `ruleId` is null).
// - `warningCount` counts warn findings only: info findings never count, as for the exit code.
// - Counts are taken from the messages listed (see `countFindings`). Strings are emitted exactly as found.
import type { FileResult, Finding } from '../types.js';
import type { ReportWriter } from './types.js';
import { countFindings, wholeReport } from './util.js';

export interface JsonMessage {
  ruleId: string | null;
  severity: 1 | 2;
  level: Finding['severity'];
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  data: Record<string, unknown>;
  messageId?: string;
  fatal?: true;
  /** As ESLint's: the edit `--fix` would make (`range` in source offsets of the text as read). */
  fix?: { range: [number, number]; text: string };
}

export interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  kind?: { name: string; source: string; reason: string };
}

/** One file's entry: counts are taken from the messages listed. */
export function toJsonResult(result: FileResult): JsonResult {
  const counts = countFindings(result.findings);
  return {
    filePath: result.filePath,
    messages: result.findings.map(toJsonMessage),
    errorCount: counts.errors,
    warningCount: counts.warnings,
    infoCount: counts.infos,
    ...(result.kind && { kind: { name: result.kind.name, source: result.kind.source, reason: result.kind.reason } }),
  };
}

function toJsonMessage(finding: Finding): JsonMessage {
  const message: JsonMessage = {
    ruleId: finding.ruleId,
    severity: finding.severity === 'error' ? 2 : 1,
    level: finding.severity,
    message: finding.message,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    data: finding.data ?? {},
  };
  if (finding.messageId !== undefined) message.messageId = finding.messageId;
  if (finding.fatal) message.fatal = true;
  if (finding.fix) message.fix = { range: [finding.fix.range[0], finding.fix.range[1]], text: finding.fix.text };
  return message;
}

/** `JSON.stringify` of the results, written element by element (the same text as the whole array at once). */
export function createWriter(): ReportWriter {
  let started = false;
  return {
    file(result) {
      const piece = (started ? ',' : '[') + JSON.stringify(toJsonResult(result));
      started = true;
      return piece;
    },
    end: () => (started ? ']' : '[]') + '\n',
  };
}

export const format = wholeReport(createWriter);
