// Inline directives as HTML comments, ESLint's convention:
//   <!-- summarylint-disable [rule …] [-- reason] -->   <!-- summarylint-enable [rule …] -->
//   <!-- summarylint-disable-next-line [rule …] -->     <!-- summarylint-disable-line [rule …] -->
//   <!-- summarylint-disable-file [rule …] -->
import type { Html, Nodes, Root } from 'mdast';
import type { Finding, Range, SummaryDoc } from '../types.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line' | 'disable-file';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids it names; empty means every rule. */
  rules: string[];
  reason: string | undefined;
  range: Range;
  /** Line of the comment's start and end (1-based). */
  line: number;
  endLine: number;
}

const COMMENT = /<!--\s*summarylint-(disable-next-line|disable-line|disable-file|disable|enable)(?=\s|-->)([\s\S]*?)-->/g;

export function readDirectives(doc: SummaryDoc): Directive[] {
  const directives: Directive[] = [];
  for (const node of htmlNodes(doc.tree)) {
    const start = node.position?.start.offset ?? 0;
    for (const m of node.value.matchAll(COMMENT)) {
      const [body, reason] = splitReason(m[2]);
      const range: Range = [start + m.index, start + m.index + m[0].length];
      directives.push({
        kind: m[1] as DirectiveKind,
        rules: body.split(/[\s,]+/).filter(Boolean),
        reason,
        range,
        line: doc.pointAt(range[0]).line,
        endLine: doc.pointAt(range[1]).line,
      });
    }
  }
  return directives.sort((a, b) => a.range[0] - b.range[0]);
}

/** `rule-a rule-b -- because …` → rules, reason. */
function splitReason(text: string): [string, string | undefined] {
  const at = text.search(/(^|\s)--(\s|$)/);
  if (at === -1) return [text.trim(), undefined];
  return [text.slice(0, at).trim(), text.slice(at).replace(/^\s*--/, '').trim() || undefined];
}

/** HTML comments can sit inside paragraphs (inline html) as well as on their own. */
function htmlNodes(tree: Root): Html[] {
  const out: Html[] = [];
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'html') out.push(node);
    else if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
  return out;
}

export interface Suppression {
  findings: Finding[];
  /** Directives that suppressed nothing. */
  unused: Directive[];
  suppressedCount: number;
}

/** Drop the findings the directives turn off, and say which directives were never needed. */
export function applyDirectives(findings: Finding[], directives: Directive[]): Suppression {
  if (directives.length === 0) return { findings, unused: [], suppressedCount: 0 };
  const used = new Set<Directive>();
  const kept = findings.filter((finding) => {
    const by = suppressor(finding, directives);
    if (by) used.add(by);
    return !by;
  });
  const unused = directives.filter((d) => d.kind !== 'enable' && !used.has(d));
  return { findings: kept, unused, suppressedCount: findings.length - kept.length };
}

function names(directive: Directive, ruleId: string | null): boolean {
  return directive.rules.length === 0 || (ruleId !== null && directive.rules.includes(ruleId));
}

function suppressor(finding: Finding, directives: Directive[]): Directive | undefined {
  let region: Directive | undefined;
  for (const d of directives) {
    if (!names(d, finding.ruleId)) continue;
    switch (d.kind) {
      case 'disable-file':
        return d;
      case 'disable-line':
        if (finding.line >= d.line && finding.line <= d.endLine) return d;
        break;
      case 'disable-next-line':
        if (finding.line === d.endLine + 1) return d;
        break;
      case 'disable':
        if (d.range[0] <= finding.range[0]) region = d;
        break;
      case 'enable':
        if (d.range[0] <= finding.range[0]) region = undefined;
        break;
    }
  }
  return region;
}
