import { defineRule, type Block, type Item, type Range, type RuleContext, type Section, type SummaryDoc, type Vocabulary, type VocabularyMatch } from '../src/types.js';
import { hasHan } from '../src/text/han.js';
import { languages } from '../src/languages/index.js';
import { isQuestion } from '../src/text/sentences.js';
import { bisect } from '../src/text/positions.js';
import { STATEMENT_END } from '../src/text/punctuation.js';
import { ClauseIndex, clauseAround, findPaired, isNear } from './utils/clauses.js';
import { isAttributed } from './utils/attribution.js';
import { consistsOf, isItalicNote } from './utils/asides.js';
import { remembered } from './utils/cache.js';
import { keyTermsOf, lineTermsOf, overlap, type KeyTerms } from './utils/key-terms.js';

export interface RequireProblemCauseOptions {
  /** Also require each problem to state its impact (what it cost or affected). */
  requireImpact: boolean;
  /** Also check sentences outside the problems section that report a failure or a decline. */
  checkOutsideProblems: boolean;
}

type Missing = 'cause' | 'impact';

/** One problem: where to report it, what to quote, and the prose where its cause may be stated. */
interface Problem {
  range: Range;
  text: string;
  term?: string;
  /** Texts searched for a cause and an impact (each searched separately). */
  scope: string[];
  /** A table row whose Cause / Impact column is filled in. */
  causeColumn?: boolean;
  impactColumn?: boolean;
  /** The section it is reported in. */
  section?: Section;
  /** The text after the problem in its own item or paragraph, where a remedy may name what was missing. */
  followUp?: string[];
  /** The item or table row it is reported in. */
  item?: Item;
}

/** How a section is read: every item is a problem, only sentences with failure words are, or nothing is. */
type Mode = 'problems' | 'sentences' | 'skip';

const DOCS_URL = 'https://github.com/summarylint/summarylint/blob/main/docs/rules/require-problem-cause.md';
const QUOTE_LENGTH = 60;
/** How many sentences after a problem, in its paragraph, are searched for its cause. */
const CAUSE_SENTENCES_AFTER = 4;
/** The size of a change (in percent) in a metrics table that counts as a problem when it is for the worse. */
const NOTABLE_CHANGE = 10;
/** A short label before a colon at the start of an item ("原因：", "Root cause:", "**Fix**:"). */
const LABEL = /^\s*([^:：\n]{1,30}?)\s*[:：]/u;
/** A dated entry's title ("2020-05-26 23:10 Update 1", "5月28日 更新", "14:49"): one step of an incident's log. */
const DATED_ENTRY = /^\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]|\d{1,2}:\d{2})/u;
/** How many key terms a problem must share with the root-cause section for that section to explain it. */
const SHARED_WITH_ROOT_CAUSE = 2;

