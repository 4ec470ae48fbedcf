// Word lists (data, one file per language, keyed by concept) compiled into matchers.
// Entries are literals: no user-supplied regex ever runs, so no word list can make the linter backtrack.
import en from '../rules/lexicon/en.json' with { type: 'json' };
import zh from '../rules/lexicon/zh.json' with { type: 'json' };
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { normalize, normalizeString, type Normalized } from './text/normalize.js';
import { isSpace } from './text/whitespace.js';
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

/**
 * The matchers of the built-in lists, compiled by the build (`compiledMatchers` → dist/rules/lexicon/matchers.json,
 * the entries' normal forms and where each trie sits, and matchers.bin, the tries' arrays, read in place): compiling
 * them here, from 3,000 entries in cold code, was about 10 ms of a one-file run. A concept the config changes is
 * compiled here from its lists. Run from `src/` (the tests) the files are absent and every matcher is compiled here.
 */
export interface CompiledMatchers {
  index: Record<string, MatcherData>;
  bytes: ArrayBuffer;
}

let builtMatchers: CompiledMatchers | undefined;

function matchersFromBuild(): CompiledMatchers {
  return (builtMatchers ??= (() => {
    try {
      const index = JSON.parse(readFileSync(new URL('../rules/lexicon/matchers.json', import.meta.url), 'utf8'));
      const file = readFileSync(new URL('../rules/lexicon/matchers.bin', import.meta.url));
      // A buffer of its own (a copy only if it sits in Node's shared pool), so every trie's offset stays aligned.
      const bytes = file.byteOffset === 0 && file.byteLength === file.buffer.byteLength ? file.buffer : new Uint8Array(file).buffer;
      return { index, bytes: bytes as ArrayBuffer };
    } catch {
      return { index: {}, bytes: new ArrayBuffer(0) };
    }
  })());
}

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
  /** `info` with `lang`, as matches carry it: made at the entry's first match, then shared by its matches (frozen). */
  matchInfo?: Readonly<Record<string, unknown>>;
}

interface Matcher {
  terms: Trie<Entry> | undefined;
  /** Exception phrases, each to the key of the entry it excepts. */
  exceptions: Trie<string> | undefined;
}

/**
 * A concept's matcher as the build writes it (`compiledMatchers`) and `matcherFromData` reads it: the entries' normal
 * forms (the costly part of compiling) and where its tries sit in the binary file.
 */
export interface MatcherData {
  /** The key of each entry of the concept's lists (English, then Chinese, in order); `null` for one left out (empty, or a repeated key). */
  keys: Array<string | null>;
  /** The normal forms of an entry's exceptions, by its place in `keys`. */
  except: Record<number, string[]>;
  /** Values are entry numbers: entries in the order they are kept. */
  terms?: TrieLayout;
  /** Values are the number of the entry excepted. */
  exceptions?: TrieLayout;
}

/**
 * Where a trie's arrays (see `Trie`) sit in the build's binary file, from byte `offset`: for each of `slots` edge slots
 * its node (Int32), child (Int32) and, after the values, code unit (Uint16); for each of `size` nodes its value number
 * (Int32) and boundaries (one byte).
 */
interface TrieLayout {
  offset: number;
  slots: number;
  size: number;
}

const HAN = /\p{Script=Han}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Latin words need word boundaries on a side that starts or ends with a letter or digit; Han text does not. */
function boundariesOf(key: string): [boolean, boolean] {
  return [/^[\p{L}\p{N}]/u.test(key) && !HAN.test(key[0]), /[\p{L}\p{N}]$/u.test(key) && !HAN.test(key[key.length - 1])];
}

const BOUNDARY_BEFORE = 1;
const BOUNDARY_AFTER = 2;

