import type { Nodes, Paragraph } from 'mdast';
import { languageOfLocale } from '../src/languages/index.js';
import { bisect, insideSpan, Stops } from '../src/text/positions.js';
import { CLAUSE_SEPARATOR, PHRASE_END, quotedSpans } from '../src/text/punctuation.js';
import { isQuestion } from '../src/text/sentences.js';
import { defineRule, type Block, type Item, type Range, type RuleContext, type SummaryDoc, type Vocabulary, type VocabularyMatch } from '../src/types.js';
import { afterLatinWord, beforeGerund, capabilityBefore, hasDate, itemsNamed, nounCounted, numberFollows, numberPrecedes, pluralFollows, SentenceFacts, shareGiven, wholeSetBefore } from './utils/vague-context.js';
import { withDegreePhrases } from './utils/degree-phrases.js';
import { findQuantities, hasQuantity, type Quantity } from './utils/quantity.js';
import { speakerItems } from './utils/speakers.js';
import { reportedItems } from './utils/report-lead-ins.js';
import { statesOutcome, statesShortfall, statesWork } from './utils/sentence-role.js';

export type VagueCategory = 'hedge' | 'amount' | 'change' | 'empty-verb' | 'time' | 'judgement';
export const VAGUE_CATEGORIES: readonly VagueCategory[] = ['hedge', 'amount', 'change', 'empty-verb', 'time', 'judgement'];

/** Parts of a document that are not the author's own reporting prose. */
export type IgnoredPart = 'headings' | 'links' | 'quotes' | 'blockquotes' | 'questions';
const IGNORED_PARTS: readonly IgnoredPart[] = ['headings', 'links', 'quotes', 'blockquotes', 'questions'];

export interface NoVagueWordingOptions {
  /** Which categories of the `vague` concept to check. */
  categories: VagueCategory[];
  /** Parts of the document not checked. */
  ignore: IgnoredPart[];
  /** Section roles not checked at all. */
  ignoreSections: string[];
  /**
   * Section roles whose paragraphs report: entries marked `"scope": "report"` in the vocabulary (everyday words such
   * as "some", "many", 一些, 部分) count in their short paragraphs and in items anywhere; entries marked
   * `"scope": "plan"` (timing idioms such as "in time", "timely") count only in plan sections.
   */
  reportSections: string[];
}

/** What ends a sentence or a clause of it for the question check: a question mark before any of the others asks. */
const SENTENCE_STOP = /[。.!！;；?？]/u;

/** Sentences a reporting paragraph holds at most; longer ones tell a story. */
const MAX_REPORT_PARAGRAPH = 3;

const DOCS_URL = 'https://github.com/summarylint/summarylint/blob/main/docs/rules/no-vague-wording.md';

const message = (en: string, zh: string) => ({ en: `${en} "{{phrase}}": {{suggestion}}`, 'zh-Hans': `${zh}“{{phrase}}”：{{suggestion}}` });

