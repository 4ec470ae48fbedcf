// The vocabulary (the language packs' entries, keyed by concept, plus the config's changes) compiled into matchers.
// Entries are literals: no user-supplied regex ever runs, so no vocabulary can make the linter backtrack.
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { languages, languagesVersion, onlyShippedLanguages } from './languages/index.js';
import { hasHan } from './text/han.js';
import { normalize, normalizeString, originalOffset, type Normalized } from './text/normalize.js';
import { isSpace } from './text/whitespace.js';
import type { Lang, Vocabulary, VocabularyConfig, VocabularyEntry, VocabularyMatch } from './types.js';

/**
 * The normalised form of every word of the shipped vocabulary (terms and exceptions), computed by the build
 * (`scripts/build.mjs` → dist/src/vocabulary/normalized.json) with `normalizeString` itself. Start-up then
 * neither normalises 3,000 entries nor loads the Traditional → Simplified dictionary for them, which English
 * documents never need. Run from `src/` (the tests) the table is absent and every word is normalised here.
 */
const prebuilt: Record<string, string> = (() => {
  try {
    // Looked up as parsed: copying 3,000 entries into a Map cost more than it saved.
    return JSON.parse(readFileSync(new URL('../src/vocabulary/normalized.json', import.meta.url), 'utf8'));
  } catch {
    return {};
  }
})();

/**
 * The matcher of the shipped vocabulary, compiled by the build (`compileShippedMatchers` → dist/src/vocabulary/
 * matchers.json, the entries' normal forms and where the tries sit, and matchers.bin, the tries' arrays, read in
 * place): compiling it here, from 3,000 entries in cold code, was about 10 ms of a one-file run. Run from `src/` (the
 * tests), or with a language registered that does not ship, it is compiled here, once per process.
 */
export interface CompiledMatchers {
  index: MatchersData;
  bytes: ArrayBuffer;
}

let builtMatchers: CompiledMatchers | undefined | null;

function matchersFromBuild(): CompiledMatchers | undefined {
  if (!onlyShippedLanguages()) return undefined;
  if (builtMatchers === undefined) {
    try {
      const index = JSON.parse(readFileSync(new URL('../src/vocabulary/matchers.json', import.meta.url), 'utf8'));
      const file = readFileSync(new URL('../src/vocabulary/matchers.bin', import.meta.url));
      // A buffer of its own (a copy only if it sits in Node's shared pool), so every trie's offset stays aligned.
      const bytes = file.byteOffset === 0 && file.byteLength === file.buffer.byteLength ? file.buffer : new Uint8Array(file).buffer;
      builtMatchers = { index, bytes: bytes as ArrayBuffer };
    } catch {
      builtMatchers = null;
    }
  }
  return builtMatchers ?? undefined;
}

/** The build's normal form of a shipped word, if `text` is one (while only the shipped packs are registered). */
function prebuiltForm(text: string): string | undefined {
  return Object.hasOwn(prebuilt, text) && onlyShippedLanguages() ? prebuilt[text] : undefined;
}

/** `normalizeString`, from the build's table for built-in words. */
function normalizeWord(text: string): string {
  return prebuiltForm(text) ?? normalizeString(text);
}

/** Every word of the registered packs' vocabularies, terms and exceptions: what the build normalises ahead of time. */
export function packWords(): string[] {
  const words = new Set<string>();
  for (const pack of languages()) {
    for (const entries of Object.values(pack.vocabulary)) {
      if (!Array.isArray(entries)) continue;
      for (const entry of entries) {
        words.add(termOf(entry));
        if (typeof entry !== 'string') for (const word of entry.except ?? []) words.add(word);
      }
    }
  }
  return [...words];
}

/** The concepts of a language's pack (the `$schema` and `$comment` keys excluded). */
export function conceptKeys(lang: Lang): string[] {
  const pack = languages().find((p) => p.code === lang);
  return pack ? Object.keys(pack.vocabulary).filter((k) => !k.startsWith('$')) : [];
}

interface Entry {
  term: string;
  /** Normalised form, as matched. */
  key: string;
  /** The concept the entry belongs to. */
  concept: string;
  lang: Lang;
  except: string[];
  info: Record<string, unknown>;
  /** `info` with `lang`, as matches carry it: made at the entry's first match, then shared by its matches (frozen). */
  matchInfo?: Readonly<Record<string, unknown>>;
}

