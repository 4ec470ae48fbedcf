// Word lists (data, one file per language, keyed by concept) compiled into matchers.
// Entries are literals: no user-supplied regex ever runs, so no word list can make the linter backtrack.
import en from '../rules/lexicon/en.json' with { type: 'json' };
import zh from '../rules/lexicon/zh.json' with { type: 'json' };
import { readFileSync } from 'node:fs';
import { normalize, normalizeString, type Normalized } from './text/normalize.js';
import type { Lang, Vocabulary, VocabularyConfig, VocabularyMatch } from './types.js';

type RawEntry = string | ({ term: string; except?: string[] } & Record<string, unknown>);
export type Lexicon = Record<string, RawEntry[] | string>;

export const builtinLexicons: Record<Lang, Lexicon> = { en: en as Lexicon, zh: zh as Lexicon };
export const LANGS: Lang[] = ['en', 'zh'];

/**
 * The normalised form of every word of the built-in lists (terms and exceptions), computed by the build
 * (`scripts/build.mjs` → dist/rules/lexicon/normalized.json) with `normalizeString` itself. Start-up then
 * neither normalises 3,000 entries nor loads the Traditional → Simplified dictionary for them, which English
 * documents never need. Run from `src/` (the tests) the table is absent and every word is normalised here.
 */
const prebuilt: Record<string, string> = (() => {
  try {
    // Looked up as parsed: copying 3,000 entries into a Map cost more than it saved.
    return JSON.parse(readFileSync(new URL('../rules/lexicon/normalized.json', import.meta.url), 'utf8'));
  } catch {
    return {};
  }
})();

/** The build's normal form of a built-in word, if `text` is one. */
function prebuiltForm(text: string): string | undefined {
  return Object.hasOwn(prebuilt, text) ? prebuilt[text] : undefined;
}

/** `normalizeString`, from the build's table for built-in words. */
function normalizeWord(text: string): string {
  return prebuiltForm(text) ?? normalizeString(text);
}

/** Every word of the built-in lists, terms and exceptions: what the build normalises ahead of time. */
export function builtinWords(): string[] {
  const words = new Set<string>();
  for (const lang of LANGS) {
    for (const entries of Object.values(builtinLexicons[lang])) {
      if (!Array.isArray(entries)) continue;
      for (const entry of entries) {
        words.add(termOf(entry));
        if (typeof entry !== 'string') for (const word of entry.except ?? []) words.add(word);
      }
    }
  }
  return [...words];
}

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
  terms: Trie<Entry> | undefined;
  exceptions: Trie<string> | undefined;
}

const HAN = /\p{Script=Han}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Latin words need word boundaries on a side that starts or ends with a letter or digit; Han text does not. */
function boundariesOf(key: string): [boolean, boolean] {
  return [/^[\p{L}\p{N}]/u.test(key) && !HAN.test(key[0]), /[\p{L}\p{N}]$/u.test(key) && !HAN.test(key[key.length - 1])];
}

/** Child edges are keyed `node * EDGE + code unit`: one map for the whole trie. */
const EDGE = 0x10000;
const BOUNDARY_BEFORE = 1;
const BOUNDARY_AFTER = 2;

/**
 * Literal keys in a character trie, matched left to right, the longest key at each position, without
 * overlaps: what one big alternation regex did, minus its cost. V8 took ~150 ms to compile the word lists'
 * regexes in every process and ran them slower than this walk; a space in a key matches any run of
 * whitespace (`\s+`), and Latin keys only match between word boundaries (no letter or digit around them).
 * Nodes are numbers (0 is the root) and all edges live in one map: a map per node made building the word lists
 * a tenth of a one-file run, most of it garbage collection.
 */
class Trie<T> {
  private readonly edges = new Map<number, number>();
  /** The entry whose key ends at a node, and whether it needs a word boundary before or after it. */
  private readonly values: Array<T | undefined> = [undefined];
  private readonly boundaries: number[] = [0];

