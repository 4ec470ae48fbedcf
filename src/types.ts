// Public types: the rule API, the document model and findings.
// Everything a custom rule needs is importable with `import type { Rule } from 'summarylint'`.
import type { Nodes, Root } from 'mdast';

/** A document language: the code of a registered language pack (`en` and `zh` ship; see `LanguagePack`). */
export type Lang = 'en' | 'zh' | (string & {});
/** A message locale. `zh-Hant` messages are converted from `zh-Hans` ones; a pack may add its own. */
export type Locale = 'en' | 'zh-Hans' | 'zh-Hant' | (string & {});
/** A finding's severity. `off` only appears in configuration. */
export type Severity = 'info' | 'warn' | 'error';
export type Level = Severity | 'off';

/** Half-open source offsets `[start, end)` in UTF-16 code units of the original text. */
export type Range = [number, number];

/** 1-based line and column (UTF-16 code units), as in unist, vfile and ESLint. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/**
 * Prose of one block (heading, paragraph, table cell, list item's own paragraphs) with a map back to the
 * source. Code, inline code, HTML (comments included) and link URLs are left out.
 */
export interface ProseText {
  /** The prose as written (not normalised). */
  readonly text: string;
  /** Source range of `text[start..end)`. */
  sourceRange(start: number, end: number): Range;
}

export interface Sentence {
  /** The sentence's prose, trimmed. */
  readonly text: string;
  readonly range: Range;
  /** Offsets of the sentence within `block.prose.text` (`block.prose.sourceRange(start + i, start + j)` maps a part of it). */
  readonly start: number;
  readonly end: number;
  readonly lang: Lang;
  /** The block (paragraph, heading, item) it belongs to. */
  readonly block: Block;
  /** Index of this sentence within its block. */
  readonly index: number;
}

export type BlockKind = 'heading' | 'paragraph' | 'tableCell';

/** A unit of prose: a heading, a paragraph, or a table cell. */
export interface Block {
  readonly kind: BlockKind;
  readonly node: Nodes;
  readonly range: Range;
  readonly prose: ProseText;
  readonly lang: Lang;
  readonly sentences: readonly Sentence[];
  /** Section the block belongs to (innermost). */
  readonly section: Section;
  /** The item (list item or enumerated paragraph) the block belongs to, if any. */
  readonly item?: Item;
  /** True for the paragraph that stands for a pseudo-heading (it is the section title, not prose). */
  readonly isTitle: boolean;
  /** Inside a block quote: someone else's words (feedback, a quoted message), not the author's. */
  readonly quoted: boolean;
}

export type SectionKind = 'root' | 'heading' | 'pseudo';

export interface Section {
  readonly kind: SectionKind;
  /** Title with numbering and trailing colon stripped (empty for the root). */
  readonly title: string;
  /** Role key (`overview`, `results`, `problems`, `plan`, `lessons`, `customers`, `appendix`, or a custom one). */
  readonly role: string | undefined;
  /** Every role the title names, first-named first ("问题与改进措施" → problems, plan). */
  readonly roles: readonly string[];
  /** Nesting depth: 0 for the root, 1–6 for headings; pseudo-headings rank below the heading they follow. */
  readonly depth: number;
  /** The heading or pseudo-heading paragraph. */
  readonly node: Nodes | undefined;
  /** Range of the title line. */
  readonly titleRange: Range;
  /** From the title to the start of the next section of the same or higher rank. */
  readonly range: Range;
  readonly parent: Section | undefined;
  readonly children: readonly Section[];
  /** Blocks directly in this section (not in sub-sections), the title excluded. */
  readonly blocks: readonly Block[];
  /** Top-level items directly in this section. */
  readonly items: readonly Item[];
}

export type ItemKind = 'list' | 'task' | 'enumerated' | 'row';

export interface Item {
  readonly kind: ItemKind;
  readonly node: Nodes;
  readonly range: Range;
  /** For table rows: the header cells' text, one per cell block. */
  readonly columns?: readonly string[];
  /** For task-list items: whether it is checked. */
  readonly checked: boolean | null;
  /** The item's own blocks (not those of sub-items). */
  readonly blocks: readonly Block[];
  /** Own prose joined (blocks separated by newlines); positions through `blocks`. */
  readonly text: string;
  readonly parent: Item | undefined;
  readonly children: readonly Item[];
  readonly section: Section;
}

export interface FrontMatter {
  readonly data: Record<string, unknown>;
  readonly range: Range;
}

