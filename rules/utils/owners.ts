// Who does an action item. Words (owner labels, role nouns, verbs such as 负责/牵头 and "to/will", surnames,
// placeholders such as TBD/待定) come from the vocabulary, and each language's own shapes (`由X负责`, `Name to …`,
// what a name looks like) from its pack's `owners`; the patterns here are the shapes every language shares:
// `@handle`, a trailing `— Name`, `(Name)`, `Name: …`, and names in Han made of a surname.
import { languages } from '../../src/languages/index.js';
import { HAN, hasHan } from '../../src/text/han.js';
import { leadingListNumber } from '../../src/text/list-numbers.js';
import type { Lang, SummaryDoc, Vocabulary, VocabularyMatch } from '../../src/types.js';
import { isWholly, isWhollyAny } from './action-items.js';
import { caseFits, findTimes, findVagueTimes } from './deadlines.js';

/** How an owner is written; `self` is a doer with no name: the writer (I, 我) or each reader ("add yourself", 各自). */
export type OwnerHow = 'handle' | 'label' | 'assigned' | 'subject' | 'role' | 'dash' | 'bracket' | 'roster' | 'self' | 'cell';

export interface OwnerMatch {
  /** The name (or role) as written. */
  name: string;
  start: number;
  end: number;
  how: OwnerHow;
}

export interface OwnerSettings {
  /** Names of people (and teams) who can own work: `settings.roster`. */
  roster: readonly string[];
}

/** Names in Han: a surname and one or two characters, two to four in all, opening a text or whole. */
const HAN_NAME = new RegExp(`^(${HAN}{2,4})`, 'u');
const WHOLE_HAN_NAME = new RegExp(`^${HAN}{2,4}$`, 'u');
const HAN_BEFORE_NAME = new RegExp(`^${HAN}{1,4}$`, 'u');
const HAN_NAME_TAIL = new RegExp(`^${HAN}{1,2}$`, 'u');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Where an owner's name stops: punctuation, a line break, a table bar. */
const VALUE = '[^\\n,，;；。)）\\]】|]*';

// ---------- the shapes ----------

/** `@alice`, `@org/team`, `@王敏`; not e-mail addresses. */
const HANDLE = /(?<![\p{L}\p{N}_.@/])@([\p{L}\p{N}](?:[\p{L}\p{N}_-]*[\p{L}\p{N}])?(?:\/[\p{L}\p{N}_-]+)?)/gu;


/** Two or more Latin names joined by commas, "and", "&", "+" or "/" ("Alice and Bob", "Alice, Bob & Carol", "Alice/Bob"). */
const LATIN_NAMES = /^[A-Z][\p{L}'-]*(?:\s+[A-Z][\p{L}'-]*)?(?:\s*(?:,\s*(?:and\s+)?|[&+/]\s*|\s+and\s+)[A-Z][\p{L}'-]*(?:\s+[A-Z][\p{L}'-]*)?)+/u;

/** A short label and its colon at the start of an item ("Key Result:", "**Action:**"). */
const LEADING_LABEL = /^[*_]*([^:：\n]{1,24}?)[*_]*\s*[:：][*_]*\s*/u;

/** A short clause before a comma at the start of an item ("12月10日前，", "By Friday, "). */
const LEADING_CLAUSE = /^([^，,。；;：:\n]{1,24})[，,]\s*/u;

/** A Chinese name written as 小李, 老王, 阿强's form: 小/老 and a surname. */
const FAMILIAR = /^[小老](\p{Script=Han}{1,2})$/u;

/** Concepts whose entries are no names: label words, placeholders, dates, and section names ("Follow-ups:", "Highlights:"). */
const NOT_NAMES = [
  'not-owner', 'unassigned', 'action-done', 'deadline', 'deadline-marker', 'owner', 'action-marker',
  'section.plan', 'section.results', 'section.problems', 'section.lessons', 'section.overview',
];

/** Roster entries by the first word of their key (Latin names) or their first character (Han names). */
interface RosterName {
  /** The entry's place in the roster: matches are given in roster order. */
  order: number;
  re: RegExp;
}

/**
 * A roster compiled once per vocabulary and list of names: each name's pattern, indexed so that a text is matched
 * only against the names that could occur in it (a name's first word must be a word of the text), not every name.
 */
class RosterIndex {
  private readonly byWord = new Map<string, RosterName[]>();
  private readonly byChar = new Map<string, RosterName[]>();
  /** Names whose key opens with no letter or digit: tried on every text. */
  private readonly always: RosterName[] = [];

  constructor(vocabulary: Vocabulary, names: readonly string[]) {
    names.forEach((name, order) => {
      const key = vocabulary.normalize(name.replace(/^@/, ''));
      const han = hasHan(key);
      const re = han ? new RegExp(escape(key), 'gu') : new RegExp(`(?<![\\p{L}\\p{N}_])@?${escape(key)}(?![\\p{L}\\p{N}_])`, 'gu');
      const entry = { order, re };
      const word = han ? undefined : /^[\p{L}\p{N}_]+/u.exec(key)?.[0];
      const [list, at] = han ? [this.byChar, String.fromCodePoint(key.codePointAt(0)!)] : word ? [this.byWord, word] : [undefined, ''];
      if (!list) this.always.push(entry);
      else list.set(at, [...(list.get(at) ?? []), entry]);
    });
  }