export default defineRule<RequireProblemCauseOptions>({
  meta: {
    id: 'require-problem-cause',
    description: 'Require every problem to state its cause (phenomenon, cause, impact)',
    docs: {
      why:
        'A problem listed without its cause cannot be fixed or learned from; readers need the phenomenon, why it happened and, ideally, what it cost. ' +
        'Problems are read in the problems section and, with `checkOutsideProblems`, anywhere a sentence reports a failure, a shortfall ("2% behind goal", "Only 3 of the 5 planned integrations shipped", "ran out of time", "2 weeks late", "sign-ups were too low", 名单不全, 忘了, 没有落地, 转化率偏低, 比计划晚), a decline or a rise in a measure where lower is better ("support tickets rose", 回款周期延长), and in metrics tables a signed change of 10% or more for the worse ("New customers | 26 | -37%", "Churn | +15%"), whose cause may be given in the paragraph just before or after its table. A reason named but not given ("for various reasons", 根据相关原因, 因故) is no cause; a remedy stated right after the problem, in its own item or paragraph ("We need to reconfirm speakers two days ahead", 需要提前两天再次确认), names what was missing and counts as its cause, but a search for the cause ("need to investigate", 需要进一步排查) or a wish (希望) does not. Problems under a year label older than the document\'s latest year ("* 2021" in a 2023 commentary) are history kept as a baseline and are not reported. ' +
        'Under an event\'s "Agenda" (议程) section the items report on the programme; under "Discussion topics" (讨论议题) they are minutes. ' +
        'A cause may also stand without a connective: after a colon, in a short bracket, in a sub-item, in the next sentences, or in the sentence before when that one says what a cause led to ("The reorg led to more meetings. We missed two launch dates."). A bracket that lists what was affected ("(incl. the API docs)", （包括官网）) is no cause, and a cause in a later sentence that opens a new point ("On top of that, …", 此外，…) explains that point, not the problem before it. ' +
        'In a post-mortem, the root-cause section or paragraph explains the incident (as the summary at the top tells it, the timeline\'s entries and the dated updates of a notice) and the problems that share its key words; the document\'s other problems (a late status page, a failed handover) still owe their own cause. A "Problems and causes" (问题及原因) section lists problems, each owing its cause; a "Root cause" or 故障原因 section holds causes.',
      url: DOCS_URL,
    },
    level: 'warn',
    languages: ['en', 'zh'],
    schema: {
      type: 'object',
      properties: {
        requireImpact: { type: 'boolean', description: 'Also require each problem to state its impact (what it cost or affected).' },
        checkOutsideProblems: {
          type: 'boolean',
          description: 'Also check sentences outside the problems section that report a failure or a decline (missed, delayed, 未完成, 下滑 …).',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { requireImpact: false, checkOutsideProblems: true },
    messages: {
      cause: {
        en: 'Missing the cause of the problem "{{problem}}": say why it happened, for example "because …" or "due to …"',
        'zh-Hans': '问题“{{problem}}”没有说明原因：请写明为什么发生，例如“由于……”或“……导致……”',
      },
      impact: {
        en: 'Missing the impact of the problem "{{problem}}": say what it cost or affected, for example "which meant …" or "resulting in …"',
        'zh-Hans': '问题“{{problem}}”没有说明影响：请写明造成了什么后果，例如“影响了……”或“造成……损失”',
      },
      causeAndImpact: {
        en: 'Missing the cause and the impact of the problem "{{problem}}": say why it happened and what it cost or affected',
        'zh-Hans': '问题“{{problem}}”没有说明原因和影响：请写明为什么发生、造成了什么后果',
      },
    },
    examples: [
      {
        title: 'a problem without its cause',
        lang: 'en',
        markdown:
          '# Mobile team report, October 2026\n\nThe team shipped 2 releases with 5 engineers.\n\n## Results\n\n- Crash-free sessions reached 99.6%.\n\n## Problems\n\n- The 4.2 release slipped from 3 to 17 October. <!-- expect: require-problem-cause -->\n- Two enterprise renewals were lost because the price change was announced 5 days before renewal.\n\n## Next steps\n\n- Freeze the 4.3 scope by 1 November (owner: Dana)\n',
      },
      {
        title: 'a decline reported in the results',
        lang: 'en',
        markdown:
          '# Growth report, Q3 2026\n\nQ3 revenue was 1.2 million dollars, up 4% on Q2.\n\n## Results\n\nNew sign-ups grew 14% to 2,300.\n\nTrial conversions declined from 9% to 7%. <!-- expect: require-problem-cause -->\n\nRefunds dropped to 12 after the billing fix in July.\n\n## Problems\n\n- Onboarding emails went to spam for 6 days because the sending domain had no DKIM record.\n\n## Next steps\n\n- Move onboarding emails to the new domain by 15 October (owner: Priya)\n',
      },
      {
        title: 'asking for the impact too',
        lang: 'en',
        options: { requireImpact: true },
        markdown:
          '# Backup review, May 2026\n\nOn 14 May the nightly backup of the orders database did not run.\n\n## What went well\n\n- The restore from the 13 May snapshot took 35 minutes.\n\n## What went wrong\n\n- The backup failed twice because the disk filled up. <!-- expect: require-problem-cause -->\n- The status page stayed green because its probe was cached, which meant 40 customers opened tickets.\n\n## Action items\n\n- Alert at 80% disk usage by 1 June (owner: Sam)\n',
      },
      {
        title: '问题没有原因',
        lang: 'zh',
        markdown:
          '# 10月华南区销售工作总结\n\n10月销售额860万元，完成目标的97%。\n\n## 主要成绩\n\n新签客户12家，比9月多3家。\n\n## 存在的问题\n\n1、回款周期延长到75天。 <!-- expect: require-problem-cause -->\n2、新品上市推迟两周，原因是包装供应商产能不足。\n3、受春节备货影响，物流平均延误2天。\n\n## 下月计划\n\n1、销售经理王敏负责，11月30日前把回款周期缩短到60天。\n',
      },
      {
        title: '“X导致Y”说明了原因',
        lang: 'zh',
        markdown:
          '# 10月销售工作总结\n\n10月销售额860万元，同比增长6%，完成目标的95%。\n\n## 主要成绩\n\n新签客户12家，比9月多3家。\n\n合同审批平均耗时3天，导致2个订单延迟签约。\n\n10月老客户流失4家。 <!-- expect: require-problem-cause -->\n\n## 存在的问题\n\n展会线索转化率只有3%，因为展位远离主通道。\n\n## 下月计划\n\n1、由销售经理王敏负责，11月15日前简化合同审批流程。\n',
      },
      {
        title: '問題與原因（繁體）',
        lang: 'zh-Hant',
        markdown:
          '2024年11月客服工作總結\n\n一、總體情況\n\n11月受理工單3600件。\n\n二、主要成績\n\n首次回應時間縮短到4小時。\n\n三、存在的問題\n\n1、上門安裝預約延遲，平均等待6天。 <!-- expect: require-problem-cause -->\n2、客戶投訴增加12件，主要因為說明書描述不清。\n\n四、下月計劃\n\n1、客服主管王敏負責，12月15日前改版安裝說明書。\n',
      },
    ],
  },

  check(doc, context) {
    const checker = new ProblemChecker(doc, context);
    for (const problem of checker.problems()) {
      if (checker.resolved(problem) || checker.inEarlierYear(problem)) continue;
      const missing = checker.missing(problem);
      if (missing.length === 0) continue;
      const messageId = missing.length === 2 ? 'causeAndImpact' : missing[0];
      context.report({
        messageId,
        range: problem.range,
        data: { problem: quote(problem.text), missing: missing[0], ...(missing.length === 2 ? { alsoMissing: 'impact' } : {}), ...(problem.term ? { term: problem.term } : {}) },
      });
    }
  },
});

class ProblemChecker {
  private readonly vocabulary: Vocabulary;
  private readonly modes = new Map<Section, Mode>();
  private readonly hasCauseSection: boolean;
  /** Each section's title block, by where it starts (looked up once per section). */
  private readonly titleBlocks = new Map<number, Block>();
  private readonly aroundTables = new Map<Section, Map<Item, string[]>>();
  private rootCause: { terms: KeyTerms; pairs: Set<string> } | undefined;
  /** Whether each section's title names a cause (looked up once per section). */
  private readonly causeTitles = new Map<Section, boolean>();
  /** The latest year the document labels or titles (worked out once, when a problem under a year label needs it). */
  private latest: number | undefined;

  constructor(
    private readonly doc: SummaryDoc,
    private readonly context: RuleContext<RequireProblemCauseOptions>,
  ) {
    this.vocabulary = context.vocabulary;
    this.hasCauseSection =
      doc.sections.some((s) => !this.isDocTitle(s) && this.titleNamesCause(s)) ||
      doc.blocks.some((b) => !b.isTitle && !b.item && b.kind === 'paragraph' && !this.underTimeline(b.section) && this.namesRootCause(b.prose.text.trim()));
    for (const block of doc.blocks) if (block.isTitle && !this.titleBlocks.has(block.range[0])) this.titleBlocks.set(block.range[0], block);
  }

  /**
   * The words of the document's root cause: its cause sections and its root-cause paragraphs, with their titles.
   * Worked out once, when a problem first needs it.
   */
  private rootCauseTerms(): { terms: KeyTerms; pairs: Set<string> } {
    if (!this.rootCause) {
      const texts: string[] = [];
      for (const block of this.doc.blocks) {
        const rootCauseParagraph = !block.isTitle && !block.item && block.kind === 'paragraph' && this.namesRootCause(block.prose.text.trim());
        if (rootCauseParagraph || this.inCauseSection(block.section)) texts.push(block.prose.text);
      }
      const terms = lineTermsOf(texts.join('\n'), this.vocabulary);
      this.rootCause = { terms, pairs: new Set(terms.runs.flat()) };
    }
    return this.rootCause;
  }

  /**
   * In a document with a root cause (a post-mortem), a problem it explains: the incident itself, as the summary at the
   * top tells it, or a problem that shares its key words ("the culler flooded the hub" beside a root cause about the
   * culler). Other problems of the document (a late announcement, a slow review) still owe their own cause.
   */
  explainedByRootCause(problem: Problem): boolean {
    if (!this.hasCauseSection || !problem.section) return false;
    const section = problem.section;
    if (section.kind === 'root' || this.isDocTitle(section) || this.roleSection(section).roles.includes('overview')) return true;
    // "The bug was found quickly", "此次宕机…": the incident named again, not a new problem.
    if (problem.term) {
      const before = problem.text.slice(0, problem.text.indexOf(problem.term)).trimEnd();
      if (this.vocabulary.find('incident-reference', before).some((m) => m.end === before.length)) return true;
    }
    const { terms, pairs } = this.rootCauseTerms();
    return overlap(keyTermsOf(problem.text, this.vocabulary), terms, pairs) >= SHARED_WITH_ROOT_CAUSE;
  }

  private inCauseSection(section: Section): boolean {
    for (let s: Section | undefined = section; s && s.kind !== 'root'; s = s.parent) if (!this.isDocTitle(s) && this.titleNamesCause(s)) return true;
    return false;
  }

  /** Every problem of the document, in order. */
  *problems(): Generator<Problem> {
    const seenItems = new Set<Item>();
    for (const section of [this.doc.root, ...this.doc.sections]) {
      const mode = this.mode(section);
      if (mode === 'skip') continue;
      if (mode === 'problems') {
        for (const problem of this.problemsSection(section)) yield { ...problem, section };
        continue;
      }
      // A heading written as a whole sentence ("## 12月参加了大会，虽然没有面基成功，……") reports like a paragraph.
      const heading = section.kind === 'root' || this.isDocTitle(section) ? undefined : this.titleBlocks.get(section.titleRange[0]);
      if (heading && /[，。；,;]/u.test(heading.prose.text) && Array.from(heading.prose.text).length > 20) {
        for (const problem of this.failureSentences(heading, seenItems)) yield { ...problem, section };
      }
      for (const block of section.blocks) {
        if (block.isTitle || isHeaderCell(block)) continue;
        const labelled = this.labelledProblem(block, seenItems);
        if (labelled) yield { ...labelled, section };
        else for (const problem of this.failureSentences(block, seenItems)) yield { ...problem, section };
      }
    }
  }

  /**
   * A problem reported with its fix ("…, fixed by sorting the slots", "定位…失效的问题，修复后…", "均已经完成"): a
   * finished piece of work, whose fix says what was wrong, not an open problem that owes a cause.
   */
  resolved(problem: Problem): boolean {
    return problem.scope.some(
      (t) =>
        /\b(?:was|were|been|got)\s+(?:solved|fixed|resolved|addressed)\b|\b(?:is|it's|it’s|are|was|were) back (?:up|online)\b|已经?恢复/iu.test(t) ||
        this.vocabulary
          .find('solution', t)
          .some(
            (m) =>
              m.info.done === true &&
              // "Done", "已完成": work finished, not a problem fixed; "not resolved", "尚未解决": still open.
              !/^(?:done|已完成|已经完成)$/iu.test(m.text) &&
              !/(?:\bnot|\bnever|n't|n’t|\byet to be)\s*(?:been\s*|be\s*)?$|[未没]$/iu.test(t.slice(Math.max(0, m.start - 16), m.start)),
          ),
    );
  }

  /**
   * A problem under a year label older than the document's latest year ("* 2021" over "Finished just 2% behind goal" in
   * a 2023 commentary): history kept as a baseline, not this period's problem.
   */
  inEarlierYear(problem: Problem): boolean {
    const year = this.yearOver(problem);
    return year !== undefined && year < this.latestYear();
  }

  private latestYear(): number {
    if (this.latest === undefined) {
      const years = [...(this.doc.title?.text.match(/(?:19|20)\d{2}/gu) ?? [])].map(Number);
      for (const block of this.doc.blocks) {
        const label = yearLabel(block.item ? block.item.text : block.isTitle ? block.prose.text : '');
        if (label !== undefined) years.push(label);
      }
      this.latest = years.length === 0 ? Infinity : Math.max(...years);
    }
    return this.latest;
  }

  private yearOver(problem: Problem): number | undefined {
    for (let p = problem.item?.parent; p; p = p.parent) {
      const year = yearLabel(p.text);
      if (year !== undefined) return year;
    }
    for (let s: Section | undefined = problem.section; s && s.kind !== 'root'; s = s.parent) {
      const year = yearLabel(s.title);
      if (year !== undefined) return year;
    }
    return undefined;
  }

  /** A signed quote ("> …" then "> [name=Li]", "> — Li"): someone's reply to the line above, not a report of its own. */
  private isReply(block: Block): boolean {
    return block.quoted && isAttributed(block.prose.text, this.vocabulary);
  }

  /**
   * A remedy stated right after the problem, in its own item or paragraph ("…; need to reconfirm speakers a day
   * ahead", "需要提前1~2天再次确认讲者会出席", a sub-item "Budget a minute for each changeover"): it names what was
   * missing, which an editor takes as the cause.
   */
  private namesRemedy(problem: Problem): boolean {
    return (problem.followUp ?? []).some((t) => this.vocabulary.has('remedy', t));
  }

  /** What the problem lacks: its cause, and (with `requireImpact`) its impact. */
  missing(problem: Problem): Missing[] {
    const out: Missing[] = [];
    if (!problem.causeColumn && !problem.scope.some((t) => this.statesCause(t) || this.explains(t)) && !this.namesRemedy(problem) && !this.explainedByRootCause(problem)) out.push('cause');
    if (this.context.options.requireImpact && !problem.impactColumn && !problem.scope.some((t) => this.hasImpact(t))) out.push('impact');
    return out;
  }

  // ---------- sections ----------

  private mode(section: Section): Mode {
    return remembered(this.modes, section, (s) => this.computeMode(s));
  }

  private computeMode(section: Section): Mode {
    // A section that names the cause ("原因分析", "Root cause") holds causes, and so do its sub-sections.
    if (this.inCauseSection(section)) return 'skip';
    // A timeline ("Timeline", "事件经过") lists events; "10:00 - Problem starts" under it is an event, not a problem.
    // So do the dated updates of an incident whose root cause the document gives.
    for (let s: Section | undefined = section; s && s.kind !== 'root'; s = s.parent) {
      if (!this.isDocTitle(s) && (this.isTimeline(s.title) || (this.hasCauseSection && DATED_ENTRY.test(s.title)))) return 'skip';
    }
    // "Impact", "影响范围": the consequences of a problem stated elsewhere, not new problems.
    for (let s: Section | undefined = section; s && s.kind !== 'root' && !this.isDocTitle(s); s = s.parent) {
      if (this.vocabulary.has('impact', s.title)) return 'skip';
      if (s.role) break;
    }
    const role = this.doc.roleOf(section);
    if (role === 'plan' || role === 'appendix') return 'skip';
    if (role === 'problems') {
      // A post-mortem with a root-cause section or paragraph: its "What went wrong" items are mostly the contributing
      // causes themselves, so only those that report a failure are read (and the root cause may explain them).
      if (this.hasCauseSection) return 'sentences';
      const named = this.roleSection(section);
      // "故障现象" next to "故障原因": the cause has its own section.
      const siblings = named.parent?.children ?? [];
      if (siblings.some((s) => s !== named && this.titleNamesCause(s))) return 'skip';
      // "问题与措施", "Results and challenges", "反思", "How did we solve the problem?": not only problems.
      // "Areas that need help", "需要协助的事项": requests for help, not problems that owe a cause.
      // "Problem statement", "What problem were we trying to solve?", "拟解决的问题": the problem a project set out to
      // solve, its motivation, not something that went wrong.
      if (/\bproblem statement\b|\b(?:were|was) (?:we |you |they )?trying to solve\b|\b(?:set out|aimed|wanted) to solve\b|拟解决的(?:关键)?问题/iu.test(named.title)) return 'skip';
      const onlyProblems =
        named.roles.every((r) => r === 'problems') && !this.vocabulary.has('solution', named.title) && !this.vocabulary.has('help-request', named.title);
      return onlyProblems ? 'problems' : 'sentences';
    }
    if (!this.context.options.checkOutsideProblems) return 'skip';
    return 'sentences';
  }

  /** A timeline's title: a `section.timeline` heading, or one a config added to `timeline`. */
  private isTimeline(title: string): boolean {
    return this.vocabulary.has('section.timeline', title) || this.vocabulary.has('timeline', title);
  }

  private underTimeline(section: Section): boolean {
    for (let s: Section | undefined = section; s && s.kind !== 'root'; s = s.parent) if (this.isTimeline(s.title)) return true;
    return false;
  }

  /**
   * A paragraph that gives the incident's cause: one labelled as a cause ("**Root cause:** …", "原因：…"), or one
   * saying what the cause was ("The root cause was …", "网络不稳定的原因已经查明，与…相关"), not that it is unknown.
   */
  private namesRootCause(text: string): boolean {
    if (!text) return false;
    if (this.labelKind(text) === 'cause') {
      const body = text.replace(LABEL, '').replace(/[*_`]/gu, '').trim();
      if (hasHan(body) ? body.replace(/[\s\p{P}]/gu, '').length >= 6 : body.split(/\s+/u).length >= 4) return true;
    }
    if (/不明|未明|未知|待查|不清楚|unknown|unclear|not (?:yet )?(?:known|clear|found)|investigat/iu.test(text)) return false;
    return (
      /(?:原因|根因|根源|起因)(?:已经|已)(?:查明|确定|找到|定位)/u.test(text) ||
      /\b(?:root cause|the cause)s?\b[^.]{0,40}?\b(?:(?:was|were|has been|have been) (?:found|identified|traced)|turned out)\b/iu.test(text) ||
      /^(?:the )?root causes? (?:was|were|is|are)\b/iu.test(text)
    );
  }

  /** The section, or the ancestor, whose title gave it its role. */
  private roleSection(section: Section): Section {
    for (let s: Section | undefined = section; s; s = s.parent) if (s.role) return s;
    return section;
  }

  private titleNamesCause(section: Section): boolean {
    return remembered(this.causeTitles, section, (s) => this.computeTitleNamesCause(s));
  }

  private computeTitleNamesCause(section: Section): boolean {
    // Only a title names a cause section ("原因分析", "Root cause"); a heading written as a sentence states one cause.
    if (section.kind === 'root' || /[，。；,;]/u.test(section.title)) return false;
    const causes = findPaired(this.vocabulary, 'cause', section.title);
    if (causes.length === 0) return false;
    // "Problems and causes", "What was not done and why", "存在的问题及原因": problems, each owing its cause; not
    // "故障原因" or "Failure causes", where the problem word only says whose cause it is.
    const title = section.title;
    const joiners = this.vocabulary.find('title-joiner', title);
    const blank = (text: string, spans: Array<{ start: number; end: number }>) =>
      spans.reduce((t, m) => t.slice(0, m.start) + ' '.repeat(m.end - m.start) + t.slice(m.end), text);
    for (const c of causes) {
      const joiner = joiners.find((j) => (j.end <= c.start && title.slice(j.end, c.start).trim() === '') || (j.start >= c.spanEnd && title.slice(c.spanEnd, j.start).trim() === ''));
      if (joiner && this.vocabulary.rolesOfTitle(blank(title, [{ start: c.start, end: c.spanEnd }, joiner]).trim()).includes('problems')) return false;
    }
    return true;
  }

  private isDocTitle(section: Section): boolean {
    const title = this.doc.title;
    return !!title && title.range[0] === section.titleRange[0] && section.depth <= 1;
  }

  // ---------- problems sections: every item and paragraph is a problem ----------

  private *problemsSection(section: Section): Generator<Problem> {
    const paragraphs = section.blocks.filter((b) => !b.item && !b.isTitle && b.kind === 'paragraph' && b.sentences.length > 0 && !isAside(b) && !this.isReply(b));
    // "遗留的问题均已经完成 pr …", "All of these are fixed now": a closing note that settles the items above it.
    const settled = paragraphs.map((b) => b.prose.text).filter((t) => this.vocabulary.find('solution', t).some((m) => m.info.done === true));
    const withSettled = (problems: Iterable<Problem>) => Array.from(problems, (p) => ({ ...p, scope: [...p.scope, ...settled] }));
    for (const item of section.items) {
      if (isLabelItem(item)) {
        for (const child of item.children) yield* withSettled(this.problemItem(child));
      } else {
        yield* withSettled(this.problemItem(item));
      }
    }
    for (const block of paragraphs) {
      const text = block.prose.text.trim();
      if (/[:：]$/u.test(text)) continue;
      const lines = pastedLines(block);
      if (lines) {
        yield* this.problemLines(lines, nextBlocks(section, block, 2).map((b) => b.prose.text));
        continue;
      }
      if (!this.isProblemStatement(text)) continue;
      const scope = [text, ...nextBlocks(section, block, 2).map((b) => b.prose.text)];
      yield { range: block.sentences[0].range, text: block.sentences[0].text, scope };
    }
  }

  /**
   * Lines pasted with no blank line between them, each a whole statement: each line is a problem of its own, whose
   * cause may be the next line when that line gives one ("原因是…", "That was because …"); any other next line is
   * a problem of its own, not this one's explanation.
   */
  private *problemLines(lines: Array<{ text: string; range: Range }>, after: string[]): Generator<Problem> {
    for (let i = 0; i < lines.length; i++) {
      const { text, range } = lines[i];
      if (!this.isProblemStatement(text)) continue;
      const scope = [text];
      for (let j = i + 1; j < lines.length && scope.length <= 2 && this.statesCause(lines[j].text); j++) scope.push(lines[j].text);
      if (i === lines.length - 1) scope.push(...after);
      yield { range, text, scope };
    }
  }

  private *problemItem(item: Item): Generator<Problem> {
    const first = item.blocks.find((b) => b.sentences.length > 0);
    if (!first || isAside(first) || item.checked !== null) return;
    const text = item.text.trim();
    const label = this.labelKind(text);
    if (label === 'cause' || label === 'solution' || label === 'other') return;
    if (!this.isProblemStatement([text, ...descendants(item).map((d) => d.text)].join('\n'))) return;
    yield { range: first.sentences[0].range, text: firstLine(text), ...this.itemScope(item), followUp: itemFollowUp(item) };
  }

  /**
   * Whether a unit of a problems section states a problem: not "none", not a suggestion or a note that
   * it was solved (unless it also uses a failure word), and not empty.
   */
  private isProblemStatement(text: string): boolean {
    if (!/[\p{L}\p{N}]/u.test(text)) return false;
    if (this.isNone(text)) return false;
    // An open question ("(Did not having a PM work?)") asks, it reports nothing.
    if (isQuestion(text.trim())) return false;
    // "Review and improve the deploy checklist": a task written as an order, not something that went wrong.
    const head = firstLine(text);
    if (this.isImperative(head) && this.failures(head).length === 0) return false;
    if (this.failures(text).length > 0) return true;
    if (this.vocabulary.has('suggestion', text)) return false;
    if (this.vocabulary.find('solution', text).some((m) => m.info.done === true)) return false;
    // "Decisions were not advertised widely enough", "Needed another two weeks": with nothing failing, a line that
    // says what was too little explains a problem (a contributing cause), it is not one that owes a cause.
    if (/\bnot\b[^.;]{0,40}\benough\b|\binsufficient(?:ly)?\b|^\W*(?:we )?needed (?:another|more|an extra)\b/iu.test(head)) return false;
    return true;
  }

  private isImperative(text: string): boolean {
    const start = text.trim().replace(/^[*_`\s]+/u, '');
    if (/^(?:review|update|fix|check|document|test|discuss)\s+(?:and|the|a|an|our|all|which|whether|how|what|why)\b/iu.test(start)) return true;
    const m = this.vocabulary.find('action-verb', start)[0];
    return !!m && m.start === 0 && !/^(?:never|always|don't|do not)$/iu.test(m.text) && /^\p{Lu}/u.test(start);
  }

  private isNone(text: string): boolean {
    // "There are no issues requiring attention", "We had no blockers": still nothing to report.
    // Folded first, so Traditional text ("本週無") reads as Simplified.
    const trimmed = this.vocabulary.normalize(text.trim()).replace(/^(?:there\s+(?:is|are|was|were|have been)|we\s+(?:have|had|see|saw)|(?:本周|本月|目前|当前|本期)[，,]?)\s*/iu, '');
    const m = this.vocabulary.find('none', trimmed)[0];
    if (!m || m.start !== 0) return false;
    // "None." and "No blockers this week" are nothing to report; "无人跟进" is not "无".
    const rest = trimmed.slice(m.end);
    return rest === '' || (hasHan(m.text) ? /^\p{P}/u : /^[\s\p{P}]/u).test(rest);
  }

  /** What a leading label ("原因：", "Fix:", "Next steps:") says the item is. */
  private labelKind(text: string): 'cause' | 'solution' | 'other' | 'problem' | undefined {
    const m = LABEL.exec(text);
    if (!m) return undefined;
    const label = m[1].replace(/[*_`]/gu, '').trim();
    if (!label || (hasHan(label) ? label.length > 8 : label.split(/\s+/u).length > 3)) return undefined;
    if (this.hasCause(label)) return 'cause';
    if (this.vocabulary.has('solution', label)) return 'solution';
    const role = this.vocabulary.roleOfTitle(label);
    if (role === 'problems') return 'problem';
    if (role === 'plan' || role === 'lessons' || role === 'results') return 'other';
    return undefined;
  }

  // ---------- elsewhere: sentences that report a failure or a decline ----------

  /**
   * Outside a problems section, a paragraph or an item that a label calls a problem ("**Minus:** lost two days to
   * setup", "Problem: …") is one, failure word or not; so is a table row under a problems column ("Issue", "问题").
   */
  private labelledProblem(block: Block, seenItems: Set<Item>): Problem | undefined {
    const item = block.item;
    if (item && (item.blocks[0] !== block || seenItems.has(item))) return undefined;
    if (item?.kind === 'row') {
      const column = item.columns?.findIndex((h) => this.vocabulary.roleOfTitle(h) === 'problems') ?? -1;
      const cell = column === -1 ? undefined : item.blocks[column];
      const text = cell?.prose.text.trim() ?? '';
      // A cell that only points at a ticket ("#10219", a link) names the problem elsewhere.
      if (!cell || cell.sentences.length === 0 || /#\d|https?:\/\//u.test(text) || !this.isProblemStatement(text)) return undefined;
      seenItems.add(item);
      return { range: cell.sentences[0].range, text, ...this.itemScope(item) };
    }
    const text = block.prose.text.trim();
    // An item under a label that names only problems ("- 遇到的困难" or "- What went wrong:" over its sub-items).
    const parent = item?.parent?.text.replace(/[*_`]/gu, '').trim();
    // "存量的代码风格问题修复：", "Bugs fixed:": a list of fixes, not of problems.
    if (item && parent && isLabelTitle(parent) && this.rolesOfLabel(parent).join() === 'problems' && !this.vocabulary.has('solution', parent) && !/修复|\bfix(?:es|ed)?\b/iu.test(parent)) {
      if (!this.isProblemStatement(text)) return undefined;
      seenItems.add(item);
      return { range: block.sentences[0].range, text: firstLine(text), ...this.itemScope(item) };
    }
    if (this.labelKind(text) !== 'problem' || block.sentences.length === 0) return undefined;
    const body = text.replace(LABEL, '').trim();
    if (!body || !this.isProblemStatement(body)) return undefined;
    if (item) {
      seenItems.add(item);
      return { range: block.sentences[0].range, text: firstLine(text), ...this.itemScope(item) };
    }
    const next = nextBlock(block.section, block);
    return { range: block.sentences[0].range, text: firstLine(text), scope: [text, ...(next?.sentences[0] ? [next.sentences[0].text] : [])] };
  }

  private *failureSentences(block: Block, seenItems: Set<Item>): Generator<Problem> {
    // Rows of a table outside the problems section are metrics ("Churned customers | 9"), not reports, unless every
    // cell is words ("Billing migration | delayed to May") or the row shows a notable change for the worse.
    if (block.item?.kind === 'row' && block.item.blocks.some((b) => /^\s*[\d.,%％+\-−–$¥€£万亿千百]+\s*$/u.test(b.prose.text))) {
      const row = block.item;
      if (row.blocks[0] !== block || seenItems.has(row)) return;
      const change = this.adverseChange(row);
      if (!change) return;
      seenItems.add(row);
      const scope = this.itemScope(row);
      yield { ...change, scope: [...scope.scope, ...this.tableProse(row)], causeColumn: scope.causeColumn, impactColumn: scope.impactColumn };
      return;
    }
    // A template's italic guidance, a bare link, a to-do ("- [ ] …"): not a report of something that went wrong.
    if (isAside(block) || this.isReply(block) || (block.item && block.item.checked !== null)) return;
    // "知乎文章：MLIR 论文分享 -- 以摩尔定理失效为背景", "Talk: Why builds fail": a title, not a report.
    const label = LABEL.exec(block.prose.text)?.[1] ?? '';
    if (label && this.vocabulary.has('work-title', label)) return;
    const sentences = block.sentences;
    for (let i = 0; i < sentences.length; i++) {
      const sentence = sentences[i];
      if (isQuestion(sentence.text)) continue;
      const failure = this.failures(sentence.text).find((f) => !this.isNormative(sentence.text, f));
      if (!failure) continue;
      const range = block.prose.sourceRange(sentence.start + failure.start, sentence.start + failure.end);
      const base = { range, text: sentence.text, term: failure.text };
      if (block.item) {
        if (seenItems.has(block.item) || this.underDiscussionTopic(block.item)) continue;
        seenItems.add(block.item);
        const later = sentences.slice(i + 1).map((s) => s.text);
        yield { ...base, ...this.itemScope(block.item), followUp: [sentence.text.slice(failure.end), ...later, ...descendants(block.item).map((d) => d.text)] };
        continue;
      }
      // The cause may follow in the next sentences of the paragraph or in the next two paragraphs ("This is only the
      // symptom. … 可能是集群崩了"). A few sentences, not the whole rest: one long paragraph would cost its length
      // squared.
      const rest = this.sameTopic(sentences.slice(i + 1, i + 1 + CAUSE_SENTENCES_AFTER).map((s) => s.text));
      const after = nextBlocks(block.section, block, 2).map((b) => b.prose.text);
      // "The reorg led to more chaos than it fixed. We often missed launch dates.": the sentence before names the
      // cause and says it had an effect, which this one goes on to tell.
      const before = i > 0 && this.leadsToEffect(sentences[i - 1].text) ? [sentences[i - 1].text] : [];
      yield { ...base, scope: [sentence.text, ...rest, ...after, ...before], followUp: [sentence.text.slice(failure.end), ...rest] };
    }
  }

  /**
   * The sentences that still tell of the problem before them: up to one that opens with a new point ("And, to top it
   * all off, June's metrics look sad due to …", "此外，…由于…"), whose cause explains that point.
   */
  private sameTopic(sentences: string[]): string[] {
    const end = sentences.findIndex((t) => this.vocabulary.find('addition-opener', t.replace(/^[\s*_"'“‘(（]+/u, '')).some((m) => m.start === 0));
    return end === -1 ? sentences : sentences.slice(0, end);
  }

  /**
   * A metrics row whose signed change is a notable one for the worse: a fall of 10% or more ("New customers | 26 |
   * -37%"), or a rise of as much in a measure where lower is better ("Churn | $143 | +15%"). Smaller moves are the
   * month's noise, not a problem an editor would ask to explain.
   */
  private adverseChange(row: Item): Pick<Problem, 'range' | 'text' | 'term'> | undefined {
    const metric = row.blocks.find((b) => /\p{L}/u.test(b.prose.text))?.prose.text.trim();
    if (!metric) return undefined;
    for (const cell of row.blocks) {
      const text = cell.prose.text.trim();
      const m = /^([+\-−–])\s?(\d+(?:\.\d+)?)\s?[%％]$/u.exec(text);
      if (!m || Number(m[2]) < NOTABLE_CHANGE) continue;
      const fall = m[1] !== '+';
      if (fall === this.vocabulary.has('lower-is-better', metric)) continue;
      const start = cell.prose.text.indexOf(text);
      return { range: cell.prose.sourceRange(start, start + text.length), text: `${metric} ${text}`, term: text };
    }
    return undefined;
  }

  /**
   * The paragraphs just before and just after a row's table, where its figures are explained ("New customers fell
   * because …" over the table). Worked out in one pass over the section, for every table in it.
   */
  private tableProse(row: Item): string[] {
    if (!this.aroundTables.has(row.section)) {
      const around = new Map<Item, string[]>();
      const blocks = row.section.blocks;
      let before: string | undefined;
      for (let i = 0; i < blocks.length; ) {
        if (blocks[i].item?.kind !== 'row') {
          if (!blocks[i].item && !blocks[i].isTitle && blocks[i].kind === 'paragraph') before = blocks[i].prose.text;
          i++;
          continue;
        }
        const rows: Item[] = [];
        for (; i < blocks.length && blocks[i].item?.kind === 'row'; i++) if (rows.at(-1) !== blocks[i].item) rows.push(blocks[i].item!);
        const next = blocks[i];
        const after = next && !next.item && next.kind === 'paragraph' ? next.prose.text : undefined;
        const prose = [before, after].filter((t): t is string => t !== undefined);
        for (const r of rows) around.set(r, prose);
      }
      this.aroundTables.set(row.section, around);
    }
    return this.aroundTables.get(row.section)!.get(row) ?? [];
  }

  /**
   * An item under a lead-in that says its sub-items are topics of a discussion ("Discussion topics:", "讨论议题："):
   * minutes of what was talked about, like "we discussed the missed dates", not reports of the team's failures.
   */
  private underDiscussionTopic(item: Item): boolean {
    for (let p = item.parent; p; p = p.parent) {
      // A lead-in ("… discussion topics:") or an item that opens with the word ("Discussed …:", "讨论了…"); not
      // any parent that mentions one ("Improve the discussion forum").
      const text = p.text.trim().replace(/^[*_\s]+|[*_\s]+$/gu, '');
      const leadIn = /[:：]$/u.test(text);
      if (this.vocabulary.find('discussion-topic', text).some((m) => leadIn || m.start === 0)) return true;
    }
    // Items of a list after a lead-in paragraph that opens with the word ("议题1：" over the points raised).
    const blocks = item.section.blocks;
    let j = blocks.indexOf(item.blocks[0]);
    while (j > 0 && blocks[j].item) j--;
    const lead = j >= 0 && !blocks[j].item ? blocks[j].prose.text.trim() : '';
    if (/[:：]$/u.test(lead) && this.vocabulary.find('discussion-topic', lead).some((m) => m.start === 0)) return true;
    // Items under a heading or a pseudo-heading that opens with the word ("议题1：", "Discussion: …"); not under "## 议程"
    // or "## Agenda" in a review of an event, where the heading names the programme that its items report on.
    for (let s: Section | undefined = item.section; s && s.kind !== 'root'; s = s.parent) {
      if (this.vocabulary.find('discussion-topic', s.title).some((m) => m.start === 0 && !(m.info.programme === true && m.end === s.title.trim().length))) return true;
    }
    return false;
  }

  /** "Exceptions should meet requirements X did not meet", "希望避免…": a norm or a wish in the failure's clause, not a report. */
  private isNormative(text: string, failure: VocabularyMatch): boolean {
    const [cs, ce] = clauseAround(text, failure.start, failure.end);
    return this.vocabulary.has('suggestion', text.slice(cs, ce));
  }

  /**
   * Failure and decline words in a sentence, without those negated or hypothetical ("no delays", "to
   * avoid churn", "可能延迟", "延期风险"), reported as a topic ("we discussed the missed dates") and without
   * declines of things that should go down ("costs fell", "投诉下降"). A guard's `where` says where it
   * stands: `before` (default) or `after` the failure word, `both`, or anywhere earlier in the `sentence`.
   */
  private failures(text: string): VocabularyMatch[] {
    const all = this.problemWords(text);
    if (all.length === 0) return [];
    // Matches are in text order and do not overlap each other: each search below is a bisection or a short walk.
    const overlapping = (g: VocabularyMatch) => {
      const i = bisect(all, (p) => p.end <= g.start);
      return i < all.length && overlaps(all[i], g);
    };
    const guards = this.vocabulary.find('problem-guard', text).filter((g) => !overlapping(g));
    const clauses = new ClauseIndex(text);
    // A guard anywhere earlier in the sentence: only the first one's end matters.
    const sentenceGuardEnd = guards.find((g) => g.info.where === 'sentence')?.end ?? Infinity;
    const guardedBy = (g: VocabularyMatch, p: VocabularyMatch) => {
      const where = (g.info.where as string | undefined) ?? 'before';
      if ((where === 'before' || where === 'both') && g.end <= p.start && isNear(text, g.end, p.start)) return true;
      return (where === 'after' || where === 'both') && g.start >= p.end && isNear(text, p.end, g.start);
    };
    const lowerIsBetter = new Map<string, boolean>();
    const declines = all.filter((q) => q.info.kind === 'decline');
    const bads = all.filter((q) => q.info.kind === 'bad');
    return all.filter((p) => {
      if (sentenceGuardEnd <= p.start) return false;
      // The guards near enough to count: walking out from the failure word, none past a clause boundary or the limits of isNear.
      const first = bisect(guards, (g) => g.end <= p.start);
      for (let i = first - 1; i >= 0 && !clauses.beyondNear(guards[i].end, p.start); i--) if (guardedBy(guards[i], p)) return false;
      for (let i = first; i < guards.length && (guards[i].start < p.end || !clauses.beyondNear(p.end, guards[i].start)); i++) if (guardedBy(guards[i], p)) return false;
      const [cs, ce] = clauses.around(p.start, p.end);
      if (p.info.kind === 'decline') {
        const key = `${cs}:${ce}`;
        if (!lowerIsBetter.has(key)) lowerIsBetter.set(key, this.vocabulary.has('lower-is-better', text.slice(cs, ce)));
        if (lowerIsBetter.get(key)) return false;
        // A fall of something bad by itself ("regressions went down") is good news too.
        const b = bads[bisect(bads, (d) => d.start < cs)];
        return !(b !== undefined && b.end <= p.start);
      }
      if (p.info.kind === 'bad') {
        // The first decline that starts in the clause decides: later ones end later still.
        const q = declines[bisect(declines, (d) => d.start < cs)];
        return !(q !== undefined && q.end <= ce);
      }
      return true;
    });
  }

  /**
   * Failure words, and rises of a measure where lower is better ("support tickets rose", 回款周期延长): a problem read
   * from what the sentence says changed, not from a list of whole phrases. Paired entries ("存在…问题", "出现…故障")
   * count when their closing word follows. In text order, without overlaps.
   */
  private problemWords(text: string): Array<VocabularyMatch & { spanEnd: number }> {
    const words = findPaired(this.vocabulary, 'problem', text);
    const rises = this.vocabulary.find('rise', text);
    if (rises.length === 0) return words;
    const measures = this.vocabulary.find('lower-is-better', text);
    // Each match list is in text order without overlaps: a bisection finds the neighbours of a rise.
    const worse = rises.filter((r) => {
      const w = bisect(words, (m) => m.end <= r.start);
      if (w < words.length && overlaps(words[w], r)) return false;
      // The measure next to the rise, on either side: "tickets rose", "increase in churn", 投诉明显增加.
      const i = bisect(measures, (m) => m.end <= r.start);
      const before = measures[i - 1];
      const after = measures[i] !== undefined && measures[i].start < r.end ? measures[i + 1] : measures[i];
      return (before !== undefined && isNear(text, before.end, r.start)) || (after !== undefined && isNear(text, r.end, after.start));
    });
    if (worse.length === 0) return words;
    return [...words, ...worse.map((r) => ({ ...r, spanEnd: r.end }))].sort((a, b) => a.start - b.start);
  }

  // ---------- scope of an item ----------

  /** An item's cause may be in its own text, its sub-items, its parents, a following "原因：" item, or a Cause column. */
  private itemScope(item: Item): Pick<Problem, 'scope' | 'causeColumn' | 'impactColumn' | 'item'> {
    const scope = [...item.blocks.map((b) => b.prose.text), ...descendants(item).flatMap((d) => d.blocks.map((b) => b.prose.text))];
    for (let p = item.parent; p; p = p.parent) scope.push(...p.blocks.map((b) => b.prose.text));
    const siblings = item.parent ? item.parent.children : item.section.items;
    const next = siblings[siblings.indexOf(item) + 1];
    if (next && this.labelKind(next.text.trim()) === 'cause') scope.push(next.text);
    const out: Pick<Problem, 'scope' | 'causeColumn' | 'impactColumn' | 'item'> = { scope, item };
    if (item.kind === 'row' && item.columns) {
      const filled = (test: (header: string) => boolean) =>
        item.columns!.some((header, i) => test(header) && (item.blocks[i]?.prose.text.trim() ?? '') !== '');
      out.causeColumn = filled((h) => this.hasCause(h));
      out.impactColumn = filled((h) => this.hasImpact(h));
    }
    return out;
  }

  // ---------- causes and impacts ----------

  private hasCause(text: string): boolean {
    return findPaired(this.vocabulary, 'cause', text).length > 0;
  }

  /**
   * A cause written without a connective: the explanation after a colon that follows the problem ("Lost the
   * renewal: their new CFO consolidated vendors", "回款周期延长到90天：大客户的付款审批变成了三级"), a short
   * parenthesis after it ("Syncs failed twice (vendor API quota)"), or the clause before ", which" when the
   * failure is what that clause did ("The export moved to a nightly batch, which pushed SLA compliance down to 81%").
   */
  private explains(text: string): boolean {
    for (const m of text.matchAll(/[:：]/gu)) {
      const lineStart = text.lastIndexOf('\n', m.index) + 1;
      const before = text.slice(lineStart, m.index).replace(/[*_`]/gu, '').trim();
      const rest = text.slice(m.index + 1);
      const after = rest.slice(0, rest.search(/[\n。！？!?]|\.(?:\s|$)|$/u)).replace(/[*_`]/gu, '').trim();
      // "Problems:", "Minus:", "原因：": a label, not a statement; the part after a label is the statement itself.
      if (!before || (this.isLabel(before) && this.failures(before).length === 0)) continue;
      if (this.isExplanation(after)) return true;
    }
    for (const m of text.matchAll(/[(（]([^()（）\n]{1,60})[)）]/gu)) {
      if (m.index === 0 || !/[\p{L}\p{N}]/u.test(text.slice(0, m.index))) continue;
      const inside = m[1].trim();
      if (/[?？@:：#/\d]|^(?:e\.g|i\.e|see|cf|via|aka|and|or|not)\b/iu.test(inside)) continue;
      // "(incl. mybinder.org)", "（包括官网）": what the failure covered, not why it happened.
      if (this.vocabulary.find('list-cue', inside).some((cue) => cue.start === 0)) continue;
      // "(next time)", "(下次一定)": a promise, not a cause.
      if (this.vocabulary.rolesOfTitle(inside).includes('plan')) continue;
      const short = hasHan(inside) ? inside.replace(/\s+/gu, '').length >= 3 && inside.length <= 12 : inside.split(/\s+/u).length >= 2 && inside.split(/\s+/u).length <= 5;
      if (short && this.failures(text.slice(0, m.index)).length > 0) return true;
    }
    for (const m of text.matchAll(/[,，]\s*which\s/giu)) {
      const clauseStart = Math.max(text.lastIndexOf('\n', m.index), ...['.', ';', '。', '；'].map((p) => text.lastIndexOf(p, m.index))) + 1;
      const before = text.slice(clauseStart, m.index).trim();
      const sentenceEnd = text.slice(m.index).search(/[.;。；\n](?:\s|$)/u);
      const which = text.slice(m.index, sentenceEnd === -1 ? text.length : m.index + sentenceEnd);
      if (before.split(/\s+/u).length >= 3 && this.failures(before).length === 0 && this.failures(which).length > 0) return true;
    }
    return false;
  }

  /** Whether the text after a colon explains: a clause (four words, six characters of Chinese), not a figure or a list. */
  private isExplanation(after: string): boolean {
    if (!after || /^[\d#@(（[]/u.test(after)) return false;
    if (hasHan(after)) return after.replace(/[\s\p{P}]/gu, '').length >= 6 && !/[、]/u.test(after);
    const words = after.split(/\s+/u);
    return words.length >= 4 && (after.match(/,/gu) ?? []).length < 2;
  }

  private rolesOfLabel(text: string): string[] {
    return this.vocabulary.rolesOfTitle(text.replace(/[:：]\s*$/u, '').trim());
  }

  /** A short label ("Problems", "Minus", "原因"): at most 8 characters of Chinese or 3 words. */
  private isLabel(text: string): boolean {
    return hasHan(text) ? text.length <= 8 : text.split(/\s+/u).length <= 3;
  }

  /**
   * Cause words in a problem's text, except a lack with nothing failing beside it: "Didn't have a clear goal for the
   * sprint" and "部分开发板缺少硬件验证" state the problem (a shortfall); "Not enough testers, so the release slipped"
   * and "The release slipped, lacking testers" explain one.
   */
  private statesCause(text: string): boolean {
    return findPaired(this.vocabulary, 'cause', text).some((m) => {
      if (m.info.kind !== 'lack') return true;
      const rest = text.slice(m.end);
      return this.failures(text.slice(0, m.start)).length > 0 || this.failures(rest).length > 0 || this.hasImpact(rest);
    });
  }

  /** A word that is both a cause and an impact marker ("led to", "resulted in", 导致): a cause that had an effect. */
  private leadsToEffect(text: string): boolean {
    const impacts = findPaired(this.vocabulary, 'impact', text);
    return impacts.length > 0 && findPaired(this.vocabulary, 'cause', text).some((c) => impacts.some((m) => overlaps(m, c)));
  }

  /** Impact words, except the 影响 that closes a cause (受…影响). */
  private hasImpact(text: string): boolean {
    const impacts = findPaired(this.vocabulary, 'impact', text);
    if (impacts.length === 0) return false;
    const causeSpans = findPaired(this.vocabulary, 'cause', text).filter((c) => c.spanEnd > c.end);
    return impacts.some((m) => !causeSpans.some((c) => m.start >= c.start && m.end <= c.spanEnd));
  }
}

// ---------- helpers ----------

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function descendants(item: Item): Item[] {
  return item.children.flatMap((c) => [c, ...descendants(c)]);
}

/** An item's text that is only a short title ("遇到的困难", "What went wrong:"), not a sentence. */
function isLabelTitle(text: string): boolean {
  if (!text || text.includes('\n') || /[。！？!?；;，,]/u.test(text)) return false;
  return hasHan(text) ? text.length <= 12 : text.split(/\s+/u).length <= 5;
}

/** An item that only names a group of sub-items ("Tooling:", "人员方面："). */
function isLabelItem(item: Item): boolean {
  if (item.children.length === 0) return false;
  const text = item.text.trim();
  return text === '' || /[:：]$/u.test(text);
}

/**
 * A paragraph that is all emphasis (a template's guidance, "_What problem were you trying to solve?_") or all links
 * (a reference to a ticket, "[Paper - Current State Workflows #10219](…)").
 */
function isAside(block: Block): boolean {
  return isItalicNote(block) || consistsOf(block, ['link', 'linkReference']);
}

function isHeaderCell(block: Block): boolean {
  return block.kind === 'tableCell' && block.item?.kind !== 'row';
}

/** The block after `block` in its section (the next paragraph, or the first block of the next item). */
function nextBlock(section: Section, block: Block): Block | undefined {
  const blocks = section.blocks;
  const i = blocks.indexOf(block);
  for (let j = i + 1; j < blocks.length; j++) {
    if (!blocks[j].isTitle && blocks[j].sentences.length > 0) return blocks[j];
  }
  return undefined;
}

/**
 * A paragraph's lines when it holds several and each ends a sentence (lines pasted without blank lines, "新员工上手较慢。"
 * under "不足之处"): each with the range of its first sentence. A paragraph wrapped mid-sentence is one statement.
 */
function pastedLines(block: Block): Array<{ text: string; range: Range }> | undefined {
  const text = block.prose.text;
  if (!text.includes('\n')) return undefined;
  const lines: Array<{ text: string; range: Range }> = [];
  let s = 0;
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const line = text.slice(start, end).trim();
    if (line) {
      if (!STATEMENT_END.test(line.at(-1)!)) return undefined;
      while (s < block.sentences.length && block.sentences[s].start < start) s++;
      const sentence = block.sentences[s];
      if (!sentence || sentence.start >= end) return undefined;
      lines.push({ text: line, range: sentence.range });
    }
    start = end + 1;
  }
  return lines.length > 1 ? lines : undefined;
}

/** The `count` blocks with prose after `block` in its section (paragraphs only, not the items of a list). */
function nextBlocks(section: Section, block: Block, count: number): Block[] {
  const blocks = section.blocks;
  const out: Block[] = [];
  for (let j = blocks.indexOf(block) + 1; j < blocks.length && out.length < count; j++) {
    if (blocks[j].isTitle || blocks[j].sentences.length === 0) continue;
    if (blocks[j].item || blocks[j].kind !== 'paragraph') break;
    out.push(blocks[j]);
  }
  return out;
}

/** What follows an item's first sentence: the rest of its text and its sub-items. */
function itemFollowUp(item: Item): string[] {
  const [first, ...others] = item.blocks;
  const rest = first ? first.sentences.slice(1).map((s) => s.text) : [];
  return [...rest, ...others.map((b) => b.prose.text), ...descendants(item).map((d) => d.text)];
}

/** The year of a label that is only a year ("2022", "* 2021", "2022年", "FY2023"), in any pack's shape. */
function yearLabel(text: string): number | undefined {
  const label = text.replace(/[*_`#]/gu, '').trim();
  for (const pack of languages()) {
    const m = pack.dates?.yearLabel?.exec(label);
    if (m) return Number(m[1]);
  }
  return undefined;
}

function firstLine(text: string): string {
  return text.split('\n')[0].trim();
}

function quote(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  const chars = Array.from(flat);
  return chars.length <= QUOTE_LENGTH ? flat : `${chars.slice(0, QUOTE_LENGTH - 1).join('').trimEnd()}…`;
}
