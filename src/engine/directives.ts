// Inline directives as HTML comments, ESLint's convention:
//   <!-- summarylint-disable [rule …] [-- reason] -->   <!-- summarylint-enable [rule …] -->
//   <!-- summarylint-disable-next-line [rule …] -->     <!-- summarylint-disable-line [rule …] -->
//   <!-- summarylint-disable-file [rule …] -->
import type { Html, Nodes, Root } from 'mdast';
import { bisect } from '../text/positions.js';
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
  // One index per rule id the findings carry, so a finding looks up its directives instead of walking them all.
  const indexes = new Map<string | null, RuleDirectives>();
  const kept = findings.filter((finding) => {
    let index = indexes.get(finding.ruleId);
    if (!index) indexes.set(finding.ruleId, (index = new RuleDirectives(directives.filter((d) => names(d, finding.ruleId)))));
    const by = index.suppressor(finding);
    if (by) used.add(by);
    return !by;
  });
  const unused = directives.filter((d) => d.kind !== 'enable' && !used.has(d));
  return { findings: kept, unused, suppressedCount: findings.length - kept.length };
}

function names(directive: Directive, ruleId: string | null): boolean {
  return directive.rules.length === 0 || (ruleId !== null && directive.rules.includes(ruleId));
}

/**
 * The directives that name one rule, in document order, indexed by what they cover: the first whole-file, line or
 * next-line directive that covers a finding suppresses it; otherwise the last `disable` or `enable` before it decides.
 */
class RuleDirectives {
  /** Of the directives covering a line (`disable-file` covers every line), the first. */
  private readonly byLine = new Map<number, number>();
  private readonly file: number;
  /** `disable` and `enable` directives, by where they start. */
  private readonly regions: Directive[];

  constructor(private readonly directives: Directive[]) {
    this.file = directives.findIndex((d) => d.kind === 'disable-file');
    const cover = (line: number, i: number) => {
      if (!this.byLine.has(line)) this.byLine.set(line, i);
    };
    directives.forEach((d, i) => {
      if (d.kind === 'disable-line') for (let line = d.line; line <= d.endLine; line++) cover(line, i);
      else if (d.kind === 'disable-next-line') cover(d.endLine + 1, i);
    });
    this.regions = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable');
  }

  suppressor(finding: Finding): Directive | undefined {
    const line = this.byLine.get(finding.line) ?? -1;
    const first = this.file === -1 ? line : line === -1 ? this.file : Math.min(this.file, line);
    if (first !== -1) return this.directives[first];
    // Directives come in document order: the last region directive that starts at or before the finding.
    const i = bisect(this.regions, (d) => d.range[0] <= finding.range[0]) - 1;
    return i >= 0 && this.regions[i].kind === 'disable' ? this.regions[i] : undefined;
  }
}
