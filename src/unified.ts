// summarylint as a unified plugin (`summarylint/unified`): the rules run over an mdast tree and a vfile, and each
// finding becomes a vfile message with `ruleId`, `source` and `url`, as remark-lint's do. The CLI runs this plugin
// behind its own parser (src/engine/run.ts); remark-cli and the remark language server run it behind theirs:
//
//   // .remarkrc.mjs
//   export default { plugins: ['remark-frontmatter', 'remark-gfm', 'summarylint/unified'] };
//
// With no options, each file gets the summarylint config that applies to its path (config files are looked up as
// the CLI does); `{ config }` gives a config object instead.
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { loadConfig, resolveConfig } from './config/index.js';
import { lintTree, summarize, type LintDocumentOptions } from './engine/run.js';
import { registryFor } from './plugins.js';
import { previousSummary } from './previous.js';
import type { FileResult, Finding, Fix, KindInfo, Severity, UserConfig } from './types.js';

export interface SummarylintPluginOptions {
  /** A config object (as in `.summarylintrc.json`), resolved over the recommended preset; default: config files. */
  config?: UserConfig;
  /** Only JSON and YAML config files load (`--safe`). */
  safe?: boolean;
}

/** What summarylint keeps in `file.data`: the CLI hands each file's settings in; the plugin leaves the count back. */
declare module 'vfile' {
  interface DataMap {
    summarylint: LintDocumentOptions;
    summarylintSuppressed: number;
    summarylintKind: KindInfo;
  }
}

/** A vfile message that carries what summarylint knows of a finding beyond its text and place. */
interface FindingMessage {
  messageId?: string;
  data?: Record<string, unknown>;
  /** The file could not be linted (a rule crashed). */
  crashed?: boolean;
  /** The edit that fixes it (`--fix`), in source offsets. */
  fix?: Fix;
}

const summarylint: Plugin<[SummarylintPluginOptions?], Root> = function (options = {}) {
  return function transformer(tree, file) {
    const given = file.data.summarylint;
    if (given) return report(file, lintTree(tree, String(file.value), given));
    return settingsFor(file, options).then((settings) => report(file, lintTree(tree, String(file.value), settings)));
  };
};
export default summarylint;

async function settingsFor(file: VFile, options: SummarylintPluginOptions): Promise<LintDocumentOptions> {
  const filePath = file.path || '<text>.md';
  const config = options.config
    ? resolveConfig(options.config, filePath, file.cwd)
    : await loadConfig(filePath, { cwd: file.cwd, safe: options.safe });
  const rules = registryFor(config.plugins ?? []);
  const previous = file.path ? previousSummary(file.path, String(file.value), config, rules) : undefined;
  return { config, rules, filePath: file.path || undefined, previous };
}

function report(file: VFile, result: FileResult): undefined {
  for (const finding of result.findings) {
    const place = {
      start: { line: finding.line, column: finding.column, offset: finding.range[0] },
      end: { line: finding.endLine, column: finding.endColumn, offset: finding.range[1] },
    };
    const message = Object.assign(file.message(finding.message, { place, ruleId: finding.ruleId ?? undefined, source: 'summarylint' }), {
      fatal: FATAL[finding.severity],
      url: finding.url,
      messageId: finding.messageId,
      data: finding.data,
      crashed: finding.fatal,
      fix: finding.fix,
    } satisfies FindingMessage & { fatal?: boolean; url?: string });
    if (finding.url === undefined) delete message.url;
    if (finding.fix === undefined) delete (message as FindingMessage).fix;
  }
  file.data.summarylintSuppressed = result.suppressedCount;
  if (result.kind) file.data.summarylintKind = result.kind;
  return undefined;
}

// vfile's severities: `fatal: true` is an error, `false` a warning, unset an info message.
const FATAL: Record<Severity, boolean | undefined> = { error: true, warn: false, info: undefined };
const SEVERITY = (fatal: boolean | null | undefined): Severity => (fatal ? 'error' : fatal === false ? 'warn' : 'info');

/** The file's summarylint messages as a result, the shape every report format takes. */
export function resultOf(file: VFile, filePath: string): FileResult {
  const findings: Finding[] = [];
  for (const message of file.messages) {
    if (message.source !== 'summarylint') continue;
    const { messageId, data, crashed, fix } = message as typeof message & FindingMessage;
    const start = message.place && 'start' in message.place ? message.place.start : message.place;
    const end = message.place && 'end' in message.place ? message.place.end : start;
    findings.push({
      ruleId: message.ruleId ?? null,
      severity: SEVERITY(message.fatal),
      message: message.reason,
      ...(messageId !== undefined && { messageId }),
      line: start?.line ?? 1,
      column: start?.column ?? 1,
      endLine: end?.line ?? 1,
      endColumn: end?.column ?? 1,
      range: [start?.offset ?? 0, end?.offset ?? 0],
      data: data ?? {},
      ...(message.url !== undefined && { url: message.url }),
      ...(crashed && { fatal: true }),
      ...(fix !== undefined && { fix }),
    });
  }
  const result = summarize(filePath, findings, file.data.summarylintSuppressed ?? 0);
  return file.data.summarylintKind ? { ...result, kind: file.data.summarylintKind } : result;
}