/** The parsed document, built once per file and shared by every rule. */
export interface SummaryDoc {
  readonly path: string | undefined;
  readonly text: string;
  readonly tree: Root;
  /** Document language: majority of Han characters vs Latin letters, or forced by config. */
  readonly lang: Lang;
  readonly frontMatter: FrontMatter | undefined;
  /** The document title: front matter `title`, else the first depth-1 heading, else the first heading. */
  readonly title: { text: string; range: Range } | undefined;
  /** Root section (depth 0); its `blocks` are the text before the first section. */
  readonly root: Section;
  /** Prose before the first section that is not the title section (satisfies `overview`). */
  readonly intro: readonly Block[];
  /** All sections except the root, in document order. */
  readonly sections: readonly Section[];
  /** All prose blocks in document order. */
  readonly blocks: readonly Block[];
  /** All items in document order (nested ones included). */
  readonly items: readonly Item[];
  /** All sentences in document order. */
  readonly sentences: readonly Sentence[];
  /** Sections with this role, in document order. */
  sectionsWithRole(role: string): Section[];
  /** The role of a section, or of its nearest ancestor that has one. */
  roleOf(section: Section): string | undefined;
  /** Offset → 1-based point. */
  pointAt(offset: number): Point;
}

// ---------- Vocabulary ----------

/**
 * One entry of a concept: a word, or a word with the longer phrases where it does not count (`except`) and what
 * rules read about it (`category`, `kind`, …; schema/vocabulary.schema.json lists them per concept).
 */
export type VocabularyEntry = string | ({ term: string; except?: string[] } & Record<string, unknown>);

/** A language's vocabulary: its entries by concept (`vague`, `claim`, `section.plan`, …); `$`-keys are comments. */
export type VocabularyData = Record<string, VocabularyEntry[] | string>;

/** A match of one of a concept's entries, e.g. of `vague`, `claim`, `owner`. */
export interface VocabularyMatch {
  /** Matched text as written in the source. */
  readonly text: string;
  /** The entry (as the vocabulary lists it) that matched. */
  readonly term: string;
  /** Offsets in the searched string. */
  readonly start: number;
  readonly end: number;
  /** Entry metadata from the vocabulary (category, suggestion, …). */
  readonly info: Readonly<Record<string, unknown>>;
}

export interface Vocabulary {
  /** Every match of the concept's entries in `text`, longest first and non-overlapping, in order. */
  find(concept: string, text: string): VocabularyMatch[];
  /** Whether any entry of the concept occurs in `text`. */
  has(concept: string, text: string): boolean;
  /** Entries of a concept for one language (after config additions and removals). */
  entries(concept: string, lang: Lang): readonly string[];
  /** Section role of a title, or undefined. */
  roleOfTitle(title: string): string | undefined;
  /** Every role a title names, in order of appearance (`问题与改进措施` → problems, plan). */
  rolesOfTitle(title: string): string[];
  /** Normalise text for matching: NFKC, case folding, Traditional → Simplified. Length-preserving. */
  normalize(text: string): string;
}

// ---------- Languages ----------

/**
 * Everything summarylint knows about one document language, registered in one table (src/languages/index.ts;
 * `registerLanguage` adds one). Every pack's vocabulary and shapes apply to all text, since summaries mix
 * languages; a document's language decides its message locale and which words its messages quote.
 */