  add(key: string, value: T): void {
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const code = isSpace(key.charCodeAt(i)) ? 32 : key.charCodeAt(i);
      if (code === 32 && i > 0 && isSpace(key.charCodeAt(i - 1))) continue;
      let child = this.edges.get(node * EDGE + code);
      if (child === undefined) {
        child = this.values.length;
        this.values.push(undefined);
        this.boundaries.push(0);
        this.edges.set(node * EDGE + code, child);
      }
      node = child;
    }
    // The first key added wins on duplicates, as the regex's first alternative did.
    if (this.values[node] === undefined) {
      const [before, after] = boundariesOf(key);
      this.values[node] = value;
      this.boundaries[node] = (before ? BOUNDARY_BEFORE : 0) | (after ? BOUNDARY_AFTER : 0);
    }
  }

  /**
   * Non-overlapping matches, leftmost first, longest at each start: `each(start, end, value)` for every one, until it
   * returns `true` (stop). A plain loop with a callback: a generator and a tuple per match cost more than the walk.
   */
  scan(text: string, each: (start: number, end: number, value: T) => boolean | void): void {
    const { edges, values, boundaries } = this;
    for (let start = 0; start < text.length; ) {
      let node = edges.get(codeAt(text, start));
      let bestEnd = -1;
      let bestValue: T | undefined;
      let i = start;
      while (node !== undefined) {
        i = isSpace(text.charCodeAt(i)) ? skipSpaces(text, i) : i + 1;
        const value = values[node];
        if (value !== undefined) {
          const bounds = boundaries[node];
          if ((!(bounds & BOUNDARY_AFTER) || !wordCharAt(text, i)) && (!(bounds & BOUNDARY_BEFORE) || !wordCharBefore(text, start))) {
            bestEnd = i;
            bestValue = value;
          }
        }
        if (i >= text.length) break;
        node = edges.get(node * EDGE + codeAt(text, i));
      }
      if (bestEnd !== -1) {
        if (each(start, bestEnd, bestValue as T) === true) return;
        start = bestEnd;
      } else {
        start++;
      }
    }
  }

  /** Non-overlapping matches `[start, end, value]`, leftmost first, longest at each start. */
  matches(text: string): Array<[number, number, T]> {
    const out: Array<[number, number, T]> = [];
    this.scan(text, (start, end, value) => {
      out.push([start, end, value]);
    });
    return out;
  }
}

/** The trie's key for the character at `i`: its code unit, or 32 for any whitespace. */
function codeAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return isSpace(code) ? 32 : code;
}

/** What the regex `\s` matches (all in the BMP, so one code unit each). */
function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

function skipSpaces(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Whether a letter or digit starts at `i` (a whole code point, as the regex's `u` flag reads it). */
function wordCharAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const cp = text.codePointAt(i)!;
  if (cp < 128) return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

function wordCharBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const low = text.charCodeAt(i - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && i >= 2 ? i - 2 : i - 1;
  if (low < 128) return (low >= 48 && low <= 57) || (low >= 65 && low <= 90) || (low >= 97 && low <= 122);
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(start)!));
}

/** A text's normal form and the matches found in it so far, by concept. */
interface TextMemo {
  norm: Normalized;
  hits: Map<string, Array<number | Entry>>;
}

/** Texts of the last documents remembered (normal form and matches): rules ask about one sentence for many concepts. */
const NORMALIZED_CACHE_SIZE = 2048;

export class WordLists implements Vocabulary {
  private readonly lists: Record<Lang, Map<string, RawEntry[]>>;
  private readonly matchers = new Map<string, Matcher>();
  private readonly texts = new Map<string, TextMemo>();
  private roleConcepts: string[] | undefined;