  /** The names that may occur in `norm` (normalised), in roster order. */
  candidates(norm: string): RosterName[] {
    const found = new Set<RosterName>(this.always);
    if (this.byWord.size > 0) for (const [word] of norm.matchAll(/[\p{L}\p{N}_]+/gu)) for (const n of this.byWord.get(word) ?? []) found.add(n);
    if (this.byChar.size > 0) for (const char of new Set(norm)) for (const n of this.byChar.get(char) ?? []) found.add(n);
    return [...found].sort((a, b) => a.order - b.order);
  }
}

const rosterIndexes = new WeakMap<Vocabulary, Map<string, RosterIndex>>();

function rosterIndex(vocabulary: Vocabulary, names: readonly string[]): RosterIndex {
  let byRoster = rosterIndexes.get(vocabulary);
  if (!byRoster) rosterIndexes.set(vocabulary, (byRoster = new Map()));
  const key = names.join('\u0000');
  let index = byRoster.get(key);
  if (!index) byRoster.set(key, (index = new RosterIndex(vocabulary, names)));
  return index;
}

const finders = new WeakMap<Vocabulary, Map<string, OwnerFinder>>();

/**
 * The owner finder for a vocabulary and roster, made once: making one builds every owner shape of the language
 * packs, too much to do again for each document and rule.
 */
export function ownerFinder(vocabulary: Vocabulary, roster: readonly string[] = []): OwnerFinder {
  let byRoster = finders.get(vocabulary);
  if (!byRoster) finders.set(vocabulary, (byRoster = new Map()));
  const key = roster.join('\u0000');
  let finder = byRoster.get(key);
  if (!finder) byRoster.set(key, (finder = new OwnerFinder(vocabulary, { roster: [...roster] })));
  return finder;
}

export class OwnerFinder {
  private readonly roster: RosterIndex;
  private readonly surnames: Set<string>;
  // The language packs' owner shapes (src/languages/<code>/shapes.ts), those made from their verbs included.
  private readonly assignments: RegExp[] = [];
  /** What links a name that opens an item to its action: in packs written in Han (王敏负责), and in the others ("Alice to"). */
  private readonly hanVerbs: RegExp[] = [];
  private readonly latinVerbs: RegExp[] = [];
  private readonly hanNameLinks: RegExp[] = [];
  private readonly rolePrefixes: RegExp[] = [];
  private readonly namePatterns: RegExp[] = [];
  private readonly labelJoiners = new Map<Lang, readonly string[]>();
  /** What separates the names of a list in brackets: punctuation, "and", 和. */
  private readonly nameSeparator: RegExp;
  private readonly groupJoiner: RegExp;

  constructor(
    private readonly vocabulary: Vocabulary,
    settings: OwnerSettings,
  ) {
    this.roster = rosterIndex(vocabulary, settings.roster.map((n) => n.trim()).filter(Boolean));
    this.surnames = new Set(languages().flatMap((pack) => vocabulary.entries('surname', pack.code)).map((s) => vocabulary.normalize(s)));
    let and = '';
    for (const { code, script, owners: shapes } of languages()) {
      if (!shapes) continue;
      const verbs = [...vocabulary.entries('owner-verb', code)].sort((a, b) => b.length - a.length).map((v) => escape(v).replace(/\s+/g, '\\s+')).join('|');
      const han = script === 'Han';
      if (verbs && shapes.assignment) this.assignments.push(shapes.assignment(verbs));
      if (verbs && shapes.verbsAfterName) (han ? this.hanVerbs : this.latinVerbs).push(shapes.verbsAfterName(verbs));
      if (han && shapes.linkAfterName) this.hanNameLinks.push(shapes.linkAfterName);
      if (han && shapes.rolePrefix) this.rolePrefixes.push(shapes.rolePrefix);
      if (shapes.name) this.namePatterns.push(shapes.name);
      if (shapes.labelJoiners) this.labelJoiners.set(code, shapes.labelJoiners);
      // "and" between spaces; 和 as it stands.
      for (const word of shapes.and ?? []) and += hasHan(word) ? `|${escape(word)}` : `|\\s+${escape(word)}\\s+`;
    }
    this.nameSeparator = new RegExp(`([,，;；/、&]${and})`, 'u');
    this.groupJoiner = new RegExp(`\\s*(?:[+＋,，;；/／、&＆]${and})\\s*`, 'u');
  }

  /**
   * Every owner the text names. In a title (`title: true`) only the explicit forms count: a handle, a label, 由X负责,
   * a role, brackets, a dash, a roster name, the first person ("Sales team plan", "My goals", "下周计划（王敏）") — not
   * "Word:" ("Kubernetes Postmortem: …").
   */
  find(text: string, options: { title?: boolean } = {}): OwnerMatch[] {
    return [...this.owners(text, options)].sort((a, b) => a.start - b.start);
  }

  /** Whether the text names an owner that passes `test`: the forms are tried in turn, and the first that does ends the search. */
  names(text: string, test: (owner: OwnerMatch) => boolean, options: { title?: boolean } = {}): boolean {
    for (const owner of this.owners(text, options)) if (test(owner)) return true;
    return false;
  }