export interface LanguagePack {
  /** The code config uses (`language`, the keys of `vocabulary`) and the document model reports (`doc.lang`). */
  readonly code: Lang;
  /** The language's name in English, for the rule docs. */
  readonly name: string;
  /**
   * Detection: the Unicode script the language is written in (`Latin`, `Han`, `Cyrillic`), and what one of its
   * letters weighs. A document, block or sentence is in the language whose letters weigh most (a tie goes to the
   * heavier script); a Han character says about as much as three Latin letters. Of packs that share a script, the
   * first registered is detected; the others are chosen with config `language`.
   */
  readonly script: string;
  readonly weight: number;
  /**
   * Normalisation: after NFKC and case folding, a fold of the text that keeps its length, for the variants a
   * language writes one word in (Chinese: Traditional → Simplified). It sees all text that is not only ASCII,
   * and must return what it does not fold as it is.
   */
  readonly fold?: (text: string) => string;
  /** Its entries by concept, with the concepts of every other pack (schema/vocabulary.schema.json). */
  readonly vocabulary: VocabularyData;
  /** List-number shapes: the numbering the language opens a line or a heading with (`一、`, `（二）`, `I.`). */
  readonly listNumbers?: readonly ListNumberShape[];
  /**
   * Date shapes, matched on normalised text (lower case, Simplified): dates and periods as the language writes
   * them (`12月1日`, `第三季度`; `week 46`, `by 2026`), and durations and recurrences around its `time-unit`
   * entries (`两周内`, `within 2 weeks`), given as an alternation of them, longest first.
   */
  readonly dates?: {
    readonly dates?: readonly RegExp[];
    durations?(units: string): Array<{ pattern: RegExp; kind: 'duration' | 'recurrence' }>;
    /** A label that is only a year (`2022年度`, `FY2023`), the year captured first: what stands under it is that year's. */
    readonly yearLabel?: RegExp;
  };
  /** Owner shapes: how the language writes who does an action item, around its owner words. */
  readonly owners?: OwnerShapes;
  /** Message locale: without it, documents in the language get English messages. */
  readonly messages?: {
    /** The locales rules write messages in for the language; the first is the default. */
    readonly locales: readonly Locale[];
    /** The locale for a document in the language (Chinese: `zh-Hant` when it is written in Traditional characters). */
    localeOf?(text: string): Locale;
    /** Locales whose messages, when a rule has none of their own, are another's converted (`zh-Hant` from `zh-Hans`). */
    readonly converted?: Readonly<Record<string, { from: Locale; convert(message: string): string }>>;
  };
}

/** One shape of list numbers: `1、`, `（二）`, `①`. */
export interface ListNumberShape {
  /** The numbering style: numbers of one style are siblings, and a new style nests under the open one. */
  readonly style: string;
  /**
   * `heading`: a title-like line opened by it is a pseudo-heading (`一、总体情况`); `maybe`: only when the title
   * names a section role; `item`: always a numbered item.
   */
  readonly kind: 'heading' | 'maybe' | 'item';
  /** The number and the spaces after it, at the start of a line (`^`). */
  readonly pattern: RegExp;
  /** The number reads as a decimal too (`1.2`): where a quantity may stand, it is not taken for a list number. */
  readonly decimal?: boolean;
}

/**
 * How a language writes who does an action item. The words (owner labels, role nouns, verbs, surnames) are in its
 * vocabulary; `verbs` below is its `owner-verb` entries as an alternation, longest first. Names that open an item
 * are read by the script they are written in (rules/utils/owners.ts): Latin names as words ("Alice Wong to …"),
 * Han names as a `surname` entry and one or two characters (王敏负责…).
 */
export interface OwnerShapes {
  /** A person's name written whole, as its script reads names: "Alice Wong", "Mary-Jane O'Neil". */
  readonly name?: RegExp;
  /** What makes a name before it the doer, at the start of the rest: "Alice to …", "Alice will …"; 王敏负责…. */
  verbsAfterName?(verbs: string): RegExp;
  /** Other links after a name that opens an item: 王敏：…, 王敏和李强：…, 李强将…. */
  readonly linkAfterName?: RegExp;
  /** An owner assigned inside a sentence, on normalised text: 由X负责 (the owner is group 1). */
  assignment?(verbs: string): RegExp;
  /** Words that join an owner label to its value besides a colon: 负责人为王敏. */
  readonly labelJoiners?: readonly string[];
  /** Words that join names in a list: "Alice and Bob", 王敏和李强. */
  readonly and?: readonly string[];
  /** What may stand before a role noun and belong to the role: a place or unit (华东区销售经理, 各区域经理). */
  readonly rolePrefix?: RegExp;
}

// ---------- Rules ----------

/** A message template: one string, or one per locale (`zh-Hant` falls back to converted `zh-Hans`). */
export type MessageTemplate = string | { en: string; 'zh-Hans'?: string; 'zh-Hant'?: string; [locale: string]: string | undefined };

export interface RuleExample {
  title: string;
  lang: Lang | 'zh-Hant';
  /** Markdown with `<!-- expect: … -->` markers, run by the fixture runner. */
  markdown: string;
  /** Options merged over the rule's defaults for this example. */
  options?: Record<string, unknown>;
  /** For rules that read the previous summary of a series: that summary, under a file name of its own. */
  previous?: { path: string; markdown: string };
}