  constructor(changes: VocabularyConfig = {}) {
    this.lists = { en: new Map(), zh: new Map() };
    for (const lang of LANGS) {
      for (const [concept, entries] of Object.entries(builtinLexicons[lang])) {
        if (!concept.startsWith('$') && Array.isArray(entries)) this.lists[lang].set(concept, entries);
      }
      for (const [concept, change] of Object.entries(changes[lang] ?? {})) {
        const removed = new Set((change.remove ?? []).map(normalizeWord));
        const kept = (this.lists[lang].get(concept) ?? []).filter((e) => !removed.has(normalizeWord(termOf(e))));
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
    return prebuiltForm(text) ?? this.normalized(text).text;
  }

  has(concept: string, text: string): boolean {
    let found = false;
    this.scan(concept, text, () => (found = true));
    return found;
  }

  find(concept: string, text: string): VocabularyMatch[] {
    const out: VocabularyMatch[] = [];
    this.scan(concept, text, (start, end, entry) => {
      out.push({ text: text.slice(start, end), term: entry.term, start, end, info: { ...entry.info, lang: entry.lang } });
    });
    return out;
  }

  /**
   * The matches of a concept in `text`, exceptions left out, in original offsets, until `each` returns `true`. Found
   * once per text and concept, then remembered with the text's normal form: the rules ask the same question about the
   * same sentence or title many times (three in four scans of the bench corpus were repeats).
   */
  private scan(concept: string, text: string, each: (start: number, end: number, entry: Entry) => boolean | void): void {
    const memo = this.memo(text);
    let hits = memo.hits.get(concept);
    if (!hits) memo.hits.set(concept, (hits = this.hitsOf(concept, text, memo.norm)));
    for (let i = 0; i < hits.length; i += 3) {
      if (each(hits[i] as number, hits[i + 1] as number, hits[i + 2] as Entry) === true) return;
    }
  }

  /** Every match of a concept: start, end and entry, three array slots each. */
  private hitsOf(concept: string, text: string, norm: Normalized): Array<number | Entry> {
    const hits: Array<number | Entry> = [];
    const matcher = this.matcher(concept);
    if (!matcher.terms) return hits;
    let excepted: Array<[number, number, string]> | undefined;
    matcher.terms.scan(norm.text, (s, e, entry) => {
      if (entry.except.length > 0) {
        excepted ??= matcher.exceptions ? matcher.exceptions.matches(norm.text) : [];
        if (excepted.some(([es, ee, owner]) => owner === entry.key && es <= s && e <= ee)) return;
      }
      hits.push(norm.map[s], norm.map[e] ?? text.length, entry);
    });
    return hits;
  }

  /** `normalize(text)`, remembered: the rules ask about one sentence for many concepts. */
  private normalized(text: string): Normalized {
    return this.memo(text).norm;
  }

  private memo(text: string): TextMemo {
    let memo = this.texts.get(text);
    if (!memo) {
      // A bounded memo: emptied when full, so memory stays flat however many documents one process lints.
      if (this.texts.size >= NORMALIZED_CACHE_SIZE) this.texts.clear();
      this.texts.set(text, (memo = { norm: normalize(text), hits: new Map() }));
    }
    return memo;
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
    matcher = { entries, terms: trieOf([...entries.values()].map((e) => [e.key, e])), exceptions: undefined };
    if (withExceptions.length > 0) {
      // An exception phrase two entries share belongs to the last of them (reversed: the trie keeps the first).
      matcher.exceptions = trieOf(withExceptions.flatMap((e) => e.except.map((x) => [x, e.key] as [string, string])).reverse());
    }
    this.matchers.set(concept, matcher);
    return matcher;
  }
}

function trieOf<T>(pairs: Array<[string, T]>): Trie<T> | undefined {
  if (pairs.length === 0) return undefined;
  const trie = new Trie<T>();
  for (const [key, value] of pairs) trie.add(key, value);
  return trie;
}

function termOf(raw: RawEntry): string {
  return typeof raw === 'string' ? raw : raw.term;
}

function toEntry(raw: RawEntry, lang: Lang): Entry {
  const { term, except = [], ...info } = typeof raw === 'string' ? { term: raw } : raw;
  const norm = (s: string) => normalizeWord(s).trim().replace(/\s+/g, ' ');
  return { term, key: norm(term), lang, except: except.map(norm), info };
}