/**
 * Literal keys in a character trie, matched left to right, the longest key at each position, without
 * overlaps: what one big alternation regex did, minus its cost. V8 took ~150 ms to compile the word lists'
 * regexes in every process and ran them slower than this walk; a space in a key matches any run of
 * whitespace (`\s+`), and Latin keys only match between word boundaries (no letter or digit around them).
 *
 * Nodes are numbers (0 is the root); all edges live in one open-addressing table of typed arrays (a slot holds the
 * edge's node + 1, 0 when empty, its code unit and the child), and each node's value and word boundaries in arrays by
 * node. A Map per node made building the word lists a tenth of a one-file run; typed arrays are also what the
 * build writes (`toBytes`) and start-up reads back in place (`fromBytes`).
 */
class Trie<T> {
  private nodes: Int32Array = new Int32Array(64);
  private codes: Uint16Array = new Uint16Array(64);
  private children: Int32Array = new Int32Array(64);
  private shift = 32 - 6;
  private edgeCount = 0;
  /** By node: the number of its value in `items` (-1: no key ends there), and which word boundaries the key needs. */
  private values: Int32Array | number[] = [-1];
  private boundaries: Uint8Array | number[] = [0];
  private items: T[] = [];
  /** A bit per code unit that starts a key: most positions of a text start none, and skip the root's probe. */
  private firstCodes: Uint8Array | undefined;