export interface RuleMeta<O = Record<string, unknown>> {
  /** Kebab-case id, equal to the module's file name. */
  id: string;
  /** One line, imperative. */
  description: string;
  docs: {
    /** Why this matters: one or two sentences. */
    why: string;
    url: string;
  };
  /** Level in the recommended preset (`off`: a rule only the strict preset or a config turns on). */
  level: Level;
  languages: Lang[];
  /** JSON Schema of the rule's options object. */
  schema: Record<string, unknown>;
  defaultOptions: O;
  messages: Record<string, MessageTemplate>;
  examples: RuleExample[];
}

/** A mechanical edit that fixes a finding: replace the source text in `range` (offsets) with `text`. */
export interface Fix {
  range: Range;
  text: string;
}

export interface ReportDescriptor {
  messageId: string;
  /** Values for `{{placeholders}}`; also stamped on the finding as structured `data`. */
  data?: Record<string, unknown>;
  /** Report at a node's position … */
  node?: Nodes;
  /** … or at source offsets. */
  range?: Range;
  /** An edit that fixes it, only when it is mechanical and safe: it never rewrites what a sentence says. */
  fix?: Fix;
}

export interface RuleContext<O = Record<string, unknown>> {
  readonly id: string;
  readonly options: O;
  readonly vocabulary: Vocabulary;
  /** Locale messages are rendered in for this document. */
  readonly locale: Locale;
  /** Shared settings from config (for example `roster`). */
  readonly settings: Readonly<Record<string, unknown>>;
  /**
   * The previous summary of this one's series (src/previous.ts), for rules with `readsPrevious`: its path and its
   * document, read with this document's vocabulary. Undefined when there is none.
   */
  readonly previous?: PreviousDoc;
  report(descriptor: ReportDescriptor): void;
}

export interface PreviousDoc {
  /** Absolute path. */
  readonly path: string;
  readonly doc: SummaryDoc;
}

export interface Rule<O = any> {
  meta: RuleMeta<O>;
  check(doc: SummaryDoc, context: RuleContext<O>): void;
  /**
   * Vocabulary additions a rule derives from its options, applied before the document is parsed
   * (e.g. custom section roles with their synonyms, which decide the sections' roles).
   */
  vocabulary?(options: O): VocabularyConfig;
  /** The rule compares a summary with the previous one of its series (`context.previous`): the runner finds and reads it. */
  readsPrevious?: boolean;
}

/** Identity helper that gives a rule module its types. */
export function defineRule<O>(rule: Rule<O>): Rule<O> {
  return rule;
}

// ---------- Findings ----------

export interface Finding {
  /** `null` for findings of the engine itself (unreadable file, unused directive is reported under its own id). */
  ruleId: string | null;
  severity: Severity;
  message: string;
  messageId?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  range: Range;
  data: Record<string, unknown>;
  url?: string;
  /** True when the file could not be linted at all (read or parse failure). */
  fatal?: boolean;
  /** What `--fix` would change (see ReportDescriptor). */
  fix?: Fix;
}

