import { isQuestion } from '../src/text/sentences.js';
import type { Nodes } from 'mdast';
import { defineRule, type Block, type Item, type Range, type Sentence, type SummaryDoc, type Vocabulary, type VocabularyMatch } from '../src/types.js';
import { hasHan } from '../src/text/han.js';
import { leadingListNumber } from '../src/text/list-numbers.js';
import { bisect, insideSpan, Stops } from '../src/text/positions.js';
import { CLAUSE_END, quotedSpans, SCOPE_END } from '../src/text/punctuation.js';
import { findQuantities, hasQuantity } from './utils/quantity.js';
import { isAttributed } from './utils/attribution.js';
import { isReportLeadIn } from './utils/report-lead-ins.js';
import { perText } from './utils/cache.js';
import { inDescription, readingFrames, statesWork } from './utils/sentence-role.js';

export interface NoUnquantifiedClaimsOptions {
  /** Check targets ("grow revenue", "提升销售额") for a number too: in the plan, after a goal lead-in ("Our KPIs are:"), and opening an item of a section with no role. */
  targets: boolean;
  /** Section roles where claims are not checked. */
  ignoreSections: string[];
}

const DOCS_URL = 'https://github.com/summarylint/summarylint/blob/main/docs/rules/no-unquantified-claims.md';

type Kind = 'claim' | 'target';

/** How far before a claim a blocker may stand (words for Latin text, characters for Chinese). */
const BLOCKER_WORDS = 4;
const BLOCKER_CHARS = 16;
/** How far an intention, a condition or a hedge reaches, across commas. */
const SCOPE_WORDS = 12;
const SCOPE_CHARS = 30;
/** How far from a claim word that needs one ("completed" a goal, "improved" a metric) the goal or metric may stand. */
const REQUIRED_WORDS = 4;
const REQUIRED_CHARS = 16;

