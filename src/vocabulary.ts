// Word lists (data, one file per language, keyed by concept) compiled into matchers.
// Entries are literals: no user-supplied regex ever runs, so no word list can make the linter backtrack.
import en from '../rules/lexicon/en.json' with { type: 'json' };
import zh from '../rules/lexicon/zh.json' with { type: 'json' };
import { normalize, normalizeString } from './text/normalize.js';
import type { Lang, Vocabulary, VocabularyConfig, VocabularyMatch } from './types.js';

type RawEntry = string | ({ term: string; except?: string[] } & Record<string, unknown>);
export type Lexicon = Record<string, RawEntry[] | string>;

export const builtinLexicons: Record<Lang, Lexicon> = { en: en as Lexicon, zh: zh as Lexicon };
export const LANGS: Lang[] = ['en', 'zh'];

/** Concept keys of the built-in lexicons (the `$comment` key excluded). */
export function conceptKeys(lang: Lang): string[] {
  return Object.keys(builtinLexicons[lang]).filter((k) => !k.startsWith('$'));
}

interface Entry {
  term: string;
  /** Normalised form, as matched. */
  key: string;
  lang: Lang;
  except: string[];
  info: Record<string, unknown>;
}

interface Matcher {
  entries: Map<string, Entry>;
  regex: RegExp | undefined;
  exceptions: RegExp | undefined;
  /** Exception phrase → the entry it belongs to. */
  exceptionOwner: Map<string, string>;
}

const HAN = /\p{Script=Han}/u;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';

/** Latin words need word boundaries on a side that starts or ends with a letter or digit; Han text does not. */
function boundaries(key: string): [boolean, boolean] {
  return [/^[\p{L}\p{N}]/u.test(key) && !HAN.test(key[0]), /[\p{L}\p{N}]$/u.test(key) && !HAN.test(key[key.length - 1])];
}

/**
 * One regex for a list of literals. Entries sharing the same boundaries share one lookaround wrapper:
 * a wrapper per entry makes V8 take seconds to compile a list of a few hundred words.
 */
