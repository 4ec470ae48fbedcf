// SummaryDoc × config × rules → findings: run each enabled rule, stamp its findings with id, level and
// place, then filter by directives, drop duplicates and sort (textlint's message pipeline).
import { nearest } from '../config/errors.js';
import { clone } from '../config/merge.js';
import type { Root } from 'mdast';
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import { buildDocument } from '../parse/document.js';
import { summarylintParse } from '../parse/markdown.js';
import summarylint, { resultOf } from '../unified.js';
import type { ConceptChange, FileResult, Finding, KindInfo, Lang, ResolvedRule, Locale, Range, PreviousDoc, ReportDescriptor, ResolvedConfig, Rule, RuleContext, Severity, SummaryDoc, VocabularyConfig } from '../types.js';
import { languagesVersion, localeFor } from '../languages/index.js';
import { readsPrevious, type PreviousSummary } from '../previous.js';
import { CompiledVocabulary } from '../vocabulary.js';
import { detectKind, kindNamed, kindsOf, rulesForKind, setsOwnSections } from '../kinds/index.js';
import { applyDirectives, readDirectives, type Directive } from './directives.js';
import { engineMessages, renderMessage } from './messages.js';

export interface LintDocumentOptions {
  config: ResolvedConfig;
  rules: Readonly<Record<string, Rule>>;
  filePath?: string;
  /** Report directives that suppressed nothing, at this severity. */
  reportUnusedDisableDirectives?: Severity;
  /** The previous summary of the file's series, for rules that read it (src/previous.ts). */
  previous?: PreviousSummary;
}

// One compiled vocabulary per distinct set of vocabulary changes (and language table): 10,000 files that share a
// config compile their vocabulary once, even though each file gets its own resolved config object.
const vocabularies = new Map<string, CompiledVocabulary>();

// summarylint's own processor: its parser (remark-parse with the guards of src/parse/markdown.ts) and the plugin,
// which takes each file's config and rules from the file's data. Made on first use: src/unified.ts imports this
// module, and may be loaded first.
let processor: Processor<Root, Root, Root> | undefined;

function theProcessor(): Processor<Root, Root, Root> {
  return (processor ??= unified().use(summarylintParse).use(summarylint).freeze() as unknown as Processor<Root, Root, Root>);
}

/** The config's vocabulary plus what enabled rules add from their options (custom section roles, …). */
export function vocabularyFor(config: ResolvedConfig, rules: Readonly<Record<string, Rule>>): CompiledVocabulary {
  const changes: VocabularyConfig[] = [config.vocabulary];
  for (const [id, { level, options }] of Object.entries(config.rules)) {
    const contribute = rules[id]?.vocabulary;
    if (contribute && level !== 'off') changes.push(contribute(clone(options)));
  }
  // A config's kinds may name custom roles too; the document is parsed before its kind is known.
  for (const kind of Object.values(config.kinds ?? {})) {
    for (const [id, entry] of Object.entries(kind.rules ?? {})) {
      const rule = rules[id];
      const options = Array.isArray(entry) ? entry[1] : typeof entry === 'object' ? entry.options : undefined;
      if (rule?.vocabulary && options) changes.push(rule.vocabulary(clone({ ...rule.meta.defaultOptions, ...options })));
    }
  }
  const key = `${languagesVersion()}:${JSON.stringify(changes)}`;
  let vocabulary = vocabularies.get(key);
  if (!vocabulary) vocabularies.set(key, (vocabulary = new CompiledVocabulary(mergeChanges(changes))));
  return vocabulary;
}

function mergeChanges(changes: VocabularyConfig[]): VocabularyConfig {
  const merged: VocabularyConfig = {};
  for (const change of changes) {
    for (const [lang, concepts] of Object.entries(change) as Array<[Lang, Record<string, ConceptChange>]>) {
      // Own keys only: a concept named `constructor` must not find Object's.
      const target = (merged[lang] ??= Object.create(null) as Record<string, ConceptChange>);
      for (const [concept, { add = [], remove = [] }] of Object.entries(concepts)) {
        const entry = (target[concept] ??= { add: [], remove: [] });
        // A loop, not push(...add): spreading 200,000 entries overflows the stack.
        for (const word of add) entry.add!.push(word);
        for (const word of remove) entry.remove!.push(word);
      }
    }
  }
  return merged;
}

/**
 * Lint a document: parse it and run the rules as a unified plugin (src/unified.ts) over the tree and a vfile, as
 * remark-cli would. The findings are the file's messages.
 */
export function lintDocument(text: string, options: LintDocumentOptions): FileResult {
  const file = new VFile({ value: text, path: options.filePath });
  file.data.summarylint = options;
  const processor = theProcessor();
  processor.runSync(processor.parse(file), file);
  return resultOf(file, options.filePath ?? '<text>');
}