export default defineRule<NoUnquantifiedClaimsOptions>({
  meta: {
    id: 'no-unquantified-claims',
    description: 'Require a number behind every claimed result or change, and behind every target in the plan',
    docs: {
      why: 'A result without a number cannot be checked or compared ("sales improved" by 1% or by 50%?); the writing guides say a summary without numbers does not persuade, and a target without a number cannot be met or missed. A word that claims a result only of something ("completed" a goal, "improved" a metric) counts with it nearby, after a size word ("steadily improved", "strong growth", 普遍提高) or over the whole of the work ("completed all planned tasks", 圆满完成了全年各项任务, "they were all done", 基本都已经结束了); finishing one named piece of work is a fact to check, not a claim. A measure judged with no figure is a claim too ("attendance was poor", 报到率很差), and so is a comparison stated of a result ("the dashboard is now much more responsive", 集群变得更加稳定), a result against the plan in time ("ahead of my initial timeline", 进度滞后) and a section heading that is a verdict on a goal ("Q3 target missed", 测试相关目标未达成). A frame for reading a figure ("if you leave out the holiday rush, orders are on the rise", 如果剔除一次性退款…) is no condition: the claim after it still needs its number. What others said is no claim of the writer: an attributed quote, or the items after a lead-in that reports them ("The sprint received warm feedback:", 志愿者反馈如下：). A sentence that states no work is not read: history or a biography ("曾任职于…", "formerly worked at"), a line to the reader ("如果您遇到问题…", "if you run into trouble"); nor what an action sized by its figure is for ("publish 10 starter tasks to attract more contributors", 发布10个子任务，吸引更多的开发者参与), nor a description in brackets of a thing named before it ("ruff（一个更快的 linter）", "(a tool built to grow revenue)"), nor what a delivered tool can do or lets its users do, however much ("可以极大改善…", "can greatly reduce…", 让操作更省资源, "lets staff restart a worker with less downtime").',
      url: DOCS_URL,
    },
    level: 'warn',
    languages: ['en', 'zh'],
    schema: {
      type: 'object',
      properties: {
        targets: {
          type: 'boolean',
          description: 'Also check targets ("grow revenue", "提升销售额") for the value to reach: in the plan, in the goals a lead-in introduces anywhere ("Our KPIs are:", "项目目标："), and in an item that opens with one in a section with no role ("Improve the state of the tests" in an OKR table).',
        },
        ignoreSections: {
          type: 'array',
          items: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' },
          uniqueItems: true,
          description: 'Section roles whose text is not checked, e.g. `appendix` (see require-sections for the roles).',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { targets: true, ignoreSections: ['appendix'] },
    messages: {
      claim: {
        en: 'Unquantified claim "{{claim}}": add the number behind it, such as how much, how many or from what to what',
        'zh-Hans': '“{{claim}}”缺少数据支撑：请写明具体数字，例如增长了多少、从多少到多少',
      },
      target: {
        en: 'Target "{{claim}}" has no number: state the value to reach, such as "from 2% to 3%"',
        'zh-Hans': '目标“{{claim}}”没有量化：请写明要达到的具体数值，例如“从2%提升到3%”',
      },
    },
    examples: [
      {
        title: 'a claim with no number, a date that is not one, and a target with no number',
        lang: 'en',
        options: {},
        markdown:
          '# October Revenue Report\n\nRevenue reached $1.2M, 4% above plan.\n\n## Results\n\nIn October 2023 sales improved across the region. <!-- expect: no-unquantified-claims -->\n\nChurn decreased from 4.1% to 2.9%.\n\n## Problems\n\nTwo deals slipped to November because legal review took 3 weeks.\n\n## Next steps\n\n- Grow revenue in the north (owner: Dana, by 30 November) <!-- expect: no-unquantified-claims -->\n- Grow revenue in the south from $1.2M to $1.5M (owner: Li, by 30 November)\n',
      },
      {
        title: '没有数字的成绩和目标',
        lang: 'zh',
        options: {},
        markdown:
          '# 10月销售工作总结\n\n本月销售额120万元，完成目标的104%。\n\n## 主要成绩\n\n本季度客户满意度显著提升。 <!-- expect: no-unquantified-claims -->\n\n新签客户增长两成，达到36家。\n\n## 存在的问题\n\n回款周期延长到75天，原因是两家大客户调整了付款流程。\n\n## 下月计划\n\n1、提升老用户续费率（负责人：王敏，11月30日前） <!-- expect: no-unquantified-claims -->\n2、把回款周期缩短到60天（负责人：李强，11月30日前）\n',
      },
      {
        title: '繁體：日期不是數字',
        lang: 'zh-Hant',
        options: {},
        markdown:
          '# 10月銷售工作總結\n\n本月銷售額120萬元，達成率104%。\n\n## 主要成績\n\n2024年10月銷售額大幅增長。 <!-- expect: no-unquantified-claims -->\n\n新客戶增加了三成。\n\n## 存在的問題\n\n回款週期延長到75天，原因是兩家大客戶調整了付款流程。\n\n## 下月計劃\n\n1、11月30日前把回款週期縮短到60天（負責人：王敏）。\n',
      },
    ],
  },

  check(doc, context) {
    const { targets, ignoreSections } = context.options;
    const vocabulary = context.vocabulary;
    const hasNumber = perText((text) => hasQuantity(text, vocabulary));
    const places = new BlockPlaces(doc, hasNumber);
    const goalLed = ledItems(doc, places, (text) => isGoalLeadIn(text, vocabulary));
    const reported = ledItems(doc, places, (text) => isReportLeadIn(text, vocabulary));
    // Link text names someone else's page, issue or pull request ("[高阶求导性能优化](…)"): a title, not the author's claim.
    const links: Range[] = [];
    visit(doc.tree, (node) => {
      if (node.type === 'link' && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) links.push([node.position.start.offset, node.position.end.offset]);
    });
    // Every sentence is a candidate: the overview, prose paragraphs, sections with no role, and headings written as
    // sentences. The plan's role makes a claim word a target; it does not decide whether a sentence is read.
    for (const block of doc.blocks) {
      const verdictHeading = block.kind === 'heading' && block !== doc.blocks[0] && isVerdictHeading(block.prose.text, vocabulary);
      if (block.kind === 'heading' && !isSentenceHeading(block.prose.text) && !verdictHeading) continue;
      if (block.isTitle && !isSentenceHeading(block.prose.text) && !verdictHeading) continue;
      // "## Q3 target missed" then "Signups reached 80 of 100.": the section's opening gives the figure.
      const opening = verdictHeading ? doc.blocks[places.indexOf(block) + 1] : undefined;
      if (opening && opening.section === block.section && hasNumber(opening.prose.text)) continue;
      const role = doc.roleOf(block.section);
      if (role && ignoreSections.includes(role)) continue;
      // "Our KPIs are:", "目标：" over a list: its items are targets wherever the list stands.
      let inPlan = role === 'plan' || underLeadIn(block.item, goalLed);
      // An attributed block quote holds someone else's words (feedback, a quoted message), not the author's claims;
      // so do the items after a lead-in that reports them ("The event received positive feedback:", 学员反馈如下：).
      if (block.quoted && isAttributed(block.prose.text, vocabulary)) continue;
      if (underLeadIn(block.item, reported)) continue;
      const units = block.sentences;
      units.forEach((unit, i) => {
        // A question asks about a result, it does not claim one.
        if (isQuestion(unit.text)) return;
        // The lines after a goal lead-in in the same paragraph are the goals themselves.
        if (isGoalLeadIn(unit.text, vocabulary)) {
          inPlan = true;
          return;
        }
        // An item of a section with no role that opens with a target verb ("Improve overall state of the tests" in an
        // OKR table) sets a target, as in the plan.
        const found = claimsOf(unit.text, inPlan, targets, vocabulary, !role && block.item !== undefined && i === 0);
        if (found.length === 0) return;
        // History, a biography or a line to the reader states no work to check.
        if (!statesWork(unit.text, vocabulary)) return;
        // One finding per claim: each claim owns the stretch of the sentence up to the next claim's clause, and a
        // number there quantifies it ("Revenue grew 20% and churn fell": only "fell" is reported).
        const splits = new Stops(unit.text, CLAUSE_SPLIT);
        const regions = claimRegions(splits, found.map((f) => f.match));
        // Facts of the whole sentence, worked out for its first claim that needs them, not for each claim.
        let byTable: boolean | undefined;
        let oneLine: string | undefined;
        let aims: VocabularyMatch[] | undefined;
        let firstFigure: number | undefined;
        found.forEach(({ match: claim, kind }, k) => {
          const [from, to] = regions[k];
          const last = k === found.length - 1;
          if (claim.info.clause === true) {
            if (hasNumber(unit.text.slice(...clauseOf(splits, claim)))) return;
          } else if (found.length === 1 ? hasNumber(unit.text.slice(...nearClauses(splits, claim))) || nextQuantifies(places, block, units, i, hasNumber) : hasNumber(unit.text.slice(from, to)) || (last && nextQuantifies(places, block, units, i, hasNumber))) return;
          if ((byTable ??= tableQuantifies(places, block, unit.text, vocabulary, hasNumber))) return;
          // "ruff（一个更快的 linter）": the brackets describe a tool, they claim no result.
          if (inDescription(unit.text, claim.start, vocabulary)) return;
          aims ??= vocabulary.find('aim-verb', unit.text);
          if (aims.length > 0 && purposeOfSizedAction(unit.text, claim, aims, (firstFigure ??= findQuantities(unit.text, vocabulary)[0]?.end ?? Infinity))) return;
          const at = block.prose.sourceRange(unit.start + claim.start, unit.start + claim.end);
          if (insideSpan(links, at[0], at[1])) return;
          context.report({ messageId: kind, range: at, data: { kind, claim: claim.text, sentence: (oneLine ??= unit.text.replace(/\s*\n\s*/gu, ' ')) } });
        });
      });
    }
  },
});

/**
 * A sentence that introduces goals: it ends with a colon and names them ("Our KPIs have been stated as:", 本季度目标：),
 * not goals already met ("Goals we reached:", 已完成的目标：), whose items are results.
 */
function isGoalLeadIn(text: string, vocabulary: Vocabulary): boolean {
  return /[:：]\s*$/u.test(text) && vocabulary.has('goal', text) && !vocabulary.has('claim', text);
}

/** The list items that a lead-in paragraph (its last sentence passing `isLeadIn`) introduces. */
function ledItems(doc: SummaryDoc, places: BlockPlaces, isLeadIn: (text: string) => boolean): Set<Item> {
  const led = new Set<Item>();
  for (const block of doc.blocks) {
    const last = block.sentences.at(-1);
    if (block.item || block.kind !== 'paragraph' || !last || !isLeadIn(last.text)) continue;
    for (const item of places.introducedItems(block)) led.add(item);
  }
  return led;
}

function underLeadIn(item: Item | undefined, led: ReadonlySet<Item>): boolean {
  for (let p = item; p; p = p.parent) if (led.has(p)) return true;
  return false;
}

/** Breaks between the clauses of a sentence: punctuation, and in Latin text the conjunctions that join two claims. */
const CLAUSE_SPLIT = /[,，]?\s(?:and|but|while|whereas)\s|[,，;；:：。!?！？]/giu;

/** The clause a word stands in, between the sentence's clause breaks (`CLAUSE_SPLIT`). */
function clauseOf(splits: Stops, word: { start: number; end: number }): [number, number] {
  return [splits.previousEnd(word.start), splits.next(word.end)];
}

/** A claim's clause with the clause on each side of it: a number further away counts something else. */
function nearClauses(splits: Stops, word: VocabularyMatch): [number, number] {
  const { length } = splits.text;
  const [start, end] = clauseOf(splits, word);
  const before = start > 0 ? splits.previousEnd(Math.max(0, start - 2)) : 0;
  const after = end < length ? splits.next(Math.min(length, end + 1)) : length;
  return [before, after];
}

/** Each claim's stretch of its sentence: from the start of its clause to the end of the next claim's clause. */
function claimRegions(splits: Stops, claims: readonly VocabularyMatch[]): Array<[number, number]> {
  // A number in the next claim's clause still counts ("目标超额完成，实际完成目标的120%"): the second often restates the first.
  return claims.map((claim, k) => [k === 0 ? 0 : splits.previousEnd(claim.start), k === claims.length - 1 ? splits.text.length : splits.next(claims[k + 1].end)]);
}

/**
 * Whether a claim is what an action sized before it is for: "publish 10 starter tasks to attract more contributors",
 * 发布10个子任务，吸引更多的开发者参与. The figure measures the action; the aim verb right before the claim ("attract",
 * 吸引) says what it is for. A figure after it ("attract more contributors (12 now)") is a baseline: the claim stands.
 * `firstFigureEnd` is where the sentence's first figure ends, found once per sentence.
 */
function purposeOfSizedAction(text: string, claim: VocabularyMatch, aims: readonly VocabularyMatch[], firstFigureEnd: number): boolean {
  // The aim verb stands right before the claim, or opens it ("attract more" is itself a target phrase).
  const aim = aims[bisect(aims, (a) => a.start <= claim.start) - 1];
  if (!aim || firstFigureEnd > aim.start) return false;
  if (aim.start === claim.start) return true;
  return aim.end <= claim.start && claim.start - aim.end <= AIM_GAP && /^\s*$/u.test(text.slice(aim.end, claim.start));
}

/** At most the spaces between an aim verb and the claim it opens (characters). */
const AIM_GAP = 3;

/** A sentence short enough to be a headline the next sentence backs with numbers. */
function isHeadline(text: string): boolean {
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  const words = (text.replace(/\p{Script=Han}/gu, ' ').match(/[\p{L}\p{N}]+/gu) ?? []).length;
  return han + 2 * words <= 24;
}

/** A heading that is a sentence, not a title: it has sentence punctuation inside or runs long ("社区项目发展迅速，成功毕业…"). */
function isSentenceHeading(text: string): boolean {
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  return /[，。；！,;!](?=.)/u.test(text.trim()) || han > 30 || text.trim().split(/\s+/u).length > 12;
}

/**
 * A section heading that is a verdict on a goal or the schedule ("測試相關目標未達成", "Roadmap behind schedule"): it
 * ends with a claim word that needs a goal or the schedule, or with that goal or schedule after it. A heading ending
 * in another claim word names a topic ("Revenue growth", 性能优化).
 */
function isVerdictHeading(text: string, vocabulary: Vocabulary): boolean {
  const last = vocabulary.find('claim', text).at(-1);
  if (!last) return false;
  const requires = [last.info.requires ?? []].flat().map(String).filter((c) => c === 'goal' || c === 'schedule');
  if (requires.length === 0) return false;
  // After the claim word, at most the goal or schedule it is measured against ("Roadmap behind schedule").
  let tail = text.slice(last.end);
  for (const concept of requires) for (const m of vocabulary.find(concept, tail).reverse()) tail = tail.slice(0, m.start) + tail.slice(m.end);
  return !/[\p{L}\p{N}]/u.test(tail);
}

/**
 * The claim words of a sentence that state a result as fact, and the targets (in the plan, under a plan for what comes
 * next, or opening the item when `opensItem`), one per clause.
 */
function claimsOf(text: string, inPlan: boolean, targets: boolean, vocabulary: Vocabulary, opensItem: boolean): Array<{ match: VocabularyMatch; kind: Kind }> {
  const claims = [...vocabulary.find('claim', text), ...verdicts(text, vocabulary)].sort((x, y) => x.start - y.start);
  const targetWords = targets ? vocabulary.find('target', text) : [];
  const found = [...claims.map((match) => ({ match, target: false })), ...targetWords.map((match) => ({ match, target: true }))]
    .sort((x, y) => x.match.start - y.match.start);
  if (found.length === 0) return [];
  const quotes = quotedSpans(text, { acrossLines: true });
  // "If you ignore May's spike, growth is still on an upward path": a frame for reading the result, not its condition.
  const frames = readingFrames(text, vocabulary);
  const blockers = vocabulary.find('claim-blocker', text).filter((b) => !insideSpan(frames, b.start, b.end));
  // "Stability may dip during the maintenance; this is normal": a notice of what to expect, not a result.
  if (blockers.some((b) => b.info.kind === 'expected')) return [];
  const reach = new Reach(text);
  const degrees = vocabulary.find('claim-degree', text);
  const required = new Map<string, VocabularyMatch[]>();
  const nearby = (concept: string, m: VocabularyMatch) => {
    if (!required.has(concept)) required.set(concept, vocabulary.find(concept, text));
    return reach.around(required.get(concept)!, m, REQUIRED_WORDS, REQUIRED_CHARS, CLAUSE_END).some((r) => r !== m && near(text, m, r, REQUIRED_WORDS, REQUIRED_CHARS));
  };
  const kept: Array<{ match: VocabularyMatch; kind: Kind }> = [];
  for (const { match: m, target } of found) {
    if (insideSpan(quotes, m.start, m.end)) continue;
    // "completed" is a claim with a goal ("completed the Q3 target"), "improved" with a metric ("improved retention").
    const requires = m.info.requires === undefined ? [] : [m.info.requires].flat().map(String);
    // A size word before it ("极大改善", "greatly improved") says it is a result, a goal or metric named or not.
    const sizes = reach.around(degrees, m, BLOCKER_WORDS, BLOCKER_CHARS, CLAUSE_END).filter((d) => d.end <= m.start && near(text, d, m, BLOCKER_WORDS, BLOCKER_CHARS));
    const sized = sizes.length > 0;
    if (requires.length > 0 && !sized && !requires.some((concept) => nearby(concept, m))) continue;
    // Only the blockers within reach before the claim can govern it (SCOPE_END bounds both kinds: it is in CLAUSE_END).
    const governing = reach.around(blockers, m, SCOPE_WORDS, SCOPE_CHARS, SCOPE_END).filter((b) => {
      if (b.end > m.start) return false;
      if (b.info.kind === 'negation') return near(text, b, m, BLOCKER_WORDS, BLOCKER_CHARS);
      // Intentions, conditions and hedges govern the rest of the sentence: "If X, Y grew", 期望……，提高代码质量.
      return near(text, b, m, SCOPE_WORDS, SCOPE_CHARS, SCOPE_END);
    });
    // In the plan, intentions ("plan to grow", 争取提升) are the targets themselves; negations, conditions and hedges still are not.
    // Elsewhere a plan for what comes next ("we will grow", 后续会吸引更多开发者) sets a target too: the role changes what
    // is asked for, not whether the sentence is read.
    const intentional = (b: VocabularyMatch) => b.info.kind === 'intent' || b.info.kind === 'future' || b.info.kind === 'purpose';
    // "I am ahead of my initial timeline", "attendance has been poor" under "Plan update" state where things stand:
    // a claim, not a target.
    const status = !target && governing.length === 0 && (m.info.verdict === true || (requires.includes('schedule') && nearby('schedule', m)));
    if (inPlan && !status) {
      if (targets && governing.every(intentional)) kept.push({ match: m, kind: 'target' });
    } else if (governing.length > 0 && governing.every((b) => b.info.kind === 'future')) {
      if (targets) kept.push({ match: m, kind: 'target' });
    } else if (!target && governing.length === 0) kept.push({ match: m, kind: 'claim' });
    else if (target && targets && opensItem && text.slice(0, m.start).trim() === '' && governing.every(intentional)) kept.push({ match: m, kind: 'target' });
  }
  // Words of one clause make one claim ("大幅增长", "grew sharply and rose"): keep the first of each clause.
  return kept.filter((x, k) => {
    if (k === 0) return true;
    const between = text.slice(kept[k - 1].match.end, x.match.start);
    return CLAUSE_END.test(between.replace(/(\d)[.,](\d)/gu, '$1$2')) || /\s(?:and|but|while|whereas)\s/iu.test(between);
  });
}

/**
 * What a verdict may judge: a measure or a goal ("attendance", 报到率, 目标), whose number the reader asks for. A
 * verdict on the work's outcome ("the results were good", 效果不错) is an empty judgement: no-vague-wording's.
 */
const JUDGED = ['metric', 'goal'] as const;
/** How far before its verdict a measure may stand (characters): a short phrase and the predicate's verb. */
const VERDICT_REACH = 60;
/** After a verdict, the end of its clause: the text's end or a stop ("attendance was poor.", 报到率很差，). */
const CLAUSE_STOP_AFTER = /^\s*(?:$|[,，;；:：。.!！?？)）—-])/u;

/**
 * The verdicts of a sentence ("attendance was poor", 报到率很差) as claims spanning the measure they judge: the
 * measure stands before the verdict, joined to it only by `verdict-link` words, and the verdict ends its clause. A
 * comparative verdict ("is now faster", 变得更加稳定) needs only a verb before it.
 */
function verdicts(text: string, vocabulary: Vocabulary): VocabularyMatch[] {
  const found = vocabulary.find('verdict', text);
  if (found.length === 0) return [];
  const subjects = JUDGED.flatMap((concept) => vocabulary.find(concept, text)).sort((a, b) => a.end - b.end);
  const out: VocabularyMatch[] = [];
  const links = vocabulary.find('verdict-link', text);
  for (const v of found) {
    if (!endsClause(text.slice(v.end), vocabulary)) continue;
    // "The build is now faster": a comparison predicated of anything the work changed, after a verb.
    if (v.info.comparative === true) {
      const chain = linkChain(text, links, v.start);
      if (chain.some((l) => l.info.kind === 'verb')) out.push({ text: text.slice(chain[0].start, v.end), term: v.term, start: chain[0].start, end: v.end, info: { verdict: true } });
      continue;
    }
    // The nearest measure before the verdict, within a short predicate's reach.
    let subject: VocabularyMatch | undefined;
    for (let i = bisect(subjects, (s) => s.end <= v.start) - 1; i >= 0 && v.start - subjects[i].end <= VERDICT_REACH && !subject; i--) {
      if (linksOnly(text.slice(subjects[i].end, v.start), vocabulary)) subject = subjects[i];
    }
    if (subject) out.push({ text: text.slice(subject.start, v.end), term: v.term, start: subject.start, end: v.end, info: { verdict: true } });
  }
  return out;
}

/** Whether a verdict's clause ends where `after` begins: at a stop, or at a word that opens what comes next ("… was poor and …", "… good overall"). */
function endsClause(after: string, vocabulary: Vocabulary): boolean {
  if (CLAUSE_STOP_AFTER.test(after)) return true;
  const next = after.trimStart();
  return vocabulary.find('verdict-end', next.slice(0, 16)).some((m) => m.start === 0);
}

/** The `verdict-link` words that stand right before `at`, one after another ("is now much" before "faster"). */
function linkChain(text: string, links: readonly VocabularyMatch[], at: number): VocabularyMatch[] {
  const chain: VocabularyMatch[] = [];
  let end = at;
  for (let i = bisect(links, (l) => l.end <= end) - 1; i >= 0 && /^\s*$/u.test(text.slice(links[i].end, end)); i--) {
    chain.unshift(links[i]);
    end = links[i].start;
  }
  return chain;
}

/** How many words a phrase after the measure may hold ("attendance at the evening talks was poor"). */
const MODIFIER_WORDS = 4;

/**
 * Whether `between` holds only `verdict-link` words (or nothing): "has been", " is still very ", 都很, after at most
 * one short phrase that a `preposition` link opens (" at the evening talks was ").
 */
function linksOnly(between: string, vocabulary: Vocabulary): boolean {
  // Latin text needs its verb ("the setup worked great" judges no measure); Chinese may join them directly (效果好).
  if (between.trim() === '') return between === '';
  const links = vocabulary.find('verdict-link', between);
  const opener = links[0]?.info.kind === 'preposition' && between.slice(0, links[0].start).trim() === '' ? links[0] : undefined;
  // The verb after the phrase: the first link that is no preposition.
  const verb = opener ? links.find((m) => m.start > opener.end && m.info.kind !== 'preposition') : links[0];
  if (!verb) return false;
  const phrase = between.slice(opener ? opener.end : 0, verb.start).trim();
  if (opener ? phrase.split(/\s+/u).length > MODIFIER_WORDS : phrase !== '') return false;
  // From the verb on, nothing but links.
  let rest = between;
  for (const m of links.filter((l) => l.start >= verb.start).reverse()) rest = rest.slice(0, m.start) + ' ' + rest.slice(m.end);
  return rest.slice(verb.start).trim() === '';
}

/**
 * The matches that may be `near` a word, found without measuring the gap to every match of the sentence: walking
 * out from the word on each side, it stops at a break (punctuation of `breaks` that `near` would see: not a decimal
 * point or a thousands separator) or once the gap is longer than `chars` characters and `words` words (a lower bound
 * of `near`'s count), past which no match can be near. `near` still decides each one it returns.
 */
class Reach {
  private readonly stops = new Map<RegExp, Stops>();
  private words?: Stops;

  constructor(private readonly text: string) {}

  around(matches: readonly VocabularyMatch[], word: VocabularyMatch, words: number, chars: number, breaks: RegExp): VocabularyMatch[] {
    let stops = this.stops.get(breaks);
    if (!stops) this.stops.set(breaks, (stops = new Stops(this.text, new RegExp(`(?!(?<=\\d)[.,](?=\\d))${breaks.source}`, breaks.flags))));
    const tokens = (this.words ??= new Stops(this.text, /\S+/u));
    const far = (from: number, to: number) => stops.countIn(from, to) > 0 || (to - from > chars && tokens.countIn(from + 1, to) > words);
    const out: VocabularyMatch[] = [];
    const first = bisect(matches, (m) => m.end <= word.start);
    for (let i = first - 1; i >= 0 && !far(matches[i].end, word.start); i--) out.push(matches[i]);
    for (let i = first; i < matches.length && (matches[i].start < word.end || !far(word.end, matches[i].start)); i++) out.push(matches[i]);
    return out;
  }
}

/**
 * Whether `a` and `b` stand in the same clause within `words` words (Latin) or `chars` characters (Chinese): a
 * blocker ("did not", 如果) or a goal word counts only inside the claim's clause; an intention, a condition or a
 * hedge reaches across commas (`SCOPE_END`).
 */
function near(text: string, a: VocabularyMatch, b: VocabularyMatch, words: number, chars: number, breaks = CLAUSE_END): boolean {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  const between = text.slice(first.end, second.start);
  if (breaks.test(between.replace(/(\d)[.,](\d)/gu, '$1$2'))) return false;
  const han = hasHan(a.text + b.text);
  if (han) return between.length <= chars;
  return between.trim() === '' || between.trim().split(/\s+/u).length <= words;
}

/** What quantifies a sentence's last claim from outside it: the next sentence, sub-items, the table row, the list it introduces. */
function nextQuantifies(places: BlockPlaces, block: Block, units: readonly Sentence[], index: number, hasNumber: (text: string) => boolean): boolean {
  // The next sentence, when this one is a short headline that it backs ("Sales improved. Revenue rose 12%."), unless it
  // opens the next item of a numbered list pasted as one paragraph. A long sentence carries its own numbers.
  const next = units[index + 1];
  if (next && isHeadline(units[index].text) && leadingListNumber(next.text, { quantity: true }) === 0 && hasNumber(next.text)) return true;
  const item = block.item;
  if (item) {
    if (item.kind === 'row' && places.numberedCells(item) - (hasNumber(block.prose.text) ? 1 : 0) > 0) return true;
    if (places.numberedDescendant(item)) return true;
  }
  if (index === units.length - 1 && /[:：]$/u.test(units[index].text)) {
    return places.introducedItems(block).some((i) => hasNumber(i.text));
  }
  return false;
}

/**
 * A paragraph followed by a table ("Revenue growth is still healthy." then a metrics table) is quantified by
 * the table when a row names a metric of the sentence and holds a number (`Monthly Recurring Revenue | +13%`).
 */
function tableQuantifies(places: BlockPlaces, block: Block, text: string, vocabulary: Vocabulary, hasNumber: (text: string) => boolean): boolean {
  if (block.kind !== 'paragraph') return false;
  const metrics = new Set(vocabulary.find('metric', text).map((m) => m.term));
  if (metrics.size === 0) return false;
  const { doc } = places;
  const index = places.indexOf(block);
  const next = doc.blocks[index + 1];
  if (!next || next.kind !== 'tableCell' || next.section !== block.section) return false;
  const rows = new Set<Item>();
  for (let i = index + 1; i < doc.blocks.length && doc.blocks[i].kind === 'tableCell'; i++) {
    const row = doc.blocks[i].item;
    if (row?.kind === 'row') rows.add(row);
  }
  return [...rows].some((row) => hasNumber(row.text) && vocabulary.find('metric', row.text).some((m) => metrics.has(m.term)));
}

function descendants(item: Item): Item[] {
  return item.children.flatMap((child) => [child, ...descendants(child)]);
}

/**
 * Where a block stands in its document and what its item holds, worked out once per block or item: each claim of
 * a long table row or item asks about the same row and sub-items, which asked afresh made a wide row quadratic.
 */
class BlockPlaces {
  private index?: Map<Block, number>;
  private readonly cells = new Map<Item, number>();
  private readonly subItems = new Map<Item, boolean>();

  constructor(
    readonly doc: SummaryDoc,
    private readonly hasNumber: (text: string) => boolean,
  ) {}

  indexOf(block: Block): number {
    this.index ??= new Map(this.doc.blocks.map((b, i) => [b, i]));
    return this.index.get(block) ?? -1;
  }

  /** How many cells of a table row hold a number. */
  numberedCells(row: Item): number {
    let count = this.cells.get(row);
    if (count === undefined) this.cells.set(row, (count = row.blocks.filter((b) => this.hasNumber(b.prose.text)).length));
    return count;
  }

  /** Whether a sub-item of `item` (at any depth) holds a number. */
  numberedDescendant(item: Item): boolean {
    let found = this.subItems.get(item);
    if (found === undefined) this.subItems.set(item, (found = descendants(item).some((child) => this.hasNumber(child.text))));
    return found;
  }

  /** The items of the list that directly follows a block ("Highlights:" then a list). */
  introducedItems(block: Block): Item[] {
    const { blocks } = this.doc;
    const out = new Set<Item>();
    for (let i = this.indexOf(block) + 1; i < blocks.length; i++) {
      const next = blocks[i];
      if (!next.item || next.item === block.item || next.section !== block.section) break;
      out.add(next.item);
    }
    return [...out];
  }
}

function visit(node: Nodes, fn: (node: Nodes) => void): void {
  fn(node);
  if ('children' in node) for (const child of node.children) visit(child as Nodes, fn);
}
