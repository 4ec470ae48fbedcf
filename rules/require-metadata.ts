import type { Range, SummaryDoc } from '../src/types.js';
import { defineRule } from '../src/types.js';
import { periodOfValue, periodsIn, type Period } from '../src/series.js';

export interface RequireMetadataOptions {
  /** Each entry a field, or a list of fields one of which is enough. */
  required?: Array<string | string[]>;
  /** Whether the title must agree with the front matter's `period`. */
  checkTitle?: boolean;
}

const DOCS_URL = 'https://github.com/summarylint/summarylint/blob/main/docs/rules/require-metadata.md';

/** Fields whose values are names (a string, or a list of strings). */
const NAME_FIELDS = new Set(['author', 'team', 'owner', 'authors']);

const isName = (value: unknown): boolean =>
  (typeof value === 'string' && value.trim() !== '') || (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string' && v.trim() !== ''));

/** The range of a field's line in the front matter, else the whole front matter. */
function fieldRange(doc: SummaryDoc, field: string): Range {
  const fm = doc.frontMatter!;
  const text = doc.text.slice(fm.range[0], fm.range[1]);
  const line = new RegExp(`^${field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:.*$`, 'm').exec(text);
  return line ? [fm.range[0] + line.index, fm.range[0] + line.index + line[0].length] : fm.range;
}

/** Whether two periods share a day. */
const overlaps = (a: Period, b: Period) => a.start <= b.end && b.start <= a.end;

export default defineRule<RequireMetadataOptions>({
  meta: {
    id: 'require-metadata',
    description: 'Require front matter that says whose summary it is and which period it covers',
    docs: {
      why:
        'In a shared repository a summary must say whose it is and which period it covers, in a form tools can read: front matter with `period` and `author` or `team` (by default). ' +
        '`period` must be a period: `2026-11`, `2026-W46`, `2026-Q3`, `2026-H1`, `2026`, `2026-11-03`, `2026年11月`, `2026年第3季度`, `2026年第46周`, `2026年上半年`. ' +
        'The title must not name another period than the front matter ("November report" with `period: 2026-10`); a title that names none is fine. `follow-up-plan` finds the previous summary of a series from these fields, and `summarylint new` writes them. Off in `summarylint:recommended`, on in `summarylint:strict`.',
      url: DOCS_URL,
    },
    level: 'off',
    languages: ['en', 'zh'],
    schema: {
      type: 'object',
      properties: {
        required: {
          description: 'Required front-matter fields; a list inside the list names fields one of which is enough (`["author", "team"]`).',
          type: 'array',
          items: { anyOf: [{ type: 'string', minLength: 1 }, { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 }] },
        },
        checkTitle: { description: 'Report a title that names another period than the front matter\'s `period`.', type: 'boolean' },
      },
      additionalProperties: false,
    },
    defaultOptions: { required: ['period', ['author', 'team']], checkTitle: true },
    messages: {
      noFrontMatter: {
        en: 'No front matter: start the summary with a block such as "---\\nperiod: 2026-11\\nteam: support\\n---" giving {{fields}}',
        'zh-Hans': '缺少前置元数据：请在文首加上“---\\nperiod: 2026-11\\nteam: 市场部\\n---”这样的块，写明 {{fields}}',
      },
      missing: {
        en: 'Missing front-matter field {{fields}}: add it, e.g. "{{example}}"',
        'zh-Hans': '前置元数据缺少 {{fields}}：请补上，如“{{example}}”',
      },
      badPeriod: {
        en: 'Front-matter "period: {{value}}" is not a period: write it as 2026-11, 2026-W46, 2026-Q3, 2026-H1, 2026 or 2026-11-03',
        'zh-Hans': '前置元数据“period: {{value}}”不是有效的时期：请写成 2026-11、2026-W46、2026-Q3、2026年11月或2026年第3季度',
      },
      badName: {
        en: 'Front-matter "{{field}}" has no name: write who it is, e.g. "{{field}}: Alice Wong"',
        'zh-Hans': '前置元数据“{{field}}”没有写名字：请写明是谁，如“{{field}}: 王敏”',
      },
      titleMismatch: {
        en: 'The title says "{{mention}}" but the front matter says "period: {{period}}": make them agree',
        'zh-Hans': '标题写的是“{{mention}}”，前置元数据却是“period: {{period}}”：请改成一致',
      },
    },
    examples: [
      {
        title: 'front matter with a period and a team',
        lang: 'en',
        markdown: '---\nteam: support\nperiod: 2026-11\n---\n# Support Team, November 2026\n\nWe closed 1,240 tickets, 5% more than in October.\n\n## Results\n\nFirst response time fell from 6 to 4 hours.\n\n## Problems\n\nTwo night tickets waited 11 hours because the rota had a gap.\n\n## Next month\n\n- Bob to hire a night-shift agent by Dec 15\n',
      },
      {
        title: 'a title that names another month',
        lang: 'en',
        markdown: '---\nauthor: Alice Wong\nperiod: 2026-10\n---\n# Support Team, November report <!-- expect: require-metadata -->\n\nWe closed 1,240 tickets, 5% more than in October.\n\n## Results\n\nFirst response time fell from 6 to 4 hours.\n\n## Problems\n\nTwo night tickets waited 11 hours because the rota had a gap.\n\n## Next month\n\n- Bob to hire a night-shift agent by Dec 15\n',
      },
      {
        title: '缺少作者或团队',
        lang: 'zh',
        markdown: '---\nperiod: 2026年11月\n---\n<!-- expect: require-metadata:1 -->\n# 市场部11月工作总结\n\n本月销售额132万元，比10月增长10%。\n\n## 主要成绩\n\n新签客户14家，比10月多4家。\n\n## 存在的问题\n\n回款周期延长到75天，原因是两家大客户调整了付款流程。\n\n## 下月计划\n\n1. 李强12月10日前拜访余下的2家重点客户\n',
      },
      {
        title: '繁體：時期寫法',
        lang: 'zh-Hant',
        markdown: '---\nteam: 客服部\nperiod: 十一月\n---\n<!-- expect: require-metadata:3 -->\n# 客服部11月工作總結\n\n本月處理工單1240張，比10月多5%。\n\n## 主要成績\n\n首次回覆時間從6小時縮短到4小時。\n\n## 存在的問題\n\n夜班有兩張工單等待了11小時，原因是排班有空缺。\n\n## 下月計畫\n\n- 林志明12月15日前補齊夜班排班\n',
      },
    ],
  },

  check(doc, context) {
    const required = context.options.required ?? ['period', ['author', 'team']];
    const alternatives = required.map((entry) => [entry].flat());
    const fm = doc.frontMatter;
    const lang = context.locale === 'en' ? 'en' : 'zh';
    const list = (fields: string[]) => fields.map((f) => `"${f}"`).join(lang === 'en' ? ' or ' : '或');
    if (!fm) {
      if (alternatives.length === 0) return;
      const fields = alternatives.map(list).join(lang === 'en' ? ' and ' : '和');
      context.report({ messageId: 'noFrontMatter', range: doc.title?.range ?? [0, 0], data: { fields } });
      return;
    }
    const data = fm.data;
    for (const fields of alternatives) {
      if (fields.some((f) => data[f] !== undefined && data[f] !== null)) continue;
      const example = fields[0] === 'period' ? 'period: 2026-11' : `${fields[0]}: ${lang === 'en' ? 'Alice Wong' : '王敏'}`;
      context.report({ messageId: 'missing', range: [fm.range[0], fm.range[0] + 3], data: { fields: list(fields), example } });
    }
    for (const [field, value] of Object.entries(data)) {
      if (NAME_FIELDS.has(field) && value !== undefined && value !== null && !isName(value)) {
        context.report({ messageId: 'badName', range: fieldRange(doc, field), data: { field } });
      }
    }
    if (data.period === undefined || data.period === null) return;
    const period = periodOfValue(data.period);
    if (!period) {
      context.report({ messageId: 'badPeriod', range: fieldRange(doc, 'period'), data: { value: String(data.period) } });
      return;
    }
    if (context.options.checkTitle === false || !doc.title) return;
    const mentions = periodsIn(doc.title.text, period);
    if (mentions.length > 0 && !mentions.some((m) => m.periods.some((p) => overlaps(p, period)))) {
      context.report({ messageId: 'titleMismatch', range: doc.title.range, data: { mention: mentions[0].text, period: period.label } });
    }
  },
});