export default defineRule<NoVagueWordingOptions>({
  meta: {
    id: 'no-vague-wording',
    description: 'Flag vague wording (hedges, vague amounts and changes, slogans, vague time, empty judgements) and suggest a precise replacement',
    docs: {
      why:
        'A summary is read to check results against targets and to hold people to plans: "some customers", "有所提升", "尽快" and "good results" give the reader nothing to check, where "7 customers", "up 15%", "by 15 March" and "14 of 16 issues closed" do. ' +
        'A hedge is a weakness only where it softens the period\'s result or problem: outside the plan it is reported only when its clause names one (a word of an outcome, a claim, a problem, a measure, a goal or the work left: "mostly done", "improved somewhat", "roughly in line with the budget", 基本完成, 积压比较严重), not when it qualifies a view, a guess, a suggestion or a description ("the rollback was relatively simple", "new hires are fairly new to Go", 相对简单, 比较方便). ' +
        'A word is not reported where its context makes it precise (a number next to it as in "some 30 users", 20多家 or 部分共计290个, the items named after it (not a bare link after a colon: "in some cases: https://…"), for a change or a judgement a quantity in its clause or in the next sentence (not a sentence that turns away, asks or says what is to be done: "However, …", 需要…), for an amount a share stated in its phrase or the next ("the majority of the work … for two of the three areas", 6个仓库中的5个), a figure before the same noun in its sentence ("wrote several guides, 4 guides in all", 拜访了一些客户，共12家客户) or the figures of a next sentence about the same work ("a few minor fixes. It gained 9 commits", 其中…), for an amount of time a duration in a later sentence of its item ("too much time restoring … In all, the restore took 3 hours 20 minutes", 花了大量时间…用了3小时20分钟), a date for vague time, the work left named beside a share of work done ("almost done" over a sub-item, "基本完成 … 仍待拓展"), sub-items that give figures under an amount, a change or a judgement (an objective over its key results: "Bring more diverse perspectives" over "Add 5 members …"), the times of the document\'s timeline for a speed ("quickly resolved" in a postmortem), a name set apart before 部分 ("rest0 部分软件包": that part, not an unstated share), a part named by 部分 at the end of its clause ("补充编译器部分": the compiler part), the figures of the clause before an empty verb ("13 名开发者提交了 21 个 commit，为…做出了重要贡献"), a gerund after one ("work on moving the cron jobs"), for a judgement the counts of the clauses before it in its sentence, a verdict that sums them up (not a period: "修复了4万多行代码，…，顺利完成任务结项", not "这三个月期间，…取得了较好的成效"), the times of a timeline for the states it records ("09:40 | All healthy"), the longer phrases an entry lists as exceptions such as 比较分析 or "as soon as"), nor in sentences that state no work (history or a biography: "曾任职于…", "formerly worked at", a speaker\'s skills: 擅长…; a line to the reader: "如果您遇到问题…", "if you run into trouble", an apology to the users: "给您带来的不便敬请谅解", "we apologize for the inconvenience", a recommendation to everyone: 建议大家…), nor in headings, bold labels that open an item or a paragraph ("**Productive sessions:** …"), link text, quotations (also attributed block quotes), questions or the appendix. Every part of the summary is read, the overview, prose and block quotes included; everyday words ("some", 一些) count in items and short paragraphs, not in long storytelling paragraphs, in paragraphs where the writer speaks as "I" (我) nor in any prose paragraph of a personal essay (a year told as "I", or with a section about the writer\'s life beside the work: "Hobbies", 关于生活); the sections of a personal essay that no role names ("Hobbies", 关于生活) background sections, a job ad ("We\'re hiring", 招募实习生: the position and the candidate sought) and a mentor\'s or manager\'s comments on the writer\'s work ("Mentor feedback", 导师点评) are only checked for vague time; a purpose ("以优化…", "to be more effective"), a benefit clause ("，有利于…"), thanks and congratulations (the judgements, changes and empty verbs of a whole paragraph with a sentence that opens with thanks: "…做出了重要贡献。感谢这些伙伴们的支持！…让项目不断改进", not the causal "thanks to"), a hedge of possibility about the future or a condition ("if the trial is extended we will likely…"), the amounts, changes and judgements in a clause with a hypothesis or a condition ("would allow the team to move at a faster pace", "some smoke tests should be possible", 如果…就能进一步加强), or after a stated purpose ("aimed to …, and to optimize …", 以便吸引更多), the judgements and changes of a wish (期待…更加美好, "we look forward to a much better year"), a vague amount in a paragraph that a list of its own section names right after it or after a lead-in ending in a colon ("numerous problems." then "The ones we logged:" and the list), or in an item whose next sibling leads into the list of them ("shipped with several bugs" then "Issues related to this include:" over the issues), frequencies ("regularly", 定期) outside the plan, which describe a habit, not a deadline, conditions of timing ("if possible", "where possible", "as needed") outside the plan, which state a condition, not a due time, words of the recent past ("recently", "lately", 最近, 近期) outside the plan, which the report\'s period dates, a negated amount (没有很多), a word for kinds after a word of the whole set, which names all of them (整合目前各种风控机制, "all the various channels"), an amount in a clause of need ("letters needed for some visas", "requires a lot of effort", 仍需更多) and "more" in a sentence of need ("more discussion is needed"), the verdicts, changes and hedges of the items under a lead-in that reports others\' feedback ("The pilot received positive feedback:" over "Testers found it highly beneficial", 学员反馈如下：; an amount there is still asked: "Some participants wanted a stand-up"), the hedges, amounts, changes and judgements of minutes of a discussion ("Discussed the rota; it feels a bit odd", "Discussed some funding sources", 讨论…, and the items under such an item: "Discussed the upgrade" over "Lots of jokes about the last one"), after a word of discussion in their clause (讨论了更加社区化的方式, "we discussed making reviews much faster"; not 议程 or "agenda" naming an event\'s programme: "议程安排保留多一点换场时间"), in an item that opens with a question ("Retry the upload? Hard to do, a lot of state lives in the client") or under one that opens with a question word ("What should the runners cost?" over "Ana\'s sheet covers some of the numbers"), and of a record of who said what (at least 3 items that open with a name and a colon: "Yannic: sees some risks", 王敏：…), a change named by the effect the next clause states ("，让修改不再需要…", "so that …"), the clause after a suggestion that says what it would bring ("we could start earlier, that way many more people can stay", 可以提前联系媒体，这样也会有更多报道), a frequency outside the plan ("the export often times out", 经常超时), which describes a habit or a symptom, not a count, a change in a purpose infinitive ("identified work to further improve the tooling"), "more" before an adjective ("more specific challenges"), in a personal essay a sentence about oneself in a long paragraph of its lead or plan ("it made me a much better reviewer"), what a thing can do ("使用者可以…加深理解", "users can search much faster"; not what a team can do, which is a suggestion: "宣传组可以再多一点人"), a time in a purpose outside the plan ("以便日后回顾"), the amounts, changes and judgements of a stated view or guess ("suspects too many retries", 觉得…很不错, 觉得…更好), the hedges of an impression the writers recall, unless their clause names a problem ("we thought the rota worked quite well", 当时觉得…比较顺利; not 当时觉得…比较困难) and a list lead-in ("仍在恢复以下服务：") are not reported, and an empty verb outside the plan is asked for the work done rather than an owner and a deadline; magnitude words the writing guides recommend (显著增长, 小幅回落, 基本持平) are not vague, and whether they carry a number is checked by no-unquantified-claims.',
      url: DOCS_URL,
    },
    level: 'warn',
    languages: ['en', 'zh'],
    schema: {
      type: 'object',
      properties: {
        categories: {
          type: 'array',
          items: { enum: [...VAGUE_CATEGORIES] },
          uniqueItems: true,
          description: 'Categories of the `vague` word list to check: `hedge`, `amount`, `change`, `empty-verb`, `time`, `judgement`.',
        },
        ignore: {
          type: 'array',
          items: { enum: [...IGNORED_PARTS] },
          uniqueItems: true,
          description:
            'Parts of the document not checked: `headings` (headings, pseudo-headings, table header cells, table rows that hold only a bold group label), `links` (link text), `quotes` (text in “…” "…" 「…」 『…』 《…》, wholly italic paragraphs such as testimonials, and block quotes that name their speaker: "客户反馈：…", "… — Store manager"), `blockquotes` (every block quote, also the author\'s own), `questions`.',
        },
        ignoreSections: {
          type: 'array',
          items: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' },
          uniqueItems: true,
          description: 'Section roles not checked at all.',
        },
        reportSections: {
          type: 'array',
          items: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' },
          uniqueItems: true,
          description:
            'Section roles whose paragraphs report results, problems, lessons and plans. Everyday words, the entries marked `"scope": "report"` in the word list ("some", "many", "a few", 一些, 部分, 很多, 比较, 不错 …), count in items (list items, enumerated paragraphs, table rows) anywhere, and in paragraphs of up to 3 sentences in these sections and in sections no role names (not in a personal essay, told as "I", whose paragraphs tell a story); in longer paragraphs (storytelling) and in other roles\' paragraphs only the words that are vague anywhere count.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: {
      categories: [...VAGUE_CATEGORIES],
      ignore: ['headings', 'links', 'quotes', 'questions'],
      ignoreSections: ['appendix'],
      reportSections: ['overview', 'results', 'problems', 'lessons', 'plan'],
    },
    messages: {
      hedge: message('Vague hedge', '含糊的限定词'),
      amount: message('Vague amount', '含糊的数量'),
      change: message('Vague change', '含糊的变化'),
      'empty-verb': message('Empty phrase', '空泛的表述'),
      time: message('Vague time', '含糊的时间'),
      judgement: message('Empty judgement', '空泛的评价'),
      other: message('Vague wording', '含糊的措辞'),
    },
    examples: [
      {
        title: 'vague amounts, a slogan and vague time in a monthly report',
        lang: 'en',
        markdown:
          '# March Support Report\n\nThe team answered 1,840 tickets, 96% within the 4-hour target.\n\n## Results\n\n- Onboarded several enterprise customers <!-- expect: no-vague-wording -->\n- Some 30 customers joined the chat beta, against a target of 25\n\n## Problems\n\n- 3 of 40 refunds went out twice because the billing export ran twice on 3 March\n\n## Next steps\n\n- Work hard on the refund backlog (owner: Dana, by 30 April) <!-- expect: no-vague-wording -->\n- Clear the 120 open refunds (owner: Dana, by 30 April)\n',
      },
      {
        title: '有所提升、部分与进一步加强',
        lang: 'zh',
        markdown:
          '# 3月销售工作总结\n\n本月销售额320万元，完成目标的104%，新增客户7家。\n\n## 主要成绩\n\n- 新签经销商20多家\n- 与去年同期的比较分析显示，12家门店中有9家完成目标\n\n## 存在的问题\n\n- 部分门店库存周转偏慢，原因是补货审批需要5天 <!-- expect: no-vague-wording -->\n\n## 下月计划\n\n1、进一步加强补货管理（负责人：王敏，4月15日前） <!-- expect: no-vague-wording -->\n2、把补货审批由5天缩短到2天（负责人：王敏，4月15日前）\n',
      },
      {
        title: '儘快與不理想（繁體）',
        lang: 'zh-Hant',
        markdown:
          '# 10月門市工作總結\n\n本月營業額480萬元。\n\n## 主要成績\n\n新會員增加320人。\n\n## 存在的問題\n\n信義店的客流量不理想，原因是捷運站出口封閉了6週。 <!-- expect: no-vague-wording -->\n\n## 下月計劃\n\n1、把信義店的週末客流恢復到每天900人（負責人：林雅婷，11月15日前）\n',
      },
    ],
  },

  check(doc, context) {
    const { categories, ignore, ignoreSections, reportSections } = context.options;
    const checked = new Set<string>(categories);
    const ignored = new Set<IgnoredPart>(ignore);
    const skippedRanges = merged([...collectSkipped(doc, ignored), ...(ignored.has('headings') ? leadLabels(doc) : [])]);

    const personalDoc = isPersonalNarrative(doc, context);
    const listFollows = listLaterInSection(doc);
    let timed: boolean | undefined;
    const speakers = speakerItems(doc, context.vocabulary);
    const othersWords = reportedItems(doc, context.vocabulary);
    for (const [blockIndex, block] of doc.blocks.entries()) {
      if (ignored.has('headings') && isHeadingLike(block)) continue;
      if (ignored.has('quotes') && isWhollyEmphasized(block.node)) continue;
      if (ignored.has('blockquotes') && block.quoted) continue;
      const role = doc.roleOf(block.section);
      const background = isBackgroundTitle(block.section.title, context.vocabulary);
      // A mentor's or manager's comments (导师点评, "Mentor feedback") judge the writer's work: their opinion, not a result.
      const assessment = wholly(context.vocabulary, 'assessment-title', block.section.title);
      // A job ad ("大量招募实习生", "We're hiring") describes the position and the candidate it seeks, not the work done.
      const advert = titledUnder(block.section, 'recruiting-title', context.vocabulary);
      if (role && ignoreSections.includes(role)) continue;
      // Every sentence is read; the role sets how strict. Everyday words (entries with "scope": "report") count in
      // items (list items, enumerated paragraphs, table rows) wherever they are, and in the short paragraphs of
      // report sections and of sections no role names; a long paragraph, or any paragraph of a personal essay, is
      // storytelling, where only the words that are vague anywhere count.
      const inReport =
        block.item !== undefined ||
        (!personalDoc && (role === undefined || reportSections.includes(role)) && block.sentences.length <= MAX_REPORT_PARAGRAPH);
      const quotes = ignored.has('quotes') ? quotedSpans(block.prose.text) : [];
      // A paragraph that leads into a table ("Revenue is looking healthy." then the figures): the table holds the numbers.
      const tableFollows = block.kind !== 'tableCell' && doc.blocks[blockIndex + 1]?.kind === 'tableCell';
      let followingBlockQuantified: boolean | undefined;
      const followingBlockHasQuantity = () =>
        (followingBlockQuantified ??= hasQuantity(widthFolded(doc.blocks[blockIndex + 1]?.prose.text ?? ''), context.vocabulary));
      let blockSpeaksAsI: boolean | undefined;
      let subItemsQuantified: boolean | undefined;
      let blockDiscussed: boolean | undefined;
      let blockCourteous: boolean | undefined;
      let lastDuration: number | undefined;
      // "Participants praised the organisation", under "The hackathon received positive feedback:": the items pass on
      // others' impressions (the lead-in's own verdict is the author's, and stays).
      const reportedSpeech = block.item !== undefined && othersWords.has(block.item);

      for (const sentence of block.sentences) {
        if (ignored.has('questions') && isQuestion(sentence.text)) continue;
        // In the prose of a section no role names ("Hobbies", 生活), a sentence about oneself ("I", 我) is the
        // writer's story or opinion, not a claim to check.
        // In prose (not items), a sentence about oneself is the writer's story or reflection wherever it stands; in
        // the prose of a section no role names it is so even for the words that are vague anywhere.
        // A paragraph where the writer speaks as "I" is personal narrative throughout (its other sentences too).
        const personal =
          block.item === undefined && !isLead(doc, block) && (speaksAsI(sentence.text, context) || (blockSpeaksAsI ??= speaksAsI(block.prose.text, context)));
        const everyday = inReport && !personal;
        const matches = withDegreePhrases(context.vocabulary.find('vague', sentence.text), sentence.text, context.vocabulary);
        if (matches.length === 0) continue;
        // History, a biography or a line to the reader ("如果您遇到问题可以翻阅文档") states no work to check.
        if (!statesWork(sentence.text, context.vocabulary)) continue;
        const norm = widthFolded(sentence.text);
        const facts = new SentenceFacts(norm, context.vocabulary);
        const next = block.sentences[sentence.index + 1];
        const nextQuantified = () => facts.once('next', () => (next ? carriesOn(next.text, context.vocabulary) && hasQuantity(widthFolded(next.text), context.vocabulary) : false));
        const nextRefersBack = () => facts.once('refers-back', () => (next ? opensWith(next.text, 'back-reference', context.vocabulary) : false));
        let questionStops: Stops | undefined;
        for (const match of matches) {
          const category = categoryOf(match);
          if (category !== 'other' && !checked.has(category)) continue;
          if (match.info.scope === 'report' && !everyday) continue;
          // "More" after a verb of aim ("attract more contributors", 吸引更多的开发者) outside the plan states what the
          // work is for, not a count it claims.
          const asksMore = category === 'amount' && role !== 'plan' && context.vocabulary.find('more', match.term).some((m) => m.start === 0);
          if (asksMore && context.vocabulary.find('aim-verb', norm).some((v) => v.end <= match.start && /^\s*$/u.test(norm.slice(v.end, match.start)))) continue;
          // "Letters needed for some visas", "requires a lot of effort", 还需要更多测试, and "more" anywhere in a sentence of
          // need ("More discussions needed before …"): outside the plan, the amount sizes what is wanted, not a count claimed.
          if (category === 'amount' && role !== 'plan' && (inClauseBefore(facts, 'need', match.start) || (asksMore && facts.once('need', () => context.vocabulary.has('need', norm))))) continue;
          // "Discussed the promotion votes: the process feels a bit odd", "Discussed some funding sources", 讨论问题尽量在社区
          // 上讨论: minutes of what was talked about, the discussion's content, not a result claimed.
          // The words of talk (hedges, judgements, amounts, changes); vague time stays, since it may promise work.
          const talk = category === 'hedge' || category === 'judgement' || category === 'amount' || category === 'change';
          if (talk && (blockDiscussed ??= recordsDiscussion(block, context))) continue;
          // "以…为案例，讨论了更加社区化的方式", "we discussed a more robust retry": the words name the topic talked about.
          if (talk && discussedBefore(facts, match.start)) continue;
          // "Yannic: sees some risks", "Krishna: there's a lot of low-hanging fruit": in a record of who said what, the
          // speaker's view, not a result claimed.
          if (talk && block.item && speakers.has(block.item)) continue;
          // Under a lead-in that reports others' feedback ("Attendees said:", 学员反馈如下：), their verdicts, changes and
          // hedges are their impressions; an amount stays ("Some participants wanted a stand-up": how many is still asked).
          if (talk && category !== 'amount' && reportedSpeech) continue;
          // "Aki suspects that we hit too many errors", 觉得…很不错, 觉得…更好: a view or a guess, the opinion's content, not a claim.
          // (A hedge stays: "我认为…有一定的偏差" softens what the writer reports. After an impression the writers recall,
          // "we thought the analysis worked quite well", 当时觉得还比较顺利, it tempers that impression, unless its clause
          // names a problem: 当时觉得新人上手比较困难.)
          if ((category === 'amount' || category === 'judgement' || category === 'change') && opinionBefore(facts, match.start)) continue;
          if (category === 'hedge' && recalledBefore(facts, match.start) && !hedgesShortfall(facts, match)) continue;
          // Outside the plan (where a hedge softens what is promised), a hedge softens the period's result or problem
          // only where its clause states one ("mostly done", "performance improved somewhat", 基本完成); elsewhere it
          // qualifies a view, a guess, a suggestion or a description.
          if (category === 'hedge' && role !== 'plan' && !hedgesOutcome(facts, match)) continue;
          // A paragraph that thanks people ("感谢这些伙伴们的无私支持！", "Thank you for reading") honours them: its praise
          // and its changes ("做出了重要贡献", "让项目不断改进") are courtesy, not results; the plan's stay promises.
          const praise = category === 'judgement' || category === 'change' || category === 'empty-verb';
          if (praise && role !== 'plan' && (blockCourteous ??= block.sentences.some((s) => opensWith(s.text, 'courtesy', context.vocabulary)))) continue;
          // A background or introduction section tells how things came to be, not this period's results.
          if ((background || assessment || advert) && category !== 'time') continue;
          // A personal essay (a year in review written as "I") tells its story in the sections no role names
          // ("Hobbies", 关于生活, 0X03 哎呦，不错哦), items there included; only vague time is checked there.
          // Not the text before any heading: a self-review written in one run is a work report.
          if ((personal || (personalDoc && block.section !== doc.root)) && role === undefined && category !== 'time') continue;
          // In a personal essay, a sentence about oneself in a long paragraph of the lead or the plan is the writer's
          // reflection: "it made me a much better programmer" reports no result to measure. (In the results and problems
          // it reports; a hedge stays anywhere: "我认为…可能存在一些偏差" softens what the writer reports.)
          if (personalDoc && category !== 'time' && category !== 'hedge' && (role === 'plan' || isLead(doc, block)) && block.item === undefined && block.sentences.length > MAX_REPORT_PARAGRAPH && facts.once('I', () => speaksAsI(norm, context))) continue;
          // A timeline records what stood at a stated time ("12:00 | All healthy"): its times measure it.
          if (role === 'timeline' && category !== 'time') continue;
          // Idioms of timing ("in time", "timely") are vague only where something is promised: the plan.
          if (match.info.scope === 'plan' && role !== 'plan') continue;
          // A question inside the sentence ("会不会不太友好？——长期来看是友好的") asks, it does not claim.
          if (ignored.has('questions') && /^[?？]/u.test(sentence.text.slice((questionStops ??= new Stops(sentence.text, SENTENCE_STOP)).next(match.end)))) continue;
          const at = sentence.start + match.start;
          if (insideSpan(quotes, at, at + 1)) continue;
          const range = block.prose.sourceRange(at, sentence.start + match.end);
          if (insideSpan(skippedRanges, range[0], range[1])) continue;
          if (preciseInContext(category, match, facts, nextQuantified, nextRefersBack, tableFollows, followingBlockHasQuantity)) continue;
          // "We spent too much time on the restore. … Still, 1 hour 47 minutes is a long time.": an item tells one thing, and
          // a duration in a later sentence of it sizes the time it left vague.
          if (category === 'amount' && block.item && countsTime(facts, match) && sentence.index < (lastDuration ??= lastDurationIn(block, context.vocabulary))) continue;
          // "基本完成 Debian 部分。元数据获取方式仍待拓展", "almost done" over a sub-item: the work left is named beside it.
          if (match.info.measure === 'completion' && workLeftNamed(block, facts, next?.text, context.vocabulary)) continue;
          // "**Objective:** Bring more diverse perspectives" over key results that give the numbers: its sub-items size it.
          if ((category === 'amount' || category === 'change' || category === 'judgement') && (subItemsQuantified ??= subItemsGiveQuantity(block, context.vocabulary))) continue;
          // "The problem was quickly resolved" above a timeline of 16:30, 16:35: its times give the speed.
          if (match.info.measure === 'speed' && (timed ??= doc.sectionsWithRole('timeline').length > 0)) continue;
          if (category !== 'time' && category !== 'empty-verb' && negatedBefore(facts, match.start)) continue;
          if (notAClaim(category, match, facts, role)) continue;
          if (role !== 'plan' && category !== 'time' && otherRole(category, match, facts)) continue;
          // "会前可以联系媒体，这样会有更多报道", "we could start at 9, that way the close is less rushed": the clause
          // after a suggestion says what it would bring, a hoped-for benefit, not a result or a target.
          if (category !== 'time' && consequenceOfSuggestion(facts, match.start)) continue;
          // "The nightly job often times out", 图模式报错的位置经常是错误的: outside the plan, how often something happens
          // describes a habit or a symptom; in the plan, or after a word of intent (要经常…), it sets how often to act.
          if (match.info.measure === 'frequency' && role !== 'plan' && !intentBefore(facts, match.start)) continue;
          // "The migration hit numerous problems." and the section's list of them right after (or after "The ones we
          // logged:"): the list counts them.
          if (category === 'amount' && listFollows[blockIndex]) continue;
          // A Chinese negation right before ("没有很多时间", "不是很好") denies the amount or the judgement.
          if (category !== 'time' && category !== 'empty-verb' && !/^[不没]/u.test(match.term) && /(?:没有|没|不是|不|並不|并不|沒有)$/u.test(norm.slice(Math.max(0, match.start - 3), match.start))) continue;
          // "X、Y、Z等等", "such as A, B, etc.": the items are named before the word that closes the list.
          if (/^(?:等等|之类|etc\.?)$/iu.test(match.term) && facts.stops(/[、,，]/u).next(0) < match.start) continue;
          // A sentence that leads into a list ("仍在恢复以下服务：", "Several things went wrong:"): the list names them.
          if ((category === 'empty-verb' || category === 'time' || category === 'amount') && facts.endsWithColon && doc.blocks[blockIndex + 1]?.item !== undefined && doc.blocks[blockIndex + 1]?.item !== block.item) continue;
          report(context, match, category, range, role === 'plan' || intentBefore(facts, match.start));
        }
      }
    }
  },
});

/**
 * An English negation one or two words before the word ("did not spend too much time", "not a success", "doesn't
 * occur too frequently"): it denies the vague amount or judgement, which leaves nothing vague to check. The words
 * looked at are the last three of the clause before `start`.
 */
function negatedBefore(sentence: SentenceFacts, start: number): boolean {
  const clauseStart = sentence.stops(/[,，;；:：]/u).previousEnd(start);
  const from = Math.max(clauseStart, sentence.stops(/\S+/u).previousStart(start, 3) ?? 0);
  // The negations among the problem guards: "not", "never" and the contracted "n't" forms.
  const negations = sentence.once('negations', () =>
    sentence.matches('problem-guard').filter((m) => m.info.lang === 'en' && m.info.where === undefined && /^(?:not|never)$|n['’]t$/iu.test(m.text)),
  );
  // In text order and not overlapping: the first one at or after `from` is the one that may end by `start`.
  const first = negations[bisect(negations, (m) => m.start < from)];
  return first !== undefined && first.end <= start;
}

/** Whether the work left is named: by a sub-item of the item, or by a `work-left` word in the sentence or the next one. */
function workLeftNamed(block: Block, sentence: SentenceFacts, next: string | undefined, vocabulary: Vocabulary): boolean {
  if (block.item && block.item.children.length > 0 && block.item.blocks[block.item.blocks.length - 1] === block) return true;
  return vocabulary.has('work-left', sentence.text) || (next !== undefined && vocabulary.has('work-left', next));
}

/** Whether the block ends an item whose sub-items give a quantity (an objective over its key results). */
function subItemsGiveQuantity(block: Block, vocabulary: Vocabulary): boolean {
  const item = block.item;
  if (!item || item.children.length === 0 || item.blocks[item.blocks.length - 1] !== block) return false;
  return item.children.some((child) => hasQuantity(widthFolded(child.text), vocabulary));
}

/** Whether words that make what follows an intended action (`intent`: "need to", 要, 争取) end by `start`. */
function intentBefore(sentence: SentenceFacts, start: number): boolean {
  const end = sentence.once('intent', () => sentence.vocabulary.find('intent', sentence.text)[0]?.end ?? Infinity);
  return end <= start;
}


/** A purpose ("以优化…", "to be more effective", "in order to improve"): what the work is for, not a claimed result. */
const PURPOSE_BEFORE = /(?:\b(?:in order to|so as to|so that \w+ can)\s+(?:be\s+|become\s+)?(?:even\s+|more\s+)?|\bto\s+(?:be|become)\s+(?:even\s+)?(?:more\s+)?|(?:以|为了|以便|便于|用于|从而|旨在|(?<![成认作因以行称视])为)\s*(?:更好地|更加|进一步)?)$/iu;
/** Whether a verb of opinion (`opinion`: "suspects", 认为) stands before `start` in the sentence (found once per sentence). */
function opinionBefore(sentence: SentenceFacts, start: number): boolean {
  const at = sentence.once('opinion', () => sentence.vocabulary.find('opinion', sentence.text)[0]?.start ?? Infinity);
  return at < start;
}

/** Whether an impression the writers recall (an `opinion` entry marked `recalled`: "we thought", 当时觉得) stands before `start`. */
function recalledBefore(sentence: SentenceFacts, start: number): boolean {
  const at = sentence.once('recalled', () => sentence.matches('opinion').find((m) => m.info.recalled === true)?.start ?? Infinity);
  return at < start;
}


/** Whether one entry of `concept` is the whole of `text` (trimmed; a title may end in a question mark). */
function wholly(vocabulary: Vocabulary, concept: string, text: string): boolean {
  const t = text.trim().replace(/[?？]$/u, '');
  return vocabulary.find(concept, t).some((m) => m.start === 0 && m.end === t.length);
}

/** Whether the section, or one it stands in, has a title with a word of `concept`. */
function titledUnder(section: Block['section'], concept: string, vocabulary: Vocabulary): boolean {
  for (let at: Block['section'] | undefined = section; at; at = at.parent) if (vocabulary.has(concept, at.title)) return true;
  return false;
}

/** Titles of sections that give background (`background-title`): an overview role, but history rather than results. */
function isBackgroundTitle(title: string, vocabulary: Vocabulary): boolean {
  return wholly(vocabulary, 'background-title', title);
}

/**
 * Wording that is no claim to check and no action to hold anyone to: a hedge of possibility about the future or a
 * condition, a change or empty verb that states a purpose, empty verbs in thanks, and outside the plan the empty
 * verbs that only name a benefit ("有利于", "helps").
 */
function notAClaim(category: VagueCategory | 'other', match: VocabularyMatch, sentence: SentenceFacts, role: string | undefined): boolean {
  const { text } = sentence;
  if (category === 'hedge' && wholly(sentence.vocabulary, 'possibility', match.term) && sentence.once('future', () => sentence.vocabulary.has('future-or-condition', text))) return true;
  // "以便日后回顾": outside the plan, a time in a purpose is when the benefit comes, no deadline.
  const purposeTime = category === 'time' && role !== 'plan';
  if ((category === 'change' || category === 'empty-verb' || category === 'judgement' || purposeTime) && PURPOSE_BEFORE.test(text.slice(Math.max(0, match.start - 30), match.start))) return true;
  // Inside a clause that says what the work helps ("，有利于开发者参与更多…"), the words (the benefit verb itself too)
  // describe a benefit, not a result.
  const clauseStart = sentence.stops(/[,，;；。!！?？]/u).previousEnd(match.start);
  if (category !== 'time' && category !== 'hedge' && clauseStart > 0) {
    const opens = clauseStart + leadingSpace(text, clauseStart);
    if (sentence.matches('benefit').some((m) => m.start === opens && m.start <= match.start)) return true;
  }
  if ((category === 'empty-verb' || category === 'judgement') && role !== 'plan' && sentence.once('thanks', () => sentence.vocabulary.has('thanks', text))) return true;
  return false;
}

/** Whether the clause that holds the hedge (between commas, semicolons, colons) states a result or a problem of the work. */
function hedgesOutcome(sentence: SentenceFacts, match: VocabularyMatch): boolean {
  const stops = sentence.stops(CLAUSE_STOP);
  const from = stops.previousEnd(match.start);
  return sentence.once(`outcome:${from}`, () => statesOutcome(sentence.text.slice(from, stops.next(match.end)), sentence.vocabulary));
}

/** Whether the clause that holds the hedge names a problem, a shortfall or the work left (比较困难, "somewhat hard to"). */
function hedgesShortfall(sentence: SentenceFacts, match: VocabularyMatch): boolean {
  const stops = sentence.stops(CLAUSE_STOP);
  const from = stops.previousEnd(match.start);
  return sentence.once(`shortfall:${from}`, () => statesShortfall(sentence.text.slice(from, stops.next(match.end)), sentence.vocabulary));
}

/** What ends a clause for the sentence-role markers: commas, semicolons, colons. */
const CLAUSE_STOP = /[,，;；:：]/u;

/** Whether a word of `concept` stands in the clause (between commas, semicolons, colons) that holds the match. */
function inClauseOf(sentence: SentenceFacts, concept: string, match: VocabularyMatch): boolean {
  const stops = sentence.stops(CLAUSE_STOP);
  const from = stops.previousEnd(match.start);
  return sentence.once(`${concept}:${from}`, () => sentence.hasMatchWithin(concept, from, stops.next(match.end)));
}

/** Whether a word of `concept` stands before `start` in its clause (between commas, semicolons, colons). */
function inClauseBefore(sentence: SentenceFacts, concept: string, start: number): boolean {
  return sentence.hasMatchWithin(concept, sentence.stops(CLAUSE_STOP).previousEnd(start), start);
}

/**
 * Whether the clause that holds `start` opens with a `consequence` word ("that way", 这样) and a clause before it
 * puts forward a thing to do (a `suggestion` or `suggestion-modal` word: "could", 可以考虑): the clause tells what the
 * suggestion would bring.
 */
function consequenceOfSuggestion(sentence: SentenceFacts, start: number): boolean {
  const from = sentence.stops(CLAUSE_STOP).previousEnd(start);
  if (from === 0) return false;
  const opens = from + leadingSpace(sentence.text, from);
  // Found once per sentence, so a sentence of many clauses is read in one pass.
  const consequences = sentence.once('consequence-starts', () => new Set(sentence.matches('consequence').map((m) => m.start)));
  if (!consequences.has(opens)) return false;
  const firstSuggestionEnd = sentence.once('suggestion-end', () =>
    Math.min(...[sentence.matches('suggestion')[0], sentence.matches('suggestion-modal')[0]].map((m) => m?.end ?? Infinity)),
  );
  return firstSuggestionEnd < from;
}

/**
 * Whether a word of discussion stands before `start` in its clause (讨论了更加社区化的方式): not a word that may name
 * an event's programme (议程, "agenda"), which is what the clause reports on ("议程安排保留多一点换场时间").
 */
function discussedBefore(sentence: SentenceFacts, start: number): boolean {
  const from = sentence.stops(CLAUSE_STOP).previousEnd(start);
  const topics = sentence.once('discussed', () => sentence.matches('discussion-topic').filter((m) => m.info.programme !== true));
  // In text order and not overlapping: the first at or after `from` is the one that may end by `start`.
  const first = topics[bisect(topics, (m) => m.start < from)];
  return first !== undefined && first.end <= start;
}

/**
 * Outside the plan, words that are no result: but for hedges (which soften either way), the words in a clause with a
 * hypothesis or a condition ("would allow the team to move at a faster pace", 如果…就能进一步加强) or after a
 * purpose ("planned to bring on more contributors", 以便吸引更多); the judgements, changes and empty verbs of a wish
 * (期待…更加美好, "we look forward to a much better year").
 */
function otherRole(category: VagueCategory | 'other', match: VocabularyMatch, sentence: SentenceFacts): boolean {
  const stops = sentence.stops(CLAUSE_STOP);
  let from = stops.previousEnd(match.start);
  // A clause of a further infinitive ("aimed to fix the audit's issues, and to optimize …") carries on the purpose.
  if (from > 0 && /^\s*(?:and |or )?to\s/iu.test(sentence.text.slice(from))) from = stops.previousEnd(from - 1);
  // A hypothesis anywhere in the clause ("some basic test coverage should be possible"); a purpose before the words.
  if (category !== 'hedge' && (inClauseOf(sentence, 'hypothesis', match) || sentence.hasMatchWithin('purpose', from, match.start))) return true;
  // "We identified work to further improve the tooling": a change in the infinitive is what the work is for.
  if (category === 'change' && infinitiveBefore(sentence, match.start)) return true;
  return category !== 'amount' && category !== 'hedge' && sentence.matches('wish').length > 0;
}

/**
 * For each block, whether a list names what it speaks of: for prose, the next list of its own section (not of
 * sub-sections) follows it right away, or is led into by a paragraph that ends in a colon ("Issues include:", 以下服务：);
 * for an item, its next sibling ends in a colon over sub-items ("Issues related to this include:").
 */
function listLaterInSection(doc: SummaryDoc): boolean[] {
  const out = new Array<boolean>(doc.blocks.length).fill(false);
  // The first block of the nearest list ahead, per section.
  const listAhead = new Map<unknown, number>();
  for (let i = doc.blocks.length - 1; i >= 0; i--) {
    const block = doc.blocks[i];
    if (block.item !== undefined) {
      listAhead.set(block.section, i);
      continue;
    }
    const first = listAhead.get(block.section);
    out[i] = first !== undefined && (first === i + 1 || /[:：]\s*$/u.test(doc.blocks[first - 1].prose.text));
  }
  // An item whose next sibling leads into a list of its own ("* Shipped with several bugs." then "* Issues related to
  // this include:" and the issues under it).
  for (const [i, block] of doc.blocks.entries()) {
    const item = block.item;
    if (!item || item.blocks[item.blocks.length - 1] !== block) continue;
    let j = i + 1;
    while (j < doc.blocks.length && within(doc.blocks[j].item, item)) j++;
    const sibling = doc.blocks[j]?.item;
    out[i] = sibling !== undefined && sibling.parent === item.parent && sibling.children.length > 0 && /[:：]\s*$/u.test(sibling.text);
  }
  return out;
}

/** Whether `item` is `ancestor` or lies under it. */
function within(item: Item | undefined, ancestor: Item): boolean {
  for (let at = item; at; at = at.parent) if (at === ancestor) return true;
  return false;
}

/**
 * A personal narrative: the writer speaks as "I" in at least 3 of its prose paragraphs and in at least a third of them,
 * or at all in a document with a section about their life beside the work.
 */
function isPersonalNarrative(doc: SummaryDoc, context: RuleContext<NoVagueWordingOptions>): boolean {
  const paragraphs = doc.blocks.filter((b) => b.kind === 'paragraph' && b.item === undefined && !b.isTitle && !b.quoted && b.sentences.length > 0);
  const personal = paragraphs.filter((b) => speaksAsI(b.prose.text, context)).length;
  if (personal >= 3 && personal * 3 >= paragraphs.length) return true;
  // Chinese drops the "I" it means ("今年项目上没有太大的变化，负责后端多一些"): a section about the writer's life beside
  // the work (关于生活, "Hobbies") tells that the document is a personal essay, when the writer speaks as "I" at all.
  return personal > 0 && doc.sections.some((s) => wholly(context.vocabulary, 'life-title', s.title));
}

/**
 * Whether the writer speaks as "I" (I, my, 我, 本人, 笔者): not the reflexive 自己, which is anyone's ("提出自己的想法"),
 * nor a form field (姓名).
 */
function speaksAsI(text: string, context: RuleContext<NoVagueWordingOptions>): boolean {
  return context.vocabulary
    .find('first-person', text)
    .some((m) => m.info.number === 'singular' && m.info.titleOnly !== true && m.info.field !== true && m.term !== '自己');
}

/**
 * Whether a sentence carries on the one before it, so that its figures may size that one's words ("Gemstash had a few
 * minor fixes. It gained 9 new commits…"): not when it turns to something else ("However, …", 但是…), to what is to
 * be done ("需要提前1~2天…", "We will …") or asks.
 */
function carriesOn(text: string, vocabulary: Vocabulary): boolean {
  if (isQuestion(text) || opensWith(text, 'contrast', vocabulary)) return false;
  return !vocabulary.has('intent', text) && !vocabulary.has('need', text);
}

/** Whether `text` opens (after blanks) with a word of `concept`. */
function opensWith(text: string, concept: string, vocabulary: Vocabulary): boolean {
  const lead = leadingSpace(text, 0);
  return vocabulary.find(concept, text.slice(lead, lead + 16)).some((m) => m.start === 0);
}

/** Whether the phrase (between commas, 、 or semicolons: `PHRASE_END`) that holds `[start, end)` gives a quantity. */
function phraseQuantified(sentence: SentenceFacts, start: number, end: number): boolean {
  const stops = sentence.stops(PHRASE_END);
  return sentence.hasQuantityIn(stops.previousEnd(start), stops.next(end), (text) => hasQuantity(text, sentence.vocabulary));
}

/** Whether the phrase (between commas, 、 or semicolons: `PHRASE_END`) that holds the match, or the next one, states a share. */
function shareNear(sentence: SentenceFacts, match: VocabularyMatch): boolean {
  const stops = sentence.stops(PHRASE_END);
  const from = stops.previousEnd(match.start);
  const end = stops.next(match.end);
  return sentence.once(`share:${from}`, () => shareGiven(sentence.text.slice(from, end < sentence.text.length ? stops.next(end + 1) : end), sentence.vocabulary));
}

/** Whether the clause after the one that holds `end` gives a quantity, unless it opens with a cause ("，原因是…", ", because …"). */
function followingClauseQuantified(sentence: SentenceFacts, end: number): boolean {
  const stops = sentence.stops(CLAUSE_SEPARATOR);
  const separator = stops.next(end);
  if (separator >= sentence.text.length) return false;
  return sentence.once(`following:${separator}`, () => {
    const clause = sentence.text.slice(separator + 1, stops.next(separator + 1)).trim();
    if (sentence.vocabulary.find('cause', clause).some((m) => m.start <= 1)) return false;
    return hasQuantity(clause, sentence.vocabulary);
  });
}

/** Whether the clause before the one that holds `start` gives a quantity: "有 13 名开发者提交了 21 个 commit，为…做出了重要贡献". */
function precedingClauseQuantified(sentence: SentenceFacts, start: number): boolean {
  const stops = sentence.stops(CLAUSE_SEPARATOR);
  const from = stops.previousEnd(start);
  if (from === 0) return false;
  return sentence.hasQuantityIn(stops.previousEnd(from - 1), from, (text) => hasQuantity(text, sentence.vocabulary));
}

/**
 * Whether the clauses before the one that holds `start` count something (not a period: "这三个月期间"): the sentence
 * reports figures before it.
 */
function earlierClausesQuantified(sentence: SentenceFacts, start: number): boolean {
  const from = sentence.stops(CLAUSE_SEPARATOR).previousEnd(start);
  return from > 0 && firstCountEnd(sentence) <= from;
}

/** Where the sentence's first count ends (not a period: "这三个月"), found once per sentence; Infinity if none. */
function firstCountEnd(sentence: SentenceFacts): number {
  const { text, vocabulary } = sentence;
  return sentence.once('first-count', () => findQuantities(text, vocabulary).find((q) => !isPeriod(q, text, vocabulary))?.end ?? Infinity);
}

/** Whether the amount counts a span of time: a `time-span` noun ("time", 时间) follows it, maybe after 的. */
function countsTime(sentence: SentenceFacts, match: VocabularyMatch): boolean {
  const at = match.end + (/^\s*的?\s*/u.exec(sentence.text.slice(match.end))?.[0].length ?? 0);
  return sentence.matches('time-span').some((m) => m.start === at);
}

/** The index of the block's last sentence that gives a duration, or -1: found once per block, not once per amount. */
function lastDurationIn(block: Block, vocabulary: Vocabulary): number {
  return block.sentences.findLastIndex((s) => givesDuration(s.text, vocabulary));
}

/** Whether `text` gives a duration: a quantity of a time unit ("1 hour 47 minutes", 两个小时). */
function givesDuration(text: string, vocabulary: Vocabulary): boolean {
  const folded = widthFolded(text);
  return findQuantities(folded, vocabulary).some((q) => isPeriod(q, folded, vocabulary));
}

/** Whether a time unit ends the quantity (三个月) or follows it ("three months"). */
function isPeriod(q: Quantity, text: string, vocabulary: Vocabulary): boolean {
  const unit = `${q.text}${text.slice(q.end, q.end + 12)}`;
  return vocabulary.find('quantity-unit', unit).some((u) => u.info.kind === 'time' && u.end >= q.text.length && /^\s*$/u.test(unit.slice(q.text.length, u.start)));
}

/** A `part` word that ends its clause right after a Han noun names that part ("补充编译器部分"), it counts nothing. */
function partNamed(match: VocabularyMatch, text: string): boolean {
  return match.info.part === true && /\p{Script=Han}$/u.test(text.slice(0, match.start)) && /^(?:[\s的之，,。.;；:：)）]|$)/u.test(text.slice(match.end));
}

/** Whether a list cue follows `end` after a comma or colon ("…, including auth and search"). */
function listCueAfterComma(sentence: SentenceFacts, end: number): boolean {
  // The last comma or colon that stands right before a list cue (whitespace between): a cue after `end` follows one when it is at or after `end`.
  const lastComma = sentence.once('cue-comma', () => {
    let last = -1;
    for (const m of sentence.matches('list-cue')) {
      let at = m.start;
      while (at > 0 && /\s/u.test(sentence.text[at - 1])) at--;
      if (at > 0 && /[,，:：]/u.test(sentence.text[at - 1])) last = Math.max(last, at - 1);
    }
    return last;
  });
  return lastComma >= end;
}

/** NFKC (full-width digits and punctuation to ASCII) when it keeps offsets, so the patterns see `１２％` as `12%`; case is kept. */
function widthFolded(text: string): string {
  const folded = text.normalize('NFKC');
  return folded.length === text.length ? folded : text;
}

function categoryOf(match: VocabularyMatch): VagueCategory | 'other' {
  const category = match.info.category;
  return typeof category === 'string' && (VAGUE_CATEGORIES as readonly string[]).includes(category) ? (category as VagueCategory) : 'other';
}

/** The context that makes the word precise (see `docs.why`). `text` is the sentence, width-folded. */
function preciseInContext(
  category: VagueCategory | 'other',
  match: VocabularyMatch,
  sentence: SentenceFacts,
  nextQuantified: () => boolean,
  nextRefersBack: () => boolean,
  tableFollows: boolean,
  followingBlockQuantified: () => boolean,
): boolean {
  const { text, vocabulary } = sentence;
  // A change or a judgement is backed by a number in its clause, in the clause after it ("有所提升，达到91%")
  // unless that clause gives a cause, or in the next sentence ("兴趣较高。10个任务认领了8个。").
  const quantified = () =>
    tableFollows || phraseQuantified(sentence, match.start, match.end) || followingClauseQuantified(sentence, match.end) || nextQuantified();
  switch (category) {
    case 'amount':
      // "more" is an amount only before a plural noun ("more tests", "more e2e tests"); before an adjective
      // ("more recent", "more generic") it compares, which is no count to give.
      if (match.info.lang === 'en' && match.term === 'more' && !pluralFollows(text, match.end)) return true;
      return (
        numberFollows(text, match.end, vocabulary) ||
        numberPrecedes(text, match.start, vocabulary) ||
        wholeSetBefore(text, match, vocabulary) ||
        itemsNamed(sentence, match.start, match.end) ||
        afterLatinWord(text, match.start, match.end) ||
        beforeGerund(text, match.end) ||
        capabilityBefore(sentence, match.start) ||
        partNamed(match, text) ||
        // "The majority of the work went smoothly … for two of the three areas", 大部分已迁移，6个仓库中的5个: its phrase
        // or the next one gives the share.
        shareNear(sentence, match) ||
        // "Gemstash had a few minor fixes. It gained 9 new commits…": the next sentence, about the same work, measures it.
        (nextRefersBack() && nextQuantified()) ||
        // "Wrote some posts, 6 posts in all", 拜访了一些客户，共12个客户: a figure counts the same noun.
        nounCounted(text, match.end, vocabulary)
      );
    case 'hedge':
      // The number has to qualify the hedged words: same clause ("relatively small: 3%"), not any clause of the sentence,
      // or in the next sentence ("兴趣较高。10个任务认领了8个。").
      return (
        numberFollows(text, match.end, vocabulary) ||
        // "approximately one week before the freeze", "roughly an hour": one unit of time is a measure.
        /^\s*(?:one|an?)\s+(?:minute|hour|day|week|month|quarter|year)\b/iu.test(text.slice(match.end)) ||
        phraseQuantified(sentence, match.start, match.end) ||
        nextQuantified()
      );
    case 'change':
      // "优化参数传递方式，让修改不再需要改动全部页面": the clause after it says what the change made possible.
      return quantified() || effectFollows(sentence, match.end) || capabilityBefore(sentence, match.start);
    case 'empty-verb': {
      // "Continue working on the backend, including auth and search": a clause of its own names the work;
      // "we proactively post updates, at least one a month": the clause after it measures it.
      // "Work on implementing database calls": the gerund names the work; "13 developers made 21 commits, a major
      // contribution": the clause before counts it.
      return listCueAfterComma(sentence, match.end) || followingClauseQuantified(sentence, match.end) || beforeGerund(text, match.end) || precedingClauseQuantified(sentence, match.start);
    }
    case 'judgement':
      // "Good results this month:" followed by a list of results that gives numbers: the list carries the facts.
      // "修复了4万多行代码，…，顺利完成任务结项": a verdict after clauses that give the figures sums them up.
      return quantified() || earlierClausesQuantified(sentence, match.start) || (sentence.endsWithColon && followingBlockQuantified()) || capabilityBefore(sentence, match.start);
    case 'time':
      return sentence.once('date', () => hasDate(text, vocabulary));
    default:
      return false;
  }
}

/**
 * A `purpose-infinitive` word ("to") ends right before `start`, or one word before it ("to further improve"), after
 * a word of the sentence that is no name ("work for 2023 to further improve"): "Ana to further improve …" assigns the
 * work to Ana.
 */
function infinitiveBefore(sentence: SentenceFacts, start: number): boolean {
  const before = sentence.text.slice(Math.max(0, start - 30), start);
  const next = before.length - before.trimEnd().length;
  const word = /\s+[\p{L}-]+\s+$/u.exec(before)?.[0].length;
  return sentence
    .matches('purpose-infinitive')
    .some((m) => (m.end === start - next || (word !== undefined && m.end === start - word)) && /(?<![\p{L}\d-])[\p{Ll}\d][\p{L}\d-]*\s+$/u.test(sentence.text.slice(0, m.start)));
}

/** Whether the clause after the one that holds `end` opens with an `effect-clause` word and is no vaguer itself. */
function effectFollows(sentence: SentenceFacts, end: number): boolean {
  const stops = sentence.stops(CLAUSE_SEPARATOR);
  const separator = stops.next(end);
  if (separator >= sentence.text.length) return false;
  const from = separator + 1 + leadingSpace(sentence.text, separator + 1);
  const to = stops.next(from);
  return sentence.matches('effect-clause').some((m) => m.start === from) && !sentence.matches('vague').some((m) => m.start >= from && m.start < to);
}

/** How many blanks stand at `at`. */
function leadingSpace(text: string, at: number): number {
  return /^\s*/u.exec(text.slice(at))?.[0].length ?? 0;
}

/**
 * Suggestions in the message's language for entries of the other language (an English "ASAP" in a Chinese
 * report gets a Chinese suggestion); entries of the document's language carry their own, more specific one.
 */
const FALLBACK: Record<VagueCategory | 'other', { en: string; [lang: string]: string }> = {
  hedge: { en: 'drop the hedge or give the measure (e.g. "12% slower than in May")', zh: '删去或写明具体程度，如“比5月慢12%”' },
  amount: { en: 'give the number (e.g. "7 customers")', zh: '写明具体数量，如“7家客户”' },
  change: { en: 'give the size of the change (e.g. "from 40% to 52%")', zh: '写明变化幅度，如“由40%提升到52%”' },
  'empty-verb': { en: 'name the concrete action, who does it and by when', zh: '写明具体做法、负责人和完成时间' },
  time: { en: 'give a date (e.g. "by 15 March")', zh: '写明具体日期，如“3月15日前”' },
  judgement: { en: 'state the result as a number or a fact (e.g. "14 of 16 issues closed")', zh: '用数字或事实说明结果，如“16个问题解决了14个”' },
  other: { en: 'replace it with a number, a name or a date', zh: '改为具体的数字、名称或日期' },
};

/** An empty verb outside the plan tells what was done: ask for the work itself, not for an owner and a deadline. */
const DONE_WORK: { en: string; [lang: string]: string } = {
  en: 'say what was actually done and what it changed (e.g. "added 12 e2e tests")',
  zh: '写明实际做了什么、带来了什么变化，如“新增12个端到端测试”',
};

function report(context: RuleContext<NoVagueWordingOptions>, match: VocabularyMatch, category: VagueCategory | 'other', range: Range, inPlan: boolean): void {
  const lang = languageOfLocale(context.locale);
  const done = category === 'empty-verb' && !inPlan;
  const own = !done && match.info.lang === lang && typeof match.info.suggest === 'string' ? match.info.suggest : undefined;
  const fallback = done ? DONE_WORK : FALLBACK[category];
  context.report({
    messageId: category,
    range,
    data: { phrase: match.text, category: category === 'other' ? 'unspecified' : category, suggestion: own ?? fallback[lang] ?? fallback.en },
  });
}

/**
 * An item or paragraph that records a discussion: it opens with a word of discussion ("Discussed …", "Discussion: …",
 * 讨论…), or it is an item that opens with a question ("Getting an API to cancel requests? It's hard in JS, …") or
 * answers one above it: what was said about an open question, not a result.
 */
function recordsDiscussion(block: Block, context: RuleContext<NoVagueWordingOptions>): boolean {
  if (opensWithDiscussion(block.item ? block.item.text : block.prose.text, context.vocabulary)) return true;
  const parent = block.item?.parent;
  if (block.item === undefined) return false;
  if (asks(block.item)) return true;
  // The items under "Discussed the rota" or "What should the runners cost?" are what was said.
  return parent !== undefined && (opensWithDiscussion(parent.text, context.vocabulary) || (asks(parent) && opensWithQuestionWord(parent.text, context.vocabulary)));
}

/**
 * Whether `text` opens (past a list number) with a word of discussion ("Discussed …", "Discussion: …", 讨论…). A word
 * that may name an event's programme ("Agenda", 议程) is one only as a label ("Agenda: …", 议程：…); as the subject
 * of its sentence ("议程安排保留多一点换场时间") the item reports on the programme.
 */
function opensWithDiscussion(text: string, vocabulary: Vocabulary): boolean {
  const head = text.replace(/^[\s*_]*(?:\d{1,2}[.、)）]\s*)?/u, '').slice(0, 40);
  return vocabulary.find('discussion-topic', head).some((m) => m.start === 0 && (m.info.programme !== true || /^\s*(?:[:：]|$)/u.test(head.slice(m.end))));
}

/**
 * Whether an item's first sentence is a question: a question mark that ends it, not one inside a word, which stands
 * for a figure not yet written (并已经进行了？期).
 */
function asks(item: Item): boolean {
  const block = item.blocks[0];
  const first = block?.sentences[0];
  if (first === undefined || !isQuestion(first.text)) return false;
  const rest = block.sentences[1]?.text ?? '';
  return !/^\p{L}{1,2}[。.，,]?$/u.test(rest.trim());
}

/** Whether `text` opens with a `question-word` ("What …", 如何…), after the name of who asks ("Nicole: what to …"). */
function opensWithQuestionWord(text: string, vocabulary: Vocabulary): boolean {
  const label = /^[^:：?？\n]{1,24}[:：]\s*/u.exec(text)?.[0].length ?? 0;
  return opensWith(text.slice(label), 'question-word', vocabulary);
}

/** Prose before the first section, or directly under the document's title: the summary's lead. */
function isLead(doc: SummaryDoc, block: Block): boolean {
  if (block.section === doc.root) return true;
  return block.section.parent === doc.root && doc.title !== undefined && block.section.titleRange[0] === doc.title.range[0];
}

/** Headings, pseudo-headings, table header cells and group-label rows are labels, not reporting prose. */
function isHeadingLike(block: Block): boolean {
  if (block.isTitle || block.kind === 'heading') return true;
  if (block.kind !== 'tableCell') return false;
  if (block.item?.kind !== 'row') return true;
  // A row whose only text is one wholly bold cell names the group of rows below it (an OKR's objective).
  const filled = block.item.blocks.filter((b) => b.prose.text.trim());
  return filled.length === 1 && filled[0] === block && isWholly(block.node, 'strong');
}

/** A paragraph that is one emphasis (`_…_`) is a quotation or an aside (testimonials, template prompts). */
function isWhollyEmphasized(node: Nodes): boolean {
  return node.type === 'paragraph' && isWholly(node, 'emphasis');
}

/** Whether the node's only content (blank text aside) is one node of `type`. */
function isWholly(node: Nodes, type: 'emphasis' | 'strong'): boolean {
  if (!('children' in node)) return false;
  const children = (node as Paragraph).children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  return children.length === 1 && children[0].type === type;
}

/**
 * Source ranges of link text and block quotes. A block quote in a summary is mostly the author's own lead or aside,
 * so with `quotes` only an attributed one is skipped: one that opens with a speaker's label ("客户反馈：",
 * "Customer feedback:") or ends with an attribution line ("— Store manager, Leeds").
 */
function collectSkipped(doc: SummaryDoc, ignored: Set<IgnoredPart>): Range[] {
  const types = new Set<string>();
  if (ignored.has('links')) types.add('link').add('linkReference');
  if (ignored.has('blockquotes') || ignored.has('quotes')) types.add('blockquote');
  const out: Range[] = [];
  if (types.size === 0) return out;
  const visit = (node: Nodes): void => {
    const skipped = node.type !== 'blockquote' || ignored.has('blockquotes') || isAttributed(doc.text, node);
    if (types.has(node.type) && node.position && skipped) {
      out.push([node.position.start.offset ?? 0, node.position.end.offset ?? 0]);
      return;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(doc.tree);
  return out;
}

/**
 * Source ranges of the bold labels that open a paragraph or an item ("**Productive collaboration:** The sessions …"):
 * such a label titles the text after it, as a heading does, so its words are a name, not reporting prose.
 */
function leadLabels(doc: SummaryDoc): Range[] {
  const out: Range[] = [];
  for (const block of doc.blocks) {
    if (block.node.type !== 'paragraph') continue;
    const children = (block.node as Paragraph).children;
    const first = children.findIndex((c) => !(c.type === 'text' && !c.value.trim()));
    const label = children[first];
    if (label?.type !== 'strong' || first === children.length - 1 || label.position?.start.offset === undefined || label.position.end.offset === undefined) continue;
    const after = children[first + 1];
    const inside = doc.text.slice(label.position.start.offset, label.position.end.offset);
    // The colon ends the label, inside the bold or right after it, and text follows.
    const colonAfter = after.type === 'text' && /^\s*[:：]\s*\S/u.test(after.value);
    const colonInside = /[:：]\s*(?:\*\*|__)$/u.test(inside) && (after.type !== 'text' || after.value.trim() !== '');
    if (colonAfter || colonInside) out.push([label.position.start.offset, label.position.end.offset]);
  }
  return out;
}

/** Ranges sorted and joined where they overlap (a link inside a label), as `insideSpan` reads them. */
function merged(ranges: Range[]): Range[] {
  const out: Range[] = [];
  for (const range of ranges.sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    if (last !== undefined && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else out.push([range[0], range[1]]);
  }
  return out;
}

/** A block quote that names whose words it holds: a short speaker label before a colon, or a closing "— name" line. */
function isAttributed(text: string, node: Nodes): boolean {
  const source = text.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
  const lines = source.split('\n').map((line) => line.replace(/^(\s*>)+\s*/u, '').trim()).filter(Boolean);
  if (lines.length === 0) return false;
  const label = /^[^:：。.!?！？,，]{1,16}[:：]/u.exec(lines[0]);
  return (label !== null && !/^https?:?$/iu.test(label[0])) || /^(?:[—–―]|--)\s*\S/u.test(lines[lines.length - 1]);
}