  add(key: string, value: T): void {
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const code = isSpace(key.charCodeAt(i)) ? 32 : key.charCodeAt(i);
      if (code === 32 && i > 0 && isSpace(key.charCodeAt(i - 1))) continue;
      let child = this.child(node, code);
      if (child === -1) {
        child = (this.values as number[]).push(-1) - 1;
        (this.boundaries as number[]).push(0);
        this.insert(node, code, child);
      }
      node = child;
    }
    // The first key added wins on duplicates, as the regex's first alternative did.
    if (this.values[node] === -1) {
      const [before, after] = boundariesOf(key);
      this.values[node] = this.items.push(value) - 1;
      this.boundaries[node] = (before ? BOUNDARY_BEFORE : 0) | (after ? BOUNDARY_AFTER : 0);
    }
  }

  /** The child of `node` along `code`, or -1. */
  private child(node: number, code: number): number {
    const { nodes, codes } = this;
    const mask = nodes.length - 1;
    for (let slot = this.slotOf(node, code); ; slot = (slot + 1) & mask) {
      const n = nodes[slot];
      if (n === node + 1 && codes[slot] === code) return this.children[slot];
      if (n === 0) return -1;
    }
  }

  /** Where the edge's probe starts: the top bits of a multiplicative hash. */
  private slotOf(node: number, code: number): number {
    return Math.imul(Math.imul(node, 0x10001) ^ code, 0x9e3779b1) >>> this.shift;
  }

  private insert(node: number, code: number, child: number): void {
    if (node === 0) this.firstCodes = undefined;
    if (++this.edgeCount * 2 > this.nodes.length) this.grow();
    const mask = this.nodes.length - 1;
    let slot = this.slotOf(node, code);
    while (this.nodes[slot] !== 0) slot = (slot + 1) & mask;
    this.nodes[slot] = node + 1;
    this.codes[slot] = code;
    this.children[slot] = child;
  }

  private grow(): void {
    const { nodes, codes, children } = this;
    const size = nodes.length * 2;
    this.nodes = new Int32Array(size);
    this.codes = new Uint16Array(size);
    this.children = new Int32Array(size);
    this.shift--;
    this.edgeCount = 0;
    for (let slot = 0; slot < nodes.length; slot++) if (nodes[slot] !== 0) this.insert(nodes[slot] - 1, codes[slot], children[slot]);
  }

  /** The trie's arrays as bytes, laid out as `TrieLayout` says, each value written as `number(value)`. */
  toBytes(number: (value: T) => number): { layout: Omit<TrieLayout, 'offset'>; bytes: Buffer } {
    const values = Int32Array.from(this.values, (v) => (v === -1 ? -1 : number(this.items[v])));
    const parts = [this.nodes, this.children, values, this.codes, Uint8Array.from(this.boundaries)];
    const bytes = Buffer.concat(parts.map((part) => Buffer.from(part.buffer, part.byteOffset, part.byteLength)));
    const padded = Buffer.concat([bytes, Buffer.alloc((4 - (bytes.length % 4)) % 4)]);
    return { layout: { slots: this.nodes.length, size: values.length }, bytes: padded };
  }

  /** A read-only trie over the build's bytes (`offset` aligned to 4 in `buffer`), its values the `items` their numbers name. */
  static fromBytes<T>(buffer: ArrayBuffer, { offset, slots, size }: TrieLayout, items: T[]): Trie<T> {
    const trie = new Trie<T>();
    trie.nodes = new Int32Array(buffer, offset, slots);
    trie.children = new Int32Array(buffer, offset + 4 * slots, slots);
    trie.values = new Int32Array(buffer, offset + 8 * slots, size);
    trie.codes = new Uint16Array(buffer, offset + 8 * slots + 4 * size, slots);
    trie.boundaries = new Uint8Array(buffer, offset + 10 * slots + 4 * size, size);
    trie.shift = 32 - Math.log2(slots);
    trie.items = items;
    return trie;
  }

  /**
   * Non-overlapping matches, leftmost first, longest at each start: `each(start, end, value)` for every one, until it
   * returns `true` (stop). A plain loop with a callback: a generator and a tuple per match cost more than the walk.
   */
  scan(text: string, each: (start: number, end: number, value: T) => boolean | void): void {
    const { values, boundaries } = this;
    const first = (this.firstCodes ??= this.startingCodes());
    for (let start = 0; start < text.length; ) {
      const code = codeAt(text, start);
      if ((first[code >> 3] & (1 << (code & 7))) === 0) {
        start++;
        continue;
      }
      let node = this.child(0, code);
      let bestEnd = -1;
      let bestValue = -1;
      let i = start;
      while (node !== -1) {
        i = isSpace(text.charCodeAt(i)) ? skipSpaces(text, i) : i + 1;
        const value = values[node];
        if (value !== -1) {
          const bounds = boundaries[node];
          if ((!(bounds & BOUNDARY_AFTER) || !wordCharAt(text, i)) && (!(bounds & BOUNDARY_BEFORE) || !wordCharBefore(text, start))) {
            bestEnd = i;
            bestValue = value;
          }
        }
        if (i >= text.length) break;
        node = this.child(node, codeAt(text, i));
      }
      if (bestEnd !== -1) {
        if (each(start, bestEnd, this.items[bestValue]) === true) return;
        start = bestEnd;
      } else {
        start++;
      }
    }
  }

  private startingCodes(): Uint8Array {
    const bits = new Uint8Array(0x10000 >> 3);
    const { nodes, codes } = this;
    for (let slot = 0; slot < nodes.length; slot++) if (nodes[slot] === 1) bits[codes[slot] >> 3] |= 1 << (codes[slot] & 7); // edges of node 0
    return bits;
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

/** A text's normal form and the matches found in it so far, by concept (shared by every `find`: they are read-only). */
interface TextMemo {
  norm: Normalized;
  hits: Map<string, VocabularyMatch[]>;
}

/** Texts of the last documents remembered (normal form and matches): rules ask about one sentence for many concepts. */
const NORMALIZED_CACHE_SIZE = 2048;

export class WordLists implements Vocabulary {
  private readonly lists: Record<Lang, Map<string, RawEntry[]>>;
  private readonly matchers = new Map<string, Matcher>();
  private readonly texts = new Map<string, TextMemo>();
  /** The text asked about last: rules ask about one sentence for several concepts in a row, and a Map lookup hashes. */
  private lastText: string | undefined;
  private lastMemo: TextMemo | undefined;
  /** Concepts whose lists the config changes: their matchers are compiled here, not taken from the build. */
  private readonly changed = new Set<string>();
  private roleConcepts: string[] | undefined;

  /** `prebuilt`: the compiled built-in matchers to use, by default the build's (tests pass their own). */
  constructor(
    changes: VocabularyConfig = {},
    private readonly prebuilt: () => CompiledMatchers = matchersFromBuild,
  ) {
    this.lists = { en: new Map(), zh: new Map() };
    for (const lang of LANGS) {
      for (const [concept, entries] of Object.entries(builtinLexicons[lang])) {
        if (!concept.startsWith('$') && Array.isArray(entries)) this.lists[lang].set(concept, entries);
      }
      for (const [concept, change] of Object.entries(changes[lang] ?? {})) {
        this.changed.add(concept);
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
    return this.matches(concept, text).length > 0;
  }

  find(concept: string, text: string): VocabularyMatch[] {
    return this.matches(concept, text).slice();
  }

  /**
   * The matches of a concept in `text`, exceptions left out, in original offsets. Found once per text and concept,
   * then remembered with the text's normal form: the rules ask the same question about the same sentence or title
   * many times (three in four scans of the bench corpus were repeats).
   */
  private matches(concept: string, text: string): readonly VocabularyMatch[] {
    const memo = this.memo(text);
    let found = memo.hits.get(concept);
    if (!found) memo.hits.set(concept, (found = this.scan(concept, text, memo.norm)));
    return found;
  }

  private scan(concept: string, text: string, norm: Normalized): VocabularyMatch[] {
    const found: VocabularyMatch[] = [];
    const matcher = this.matcher(concept);
    if (!matcher.terms) return found;
    let excepted: Array<[number, number, string]> | undefined;
    matcher.terms.scan(norm.text, (s, e, entry) => {
      if (entry.except.length > 0) {
        excepted ??= matcher.exceptions ? matcher.exceptions.matches(norm.text) : [];
        if (excepted.some(([es, ee, owner]) => owner === entry.key && es <= s && e <= ee)) return;
      }
      const [start, end] = [norm.map[s], norm.map[e] ?? text.length];
      const info = (entry.matchInfo ??= Object.freeze({ ...entry.info, lang: entry.lang }));
      found.push(Object.freeze({ text: text.slice(start, end), term: entry.term, start, end, info }));
    });
    return found;
  }

  /** `normalize(text)`, remembered: the rules ask about one sentence for many concepts. */
  private normalized(text: string): Normalized {
    return this.memo(text).norm;
  }

  private memo(text: string): TextMemo {
    if (text === this.lastText) return this.lastMemo!;
    let memo = this.texts.get(text);
    if (!memo) {
      // A bounded memo: emptied when full, so memory stays flat however many documents one process lints.
      if (this.texts.size >= NORMALIZED_CACHE_SIZE) this.texts.clear();
      this.texts.set(text, (memo = { norm: normalize(text), hits: new Map() }));
    }
    this.lastText = text;
    this.lastMemo = memo;
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
    const prebuilt = this.changed.has(concept) ? undefined : this.prebuilt();
    const data = prebuilt && Object.hasOwn(prebuilt.index, concept) ? prebuilt.index[concept] : undefined;
    matcher = data ? matcherFromData(data, concept, this.lists, prebuilt!.bytes) : compileMatcher(concept, this.lists);
    this.matchers.set(concept, matcher);
    return matcher;
  }

  /** Every concept's matcher, compiled: what the build writes for the built-in lists (matchers.json and matchers.bin). */
  compiledMatchers(): { index: Record<string, MatcherData>; bytes: Buffer } {
    const chunks: Buffer[] = [];
    let offset = 0;
    const write = (bytes: Buffer) => {
      chunks.push(bytes);
      offset += bytes.length;
      return offset - bytes.length;
    };
    const index = Object.fromEntries(this.concepts().map((concept) => [concept, toMatcherData(concept, this.lists, write)]));
    return { index, bytes: Buffer.concat(chunks) };
  }
}

type Lists = Record<Lang, Map<string, RawEntry[]>>;

/** A concept's raw entries in both languages, English first: the places `MatcherData.keys` counts. */
function rawEntriesOf(concept: string, lists: Lists): Array<[RawEntry, Lang]> {
  return LANGS.flatMap((lang) => (lists[lang].get(concept) ?? []).map((raw): [RawEntry, Lang] => [raw, lang]));
}

/** Each raw entry normalised, or `undefined` where it is left out: an empty key, or one an earlier entry has. */
function keptEntries(concept: string, lists: Lists): Array<Entry | undefined> {
  const seen = new Set<string>();
  return rawEntriesOf(concept, lists).map(([raw, lang]) => {
    const entry = toEntry(raw, lang);
    if (!entry.key || seen.has(entry.key)) return undefined;
    seen.add(entry.key);
    return entry;
  });
}

function compileMatcher(concept: string, lists: Lists): Matcher {
  return matcherOf(keptEntries(concept, lists).filter((e) => e !== undefined));
}

function matcherOf(entries: Entry[]): Matcher {
  const withExceptions = entries.filter((e) => e.except.length > 0);
  const matcher: Matcher = { terms: trieOf(entries.map((e) => [e.key, e])), exceptions: undefined };
  if (withExceptions.length > 0) {
    // An exception phrase two entries share belongs to the last of them (reversed: the trie keeps the first).
    matcher.exceptions = trieOf(withExceptions.flatMap((e) => e.except.map((x) => [x, e.key] as [string, string])).reverse());
  }
  return matcher;
}

/** A concept's matcher as the build writes it; its tries' bytes go to `write`, which returns where they start. */
function toMatcherData(concept: string, lists: Lists, write: (bytes: Buffer) => number): MatcherData {
  const kept = keptEntries(concept, lists);
  const data: MatcherData = { keys: kept.map((e) => e?.key ?? null), except: {} };
  kept.forEach((e, place) => {
    if (e && e.except.length > 0) data.except[place] = e.except;
  });
  const entries = kept.filter((e) => e !== undefined);
  const matcher = matcherOf(entries);
  const number = new Map(entries.map((entry, i) => [entry.key, i]));
  const placed = (trie: { layout: Omit<TrieLayout, 'offset'>; bytes: Buffer }): TrieLayout => ({ ...trie.layout, offset: write(trie.bytes) });
  if (matcher.terms) data.terms = placed(matcher.terms.toBytes((entry) => number.get(entry.key)!));
  if (matcher.exceptions) data.exceptions = placed(matcher.exceptions.toBytes((key) => number.get(key)!));
  return data;
}

function matcherFromData(data: MatcherData, concept: string, lists: Lists, bytes: ArrayBuffer): Matcher {
  const entries: Entry[] = [];
  rawEntriesOf(concept, lists).forEach(([raw, lang], place) => {
    const key = data.keys[place];
    if (key !== null) entries.push(entryOf(raw, lang, key, data.except[place] ?? []));
  });
  return {
    terms: data.terms && Trie.fromBytes(bytes, data.terms, entries),
    exceptions: data.exceptions && Trie.fromBytes(bytes, data.exceptions, entries.map((e) => e.key)),
  };
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
  const norm = (s: string) => normalizeWord(s).trim().replace(/\s+/g, ' ');
  return entryOf(raw, lang, norm(termOf(raw)), typeof raw === 'string' ? [] : (raw.except ?? []).map(norm));
}

/** The `info` of an entry written as a bare string: shared, as nothing writes to an entry's info. */
const NO_INFO: Record<string, unknown> = Object.freeze({});

function entryOf(raw: RawEntry, lang: Lang, key: string, except: string[]): Entry {
  if (typeof raw === 'string') return { term: raw, key, lang, except, info: NO_INFO };
  const { term, except: _except, ...info } = raw;
  return { term, key, lang, except, info };
}