function compile(keys: string[]): RegExp | undefined {
  if (keys.length === 0) return undefined;
  // Longest first, so the longest entry wins at any position (进一步加强 over 加强).
  const sorted = [...new Set(keys)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const groups = new Map<string, string[]>();
  for (const key of sorted) {
    const [before, after] = boundaries(key);
    const group = `${before ? BEFORE : ''}\u0000${after ? AFTER : ''}`;
    if (!groups.has(group)) groups.set(group, []);
    groups.get(group)!.push(escape(key).replace(/\s+/g, '\\s+'));
  }
  const source = [...groups].map(([wrapper, alternatives]) => wrapper.replace('\u0000', `(?:${alternatives.join('|')})`)).join('|');
  return new RegExp(source, 'gu');
}

export class WordLists implements Vocabulary {
  private readonly lists: Record<Lang, Map<string, RawEntry[]>>;
  private readonly matchers = new Map<string, Matcher>();
  private roleConcepts: string[] | undefined;

  constructor(changes: VocabularyConfig = {}) {
    this.lists = { en: new Map(), zh: new Map() };
    for (const lang of LANGS) {
      for (const [concept, entries] of Object.entries(builtinLexicons[lang])) {
        if (!concept.startsWith('$') && Array.isArray(entries)) this.lists[lang].set(concept, entries);
      }
      for (const [concept, change] of Object.entries(changes[lang] ?? {})) {
        const removed = new Set((change.remove ?? []).map(normalizeString));
        const kept = (this.lists[lang].get(concept) ?? []).filter((e) => !removed.has(normalizeString(termOf(e))));
        this.lists[lang].set(concept, [...kept, ...(change.add ?? [])]);
      }
    }
  }

  entries(concept: string, lang: Lang): readonly string[] {
    return (this.lists[lang].get(concept) ?? []).map(termOf);
  }

  /** All concepts named in any language (built-in and from config). */
  concepts(): string[] {
    return [...new Set(LANGS.flatMap((l) => [...this.lists[l].keys()]))];
  }

  normalize(text: string): string {
    return normalizeString(text);
  }

  has(concept: string, text: string): boolean {
    return this.find(concept, text).length > 0;
  }

  find(concept: string, text: string): VocabularyMatch[] {
    const matcher = this.matcher(concept);
    if (!matcher.regex) return [];
    const norm = normalize(text);
    const excepted = exceptionSpans(matcher, norm.text);
    const out: VocabularyMatch[] = [];
    for (const m of norm.text.matchAll(matcher.regex)) {
      const key = m[0].replace(/\s+/g, ' ');
      const entry = matcher.entries.get(key);
      if (!entry) continue;
      const s = m.index;
      const e = s + m[0].length;
      if (entry.except.length > 0 && excepted.some(([es, ee, owner]) => owner === entry.key && es <= s && e <= ee)) continue;
      const start = norm.map[s];
      const end = norm.map[e] ?? text.length;
      out.push({ text: text.slice(start, end), term: entry.term, start, end, info: { ...entry.info, lang: entry.lang } });
    }
    return out;
  }

  roleOfTitle(title: string): string | undefined {
    return this.rolesOfTitle(title)[0];
  }

  /** Every role whose synonyms occur in the title, in order of appearance; overlapping synonyms: the longest wins. */
  rolesOfTitle(title: string): string[] {
    this.roleConcepts ??= this.concepts().filter((c) => c.startsWith('section.'));
    const hits: Array<{ role: string; start: number; end: number; secondary: boolean }> = [];
    for (const concept of this.roleConcepts) {
      for (const m of this.find(concept, title)) {
        // `exact` entries (工作, "Work") name a section only when they are the whole title.
        if (m.info.exact && (m.start > 0 || m.end < title.length)) continue;
        hits.push({ role: concept.slice('section.'.length), start: m.start, end: m.end, secondary: m.info.secondary === true });
      }
    }
    // `secondary` entries add a role without making it the section's main one ("Lessons learned" also
    // covers problems, but its items are lessons).
    hits.sort((a, b) => Number(a.secondary) - Number(b.secondary) || a.start - b.start || b.end - b.start - (a.end - a.start));
    const roles: string[] = [];
    let covered: { start: number; end: number } | undefined;
    for (const hit of hits) {
      const inside = covered && hit.start >= covered.start && hit.end <= covered.end && hit.end - hit.start < covered.end - covered.start;
      if (inside) continue;
      if (!covered || hit.end > covered.end) covered = hit;
      if (!roles.includes(hit.role)) roles.push(hit.role);
    }
    return roles;
  }

  private matcher(concept: string): Matcher {
    let matcher = this.matchers.get(concept);
    if (matcher) return matcher;
    const entries = new Map<string, Entry>();
    for (const lang of LANGS) {
      for (const raw of this.lists[lang].get(concept) ?? []) {
        const entry = toEntry(raw, lang);
        if (entry.key && !entries.has(entry.key)) entries.set(entry.key, entry);
      }
    }
    const withExceptions = [...entries.values()].filter((e) => e.except.length > 0);
    matcher = {
      entries,
      regex: compile([...entries.keys()]),
      exceptions: compile(withExceptions.flatMap((e) => e.except)),
      exceptionOwner: new Map(withExceptions.flatMap((e) => e.except.map((x) => [x, e.key] as const))),
    };
    this.matchers.set(concept, matcher);
    return matcher;
  }
}

function exceptionSpans(matcher: Matcher, text: string): Array<[number, number, string]> {
  if (!matcher.exceptions) return [];
  const spans: Array<[number, number, string]> = [];
  for (const m of text.matchAll(matcher.exceptions)) {
    const owner = matcher.exceptionOwner.get(m[0].replace(/\s+/g, ' '));
    if (owner) spans.push([m.index, m.index + m[0].length, owner]);
  }
  return spans;
}

function termOf(raw: RawEntry): string {
  return typeof raw === 'string' ? raw : raw.term;
}

function toEntry(raw: RawEntry, lang: Lang): Entry {
  const { term, except = [], ...info } = typeof raw === 'string' ? { term: raw } : raw;
  const norm = (s: string) => normalizeString(s).trim().replace(/\s+/g, ' ');
  return { term, key: norm(term), lang, except: except.map(norm), info };
}