  /** `find`'s owners form by form, unsorted: the explicit forms (handle, label, 由X负责) first. */
  private *owners(text: string, { title = false }: { title?: boolean }): Generator<OwnerMatch> {
    for (const m of text.matchAll(HANDLE)) yield { name: m[0], start: m.index, end: m.index + m[0].length, how: 'handle' };
    for (const label of this.labels(text)) if (!label.placeholder) yield label.match;
    let assigned = false;
    for (const assignment of this.assignments) {
      // On the folded text (Traditional → Simplified: 由經理牽頭), which keeps offsets.
      for (const m of this.vocabulary.normalize(text).matchAll(assignment)) {
        assigned = true;
        const start = m.index + m[0].indexOf(m[1]);
        yield { name: text.slice(start, start + m[1].length), start, end: start + m[1].length, how: 'assigned' };
      }
    }
    const subject = this.subject(text);
    if (subject && (!title || subject.how === 'role')) yield subject;
    // A title that is a name and a colon: "## Greg:", "王敏："; without the colon only a handle ("### @mira"), as
    // "## Security" or "### 安全" would be a topic.
    const named = title ? /^\s*([^:：]{1,30}?)\s*([:：]?)\s*$/u.exec(text) : null;
    if (named && (named[2] ? this.isName(named[1]) : /^@[\p{L}\p{N}]/u.test(named[1])))
      yield { name: named[1], start: named.index, end: named.index + named[1].length, how: 'subject' };
    // A title made only of organising groups ("Logistics", "媒体+宣传", "议程组") names who does the items under it.
    if (title && this.namesGroupsOnly(text)) yield { name: text.trim(), start: 0, end: text.length, how: 'role' };
    if (!title) {
      // A later sentence of the item that opens with its doer: "Rows need adding. Alex will work out how."
      // Only where a name can start (a capital, a surname), which keeps this cheap on long prose.
      for (const m of text.matchAll(/[.!?。！？；;]\s*(?=[A-Z\p{Script=Han}])/gu)) {
        const at = m.index + m[0].length;
        if (!this.mayOpenSubject(text.slice(at), false)) continue;
        const later = this.subjectAt(text.slice(at), at);
        if (later && later.how !== 'role') yield later;
      }
    }
    for (const m of this.roleClauses(text)) if (m.start !== subject?.start) yield m;
    // A passive doer (由运维组检查) only where no assignment (由王敏负责) has named one.
    const agent = assigned ? undefined : this.passiveAgent(text);
    if (agent) yield agent;
    const dash = this.trailingDash(text);
    if (dash) yield dash;
    yield* this.brackets(text);
    for (const m of this.vocabulary.find('first-person', text)) {
      if (m.info.number === 'singular' && caseFits(m)) yield { name: m.text, start: m.start, end: m.end, how: 'self' };
    }
    // An item handed to each of its readers ("Please add yourself to the rota", "各自认领一篇"): every reader does it.
    for (const m of this.vocabulary.find('reader-doer', text)) yield { name: m.text, start: m.start, end: m.end, how: 'self' };
    yield* this.rosterNames(text);
  }

  /**
   * Whether the title is one or more `organising-group` names and nothing else, each perhaps followed by a role head or
   * suffix ("Marketing team", 议程组), joined by "+", "/", "、" or "and". A topic title ("Venue", 餐点) is none.
   */
  private namesGroupsOnly(title: string): boolean {
    const text = title.replace(/[:：]\s*$/u, '').trim();
    if (!text || text.length > 60) return false;
    return text.split(this.groupJoiner).every((part) => {
      const group = this.vocabulary.find('organising-group', part).find((m) => m.start === 0 && caseFits(m));
      if (!group) return false;
      const rest = part.slice(group.end).trim();
      return rest === '' || this.vocabulary.find('owner-role', rest).some((m) => m.start === 0 && m.end === rest.length && caseFits(m));
    });
  }

