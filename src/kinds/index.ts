// Kinds of summary (sales, weekly, review, postmortem, retrospective, minutes, and a config's own): presets of
// data in kinds.json that say which sections a document owes and how strictly the rules judge it. A document's
// kind comes from its front matter (`kind:`), else the config (`kind`, usually in an `overrides` entry), else
// its title's words, else its headings; else it is a `review`, and the result says it was a guess.
import { applyRuleEntries, clone, deepMerge } from '../config/merge.js';
import type { KindConfig, KindInfo, ResolvedConfig, ResolvedRule, SummaryDoc, Vocabulary } from '../types.js';
import shipped from './kinds.json' with { type: 'json' };
import { minutesSign } from './minutes-signs.js';

/** The kind a document is held to when nothing names one. */
export const DEFAULT_KIND = 'review';

export interface Kind extends KindConfig {
  name: string;
  /** Sets of roles whose sections, all present, tell the kind when the title does not. */
  signs: string[][];
}

const BUILTIN: Readonly<Record<string, Kind>> = Object.fromEntries(
  Object.entries(shipped as Record<string, unknown>)
    .filter(([name]) => !name.startsWith('$'))
    .map(([name, data]) => [name, { name, ...(data as Omit<Kind, 'name'>) }]),
);

/** The shipped kinds' names, in the order of detection. */
export const BUILTIN_KINDS: readonly string[] = Object.keys(BUILTIN);

/**
 * Every kind under a config: the shipped ones, then the config's (`kinds`), which may refine a shipped kind of
 * the same name or `extends` one. The config's own kinds come first in detection: they are the most specific.
 */
export function kindsOf(config: Pick<ResolvedConfig, 'kinds'>): Kind[] {
  const own = Object.entries(config.kinds ?? {}).map(([name, data]) => {
    const base = BUILTIN[data.extends ?? name];
    const merged = base ? (deepMerge(base as unknown as Record<string, unknown>, data as Record<string, unknown>) as unknown as Kind) : { signs: [], ...data };
    return { ...merged, name, signs: merged.signs ?? [] };
  });
  const ownNames = new Set(own.map((k) => k.name));
  return [...own, ...BUILTIN_KINDS.filter((name) => !ownNames.has(name)).map((name) => BUILTIN[name])];
}

export function kindNamed(config: Pick<ResolvedConfig, 'kinds'>, name: string): Kind | undefined {
  return kindsOf(config).find((kind) => kind.name === name);
}

/** Which kind a document is, and why. */
export function detectKind(doc: SummaryDoc, config: ResolvedConfig, vocabulary: Vocabulary): KindInfo {
  const kinds = kindsOf(config);
  const names = kinds.map((k) => k.name);
  const named = doc.frontMatter?.data.kind;
  if (typeof named === 'string' && named.trim()) {
    const name = named.trim();
    if (names.includes(name)) return { name, source: 'front-matter', reason: `front matter says kind: ${name}` };
    return { name: DEFAULT_KIND, source: 'default', reason: `front matter names an unknown kind "${name}" (expected one of ${names.join(', ')})`, unknown: { name, from: 'front-matter' } };
  }
  if (config.kind) {
    if (names.includes(config.kind)) return { name: config.kind, source: 'config', reason: `the config sets kind: ${config.kind}` };
    return { name: DEFAULT_KIND, source: 'default', reason: `the config names an unknown kind "${config.kind}" (expected one of ${names.join(', ')})`, unknown: { name: config.kind, from: 'config' } };
  }

  // The title, else the lines a title could be: the first line and the first headings ("### 姓名" / "### 本周工作",
  // "### **Spring 2022 Senior Project**" / "### **Weekly Status Report**").
  let byTitle: { kind: string; word: string } | undefined;
  for (const candidate of titleCandidates(doc)) {
    const found = titleKind(candidate, kinds, vocabulary);
    if (found && (!byTitle || byTitle.kind === DEFAULT_KIND)) byTitle = found;
    if (byTitle && byTitle.kind !== DEFAULT_KIND) break;
  }
  if (byTitle && byTitle.kind !== DEFAULT_KIND) return { name: byTitle.kind, source: 'title', reason: `the title says "${byTitle.word}"` };
  for (const kind of kinds) {
    for (const roles of kind.signs) {
      const sections = roles.map((role) => doc.sections.find((s) => s.roles.includes(role) && !isDocTitle(doc, s.titleRange)));
      if (sections.every(Boolean)) return { name: kind.name, source: 'headings', reason: `the headings ${sections.map((s) => `"${s!.title}"`).join(' and ')}` };
    }
  }
  // What only minutes have: "Agenda", "Participants:", 参会人员, a list of what was discussed.
  const sign = kinds.some((k) => k.name === 'minutes') ? minutesSign(doc, vocabulary) : undefined;
  if (sign) return { name: 'minutes', source: 'headings', reason: sign };
  if (byTitle) return { name: DEFAULT_KIND, source: 'title', reason: `the title says "${byTitle.word}"` };
  return { name: DEFAULT_KIND, source: 'default', reason: 'no kind in front matter or config, and neither the title nor the headings name one' };
}