export interface FileResult {
  filePath: string;
  findings: Finding[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  /** Findings removed by inline directives (kept for `--report-unused-disable-directives`). */
  suppressedCount: number;
  /** The kind of summary the file was judged as, and why (absent for files that could not be linted). */
  kind?: KindInfo;
}

/** Which kind a document was held to: its name, where that came from, and why, in words. */
export interface KindInfo {
  name: string;
  /** `front-matter` (`kind:`), `config` (`kind`, e.g. in an override), `title`, `headings`, or `default` (a guess). */
  source: 'front-matter' | 'config' | 'title' | 'headings' | 'default';
  reason: string;
  /** An unknown kind the front matter or config named (the document was held to the default). */
  unknown?: { name: string; from: 'front-matter' | 'config' };
}

/**
 * A kind of summary defined or refined in config (`kinds`): the sections it owes and how the rules judge it.
 * A name of a shipped kind refines it; `extends` starts from one.
 */
export interface KindConfig {
  /** A shipped kind this one starts from. */
  extends?: string;
  description?: string | Partial<Record<Lang, string>>;
  /** Words of a title that name this kind ("Board report", 董事会报告). */
  detect?: string[];
  /** Section roles a document of this kind owes (require-sections' `required` for it). */
  required?: string[];
  /** The roles `summarylint new <kind>` writes, when more than `required` (a postmortem's timeline). */
  sections?: string[];
  /** Whether the sections must come in the order of `required`. */
  order?: boolean;
  /** Headings per role and language, for messages and `summarylint new`. */
  headings?: Record<string, Partial<Record<Lang, string>>>;
  /** What a section must state: `attainment` (actual against target) or `counts` (customer counts). */
  mustState?: Record<string, 'attainment' | 'counts'>;
  /** A role and the vocabulary concept whose words, in any sentence, stand for its section. */
  inProse?: Record<string, string>;
  /** A role and the roles whose sections answer for it (`{"results": ["targets"]}`). */
  satisfiedBy?: Record<string, string[]>;
  /** Rule levels and options over the config's, for documents of this kind. */
  rules?: Record<string, RuleEntry>;
  /** The entry of templates/templates.json whose title `summarylint new <kind>` writes. */
  template?: string;
}

// ---------- Configuration ----------

/** A rule's entry in config: a level, `[level, options]`, or `{ level, options }` (the shape `--print-config` prints). */
/** A level as a config may write it: a name, or ESLint's `0`/`1`/`2` and `"warning"` (read as off/warn/error/warn). */
export type LevelInput = Level | 0 | 1 | 2 | 'warning';
export type RuleEntry = LevelInput | [LevelInput] | [LevelInput, Record<string, unknown>] | { level: LevelInput; options?: Record<string, unknown> };

/** Vocabulary changes for one concept: entries to add and to remove. */
export interface ConceptChange {
  add?: string[];
  remove?: string[];
}
/** `{ "en": { "vague": { "add": [...] } }, "zh": { "section.customers": { "add": [...] } } }` */
export type VocabularyConfig = Partial<Record<Lang, Record<string, ConceptChange>>>;

export interface OverrideConfig {
  files: string[];
  language?: 'auto' | Lang;
  locale?: 'auto' | Locale;
  rules?: Record<string, RuleEntry>;
  vocabulary?: VocabularyConfig;
  settings?: Record<string, unknown>;
  /** The kind of summary these files are (see `kinds`). */
  kind?: string;
  series?: SeriesConfig;
}

/** How summaries group into series (src/series.ts). */
export interface SeriesConfig {
  /** Path patterns relative to the config file, such as `reports/{team}/{yyyy}-{mm}.md`. */
  patterns?: string[];
}

/** The config file shape (`.summarylintrc.json` and friends). */
export interface UserConfig {
  $schema?: string;
  /** This config's folder is the top of its project: what it extends and its packs must be inside it. */
  root?: boolean;
  extends?: string | string[];
  language?: 'auto' | Lang;
  locale?: 'auto' | Locale;
  rules?: Record<string, RuleEntry>;
  /** Globs of the files that are summaries (default: every Markdown file but the repository's own documents). */
  files?: string[];
  ignores?: string[];
  overrides?: OverrideConfig[];
  vocabulary?: VocabularyConfig;
  /** Shared settings for rules, e.g. `{ "roster": ["Alice", "王敏"] }`. */
  settings?: Record<string, unknown>;
  series?: SeriesConfig;
  /** Modules with custom rules: paths relative to this file (`./rules/my-rule.js`) or package names. */
  plugins?: string[];
  /** JSON files of vocabulary changes (the shape of `vocabulary`), relative to this file or in a package. */
  vocabularyPacks?: string[];
  /** The kind of summary the files are; usually set per folder in `overrides`. */
  kind?: string;
  /** Kinds of summary this config defines or refines. */
  kinds?: Record<string, KindConfig>;
}

export interface ResolvedRule {
  level: Level;
  options: Record<string, unknown>;
}

/** The config that applies to one file: presets merged, overrides applied, rule options defaulted. */
export interface ResolvedConfig {
  language: 'auto' | Lang;
  locale: 'auto' | Locale;
  rules: Record<string, ResolvedRule>;
  vocabulary: VocabularyConfig;
  settings: Record<string, unknown>;
  /** The nearest config's `files`, when one sets it (see src/config/summaries.ts). */
  files?: string[];
  series?: SeriesConfig;
  ignores: string[];
  /** Config files that contributed, nearest first (for messages and cache keys); presets by name. */
  sources: string[];
  /** Absolute folder that `ignores` and `overrides` globs are relative to (the config file's folder). */
  basePath?: string;
  /** Resolved module paths of the plugins whose rules run (see `rulesFor` in lint.ts). */
  plugins: string[];
  /** The kind the config gives these files, if any (front matter still wins). */
  kind?: string;
  /** The kinds the config defines or refines. */
  kinds?: Record<string, KindConfig>;
}