/**
 * The documents built last, by path, when a rule reads previous summaries: in a run over a series in order, a
 * summary's previous one was usually linted just before it, so its document is reused rather than parsed again.
 * Few and small ones only: a run otherwise holds no document after its file.
 */
const recentDocs = new Map<string, { doc: SummaryDoc; vocabulary: CompiledVocabulary; language: ResolvedConfig['language'] }>();
const RECENT_DOCS = 4;
const RECENT_DOC_LENGTH = 256 * 1024;

type BuildOptions = { vocabulary: CompiledVocabulary; language: ResolvedConfig['language']; path: string | undefined; tree: Root };

/** `buildDocument`, remembering the document among the recent ones when `remember` says so. */
function built(text: string, options: BuildOptions, remember: boolean): SummaryDoc {
  const doc = buildDocument(text, options);
  if (!remember || options.path === undefined || text.length > RECENT_DOC_LENGTH) return doc;
  recentDocs.delete(options.path);
  recentDocs.set(options.path, { doc, vocabulary: options.vocabulary, language: options.language });
  if (recentDocs.size > RECENT_DOCS) recentDocs.delete(recentDocs.keys().next().value!);
  return doc;
}

/** The previous summary's document, built with the same vocabulary and language setting as the current one. */
function previousDoc({ path, text }: PreviousSummary, vocabulary: CompiledVocabulary, language: ResolvedConfig['language']): PreviousDoc {
  const known = recentDocs.get(path);
  if (known && known.doc.text === text && known.vocabulary === vocabulary && known.language === language) return { path, doc: known.doc };
  const tree = theProcessor().parse(new VFile({ value: text, path })) as Root;
  return { path, doc: built(text, { vocabulary, language, path, tree }, true) };
}

/** The rules over a parsed document: what the unified plugin runs. */
export function lintTree(tree: Root, text: string, options: LintDocumentOptions): FileResult {
  const { config, rules, filePath } = options;
  const vocabulary = vocabularyFor(config, rules);
  const doc = built(text, { vocabulary, language: config.language, path: filePath, tree }, readsPrevious(config, rules));
  const locale = localeOf(doc, config);
  const findings: Finding[] = [];
  const knownRules = new Set(Object.keys(rules));
  const kind = detectKind(doc, config, vocabulary);
  if (kind.unknown !== undefined) findings.push(unknownKind(doc, kind, config, locale));
  let previous: PreviousDoc | undefined;
  // Rules get copies: a runner's config is shared by many files (and frozen), and a rule that changes its options
  // or the settings must not change them for the next file.
  const settings = clone(config.settings);

  for (const [id, { level, options: ruleOptions }] of Object.entries(effectiveRules(config, rules, kind))) {
    const rule = rules[id];
    if (!rule || level === 'off') continue;
    const context: RuleContext = {
      id,
      options: clone(ruleOptions),
      vocabulary,
      locale,
      settings,
      get previous() {
        return options.previous && (previous ??= previousDoc(options.previous, vocabulary, config.language));
      },
      report: (descriptor) => findings.push(toFinding(doc, rule, level, locale, descriptor)),
    };
    try {
      rule.check(doc, context);
    } catch (error) {
      findings.push(ruleFailure(doc, id, error, locale));
    }
  }

  const directives = readDirectives(doc);
  const { findings: kept, unused, suppressedCount } = applyDirectives(findings, directives);
  const extra = directiveProblems(doc, locale, directives, unused, knownRules, options.reportUnusedDisableDirectives);
  return { ...summarize(filePath ?? '<text>', sortAndDedupe([...kept, ...extra]), suppressedCount), kind };
}

/** The rules as they judge a document of this kind (see `rulesForKind`). */
export function effectiveRules(config: ResolvedConfig, rules: Readonly<Record<string, Rule>>, kind: KindInfo): Record<string, ResolvedRule> {
  const guessed = kind.source !== 'front-matter' && kind.source !== 'config';
  const ownSections = setsOwnSections(config, (rules['require-sections']?.meta.defaultOptions.required as string[] | undefined) ?? []);
  return rulesForKind(config.rules, kindNamed(config, kind.name), guessed && ownSections);
}

/** The kind of a text under a config, as a lint run would tell it (`--print-config FILE`). */
export function kindOfText(text: string, config: ResolvedConfig, rules: Readonly<Record<string, Rule>>, filePath?: string): KindInfo {
  const vocabulary = vocabularyFor(config, rules);
  const tree = theProcessor().parse(new VFile({ value: text, path: filePath })) as Root;
  return detectKind(buildDocument(text, { vocabulary, language: config.language, path: filePath, tree }), config, vocabulary);
}

