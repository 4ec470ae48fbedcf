import type { Block, Section, Sentence, SummaryDoc, Vocabulary } from '../src/types.js';
import { defineRule } from '../src/types.js';
import { readAmounts, type Amount } from './utils/amounts.js';
import { figureWords, fromToPairs } from './utils/figure-words.js';

export interface RequireComparisonOptions {
  roles: string[];
  sectionsWithNoRole: boolean;
}

const DOCS_URL = 'https://github.com/summarylint/summarylint/blob/main/docs/rules/require-comparison.md';

/** Words that give a figure its baseline: a comparison, a target, a change, a multiple, an attainment rate. */
const BASELINE = ['comparison', 'goal', 'change', 'multiple', 'attainment'];
const PROBLEM = ['problem', 'cause', 'impact'];
/** The kinds of `result-context` word that make a sentence's figures no result to compare. */
const NO_RESULT = new Set(['stock', 'setup', 'event', 'first']);
/** A year, not a figure: 2023. */
const YEAR = /^(?:19|20)\d\d$/u;
/** A ratio or a clock time (3:2, 16:00): not a count of anything. */
const RATIO_BEFORE = /\d\s?[:：]\s?$/u;
const RATIO_AFTER = /^\s?[:：]\s?\d/u;
/** A sign right before a figure: +12%, −3. */
const SIGNED = /(?:^|[\s(（])[+−-]$/u;
/** What may stand between a metric and its figure: a few characters, no digit, no clause break ("Revenue was $1.2M", 销售额为120万元, "36 new customers"). */
const HAN = /\p{Script=Han}/u;
/** At most four Chinese characters between a metric and its figure (销售额为, 新签客户). */
const near = (gap: string) => NEAR.test(gap) && (gap.match(/\p{Script=Han}/gu)?.length ?? 0) <= 4;
const NEAR = /^[^\d,，;；。:：!！?？()（）]{0,20}$/u;

export default defineRule<RequireComparisonOptions>({
  meta: {
    id: 'require-comparison',
    description: 'Require result figures to be compared with a target or an earlier period',
    docs: {
      why:
        'A result figure on its own ("Revenue was $1.2M", 本月销售额120万元, "merged 120 PRs") says little: the reader cannot tell whether it is good news. Put the target, the plan or an earlier period beside it ("vs. a $1.1M target", "up 8% on September", 同比增长12%, 达成率104%, "from 9 to 4 hours"). ' +
        'Result statements are read in the overview and results sections, the text before the first section, and (option `sectionsWithNoRole`) the sections whose title names no role, such as a monthly update\'s "Budget & expenses" or 代码仓库; postmortems, retrospectives, minutes and weekly reports read their overview and results sections only (their other sections hold an incident\'s measures, topics of discussion or a week\'s progress). ' +
        'A result statement names a metric ("revenue", "users", "commits", 销售额, 回款, 提交) next to a figure in digits. ' +
        'It has a baseline when the sentence holds a comparison, target, change or attainment word, a signed figure (+12%), "from … to …" or all of a planned set ("all 4 tasks", 全部4个); when the title of its section names one ("Results vs. plan", 主要成绩与上月对比; a title word that names the topic, such as "Budget", does not); or when the sentence or list item just before states a target or an earlier value in the same unit ("Target: 300 sign-ups." then "Actual: 320 sign-ups."). A table with a target, plan, previous-period or change column, or a row with a change in it, counts as a comparison for its section. ' +
        'Not reported, since there is nothing an earlier period could be set against or the figure is no result of the period: durations, years, ratios and clock times (3:2, 16:00), 100%; a problem\'s figure ("12 customers churned", 延误2天: require-problem-cause asks for its cause); a running total, standing size or usual rate ("to date", "currently", "there are", "averages", 至今, 目前, 通常); what was set up, offered or decided ("set up", "decided to", 设置了, 决定); a one-off event\'s figures ("was held", 举办); a first-ever figure ("for the first time", 首届); a plan\'s or an intention\'s figure ("will", "plan to"); figures in sections titled as background, an agenda or meeting notes ("Background", 项目背景, 会议纪要). ' +
        'A section whose figures have no comparison at all is reported once, at its title; otherwise each statement with no baseline is.',
      url: DOCS_URL,
    },
    level: 'warn',
    languages: ['en', 'zh'],
    schema: {
      type: 'object',
      properties: {
        roles: {
          description: 'The section roles whose figures need a baseline (the text before the first section counts as `overview`).',
          type: 'array',
          items: { type: 'string', minLength: 1 },
          uniqueItems: true,
        },
        sectionsWithNoRole: {
          description: 'Also read the sections whose title names no role ("Budget", "Bundler news"): in a report they hold its results. Postmortems, retrospectives, minutes and weekly reports turn it off (docs/kinds.md).',
          type: 'boolean',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { roles: ['overview', 'results'], sectionsWithNoRole: true },
    messages: {
      statement: {
        en: 'Result figure "{{figure}}" has no baseline: compare it with the target or an earlier period, e.g. "vs. a target of …", "up 8% on last month"',
        'zh-Hans': '结果数字“{{figure}}”没有比较基准：请与目标或上期对比，如“达成率104%”“同比增长12%”“较上月增加6家”',
      },
      section: {
        en: 'No comparison in "{{title}}": its {{count}} result figures (first "{{figure}}") have no target or earlier period beside them; add one, e.g. "vs. plan" or "up 8% on last month", or a target column to the table',
        'zh-Hans': '“{{title}}”中没有任何对比：其中{{count}}个结果数字（如“{{figure}}”）都没有目标或上期数据；请补上对比，如“达成率”“同比”“环比”，或在表格中加目标列',
      },
    },
    examples: [
      {
        title: 'figures with and without a baseline',
        lang: 'en',
        options: {},
        markdown:
          '# Sales Team, October Report\n\nOctober revenue was $1.3M, 8% above plan.\n\n## Results\n\n- Revenue from renewals was $1.2M. <!-- expect: require-comparison -->\n- We signed 36 new customers, 6 more than in September.\n- Churn fell from 5% to 3%.\n\n## Problems\n\nTwo renewals slipped to November because the buyer\'s legal review took 3 weeks.\n\n## Next steps\n\n- Alice to close both renewals by Nov 15\n',
      },
      {
        title: 'a section whose title names no role',
        lang: 'en',
        options: {},
        markdown:
          '# Ruby Club, May Update\n\nIn May the club had 86 paying members, 9 more than in April.\n\n## Results\n\n- Bundler gained 27 new commits, 12 more than in April.\n\n## Budget and expenses\n\nWe took in $15,950 in income. <!-- expect: require-comparison -->\n\n## Problems\n\nThe June release slipped by 4 days because the CI provider had an outage.\n\n## Next steps\n\n- Alice to publish the June budget by June 10\n',
      },
      {
        title: '没有任何对比的成绩',
        lang: 'zh',
        options: {},
        markdown:
          '# 华东区10月工作总结\n\n本月销售额120万元，同比增长9%。\n\n## 主要成绩 <!-- expect: require-comparison -->\n\n- 新签客户36家\n- 回款98万元\n\n## 存在的问题\n\n回款周期延长到75天，原因是两家大客户调整了付款流程。\n\n## 下一步计划\n\n- 销售经理王敏负责，11月30日前把回款周期缩短到60天\n',
      },
      {
        title: '繁體：有目標欄的表格',
        lang: 'zh-Hant',
        options: {},
        markdown:
          '# 客服部11月工作總結\n\n本月回訪客戶320位，達成率107%。\n\n## 主要成績\n\n| 指標 | 目標 | 實際 |\n| --- | --- | --- |\n| 回訪客戶數 | 300 | 320 |\n| 滿意度 | 90% | 92% |\n\n## 存在的問題\n\n夜班工單平均等待11小時，因為排班表缺了一個人。\n\n## 下一步計劃\n\n- 客服主管王敏負責，12月15日前補齊夜班排班\n',
      },
    ],
  },

  check(doc, context) {
    const vocabulary = context.vocabulary;
    const around: Near = { order: new Map(doc.blocks.map((b, i) => [b, i])), titles: new Map<Section, boolean>(), vocabulary };
    for (const { section, sentences } of scopesOf(doc, context.options, vocabulary)) {
      const figures: Array<{ sentence: Sentence; figure: string; start: number; end: number }> = [];
      let compared = false;
      let previous: { sentence: Sentence; read: Read } | undefined;
      for (const sentence of sentences) {
        const read = readSentence(sentence.text, vocabulary);
        if (sentence.block.kind === 'tableCell') {
          compared ||= isComparisonTable(sentence, vocabulary) || (read.baseline && sentence.block.item !== undefined);
          if (read.figure) figures.push({ sentence, ...read.figure });
        } else if (read.baseline) compared = true;
        else if (read.figure && !baselineNear(sentence, read, previous, around)) figures.push({ sentence, ...read.figure });
        previous = { sentence, read };
      }
      if (figures.length === 0) continue;
      if (!compared && section && figures.length >= 2) {
        context.report({ messageId: 'section', data: { title: section.title, count: String(figures.length), figure: figures[0]!.figure }, range: section.titleRange });
        continue;
      }
      for (const { sentence, figure, start, end } of figures) {
        if (sentence.block.kind === 'tableCell') continue;
        context.report({ messageId: 'statement', data: { figure }, range: sentence.block.prose.sourceRange(sentence.start + start, sentence.start + end) });
      }
    }
  },
});

interface Scope {
  /** The section reported when none of its figures is compared (undefined for the text before the first section). */
  section: Section | undefined;
  sentences: Sentence[];
}

/**
 * Where result statements are read: the text before the first section (as `overview`), the outermost section of each
 * role in `roles` with its sub-sections, and, with `sectionsWithNoRole`, each section whose title names no role (a
 * report's "Budget & expenses", "Bundler news", 2023年社区数据). A section titled as background or an agenda
 * ("Background", 项目背景) holds no results, whatever role its title gives it.
 */
function scopesOf(doc: SummaryDoc, options: RequireComparisonOptions, vocabulary: Vocabulary): Scope[] {
  const roles = new Set(options.roles);
  const intro = new Set(doc.intro);
  const scopes = new Map<Section | undefined, Sentence[]>();
  const background = (section: Section) => vocabulary.find('result-context', section.title).some((w) => w.info.kind === 'background');
  for (const block of doc.blocks) {
    if (block.kind === 'heading' || block.isTitle || block.quoted) continue;
    let scope: Section | undefined;
    if (intro.has(block)) {
      if (!roles.has('overview')) continue;
    } else {
      // The outermost section of a role in `roles`, with all its sub-sections ("主要成绩" › "新客户开发").
      for (let s: Section | undefined = block.section; s && s.kind !== 'root'; s = s.parent) if (s.role !== undefined && roles.has(s.role)) scope = s;
      if (!scope && options.sectionsWithNoRole && doc.roleOf(block.section) === undefined) scope = block.section;
      if (!scope || ancestors(block.section, scope).some(background)) continue;
    }
    let sentences = scopes.get(scope);
    if (!sentences) scopes.set(scope, (sentences = []));
    // One at a time: a pasted paragraph may hold more sentences than a call takes arguments.
    for (const sentence of block.sentences) sentences.push(sentence);
  }
  return [...scopes].map(([section, sentences]) => ({ section, sentences }));
}

/** A section and its parents up to `top`. */
function ancestors(section: Section, top: Section): Section[] {
  const chain = [section];
  for (let s = section; s !== top && s.parent; s = s.parent) chain.push(s.parent);
  return chain;
}

/**
 * A baseline given beside the statement rather than in it: in the title of its section or of a section it is in
 * ("Results vs. plan", 与上月对比), or in the sentence or list item just before, when that states a target or an
 * earlier value in the same unit ("Target: 300 sign-ups." then "Actual: 320 sign-ups.").
 */
function baselineNear(sentence: Sentence, read: Read, previous: { sentence: Sentence; read: Read } | undefined, around: Near): boolean {
  for (let s: Section | undefined = sentence.block.section; s && s.kind !== 'root'; s = s.parent) {
    let compares = around.titles.get(s);
    if (compares === undefined) around.titles.set(s, (compares = titleCompares(s.title, around.vocabulary)));
    if (compares) return true;
  }
  if (!previous?.read.baseline || previous.sentence.block.kind === 'tableCell') return false;
  const [before, block] = [previous.sentence.block, sentence.block];
  const adjacent = before === block || (before.item !== undefined && block.item !== undefined && around.order.get(block) === around.order.get(before)! + 1);
  const figure = read.figure!.amount;
  return adjacent && previous.read.amounts.some((a) => a.measure === figure.measure && a.unit === figure.unit);
}

/** What baselineNear reads once per document: the blocks' order, and which section titles compare. */
interface Near {
  order: ReadonlyMap<Block, number>;
  titles: Map<Section, boolean>;
  vocabulary: Vocabulary;
}

interface Read {
  /** The sentence holds a baseline: a comparison, a target, a change, "from … to …", all of a planned set. */
  baseline: boolean;
  /** The amounts read, years, durations and 100% aside. */
  amounts: readonly Amount[];
  /** Its first result figure. */
  figure?: { figure: string; start: number; end: number; amount: Amount };
}

/** Whether the sentence gives a baseline, and its first result figure: an amount next to a metric ("revenue", 销售额), no duration and no year. */
function readSentence(text: string, vocabulary: Vocabulary): Read {
  // 100% is all of it (a rollout, a task done): nothing to compare.
  const amounts = readAmounts(text, vocabulary).filter(
    (a) => !a.time && !YEAR.test(text.slice(a.start, a.numberEnd)) && !(a.measure === 'percent' && a.value === 100) && !RATIO_BEFORE.test(text.slice(Math.max(0, a.start - 4), a.start)) && !RATIO_AFTER.test(text.slice(a.end, a.end + 4)),
  );
  if (amounts.length === 0) return { baseline: false, amounts };
  // "all 4 tasks", 全部4个: all of a planned set is done, which compares the sentence's result with the plan.
  const whole = vocabulary.find('result-context', text).some((w) => w.info.kind === 'whole' && amounts.some((a) => a.start >= w.end && /^\s*$/u.test(text.slice(w.end, a.start))));
  const words = figureWords(text, vocabulary);
  // A signed figure (+12%, −3) or percentage points is a difference from something.
  const difference = amounts.some((a) => a.measure === 'points' || SIGNED.test(text.slice(0, a.start)));
  if (whole || difference || BASELINE.some((c) => words.find(c).length > 0) || fromToPairs(text, words, amounts).length > 0) return { baseline: true, amounts };
  if (vocabulary.find('claim-blocker', text).some((b) => b.info.kind === 'future' || b.info.kind === 'intent')) return { baseline: false, amounts };
  // A running total ("to date", 至今), what was set up (设置了3个子任务), a one-off event's figures (who came to the
  // meeting held on July 18) and a first-ever figure (首届) are no result of the period that an earlier one could measure.
  if (vocabulary.find('result-context', text).some((w) => NO_RESULT.has(String(w.info.kind)))) return { baseline: false, amounts };
  // A problem's figure measures the problem (require-problem-cause asks for its cause), not a result.
  if (PROBLEM.some((c) => vocabulary.has(c, text))) return { baseline: false, amounts };
  const metrics = words.find('metric');
  const a = amounts.find((a, i) => {
    if (i > 0 && words.find('change-to').some((w) => w.start >= amounts[i - 1]!.end && w.end <= a.start)) return false; // a range: "300 to 500"
    // A bare number (no unit or scale) counts only with no Chinese between it and its metric: Chinese counts take a
    // measure word (36家), and "deepin 25 镜像下载" is a name.
    const bare = a.unit === undefined && a.measure === undefined && a.scale === 1;
    return metrics.some((m) => {
      const gap = m.end <= a.start ? text.slice(m.end, a.start) : text.slice(a.end, m.start);
      return near(gap) && !(bare && HAN.test(gap));
    });
  });
  return { baseline: false, amounts, ...(a && { figure: { figure: text.slice(a.start, a.end), start: a.start, end: a.end, amount: a } }) };
}

/**
 * A title that sets its figures against a baseline ("Results vs. plan", 与上月对比, "Attainment"). A word that also
 * names a metric or a section ("Budget & expenses", "Plan") names the topic, not a comparison.
 */
function titleCompares(title: string, vocabulary: Vocabulary): boolean {
  const metrics = vocabulary.find('metric', title);
  return BASELINE.some((c) =>
    vocabulary.find(c, title).some((w) => vocabulary.roleOfTitle(w.text) === undefined && !metrics.some((m) => m.start < w.end && w.start < m.end)),
  );
}

/** A cell of a table whose header names a target, a plan, an earlier period or a change. */
function isComparisonTable(sentence: Sentence, vocabulary: Vocabulary): boolean {
  const columns = sentence.block.item?.columns ?? [];
  return columns.some((header) => BASELINE.some((c) => vocabulary.has(c, header)));
}