/**
 * The entries of many concepts in two tries: one pass over a text finds the words of every concept at once. Rules
 * ask about one sentence for a dozen concepts; a trie per concept read each sentence a dozen times (32 million
 * characters over the 1,000 bench files, against 5.7 million for one pass).
 */
interface Matcher {
  /** A value is the entries whose key ends at the node, one per concept. */
  terms: Trie;
  /** Exception phrases; a value is the entries they except, one per concept. */
  exceptions: Trie | undefined;
}

/**
 * A matcher as the build writes it (`compiledMatchers`) and `matcherFromData` reads it: the entries' normal forms
 * (the costly part of compiling), where the tries sit in the binary file, and the entries each trie value holds.
 */
export interface MatchersData {
  /** By concept, in the order entries are numbered. */
  concepts: Record<string, ConceptData>;
  terms?: TrieData;
  exceptions?: TrieData;
}

interface ConceptData {
  /** The key of each entry of the concept (the packs' in table order: English, then Chinese); `null` for one left out (empty, or a repeated key). */
  keys: Array<string | null>;
  /** The normal forms of an entry's exceptions, by its place in `keys`. */
  except: Record<number, string[]>;
}

/**
 * Where a trie's arrays (see `Trie`) sit in the build's binary file, from byte `offset`: for each of `slots` edge slots
 * its node (Int32), child (Int32) and, after the values, code unit (Uint16); for each of `size` nodes its value number
 * (Int32) and boundaries (one byte). Value number `n` is the entries `groups[n]`, by their number among the kept
 * entries of all concepts.
 */
interface TrieData {
  offset: number;
  slots: number;
  size: number;
  groups: number[][];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Latin words need word boundaries on a side that starts or ends with a letter or digit; Han text does not. */
function boundariesOf(key: string): [boolean, boolean] {
  return [/^[\p{L}\p{N}]/u.test(key) && !hasHan(key[0]), /[\p{L}\p{N}]$/u.test(key) && !hasHan(key[key.length - 1])];
}

const BOUNDARY_BEFORE = 1;
const BOUNDARY_AFTER = 2;

/**
 * Literal keys in a character trie: every key found at every position of a text, which `leftmostLongest` then narrows,
 * concept by concept, to what one big alternation regex did, minus its cost. V8 took ~150 ms to compile the
 * vocabulary's regexes in every process and ran them slower than this walk; a space in a key matches any run of
 * whitespace (`\s+`), and Latin keys only match between word boundaries (no letter or digit around them).
 *
 * Nodes are numbers (0 is the root); all edges live in one open-addressing table of typed arrays (a slot holds the
 * edge's node + 1, 0 when empty, its code unit and the child), and each node's value and word boundaries in arrays by
 * node. A Map per node made building the vocabulary a tenth of a one-file run; typed arrays are also what the
 * build writes (`toBytes`) and start-up reads back in place (`fromBytes`).
 */
class Trie {
  private nodes: Int32Array = new Int32Array(64);
  private codes: Uint16Array = new Uint16Array(64);
  private children: Int32Array = new Int32Array(64);
  private shift = 32 - 6;
  private edgeCount = 0;
  /** By node: the number of its value in `groups` (-1: no key ends there), and which word boundaries the key needs. */
  private values: Int32Array | number[] = [-1];
  private boundaries: Uint8Array | number[] = [0];
  /** The entries each value stands for. */
  groups: Entry[][] = [];
  /** A bit per code unit that starts a key: most positions of a text start none, and skip the root's probe. */
  private firstCodes: Uint8Array | undefined;

