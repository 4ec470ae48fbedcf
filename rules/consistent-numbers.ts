import { fullDatesIn, summaryPeriod } from '../src/series.js';
import type { Item, RuleContext, SummaryDoc } from '../src/types.js';
import { defineRule } from '../src/types.js';
import { checkSentence, type FigureCheck } from './utils/sentence-figures.js';
import { checkLists } from './utils/list-figures.js';
import { checkTable } from './utils/table-figures.js';

const CHECKS: readonly Check[] = ['change', 'multiple', 'attainment', 'parts', 'shares', 'totals', 'dates'];

type Check = FigureCheck | 'dates';

export interface ConsistentNumbersOptions {
  checks: Check[];
}

const DOCS_URL = 'https://github.com/summarylint/summarylint/blob/main/docs/rules/consistent-numbers.md';

export default defineRule<ConsistentNumbersOptions>({
  meta: {
    id: 'consistent-numbers',
    description: 'Require figures that agree with each other: changes, attainment rates, parts and totals',
    docs: {
      why:
        'Readers check a summary\'s arithmetic in their heads, and one wrong figure makes them doubt the rest. The rule does the same sums within the rounding of the figures as written: ' +
        'a change against its two figures ("from 120 to 150, up 20%": it is 25%; percent and percentage points are told apart), a multiple ("doubled", 翻了一番, 减半) against them, an attainment rate against target and actual (目标100万元，实际完成120万元，达成率110%), parts against the total they break down ("36 new customers: 20 in the north, 12 in the south"; after "including" or 其中 the parts may fall short of the total but not pass it), shares of one whole ("占45%", "accounting for 40%") past 100%, a table\'s Total / 合计 row or column against its cells, a list of labelled figures ("- Via Slack: 68") against its Total item or the Total line right after it, and a full date (2026-10-28, 2026年10月28日) in a results section outside the period that the front matter `period` or the title names with its year (2026-11, 2026年11月, November 2026, 2026-Q3, 2024年度; a week or a single day gives none). ' +
        'Scales and units are read (k, M, 万, 亿, %, 个百分点, $, 元): a column written in two of them (元 and 万元) is reported, not added up. Anything it cannot read with certainty it leaves alone: figures in Chinese numerals, approximate figures ("about 120", 约, 多), a figure whose label is not next to it, two figures in different units.',
      url: DOCS_URL,
    },
    level: 'error',
    languages: ['en', 'zh'],
    schema: {
      type: 'object',
      properties: {
        checks: {
          description: 'Which sums to check: `change` (from A to B, up X%), `multiple` (doubled, 翻了一番), `attainment` (target, actual and rate), `parts` (parts of a stated total), `shares` (shares past 100%), `totals` (a table\'s total row or column, a list of labelled figures with a Total item or a Total line after it, and a mix of units in a column that is added up), `dates` (a full date in a results section outside the period the front matter `period` or the title names).',
          type: 'array',
          items: { enum: [...CHECKS] },
          uniqueItems: true,
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { checks: [...CHECKS] },
    messages: {
      change: {
        en: 'The change does not match its figures: from {{from}} to {{to}} is {{actual}}, not {{stated}}; correct the figure that is wrong',
        'zh-Hans': '变化幅度与数字不符：从{{from}}到{{to}}是{{actual}}，不是{{stated}}；请改正有误的数字',
      },
      direction: {
        en: '"{{word}}" does not match the figures: from {{from}} to {{to}} goes the other way; correct the word or the figures',
        'zh-Hans': '“{{word}}”与数字不符：从{{from}}到{{to}}的变化方向相反；请改正用词或数字',
      },
      multiple: {
        en: '"{{word}}" does not match the figures: {{to}} is {{ratio}} times {{from}}; correct the word or the figures',
        'zh-Hans': '“{{word}}”与数字不符：{{to}}是{{from}}的{{ratio}}倍；请改正用词或数字',
      },
      attainment: {
        en: 'The attainment rate does not match: {{actual}} against a target of {{target}} is {{rate}}, not {{stated}}; correct the figure that is wrong',
        'zh-Hans': '达成率与数字不符：目标{{target}}、实际{{actual}}，达成率是{{rate}}，不是{{stated}}；请改正有误的数字',
      },
      parts: {
        en: 'The parts do not add up to the total: {{parts}} is {{sum}}, not {{total}}; correct a figure, or name the part that is missing',
        'zh-Hans': '分项之和与总数不符：{{parts}}是{{sum}}，不是{{total}}；请改正数字，或写明缺少的分项',
      },
      shares: {
        en: 'Shares of one whole add up to more than 100%: {{shares}} is {{sum}}; correct a share, or say which whole each is a share of',
        'zh-Hans': '各部分占比之和超过100%：{{shares}}是{{sum}}；请改正占比，或写明各自是哪个整体的占比',
      },
      total: {
        en: 'The total does not match its {{count}} cells: they add up to {{sum}}, not {{total}}; correct the total or a cell',
        'zh-Hans': '合计与{{count}}个分项不符：分项之和是{{sum}}，不是{{total}}；请改正合计或分项',
      },
      listTotal: {
        en: 'The total does not match the {{count}} figures listed: they add up to {{sum}}, not {{total}}; correct the total or a figure, or list what is missing',
        'zh-Hans': '合计与所列的{{count}}项数字不符：各项之和是{{sum}}，不是{{total}}；请改正合计或数字，或补上缺少的一项',
      },
      date: {
        en: 'The date {{date}} is outside the period of this summary ({{period}}); correct the date, or say why a result from another period is here',
        'zh-Hans': '日期{{date}}不在本总结的期间（{{period}}）内；请改正日期，或说明为何列入其他期间的成果',
      },
      mixed: {
        en: 'This column mixes units: "{{a}}" and "{{b}}"; write every cell in one unit (or put the unit in the header) so the total can be checked',
        'zh-Hans': '同一列的单位不一致：“{{a}}”和“{{b}}”；请统一单位（或在表头注明单位），合计才能核对',
      },
    },
    examples: [
      {
        title: 'figures that do not add up',
        lang: 'en',
        options: {},
        markdown:
          '# Sales Team, October Report\n\nOctober revenue was $150k against a $140k target.\n\n## Results\n\n- Revenue grew from $120k to $150k, up 20% on September. <!-- expect: consistent-numbers -->\n- We signed 36 new customers: 20 in the north, 12 in the south. <!-- expect: consistent-numbers, require-comparison -->\n- The average deal grew from $4.0k to $5.0k, up 25% on September.\n\n## Problems\n\nTwo renewals slipped to November because the buyer\'s legal review took 3 weeks.\n\n## Next steps\n\n- Alice to close both renewals by Nov 15\n',
      },
      {
        title: '达成率与合计',
        lang: 'zh',
        options: {},
        markdown:
          '# 华东区10月销售总结\n\n本月销售额120万元，同比增长9%。\n\n## 主要成绩\n\n本月目标100万元，实际完成120万元，达成率110%。 <!-- expect: consistent-numbers -->\n\n| 区域 | 目标（万元） | 销售额（万元） |\n| --- | --- | --- |\n| 上海 | 60 | 70 |\n| 杭州 | 40 | 50 |\n| 合计 | 100 | 130 | <!-- expect: consistent-numbers -->\n\n## 存在的问题\n\n回款周期延长到75天，原因是两家大客户调整了付款流程。\n\n## 下一步计划\n\n- 销售经理王敏负责，11月30日前把回款周期缩短到60天\n',
      },
      {
        title: '繁體：翻了一番',
        lang: 'zh-Hant',
        options: {},
        markdown:
          '# 客服部11月工作總結\n\n本月回訪客戶450位，達成率113%。\n\n## 主要成績\n\n- 客戶回訪量比上月翻了一番，從300通增加到450通。 <!-- expect: consistent-numbers -->\n- 新簽客戶從12家增加到24家，比上月翻了一番。\n\n## 存在的問題\n\n夜班工單平均等待11小時，因為排班表缺了一個人。\n\n## 下一步計劃\n\n- 客服主管王敏負責，12月15日前補齊夜班排班\n',
      },
    ],
  },

  check(doc, context) {
    const vocabulary = context.vocabulary;
    const checks = new Set<Check>(context.options.checks);
    for (const sentence of doc.sentences) {
      for (const issue of checkSentence(sentence.text, vocabulary, checks as ReadonlySet<FigureCheck>)) {
        const range = sentence.block.prose.sourceRange(sentence.start + issue.start, sentence.start + issue.end);
        context.report({ messageId: issue.messageId, data: issue.data, range });
      }
    }
    if (checks.has('dates')) datesOutsidePeriod(doc, context);
    if (!checks.has('totals')) return;
    const tables = new Map<readonly string[], Item[]>();
    for (const item of doc.items) if (item.kind === 'row' && item.columns) tables.set(item.columns, [...(tables.get(item.columns) ?? []), item]);
    for (const rows of tables.values()) {
      for (const issue of checkTable(rows, vocabulary)) context.report({ messageId: issue.messageId, data: issue.data, range: issue.block.prose.sourceRange(issue.start, issue.end) });
    }
    for (const issue of checkLists(doc, vocabulary)) context.report({ messageId: 'listTotal', data: issue.data, range: issue.block.prose.sourceRange(issue.start, issue.end) });
  },
});

/** A full date in a results section outside the summary's period. */
function datesOutsidePeriod(doc: SummaryDoc, context: RuleContext<ConsistentNumbersOptions>): void {
  // A date in a title is the day it was written, not the period covered, and a week's results are often dated a day
  // or two outside it: no period is read from either.
  const period = summaryPeriod(doc.frontMatter?.data, doc.title?.text, { refuse: ['week', 'day'] });
  if (!period) return;
  for (const sentence of doc.sentences) {
    if (sentence.block.kind === 'heading' || doc.roleOf(sentence.block.section) !== 'results') continue;
    for (const date of fullDatesIn(sentence.text)) {
      if (date.date >= period.start && date.date <= period.end) continue;
      const range = sentence.block.prose.sourceRange(sentence.start + date.start, sentence.start + date.end);
      context.report({ messageId: 'date', data: { date: sentence.text.slice(date.start, date.end), period: period.label }, range });
    }
  }
}
