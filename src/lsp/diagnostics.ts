// Findings as the editor sees them: LSP diagnostics and hover text. Positions come from the document's own
// `positionAt`: finding ranges are UTF-16 offsets, as LSP positions are, so Chinese text and emoji land right.
import type { Diagnostic, DiagnosticSeverity, MarkupContent, Position } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Rule, Severity } from '../types.js';

const SEVERITY: Record<Severity, DiagnosticSeverity> = { error: 1, warn: 2, info: 3 };

export function toDiagnostic(document: TextDocument, finding: Finding): Diagnostic {
  return {
    range: { start: document.positionAt(finding.range[0]), end: document.positionAt(finding.range[1]) },
    severity: SEVERITY[finding.severity],
    source: 'summarylint',
    message: finding.message,
    ...(finding.ruleId !== null && { code: finding.ruleId }),
    ...(finding.url && { codeDescription: { href: finding.url } }),
  };
}

/** Whether a finding covers a position: its range, or its line when the range is empty (a whole-file finding). */
export function covers(document: TextDocument, finding: Finding, position: Position): boolean {
  const offset = document.offsetAt(position);
  const [start, end] = finding.range;
  if (start === end) return document.positionAt(start).line === position.line;
  return start <= offset && offset <= end;
}

/** The hover over findings: each message, then its rule's description, why it matters and a link to its page. */
export function hoverText(findings: readonly Finding[], rules: Readonly<Record<string, Rule>>): MarkupContent {
  const parts = findings.map((finding) => {
    const meta = finding.ruleId === null ? undefined : rules[finding.ruleId]?.meta;
    if (!meta) return escapeMarkdown(finding.message);
    return [
      `**${escapeMarkdown(finding.message)}**`,
      `\`${meta.id}\`: ${meta.description}.`,
      meta.docs.why,
      meta.docs.url ? `[${meta.id} documentation](${meta.docs.url})` : '',
    ].filter(Boolean).join('\n\n');
  });
  return { kind: 'markdown', value: parts.join('\n\n---\n\n') };
}

/** Messages quote the writer's words, which may hold Markdown's own marks. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|~]/g, '\\$&');
}
