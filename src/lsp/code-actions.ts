// Code actions on findings: the fix a rule attached to a finding (`finding.fix`; require-sections' inserts the
// missing section with its guidance line), and a disable comment with a reason for the line.
// Every edit is computed on the text the findings were made from.
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { renderMessage } from '../engine/messages.js';
import type { Finding, Fix, Locale, MessageTemplate, ResolvedConfig, Rule } from '../types.js';
import { toDiagnostic } from './diagnostics.js';

/** What the actions of one document are made from: its text (as linted), config, rules and message locale. */
export interface ActionContext {
  document: TextDocument;
  config: ResolvedConfig;
  rules: Readonly<Record<string, Rule>>;
  locale: Locale;
  /** The document's file (a `.txt` summary is read as plain text). */
  filePath?: string;
}

const TITLES = {
  fix: { en: 'Fix this {{ruleId}} problem', 'zh-Hans': '修复这个 {{ruleId}} 问题' },
  section: { en: 'Add the "{{heading}}" section', 'zh-Hans': '添加“{{heading}}”部分' },
  disable: { en: 'Disable {{ruleId}} on this line, with a reason', 'zh-Hans': '在这一行停用 {{ruleId}}，并写明原因' },
  reason: { en: 'reason: say why this is fine here', 'zh-Hans': '原因：请说明这里为什么可以不改' },
  fixAll: { en: 'Fix every summarylint problem that has a safe fix', 'zh-Hans': '修复所有能安全修复的 summarylint 问题' },
} satisfies Record<string, MessageTemplate>;

/** The source action that applies every safe fix of the document at once (`source.fixAll.summarylint`). */
export const FIX_ALL_KIND = 'source.fixAll.summarylint';

/** Quick fixes for the findings under the cursor: a safe fix when there is one, and a disable comment. */
export function quickFixes(context: ActionContext, findings: readonly Finding[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const finding of findings) {
    if (finding.ruleId === null) continue; // the engine's own findings (a broken config) cannot be disabled
    const diagnostics: Diagnostic[] = [toDiagnostic(context.document, finding)];
    const fix = safeFix(context, finding);
    if (fix) actions.push({ title: fix.title, kind: 'quickfix', diagnostics, isPreferred: true, edit: editOf(context.document, [fix.fix]) });
    actions.push({
      title: title(context, 'disable', { ruleId: finding.ruleId }),
      kind: 'quickfix',
      diagnostics,
      edit: editOf(context.document, [disableComment(context, finding)]),
    });
  }
  return actions;
}

/** Every safe fix of the document in one edit; a fix that overlaps an earlier one waits for the next run. */
export function fixAll(context: ActionContext, findings: readonly Finding[]): CodeAction | undefined {
  const candidates = findings.flatMap((finding) => safeFix(context, finding)?.fix ?? []);
  const fixes: Fix[] = [];
  let end = -1;
  // In source order (stable: inserts at one place keep the findings' order); an overlapping fix is left out.
  for (const fix of candidates.sort((a, b) => a.range[0] - b.range[0])) {
    if (fix.range[0] < end) continue;
    fixes.push(fix);
    end = fix.range[1];
  }
  if (fixes.length === 0) return undefined;
  return { title: title(context, 'fixAll', {}), kind: FIX_ALL_KIND, edit: editOf(context.document, fixes) };
}

function safeFix(context: ActionContext, finding: Finding): { title: string; fix: Fix } | undefined {
  const missingSection = finding.ruleId === 'require-sections' && finding.messageId === 'missing';
  const fix = finding.fix;
  if (!fix) return undefined;
  return {
    title: missingSection ? title(context, 'section', { heading: finding.data.heading }) : title(context, 'fix', { ruleId: finding.ruleId }),
    fix,
  };
}

/**
 * `<!-- summarylint-disable-line rule -- reason -->` at the end of the finding's first line: inline HTML, so the
 * paragraph, heading or item stays whole (a comment on a line of its own would split a paragraph). It goes before
 * a hard line break and inside a table row's last cell; a finding in the front matter gets a file-wide comment
 * after it, since YAML has no HTML comments.
 */
function disableComment(context: ActionContext, finding: Finding): Fix {
  const { document } = context;
  const text = document.getText();
  const reason = title(context, 'reason', {});
  const frontMatter = frontMatterEnd(text);
  if (finding.range[0] < frontMatter) {
    return { range: [frontMatter, frontMatter], text: `<!-- summarylint-disable-file ${finding.ruleId} -- ${reason} -->${lineEnding(text)}` };
  }
  const line = document.positionAt(finding.range[0]).line;
  const start = document.offsetAt({ line, character: 0 });
  const content = text.slice(start, document.offsetAt({ line: line + 1, character: 0 })).replace(/\r?\n$/, '');
  let at = content.replace(/[ \t]*\\?[ \t]*$/, '').length;
  if (/^\s*\|/.test(content) && content[at - 1] === '|') at = content.slice(0, at - 1).trimEnd().length;
  return { range: [start + at, start + at], text: ` <!-- summarylint-disable-line ${finding.ruleId} -- ${reason} -->` };
}

/** The document's own line ending, for the lines an edit adds. */
function lineEnding(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** The offset just after YAML front matter (`---` … `---`), or 0. */
function frontMatterEnd(text: string): number {
  const match = /^---[ \t]*\r?\n(?:[\s\S]*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  return match ? match[0].length : 0;
}

function editOf(document: TextDocument, fixes: readonly Fix[]): { documentChanges: Array<{ textDocument: { uri: string; version: number }; edits: TextEdit[] }> } {
  const edits = fixes.map(({ range: [start, end], text }) => ({ range: { start: document.positionAt(start), end: document.positionAt(end) }, newText: text }));
  return { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] };
}

function title(context: ActionContext, key: keyof typeof TITLES, data: Record<string, unknown>): string {
  return renderMessage(TITLES[key], data, context.locale);
}