  /**
   * `Owner: Alice`, `负责人：王敏`, `assigned to Bob`: a label and its value. A value that is a placeholder
   * (`TBD`, `待定`, `?`) names nobody: it is returned with `placeholder` set.
   */
  labels(text: string): Array<{ match: OwnerMatch; placeholder?: string }> {
    const out: Array<{ match: OwnerMatch; placeholder?: string }> = [];
    for (const m of this.vocabulary.find('owner', text)) {
      const rest = text.slice(m.end);
      // Besides a colon, the words of the label's language that join it to the name (负责人为王敏).
      const joiners = (this.labelJoiners.get(m.info.lang as Lang) ?? []).map((word) => `|${escape(word)}`).join('');
      const after = m.info.direct
        ? new RegExp(`^\\s*(${VALUE})`, 'u').exec(rest)
        : new RegExp(`^\\s*[*_]*\\s*(?:[:：]|[–—]|-{1,2}(?=\\s)${joiners})\\s*[*_]*\\s*(${VALUE})`, 'u').exec(rest) ?? this.hanNameAfter(m.text, rest);
      if (!after) continue;
      // The label opens the item, a sentence or a clause, sits in brackets or follows a dash: "(owner: @minrk)",
      // "，负责人：王敏", "…补充字段--责任人：黄山", "…工作。责任人：邵阳".
      const before = text.slice(0, m.start);
      if (before.trim() && !/[\s(（[【,，;；|、\-—–。！？)）]$/u.test(before)) continue;
      const value = after[1].trim();
      if (!value) continue;
      const start = m.end + after[0].lastIndexOf(after[1]);
      const match: OwnerMatch = { name: value, start, end: start + after[1].trimEnd().length, how: 'label' };
      out.push(isWholly(value, 'unassigned', this.vocabulary) ? { match, placeholder: value } : { match });
    }
    return out;
  }

  /** A Chinese label written straight before a name and a pause ("责任人张三，…"): the name, as the label's value. */
  private hanNameAfter(label: string, rest: string): RegExpExecArray | null {
    if (!hasHan(label)) return null;
    const name = HAN_NAME.exec(this.vocabulary.normalize(rest));
    if (!name) return null;
    for (let n = name[1].length; n >= 2; n--) {
      if (this.isHanName(rest.slice(0, n)) && /^(?:$|[\s，,；;。、（(])/u.test(rest.slice(n))) return new RegExp(`^(${escape(rest.slice(0, n))})`, 'u').exec(rest);
    }
    return null;
  }

  /** Whether a verb of a language written in words opens `rest` ("to …", "will …", "'ll …"). */
  private latinVerbAt(rest: string): boolean {
    return this.latinVerbs.some((verbs) => verbs.test(rest));
  }

  /** Whether a table column is an owner column (its header is an owner label: "Owner", "负责人"). */
  isOwnerColumn(header: string): boolean {
    return isWholly(header, 'owner', this.vocabulary);
  }

  /** Whether a cell value names nobody (`TBD`, `待定`, `-`). */
  isPlaceholder(value: string): boolean {
    return isWholly(value, 'unassigned', this.vocabulary);
  }

  /**
   * A name or role that opens the item: "Alice: …", "Alice to …", "Alice will …", "Sales team calls …",
   * "The on-call engineer …", "销售经理王敏…", "市场部…", "王敏负责…", "张伟：…".
   */
  subject(raw: string): OwnerMatch | undefined {
    const lead = leadingListNumber(raw) || /^[\s*_]*/u.exec(raw)![0].length;
    const found = this.subjectAt(raw.slice(lead), lead);
    if (found) return found;
    // A label before the doer: "Key Result: CommComm members speak …", "Action: Alice to …" (a label that names nobody).
    const label = LEADING_LABEL.exec(raw.slice(lead));
    if (label && !this.isName(label[1]) && !this.isRole(label[1])) {
      const at = lead + label[0].length;
      const after = this.subjectAt(raw.slice(at), at);
      if (after) return after;
    }
    // A time clause before the doer: "12月10日前，李强完成…", "下月10号前，小李把…", "By 15 March, Alice will …",
    // … or any short clause: "针对响应慢的问题，客服部…", "If the pilot works, Alice will …".
    const clause = LEADING_CLAUSE.exec(raw.slice(lead));
    if (clause && this.mayOpenSubject(raw.slice(lead + clause[0].length))) return this.subjectAt(raw.slice(lead + clause[0].length), lead + clause[0].length);
    return undefined;
  }

  /** A cheap test before `subjectAt`: the text opens with a capital, a surname (小李, 王敏) or, when `roles`, a role or unit. */
  private mayOpenSubject(text: string, roles = true): boolean {
    if (/^[A-Z@]/u.test(text)) return true;
    const head = this.vocabulary.normalize(text.slice(0, 3));
    if (!hasHan(head[0] ?? '')) return false;
    if (this.surnames.has(head[0]) || this.surnames.has(head.slice(0, 2)) || /^[小老]/u.test(head)) return true;
    return roles && this.vocabulary.find('owner-role', text.slice(0, 12)).length > 0;
  }

  private subjectAt(text: string, lead: number): OwnerMatch | undefined {
    // A role phrase: "Sales team", "the support team", "Platform lead", "市场部", "华东区销售经理".
    const role = this.roleAtStart(text);
    if (role) return { name: text.slice(0, role), start: lead, end: lead + role, how: 'role' };
    // A Latin name, then a colon, a dash, or a verb that makes it the doer: "Alice:", "Alice — ", "Alice to", "Alice will".
    // Several names: "Alice and Bob to …", "Alice, Bob & Carol: …".
    const several = LATIN_NAMES.exec(text);
    if (several) {
      const names = several[0].split(/\s*(?:,|&|\+|\/|\band\b)\s*/u).map((n) => n.trim()).filter(Boolean);
      const rest = text.slice(several[0].length);
      const linked = /^\s*[:：—–]/u.test(rest) || this.latinVerbAt(rest);
      if (linked && names.length > 1 && names.every((n) => this.isName(n) || this.isRole(n))) {
        return { name: several[0], start: lead, end: lead + several[0].length, how: 'subject' };
      }
    }
    const latin = /^([A-Z][\p{L}'-]*(?:\s+[A-Z][\p{L}'-]*|\s+[A-Z]\.){0,2})/u.exec(text);
    if (latin) {
      const words = latin[1].split(/\s+/u);
      // Try the longest name first: "Alice Wong will" before "Alice".
      for (let n = words.length; n > 0; n--) {
        const name = words.slice(0, n).join(' ');
        const rest = text.slice(name.length);
        const linked = /^\s*[:：—–]/u.test(rest) || this.latinVerbAt(rest);
        if (linked && (this.isName(name) || this.isRole(name))) return { name, start: lead, end: lead + name.length, how: 'subject' };
      }
    }
    // A Chinese name, then a colon, an owner verb (负责, 牵头) or a verb of intent (将, 会, 在 …): "王敏：", "王敏负责", "李强将于".
    const folded = this.vocabulary.normalize(text);
    const han = HAN_NAME.exec(folded);
    if (han) {
      const longest = Math.min(4, han[1].length);
      for (let n = longest; n >= 2; n--) {
        const name = text.slice(0, n);
        const rest = folded.slice(n);
        const linked = this.hanNameLinks.some((link) => link.test(rest)) || this.hanVerbs.some((verbs) => verbs.test(rest));
        if (linked && this.isHanName(name)) return { name, start: lead, end: lead + n, how: 'subject' };
      }
      // … or a time, shortest name first: "李强本周五提交" (not 李强本), "王敏每周三组织", "陈晨3个工作日内回复", "李强近期提交".
      for (let n = 2; n <= longest; n++) {
        const name = text.slice(0, n);
        if (startsWithTime(text.slice(n), this.vocabulary) && this.isHanName(name)) return { name, start: lead, end: lead + n, how: 'subject' };
      }
    }
    return undefined;
  }

  /**
   * An English role phrase anywhere, as the doer of a verb: "In the next two weeks the release team will:",
   * "Ask the support team to …". It needs a determiner or a unit before the role noun ("the team will", not "team will").
   */
  roleClauses(text: string): OwnerMatch[] {
    if (this.latinVerbs.length === 0) return [];
    const out: OwnerMatch[] = [];
    const matches = this.vocabulary.find('owner-role', text).filter((m) => caseFits(m) && !hasHan(m.text));
    matches.forEach((m, i) => {
      if (m.info.kind !== 'head' || !this.latinVerbAt(text.slice(m.end))) return;
      let start = m.start;
      let modifiers = 0;
      for (let j = i - 1; j >= 0 && matches[j].info.kind !== 'head' && text.slice(matches[j].end, start).trim() === ''; j--) {
        start = matches[j].start;
        modifiers++;
      }
      const det = /(?:^|\s)(the|our|each|every|all)\s+$/iu.exec(text.slice(0, start));
      if (det) {
        start -= det[0].length - (det[0].startsWith(' ') ? 1 : 0);
        modifiers++;
      }
      if (modifiers > 0) out.push({ name: text.slice(start, m.end), start, end: m.end, how: 'role' });
    });
    return out;
  }

  /** Length of a role phrase opening `text`, or 0. */
  private roleAtStart(text: string): number {
    const head = text.slice(0, 60);
    const matches = this.vocabulary.find('owner-role', head).filter((m) => caseFits(m));
    if (matches.length === 0) return 0;
    const first = matches[0];
    if (hasHan(first.text)) {
      if (first.info.kind === 'suffix') return this.unitAtStart(head, first);
      // 市场部…, 销售经理王敏…; a short place or unit before the role: 华东区销售经理, 各区域经理, SRE 团队.
      const prefix = this.vocabulary.normalize(head.slice(0, first.start));
      if (prefix === '' || this.rolePrefixes.some((rolePrefix) => rolePrefix.test(prefix))) return first.end;
      return 0;
    }
    // English: [the|our|each] unit* head — "Sales team", "the docs team"; a bare head opening the item ("Lead the
    // migration", "Team offsite") is a verb or a topic unless a colon or a verb follows ("Team: …", "Team to …").
    const det = /^(?:the|our|each|every|all|a|an)\s+/iu.exec(head)?.[0].length ?? 0;
    let pos = det;
    let units = 0;
    let end = 0;
    // A proper noun before the head names the unit: "CommComm members", "Kubernetes maintainers" (not "Key members");
    // so does a name that owns it: "Alice's team".
    const proper = /^([A-Z][\p{L}\p{N}-]*)(['’]s)?\s+/u.exec(head.slice(pos));
    if (proper && matches[0].start === pos + proper[0].length && matches[0].info.kind === 'head' && !this.isNotAName(proper[1]) && (proper[2] !== undefined || !/^[A-Z][a-z]+$/u.test(proper[1]))) {
      pos += proper[0].length;
      units++;
    }
    // A word or two the lists do not know, between a determiner and the head, name the unit when a verb or a modal
    // follows: "The media team could send …", "the venue team needs to …" (not "the new team page").
    const unknown = head.slice(pos, matches[0].start);
    const guessed = det > 0 && units === 0 && matches[0].info.kind === 'head' && /^(?:[a-z][\p{L}-]*\s+){1,2}$/u.test(unknown);
    if (guessed) {
      pos += unknown.length;
      units++;
    }
    for (const m of matches) {
      if (m.start < pos || head.slice(pos, m.start).trim() !== '') break;
      // "on-call engineer", "sales team lead": the last head ends the phrase; a Chinese role noun is a head ("SRE 团队").
      if (m.info.kind === 'head' || hasHan(m.text)) end = m.end;
      else if (end) break;
      else units++;
      pos = m.end;
    }
    const linked = /^\s*[:：—–]/u.test(head.slice(end || pos)) || this.latinVerbAt(head.slice(end || pos));
    // Two units with no head noun name a team when a colon or a verb follows: "Sales ops: rebuild …" (one alone,
    // "Docs:", is a topic; "SRE to …" is read as a name below).
    if (!end) return units >= 2 && linked ? pos : 0;
    if (det === 0 && units === 0 && !linked) return 0;
    if (guessed && !linked && !this.vocabulary.find('capability', head.slice(end, end + 8)).some((m) => m.start <= 1)) return 0;
    return end;
  }

  /**
   * A unit named by its suffix (`kind: "suffix"`: 物流部, 品质组, 财务中心) opening the text: one to four Han characters
   * and the suffix, then a name, an owner verb, a colon or a comma ("物流部王芳负责，…", "品质组：…").
   */
  private unitAtStart(head: string, suffix: VocabularyMatch): number {
    if (!new RegExp(`^${HAN}{1,4}$`, 'u').test(head.slice(0, suffix.start))) return 0;
    const rest = this.vocabulary.normalize(head.slice(suffix.end));
    const name = /^\p{Script=Han}{2,4}/u.exec(rest)?.[0] ?? '';
    // 物流部王芳负责: the name that a verb or a comma follows (王芳, not 王芳负), else the longest.
    for (let n = 2; n <= name.length; n++) {
      if (this.isHanName(name.slice(0, n)) && (/^\s*[:：，,、]|^[将会要把在于对]/u.test(rest.slice(n)) || this.hanVerbs.some((verbs) => verbs.test(rest.slice(n))))) return suffix.end + n;
    }
    for (let n = name.length; n >= 2; n--) if (this.isHanName(name.slice(0, n))) return suffix.end + n;
    // … or a time: "业务课每月举办…", "品质组本周五前…"; or what the unit is to do: "媒体组可以再多派两人", "议程组应该…".
    const modal = this.vocabulary.find('intent', rest.slice(0, 4)).concat(this.vocabulary.find('capability', rest.slice(0, 4))).some((m) => m.start === 0);
    return /^\s*[:：，,]/u.test(rest) || this.hanVerbs.some((verbs) => verbs.test(rest)) || startsWithTime(rest, this.vocabulary) || modal ? suffix.end : 0;
  }

  /**
   * The doer of a passive clause at the end of the item: "… reviewed by a maintainer", "… approved by Priya",
   * "… by the docs team." (not "by Friday", "by 2%": only a name or a role).
   */
  passiveAgent(text: string): OwnerMatch | undefined {
    const m = /\bby\s+((?:a|an|the|our|one|two)\s+)?([^,.;:()\n]{1,40}?)\s*[.。]?\s*$/iu.exec(text);
    if (m) {
      const name = m[2].trim();
      // After an article a bare role head names the doer too: "by a maintainer".
      if (this.isName(name) || this.isRole(name) || (m[1] !== undefined && isWholly(name, 'owner-role', this.vocabulary))) {
        const start = m.index + m[0].lastIndexOf(m[2]);
        return { name, start, end: start + name.length, how: 'subject' };
      }
    }
    // A word that hands the work to a role or a name right after it (concept `doer-marker`): "每周由运维组检查",
    // "由维护者再审一遍", "请议程组协助确认", "ask the docs team to review it" (由X负责 is an assignment).
    for (const h of this.vocabulary.find('doer-marker', text)) {
      const doer = this.doerAt(text, h.end);
      if (doer) return doer;
    }
    return undefined;
  }

  /** A role or a name that starts at `from`: the fewest Han characters (two to six) that are one, or one to four words that "to" follows. */
  private doerAt(text: string, from: number): OwnerMatch | undefined {
    if (/^\p{Script=Han}/u.test(text.slice(from, from + 1))) {
      for (let n = 2; n <= 6; n++) {
        const name = text.slice(from, from + n);
        if (this.isRole(name) || this.isName(name)) return { name, start: from, end: from + n, how: 'subject' };
      }
      return undefined;
    }
    const words = /^\s+(?:(?:the|our)\s+)?/iu.exec(text.slice(from));
    if (!words) return undefined;
    const start = from + words[0].length;
    const rest = text.slice(start, start + 60);
    for (const m of [...rest.matchAll(/[^\s,.;:()]+/gu)].slice(0, 4).reverse()) {
      const name = rest.slice(0, m.index + m[0].length);
      // "ask the docs team to …", not "ask Bob for the logs": the doer is who the verb after it belongs to.
      if ((this.isRole(name) || this.isName(name)) && this.latinVerbAt(rest.slice(name.length))) return { name, start, end: start + name.length, how: 'subject' };
    }
    return undefined;
  }

  /** Whether a name found is several people ("Alice and Bob", "Aricka & Amanda", 王敏、李强) or a handle ("@mira"). */
  namesSeveral(name: string): boolean {
    return this.nameSeparator.test(name) || name.startsWith('@');
  }

  /** A trailing `— Alice`, `-- @bob`, `——王敏`, and a hyphen written against the last word: `interviews- Lacey`. */
  trailingDash(text: string): OwnerMatch | undefined {
    const m = /(?:\s[—–-]{1,2}|——|—|(?<=\S)[–-]{1,2}(?=\s))\s*([^—–\n]{1,40}?)\s*[.。]?\s*$/u.exec(text);
    if (!m) return undefined;
    const name = m[1].trim();
    const owner = (part: string) => this.isName(part) || this.isRole(part) || part.startsWith('@');
    // One owner, or several joined as in brackets ("— Aricka & Amanda", "—— 王敏、李强").
    const parts = name.split(this.nameSeparator).filter((_, i) => i % 2 === 0).map((p) => p.trim());
    if (!owner(name) && !(parts.length > 1 && parts.every(owner))) return undefined;
    const start = m.index + m[0].indexOf(m[1]);
    return { name, start, end: start + name.length, how: 'dash' };
  }

  /** `(Alice)`, `[Bob, Carol]`, `（王敏）`, `【市场部】` — but not `(see #123)`, `(2 weeks)`, `(Issue)`, `(DONE)`. */
  brackets(text: string): OwnerMatch[] {
    const out: OwnerMatch[] = [];
    for (const m of text.matchAll(/[(（[【]([^()（）[\]【】\n]{1,60})[)）\]】]/gu)) {
      let offset = m.index + 1;
      for (const part of m[1].split(this.nameSeparator)) {
        const name = part.trim();
        if (name && (this.isName(name) || this.isRole(name))) {
          const start = offset + part.indexOf(name);
          out.push({ name, start, end: start + name.length, how: 'bracket' });
        }
        offset += part.length;
      }
    }
    return out;
  }

  /** Roster names anywhere (Latin names on word boundaries). */
  rosterNames(text: string): OwnerMatch[] {
    const out: OwnerMatch[] = [];
    const norm = this.vocabulary.normalize(text);
    for (const { re } of this.roster.candidates(norm)) {
      for (const m of norm.matchAll(re)) out.push({ name: text.slice(m.index, m.index + m[0].length), start: m.index, end: m.index + m[0].length, how: 'roster' });
    }
    return out;
  }

  /** Whether `name` contains a roster name. */
  inRoster(name: string): boolean {
    return this.rosterNames(name).length > 0;
  }

  /** A person's name: on the roster, a Latin name that is not a common label word, or a Chinese name (surname + given name). */
  isName(candidate: string): boolean {
    const name = candidate.trim();
    if (!name) return false;
    if (this.inRoster(name)) return true;
    if (/^@[\p{L}\p{N}]/u.test(name)) return true;
    if (this.isNotAName(name)) return false;
    if (this.namePatterns.some((pattern) => pattern.test(name))) {
      // "Key Result", "Next Steps": a label, not a person, when any of its words is a label word.
      return !name.split(/\s+/u).some((word) => this.isNotAName(word));
    }
    return this.isHanName(name);
  }

  /** A Chinese name: a surname from the vocabulary and one or two more characters (`王敏`, `欧阳娜娜`). */
  isHanName(candidate: string): boolean {
    const name = this.vocabulary.normalize(candidate.trim());
    if (!WHOLE_HAN_NAME.test(name) || this.isNotAName(candidate) || startsWithTime(candidate, this.vocabulary)) return false;
    const familiar = FAMILIAR.exec(name);
    if (familiar && this.surnames.has(familiar[1])) return true;
    if (this.surnames.has(name.slice(0, 2)) && name.length <= 4) return true;
    return this.surnames.has(name[0]) && name.length <= 3;
  }

  /**
   * A document signed by one person: the line right under its title is a byline naming one person, after their units
   * ("技术服务部 网页组 吕正中", "By Dana Whitfield"). Its plan is that person's own.
   */
  signedByOne(doc: SummaryDoc): boolean {
    const at = doc.blocks.findIndex((b) => b.isTitle);
    const byline = at === -1 ? undefined : doc.blocks[at + 1];
    if (!byline || byline.kind !== 'paragraph' || byline.item || byline.section !== doc.blocks[at].section) return false;
    const text = byline.prose.text.trim();
    if (text.includes('\n') || text.length > 40) return false;
    const opener = this.vocabulary.find('byline', text).find((m) => m.start === 0);
    if (opener) return this.isName(text.slice(opener.end).replace(/^[\s:：]+/u, ''));
    // Units first, then the name: a lone word under the title ("周报") or a unit last ("技术部 安全组") signs nothing.
    const words = text.split(/\s+/u);
    const name = words.pop()!;
    return words.length > 0 && words.every((w) => this.isRole(w)) && this.isHanName(name) && !this.isRole(name);
  }

  /** A role or unit: "Sales team", "SRE", "市场部", "客服主管王敏". */
  isRole(candidate: string): boolean {
    const text = candidate.trim();
    if (!text || text.length > 30) return false;
    const matches = this.vocabulary.find('owner-role', text).filter((m) => caseFits(m));
    if (matches.length === 0) return false;
    if (hasHan(text)) {
      // The role is the phrase, or opens it before a name: 客服主管王敏.
      const m = matches[0];
      return (m.start === 0 || HAN_BEFORE_NAME.test(text.slice(0, m.start))) && (m.end === text.length || this.isHanNameTail(text.slice(m.end)));
    }
    // "Sales team", "the on-call engineer"; a unit alone only as an acronym ("SRE", "QA"): "(docs)", "(Security)" name a topic.
    return this.roleAtStart(text) > 0 || (/^[A-Z]{2,5}$/u.test(text) && isWholly(text, 'owner-role', this.vocabulary));
  }

  private isHanNameTail(rest: string): boolean {
    return this.isHanName(rest) || HAN_NAME_TAIL.test(rest);
  }

  /** Label words, placeholders, dates and status words are not names ("Status", "TBD", "Friday", "Done"). */
  private isNotAName(text: string): boolean {
    return isWhollyAny(text, NOT_NAMES, this.vocabulary);
  }
}

// ---------- issue links ----------

/** `#123`, `kubeadm#250`, `org/repo#12`, `GH-123`, `PROJ-42` written in the text. */
const ISSUE_REF = /(?:^|[\s(（[【,，;；:：])(?:[\w.-]+(?:\/[\w.-]+)?)?#\d+(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:GH-\d+|[A-Z][A-Z0-9]{1,9}-\d+)(?![\p{L}\p{N}])/u;
/** Links to an issue, a pull or merge request, or a tracker ticket. */
const ISSUE_URL = /\/(?:issues|pull|pulls|merge_requests)\/\d+|\/-\/issues\/\d+|\/browse\/[A-Z][A-Z0-9]+-\d+|[?&](?:id|issue)=\d+|\/issues\?id=[A-Z0-9]+|[?&]issue_id=[A-Z0-9]+/u;

interface LinkLike {
  type: string;
  url?: string;
  children?: LinkLike[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** Whether the blocks reference an issue, in their text or through a link. */
export function hasIssueLink(text: string, blocks: ReadonlyArray<{ node: unknown; range: readonly [number, number] }>): boolean {
  if (ISSUE_REF.test(text) || ISSUE_URL.test(text)) return true;
  const visit = (node: LinkLike, [start, end]: readonly [number, number]): boolean => {
    const s = node.position?.start.offset ?? 0;
    const e = node.position?.end.offset ?? 0;
    if (e <= start || s >= end) return false;
    if ((node.type === 'link' || node.type === 'definition') && node.url && ISSUE_URL.test(node.url)) return true;
    return (node.children ?? []).some((child) => visit(child, [start, end]));
  };
  return blocks.some((b) => visit(b.node as LinkLike, b.range));
}

/** Whether `text` opens with a statement of time, precise or vague. */
function startsWithTime(text: string, vocabulary: Vocabulary): boolean {
  const head = text.slice(0, 16);
  return findTimes(head, vocabulary, false).some((t) => t.start === 0) || findVagueTimes(head, vocabulary).some((t) => t.start === 0);
}

/**
 * A personal summary: its title says so (个人, personal, my), or it is written in the first person singular (I, my, 我,
 * 本人, 自己) and never in the plural (at least twice), or mostly in the singular (at least five times, and twice as often
 * as we, our, 我们), outside block quotes. Its plan is the author's own.
 */
export function isFirstPersonSingular(doc: SummaryDoc, vocabulary: Vocabulary): boolean {
  // A title that says so: "2026年度个人工作总结", "My 2026", "Personal review".
  if (doc.title && vocabulary.find('first-person', doc.title.text).some((m) => caseFits(m) && m.info.number === 'singular')) return true;
  // A header field that names the author, before the body starts: "### 姓名" over "SecretXV", "Name: Ann Lee".
  if (hasAuthorField(doc, vocabulary)) return true;
  let singular = 0;
  let reflexive = 0;
  let plural = 0;
  for (const sentence of doc.sentences) {
    // A block quote is someone else's words: feedback quoted in a team's notes is not the author speaking.
    if (sentence.block.quoted) continue;
    for (const m of vocabulary.find('first-person', sentence.text)) {
      // Only in the sentence's own language: "I can speak English" named as a sticker in a Chinese note is no author.
      if (!caseFits(m) || m.info.titleOnly || m.info.field || m.info.lang !== sentence.lang) continue;
      if (m.info.number === 'plural') plural++;
      else if (m.info.reflexive) reflexive++;
      else if (m.info.number === 'singular') singular++;
    }
  }
  // A reflexive adds weight to a first person already there, never makes one.
  const all = singular > 0 ? singular + reflexive : 0;
  return (singular >= 2 && plural === 0) || (all >= 5 && all >= 2 * plural);
}

/**
 * Whether the text opens with the writing team as its subject ("We will release nightlies …", "Our funding will go
 * towards …", 我们将…): in a document one team publishes about its own work, that team is the doer.
 */
export function opensWithTeam(text: string, vocabulary: Vocabulary): boolean {
  const said = text.trimStart();
  return vocabulary.find('first-person', said.slice(0, 12)).some((m) => m.start === 0 && m.info.number === 'plural' && caseFits(m) && !m.info.field);
}

/**
 * A lead-in line in which the team speaks of its own work ("What we're doing this week:", "We have a number of items on
 * our roadmap that we would like to accomplish next:", "我们下周要做的事："): the team that writes owns the list under it.
 */
export function isTeamLeadIn(text: string, vocabulary: Vocabulary): boolean {
  return /[:：]\s*$/u.test(text) && vocabulary.find('first-person', text).some((m) => m.info.number === 'plural' && caseFits(m) && !m.info.field);
}

/** A `field` entry of `first-person` ("姓名", "Name") as a heading or a `Field:` line among the first blocks, before any list. */
function hasAuthorField(doc: SummaryDoc, vocabulary: Vocabulary): boolean {
  for (const block of doc.blocks.slice(0, 6)) {
    if (block.item || block.kind === 'tableCell') return false;
    const text = block.prose.text.trim();
    const label = block.isTitle || block.kind === 'heading' ? text.replace(/[:：]\s*$/u, '') : /^([^:：\n]{1,12})[:：]\s*\S/u.exec(text)?.[1];
    if (!label) continue;
    const m = vocabulary.find('first-person', label)[0];
    if (m && m.info.field && m.start === 0 && m.end === label.trim().length) return true;
  }
  return false;
}