  /** Add `entry` under `key`, unless an entry of its concept is there already: the first one added wins, as the regex's first alternative did. */
  add(key: string, entry: Entry): void {
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
    if (this.values[node] === -1) {
      const [before, after] = boundariesOf(key);
      this.values[node] = this.groups.push([]) - 1;
      this.boundaries[node] = (before ? BOUNDARY_BEFORE : 0) | (after ? BOUNDARY_AFTER : 0);
    }
    const group = this.groups[this.values[node]];
    if (!group.some((e) => e.concept === entry.concept)) group.push(entry);
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

  /** The trie's arrays as bytes, laid out as `TrieData` says. */
  toBytes(): { layout: Omit<TrieData, 'offset' | 'groups'>; bytes: Buffer } {
    const values = Int32Array.from(this.values);
    const parts = [this.nodes, this.children, values, this.codes, Uint8Array.from(this.boundaries)];
    const bytes = Buffer.concat(parts.map((part) => Buffer.from(part.buffer, part.byteOffset, part.byteLength)));
    const padded = Buffer.concat([bytes, Buffer.alloc((4 - (bytes.length % 4)) % 4)]);
    return { layout: { slots: this.nodes.length, size: values.length }, bytes: padded };
  }

  /** A read-only trie over the build's bytes (`offset` aligned to 4 in `buffer`), with the entries of its values. */
  static fromBytes(buffer: ArrayBuffer, { offset, slots, size }: TrieData, groups: Entry[][]): Trie {
    const trie = new Trie();
    trie.nodes = new Int32Array(buffer, offset, slots);
    trie.children = new Int32Array(buffer, offset + 4 * slots, slots);
    trie.values = new Int32Array(buffer, offset + 8 * slots, size);
    trie.codes = new Uint16Array(buffer, offset + 8 * slots + 4 * size, slots);
    trie.boundaries = new Uint8Array(buffer, offset + 10 * slots + 4 * size, size);
    trie.shift = 32 - Math.log2(slots);
    trie.groups = groups;
    return trie;
  }

  /**
   * Every key at every position of `text`, as flat triples `start, end, value`: by start, then shortest first.
   * Numbers in one array: a tuple per hit cost more than the walk.
   */
  hits(text: string): number[] {
    const out: number[] = [];
    const { values, boundaries } = this;
    const first = (this.firstCodes ??= this.startingCodes());
    for (let start = 0; start < text.length; start++) {
      const code = codeAt(text, start);
      if ((first[code >> 3] & (1 << (code & 7))) === 0) continue;
      let node = this.child(0, code);
      let i = start;
      while (node !== -1) {
        i = isSpace(text.charCodeAt(i)) ? skipSpaces(text, i) : i + 1;
        const value = values[node];
        if (value !== -1) {
          const bounds = boundaries[node];
          if ((!(bounds & BOUNDARY_AFTER) || !wordCharAt(text, i)) && (!(bounds & BOUNDARY_BEFORE) || !wordCharBefore(text, start))) {
            out.push(start, i, value);
          }
        }
        if (i >= text.length) break;
        node = this.child(node, codeAt(text, i));
      }
    }
    return out;
  }

  private startingCodes(): Uint8Array {
    const bits = new Uint8Array(0x10000 >> 3);
    const { nodes, codes } = this;
    for (let slot = 0; slot < nodes.length; slot++) if (nodes[slot] === 1) bits[codes[slot] >> 3] |= 1 << (codes[slot] & 7); // edges of node 0
    return bits;
  }
}

/**
 * One concept's matches among a trie's `hits`: leftmost first, the longest at each start, without overlaps (what an
 * alternation regex of the concept's words finds), as the places in `hits` of the triples chosen. Most questions find
 * nothing, and then nothing is allocated.
 */
function leftmostLongest(hits: readonly number[], trie: Trie, concept: string): readonly number[] {
  let chosen: number[] | undefined;
  let best = -1;
  let free = 0;
  for (let h = 0; h < hits.length; h += 3) {
    const s = hits[h];
    if (best !== -1 && s !== hits[best]) {
      (chosen ??= []).push(best);
      free = hits[best + 1];
      best = -1;
    }
    if (s < free) continue;
    if (entryOfConcept(trie.groups[hits[h + 2]], concept)) best = h;
  }
  if (best !== -1) (chosen ??= []).push(best);
  return chosen ?? NONE;
}

/** The answer with no match, shared by every such question: `find` hands out copies, never this. */
const NONE: readonly never[] = Object.freeze([]);

function entryOfConcept(group: readonly Entry[], concept: string): Entry | undefined {
  for (const entry of group) if (entry.concept === concept) return entry;
  return undefined;
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

/**
 * A text's normal form, every word found in it (the packs' and the config's tries, found on first need),
 * and each concept's matches asked for so far (shared by every `find`: they are read-only).
 */
interface TextMemo {
  norm: Normalized;
  packHits?: number[];
  changedHits?: number[];
  /** By concept number (`conceptNumber`): a Map per text, grown concept by concept, was a twentieth of what a run allocates. */
  found: Array<readonly VocabularyMatch[] | undefined>;
}

/** Texts of the last documents remembered (normal form and matches): rules ask about one sentence for many concepts. */
const NORMALIZED_CACHE_SIZE = 2048;

/** The matcher of the packs' vocabulary unchanged, by where it comes from: made once per process and language table. */
const packMatchers = new WeakMap<() => CompiledMatchers | undefined, { version: number; matcher: Matcher }>();

/** The vocabulary of the registered language packs with a config's changes, compiled into matchers: what rules ask. */
export class CompiledVocabulary implements Vocabulary {
  private readonly lists: Lists;
  private readonly texts = new Map<string, TextMemo>();
  /** A number for each concept asked about, in the order first asked: where its matches sit in a `TextMemo`. */
  private readonly conceptNumbers = new Map<string, number>();
  /** The text asked about last: rules ask about one sentence for several concepts in a row, and a Map lookup hashes. */
  private lastText: string | undefined;
  private lastMemo: TextMemo | undefined;
  /** Concepts the config changes: they are matched by a trie of their own, compiled here. */
  private readonly changed = new Set<string>();
  private changedMatcher: Matcher | undefined;
  private packMatcher: Matcher | undefined;
  private roleConcepts: string[] | undefined;

  /** `prebuilt`: the compiled matcher of the packs' vocabulary to use, by default the build's (tests pass their own). */
  constructor(
    changes: VocabularyConfig = {},
    private readonly prebuilt: () => CompiledMatchers | undefined = matchersFromBuild,
  ) {
    this.lists = packLists();
    for (const lang of Object.keys(this.lists)) {
      for (const [concept, change] of Object.entries(changes[lang] ?? {})) {
        this.changed.add(concept);
        const removed = new Set((change.remove ?? []).map(normalizeWord));
        const kept = (this.lists[lang].get(concept) ?? []).filter((e) => !removed.has(normalizeWord(termOf(e))));
        this.lists[lang].set(concept, [...kept, ...(change.add ?? [])]);
      }
    }
  }

  entries(concept: string, lang: Lang): readonly string[] {
    return (this.lists[lang]?.get(concept) ?? []).map(termOf);
  }

  /** All concepts named in any language (the packs' and the config's). */
  concepts(): string[] {
    return conceptsOf(this.lists);
  }

  normalize(text: string): string {
    return prebuiltForm(text) ?? this.memo(text).norm.text;
  }

  has(concept: string, text: string): boolean {
    return this.matches(concept, text).length > 0;
  }

  find(concept: string, text: string): VocabularyMatch[] {
    const found = this.matches(concept, text);
    // Most answers are empty: a new empty array costs less than a copy of the shared one.
    return found.length === 0 ? [] : found.slice();
  }

  /**
   * The matches of a concept in `text`, exceptions left out, in original offsets. Worked out once per text and
   * concept, then remembered with the text's normal form and its words: the rules ask the same question about the
   * same sentence or title many times (three in four questions over the bench corpus were repeats).
   */
  private matches(concept: string, text: string): readonly VocabularyMatch[] {
    const memo = this.memo(text);
    const number = this.conceptNumber(concept);
    return (memo.found[number] ??= this.select(concept, text, memo));
  }

  private conceptNumber(concept: string): number {
    let number = this.conceptNumbers.get(concept);
    if (number === undefined) this.conceptNumbers.set(concept, (number = this.conceptNumbers.size));
    return number;
  }

  private select(concept: string, text: string, memo: TextMemo): readonly VocabularyMatch[] {
    const norm = memo.norm;
    const changed = this.changed.has(concept);
    const matcher = changed ? (this.changedMatcher ??= compileMatcher([...this.changed], this.lists)) : this.packs();
    const hits = changed ? (memo.changedHits ??= matcher.terms.hits(norm.text)) : (memo.packHits ??= matcher.terms.hits(norm.text));
    const chosen = leftmostLongest(hits, matcher.terms, concept);
    if (chosen.length === 0) return NONE;
    const found: VocabularyMatch[] = [];
    let excepted: Array<[number, number, string]> | undefined;
    for (const h of chosen) {
      const s = hits[h];
      const e = hits[h + 1];
      const entry = entryOfConcept(matcher.terms.groups[hits[h + 2]], concept)!;
      if (entry.except.length > 0) {
        excepted ??= exceptionsOf(matcher, concept, norm.text);
        if (excepted.some(([es, ee, owner]) => owner === entry.key && es <= s && e <= ee)) continue;
      }
      const start = originalOffset(norm, s);
      const end = originalOffset(norm, e);
      const info = (entry.matchInfo ??= Object.freeze({ ...entry.info, lang: entry.lang }));
      found.push(Object.freeze({ text: text.slice(start, end), term: entry.term, start, end, info }));
    }
    return found;
  }

  private packs(): Matcher {
    if (this.packMatcher) return this.packMatcher;
    const version = languagesVersion();
    let made = packMatchers.get(this.prebuilt);
    if (made?.version !== version) {
      const built = this.prebuilt();
      const lists = packLists();
      made = { version, matcher: built ? matcherFromData(built.index, lists, built.bytes) : compileMatcher(conceptsOf(lists), lists) };
      packMatchers.set(this.prebuilt, made);
    }
    return (this.packMatcher = made.matcher);
  }

  private memo(text: string): TextMemo {
    if (text === this.lastText) return this.lastMemo!;
    let memo = this.texts.get(text);
    if (!memo) {
      // A bounded memo: emptied when full, so memory stays flat however many documents one process lints.
      if (this.texts.size >= NORMALIZED_CACHE_SIZE) this.texts.clear();
      this.texts.set(text, (memo = { norm: normalize(text), found: [] }));
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
    const hits: Array<{ role: string; start: number; end: number; secondary: boolean; period: boolean }> = [];
    for (const concept of this.roleConcepts) {
      for (const m of this.find(concept, title)) {
        // `exact` entries (工作, "Work") name a section only when they are the whole title.
        if (m.info.exact && (m.start > 0 || m.end < title.length)) continue;
        hits.push({ role: concept.slice('section.'.length), start: m.start, end: m.end, secondary: m.info.secondary === true, period: m.info.period === true });
      }
    }
    // A period beside another role's name only dates it: "Problems this week", 本周问题, "Plan for next month".
    if (hits.some((h) => !h.period) && hits.some((h) => h.period)) {
      const named = hits.filter((h) => !h.period);
      hits.splice(0, hits.length, ...hits.filter((h) => !h.period || !named.some((n) => n.role !== h.role)));
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
}

/** The matcher of the packs' vocabulary, compiled: what the build writes (matchers.json and matchers.bin). */
export function compileShippedMatchers(): { index: MatchersData; bytes: Buffer } {
  const lists = packLists();
  const concepts = conceptsOf(lists);
  const kept = new Map(concepts.map((concept) => [concept, keptEntries(concept, lists)]));
  const entries = [...kept.values()].flat().filter((e) => e !== undefined);
  const number = new Map(entries.map((entry, i) => [entry, i]));
  const matcher = matcherOf(entries);
  const chunks: Buffer[] = [];
  let offset = 0;
  const placed = (trie: Trie): TrieData => {
    const { layout, bytes } = trie.toBytes();
    chunks.push(bytes);
    offset += bytes.length;
    return { ...layout, offset: offset - bytes.length, groups: trie.groups.map((group) => group.map((e) => number.get(e)!)) };
  };
  const index: MatchersData = { concepts: {} };
  for (const [concept, entriesOfConcept] of kept) {
    const data: ConceptData = { keys: entriesOfConcept.map((e) => e?.key ?? null), except: {} };
    entriesOfConcept.forEach((e, place) => {
      if (e && e.except.length > 0) data.except[place] = e.except;
    });
    index.concepts[concept] = data;
  }
  index.terms = placed(matcher.terms);
  if (matcher.exceptions) index.exceptions = placed(matcher.exceptions);
  return { index, bytes: Buffer.concat(chunks) };
}

/** Entries by language (in the table's order), then by concept. */
type Lists = Record<string, Map<string, VocabularyEntry[]>>;

/** The registered packs' vocabulary, as a config that changes nothing leaves it. */
function packLists(): Lists {
  const lists: Lists = {};
  for (const pack of languages()) {
    const concepts = (lists[pack.code] = new Map());
    for (const [concept, entries] of Object.entries(pack.vocabulary)) {
      if (!concept.startsWith('$') && Array.isArray(entries)) concepts.set(concept, entries);
    }
  }
  return lists;
}

function conceptsOf(lists: Lists): string[] {
  return [...new Set(Object.values(lists).flatMap((concepts) => [...concepts.keys()]))];
}

/** A concept's raw entries in every language, in the table's order: the places `ConceptData.keys` counts. */
function rawEntriesOf(concept: string, lists: Lists): Array<[VocabularyEntry, Lang]> {
  return Object.entries(lists).flatMap(([lang, concepts]) => (concepts.get(concept) ?? []).map((raw): [VocabularyEntry, Lang] => [raw, lang]));
}

/** Each raw entry normalised, or `undefined` where it is left out: an empty key, or one an earlier entry has. */
function keptEntries(concept: string, lists: Lists): Array<Entry | undefined> {
  const seen = new Set<string>();
  return rawEntriesOf(concept, lists).map(([raw, lang]) => {
    const entry = toEntry(raw, lang, concept);
    if (!entry.key || seen.has(entry.key)) return undefined;
    seen.add(entry.key);
    return entry;
  });
}

/** The matcher of `concepts`, compiled from their lists. */
function compileMatcher(concepts: string[], lists: Lists): Matcher {
  return matcherOf(concepts.flatMap((concept) => keptEntries(concept, lists).filter((e) => e !== undefined)));
}

function matcherOf(entries: Entry[]): Matcher {
  const terms = new Trie();
  for (const entry of entries) terms.add(entry.key, entry);
  const pairs = entries.flatMap((e) => e.except.map((phrase): [string, Entry] => [phrase, e]));
  if (pairs.length === 0) return { terms, exceptions: undefined };
  // An exception phrase two entries of a concept share belongs to the last of them (reversed: the trie keeps the first).
  const exceptions = new Trie();
  for (const [phrase, entry] of pairs.reverse()) exceptions.add(phrase, entry);
  return { terms, exceptions };
}

/** One concept's exception phrases in `text` (normalised): `[start, end, key of the entry excepted]`. */
function exceptionsOf(matcher: Matcher, concept: string, text: string): Array<[number, number, string]> {
  const trie = matcher.exceptions;
  if (!trie) return [];
  const hits = trie.hits(text);
  return leftmostLongest(hits, trie, concept).map((h) => [hits[h], hits[h + 1], entryOfConcept(trie.groups[hits[h + 2]], concept)!.key]);
}

function matcherFromData(data: MatchersData, lists: Lists, bytes: ArrayBuffer): Matcher {
  const entries: Entry[] = [];
  for (const [concept, { keys, except }] of Object.entries(data.concepts)) {
    rawEntriesOf(concept, lists).forEach(([raw, lang], place) => {
      const key = keys[place];
      if (key !== null) entries.push(entryOf(raw, lang, concept, key, except[place] ?? []));
    });
  }
  const trie = (trieData: TrieData) => Trie.fromBytes(bytes, trieData, trieData.groups.map((group) => group.map((n) => entries[n])));
  return { terms: data.terms ? trie(data.terms) : new Trie(), exceptions: data.exceptions && trie(data.exceptions) };
}

function termOf(raw: VocabularyEntry): string {
  return typeof raw === 'string' ? raw : raw.term;
}

function toEntry(raw: VocabularyEntry, lang: Lang, concept: string): Entry {
  const norm = (s: string) => normalizeWord(s).trim().replace(/\s+/g, ' ');
  return entryOf(raw, lang, concept, norm(termOf(raw)), typeof raw === 'string' ? [] : (raw.except ?? []).map(norm));
}

/** The `info` of an entry written as a bare string: shared, as nothing writes to an entry's info. */
const NO_INFO: Record<string, unknown> = Object.freeze({});

function entryOf(raw: VocabularyEntry, lang: Lang, concept: string, key: string, except: string[]): Entry {
  if (typeof raw === 'string') return { term: raw, key, concept, lang, except, info: NO_INFO };
  const { term, except: _except, ...info } = raw;
  return { term, key, concept, lang, except, info };
}