/** Lines that may name the document: its title, then its first line and first three headings. */
function titleCandidates(doc: SummaryDoc): string[] {
  const firstLine = doc.text.slice(doc.frontMatter?.range[1] ?? 0).split('\n').find((line) => line.trim() !== '')?.replace(/^#+\s*|[*_`]/gu, '').trim();
  const headings = doc.sections.filter((s) => s.kind === 'heading').slice(0, 3).map((s) => s.title);
  return [doc.title?.text, firstLine, ...headings].filter((t): t is string => Boolean(t) && t!.length <= 80);
}

function isDocTitle(doc: SummaryDoc, range: readonly [number, number]): boolean {
  return doc.title !== undefined && doc.title.range[0] === range[0];
}

/** The first kind (in detection order) one of whose title words the title holds. */
function titleKind(title: string, kinds: readonly Kind[], vocabulary: Vocabulary): { kind: string; word: string } | undefined {
  const normalized = vocabulary.normalize(title);
  const shippedHits = vocabulary.find('kind-title', title);
  for (const kind of kinds) {
    const own = kind.detect?.find((word) => containsWord(normalized, vocabulary.normalize(word)));
    if (own) return { kind: kind.name, word: own };
    const hit = shippedHits.find((m) => m.info.kind === kind.name);
    if (hit) return { kind: kind.name, word: hit.text };
  }
  return undefined;
}

/** A config kind's title word: Latin words at word boundaries, Han anywhere. */
function containsWord(text: string, word: string): boolean {
  if (!word) return false;
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + word.length] ?? ' ';
    const latin = (c: string) => /[\p{Script=Latin}\d]/u.test(c);
    if (!(latin(word[0]) && latin(before)) && !(latin(word[word.length - 1]) && latin(after))) return true;
  }
  return false;
}

/** Whether the config lists its own `required` sections (not require-sections' default ones). */
export function setsOwnSections(config: Pick<ResolvedConfig, 'rules'>, defaults: readonly string[]): boolean {
  const required = config.rules['require-sections']?.options.required;
  return required !== undefined && JSON.stringify(required) !== JSON.stringify(defaults);
}

/**
 * The rules as they apply to a document of this kind: the kind's sections become require-sections' options (its
 * custom `roles` kept), and its rule entries apply over the config's, except that a rule the config turned off
 * stays off. A config that lists its own `required` sections keeps them for kinds that were only told from the
 * title or headings: a kind named in front matter or config replaces them. `review` without sections of its own
 * leaves the config as it is.
 */
export function rulesForKind(rules: Readonly<Record<string, ResolvedRule>>, kind: Kind | undefined, keepRequired = false): Record<string, ResolvedRule> {
  if (!kind) return rules as Record<string, ResolvedRule>;
  const out = clone(rules) as Record<string, ResolvedRule>;
  const off = new Set(Object.entries(rules).filter(([, r]) => r.level === 'off').map(([id]) => id));
  if (kind.rules) applyRuleEntries(out, kind.rules);
  const sections = out['require-sections'];
  if (sections && kind.required && !keepRequired) {
    sections.options = {
      ...sections.options,
      required: [...kind.required],
      order: kind.order ?? false,
      ...(kind.headings && { headings: clone(kind.headings) }),
      ...(kind.mustState && { mustState: { ...kind.mustState } }),
      ...(kind.inProse && { inProse: { ...kind.inProse } }),
      ...(kind.satisfiedBy && { satisfiedBy: clone(kind.satisfiedBy) }),
    };
  }
  for (const id of off) out[id] = { ...out[id], level: 'off' };
  return out;
}