/** Front matter or config that names a kind nobody defined: said at the top, and the document held to the default. */
function unknownKind(doc: SummaryDoc, kind: KindInfo, config: ResolvedConfig, locale: Locale): Finding {
  const range: Range = doc.frontMatter?.range ?? [0, 0];
  const data = { kind: kind.unknown!.name, kinds: kindsOf(config).map((k) => k.name).join(', ') };
  const messageId = kind.unknown!.from === 'front-matter' ? 'unknownKind' : 'unknownConfigKind';
  return {
    ruleId: null, severity: 'warn', message: renderMessage(engineMessages[messageId], data, locale), messageId,
    ...positionOf(doc, [range[0], range[0]]), range: [range[0], range[0]], data,
  };
}

/** Messages follow the document: its language pack's locale (Chinese documents get Chinese messages, in their own script). */
function localeOf(doc: SummaryDoc, config: ResolvedConfig): Locale {
  if (config.locale !== 'auto') return config.locale;
  return localeFor(doc.lang, doc.text);
}

function toFinding(doc: SummaryDoc, rule: Rule, severity: Severity, locale: Locale, d: ReportDescriptor): Finding {
  const template = rule.meta.messages[d.messageId];
  if (!template) throw new Error(`rule "${rule.meta.id}" reported unknown messageId "${d.messageId}"`);
  const data = d.data ?? {};
  const range = placeOf(doc, d);
  return {
    ruleId: rule.meta.id,
    severity,
    message: renderMessage(template, data, locale),
    messageId: d.messageId,
    ...positionOf(doc, range),
    range,
    data,
    url: rule.meta.docs.url,
    ...(d.fix && { fix: { range: checkRange(doc, d.fix.range, `fix of "${d.messageId}"`), text: d.fix.text } }),
  };
}

/** Where a report points: a node, or source offsets; a report outside the document is a bug in the rule. */
function placeOf(doc: SummaryDoc, d: ReportDescriptor): Range {
  const range: Range | undefined = d.range ?? (d.node?.position ? [d.node.position.start.offset ?? 0, d.node.position.end.offset ?? 0] : undefined);
  if (!range) throw new Error(`report "${d.messageId}" has neither a node with a position nor a range`);
  return checkRange(doc, range, `report "${d.messageId}"`);
}

function checkRange(doc: SummaryDoc, range: Range, what: string): Range {
  const [start, end] = range;
  if (!(start >= 0 && end >= start && end <= doc.text.length)) {
    throw new Error(`${what} points outside the document (${start}-${end} of ${doc.text.length})`);
  }
  return range;
}

function positionOf(doc: SummaryDoc, [start, end]: Range) {
  const s = doc.pointAt(start);
  const e = doc.pointAt(end);
  return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
}

/** A rule that throws fails for this file only; the other rules and files still run. */
function ruleFailure(doc: SummaryDoc, ruleId: string, error: unknown, locale: Locale): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    ruleId, severity: 'error', fatal: true, message: renderMessage(engineMessages.ruleFailed, { ruleId, error: reason }, locale),
    ...positionOf(doc, [0, 0]), range: [0, 0], data: { error: reason },
  };
}

function directiveProblems(doc: SummaryDoc, locale: Locale, all: Directive[], unused: Directive[], known: Set<string>, unusedLevel: Severity | undefined): Finding[] {
  const problems: Finding[] = [];
  const at = (d: Directive) => ({ ...positionOf(doc, d.range), range: d.range });
  const misnamed = new Set<Directive>();
  for (const d of all) {
    for (const rule of d.rules.filter((r) => !known.has(r))) {
      misnamed.add(d);
      const close = nearest(rule, known);
      const data = { directive: d.kind, rule, ...(close && { suggestion: close }) };
      const message = renderMessage(close ? engineMessages.unknownRuleNear : engineMessages.unknownRule, data, locale);
      problems.push({ ruleId: null, severity: 'warn', message, ...at(d), data });
    }
  }
  if (unusedLevel) {
    // A directive naming an unknown rule is already reported; calling it unused as well says nothing new.
    for (const d of unused.filter((u) => !misnamed.has(u))) {
      const quoted = d.rules.map((r) => `"${r}"`).join(', ');
      const message = renderMessage(d.rules.length ? engineMessages.unusedFor : engineMessages.unused, { directive: d.kind, quoted }, locale);
      problems.push({ ruleId: null, severity: unusedLevel, message, ...at(d), data: { directive: d.kind, rules: d.rules } });
    }
  }
  return problems;
}

function sortAndDedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings
    // Stable: findings at one place keep the order their rule reported them in.
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1] || String(a.ruleId).localeCompare(String(b.ruleId)))
    .filter((f) => {
      const key = `${f.ruleId}\u0000${f.range[0]}\u0000${f.range[1]}\u0000${f.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

export function summarize(filePath: string, findings: Finding[], suppressedCount = 0): FileResult {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return { filePath, findings, errorCount: count('error'), warningCount: count('warn'), infoCount: count('info'), suppressedCount };
}
