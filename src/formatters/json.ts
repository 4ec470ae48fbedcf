// ESLint-compatible JSON. This shape is a contract other tools parse (documented in the README):
//
//   [{ filePath, messages: [{ ruleId, severity, level, message, line, column, endLine, endColumn, data,
//                             messageId?, fatal? }],
//      errorCount, warningCount, infoCount }]
//
// - `severity` is ESLint's number: 2 for error, 1 for warn and for info (ESLint has no info level), so
//   ESLint tooling keeps working; `level` ("info" | "warn" | "error") tells info and warn apart.
// - Additions to ESLint's shape: `level`, `data` (the rule's structured detail), file-level `infoCount`.
//   As in ESLint, `messageId` is present when the rule reported one and `fatal: true` only on messages for
//   files that could not be linted (their `ruleId` is null).
// - `warningCount` counts warn findings only: info findings never count, as for the exit code.
// - Counts are taken from the messages listed (see `countFindings`). Strings are emitted exactly as found.
// - Changing a message's shape here changes what the cache stores: bump the cache's FORMAT (runner/cache.ts).
import type { FileResult, Finding, Range } from '../types.js';
import { storedMessages } from '../runner/stored-result.js';
import type { ReportPiece, ReportWriter } from './types.js';
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
}

export interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
}

/** The `messages` of a file's entry, as text: also what the cache stores for the file (see runner/cache.ts). */
export function messagesJson(findings: readonly Finding[]): string {
  return JSON.stringify(findings.map(toJsonMessage));
}

/** One file's entry: the bytes `JSON.stringify` gives for `{ filePath, messages, errorCount, warningCount, infoCount }`. */
function resultJson(result: FileResult, separator: string): ReportPiece {
  const stored = storedMessages(result);
  if (stored === undefined) {
    const counts = countFindings(result.findings);
    return `${separator}${entryHead(result)}${messagesJson(result.findings)}${entryTail(counts.errors, counts.warnings, counts.infos)}`;
  }
  // A stored result's counts were taken from the same findings as its messages.
  const tail = entryTail(result.errorCount, result.warningCount, result.infoCount);
  return [separator + entryHead(result), stored, tail];
}

const entryHead = (result: FileResult) => `{"filePath":${JSON.stringify(result.filePath)},"messages":`;
const entryTail = (errors: number, warnings: number, infos: number) => `,"errorCount":${errors},"warningCount":${warnings},"infoCount":${infos}}`;

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
  return message;
}

/**
 * The finding a message was made from, given what the message leaves out: its range and docs URL (the cache stores
 * those beside the messages). Fields in the order the engine writes them.
 */
export function fromJsonMessage(message: JsonMessage, range: Range, url: string | undefined): Finding {
  const { ruleId, level: severity, message: text, messageId, line, column, endLine, endColumn, data, fatal } = message;
  const finding: Finding = { ruleId, severity, message: text, ...(messageId === undefined ? {} : { messageId }), line, column, endLine, endColumn, range, data };
  if (url !== undefined) finding.url = url;
  if (fatal) finding.fatal = true;
  return finding;
}

/** The array written element by element: the same bytes as `JSON.stringify` of the whole array. */
export function createWriter(): ReportWriter {
  let started = false;
  return {
    file(result) {
      const piece = resultJson(result, started ? ',' : '[');
      started = true;
      return piece;
    },
    end: () => (started ? ']' : '[]') + '\n',
  };
}

export const format = wholeReport(createWriter);
