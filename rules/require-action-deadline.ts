import { defineRule } from '../src/types.js';
import { collectActionItems, findUncovered, isWholly, putsIdeaForward, recommends, statesConstraint, statesNorm, type ActionItem } from './utils/action-items.js';
import { perText } from './utils/cache.js';
import { findTimes, findVagueTimes, statesOwnPeriod } from './utils/deadlines.js';
import { isFirstPersonSingular } from './utils/owners.js';

export interface RequireActionDeadlineOptions {
  cadence: boolean;
  ideas: boolean;
}

/** A year on its own: `2025`, `2025展望`, `Plans for 2025` (only in section titles). */
const BARE_YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/u;

const DOCS_URL = 'https://github.com/summarylint/summarylint/blob/main/docs/rules/require-action-deadline.md';

export default defineRule<RequireActionDeadlineOptions>({
  meta: {
    id: 'require-action-deadline',
    description: 'Require every action item to say when it is due',
    docs: {
      why:
        'An action item with no date has no point at which anyone notices it slipped: give a date (2026-12-01, 12/1, by the 15th, 11月15日前, 6.9前), a weekday or period (by Friday, end of month, Q3, W23, throughout the sprint, in the coming year, 本周五, 月底, 每个迭代, 来年), an event it must come before (before the next meeting, by the launch, 下次例会前, 发版前, 春节前, 会前, 讲者行前通知), a duration (within 2 weeks, 两周内), a lead time (1-2 days ahead, a week in advance, 提前两天, 提早两个月, before each session, 开始之前) or a recurrence (every Monday, 每周三). ' +
        'Vague time words (ASAP, soon, 尽快, 及时: the `time` entries of the `vague` word list) do not count, and the message says so; negated, they describe a problem ("响应不及时"), not a date. The action items are those of `require-action-owner`, and dates nest the same way: ' +
        'a date in a plan section\'s title ("Next week", "Q1 2027 goals", "下周计划", "本周待办") or in any title that names an event ("04/20 meetup", "12月20日小聚"), a lead-in line, a parent item or a due-date column covers the items under it (the date of a report\'s own section, "2018-06-15 update", does not); a parent whose sub-items have their own dates needs none. In a periodic report whose plan is titled by the next period ("Plans for next week", 下周计划; option `cadence`, off for minutes), the cadence dates the items of its other plan sections too ("**Plans:**" under each member). A report whose header or title dates the period it covers ("迭代周期：14天 2024/08/02-2024/08/15", "Sprint dates: 2026-03-02 to 2026-03-15", "# Sprint 14 Retro (3/2/2026 - 3/13/2026)", but not "# Sprint 14 Retro" alone; option `cadence`) plans within that period, unless an item puts itself off in vague words. In a personal summary titled by its year ("2018年总结", "2021: my year"), the coming year dates the author\'s plans and resolutions, unless an item puts itself off in vague words. A standing rule, policy or preference, even among a plan\'s items ("Do not remove old packages during a release", "All pull requests will require two approvals", "Prioritize scripts over plugins", "不要…", "所有…必须…"), holds from now on and needs no date; so does a constraint to keep ("Make sure the workshop doesn\'t clash with the offsite", "确保…不与…冲突"), though it still wants an owner. In a retrospective (option `ideas`), an idea for the next time that nobody has taken on ("The keynote could end at 5 pm", "Maybe we should …", "IDEA: …", "可以…", "考虑…", and outside a plan section "Sign-ups need to close earlier", "需要…", "记得…") needs no date either, but still an owner. Roadmap goals and long-term directions, set apart by their section title or lead-in ("## Future goals", "items on our roadmap:", 长期目标, 发展方向: the `roadmap` word list), are directions rather than tasks and need no date. An estimate ("2 weeks of work", "for 3 days") is not a deadline.',
      url: DOCS_URL,
    },
    level: 'warn',
    languages: ['en', 'zh'],
    schema: {
      type: 'object',
      properties: {
        cadence: {
          description: 'A plan section titled by the next period ("Plans for next week", 下周计划) dates the other plan sections of the report too ("**Plans:**" under each member). Minutes turn it off (docs/kinds.md): their open items still want a date.',
          type: 'boolean',
        },
        ideas: {
          description: 'An idea put forward for the next time and committed to by no one owes no date: an item that suggests ("could invite the speakers on stage", "maybe we should …", "IDEA: …", 可以…, 考虑…), or outside a plan section and any lead-in, one that only recommends ("needs to", 需要, 记得). It still wants an owner. Retrospectives turn it on (docs/kinds.md).',
          type: 'boolean',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { cadence: true, ideas: false },
    messages: {
      missing: {
        en: 'Missing deadline in action item "{{item}}": say when it is due, e.g. "by 2026-12-01", "by Friday" or "within 2 weeks"',
        'zh-Hans': '行动项“{{item}}”没有完成时间：请写明期限，如“11月15日前”“本周五”或“两周内”',
      },
      vague: {
        en: 'Vague deadline "{{vagueTime}}" in action item "{{item}}": "{{vagueTime}}" is not a date, say when it is due, e.g. "by Friday" or "within 2 weeks"',
        'zh-Hans': '行动项“{{item}}”的时间“{{vagueTime}}”不具体，不算期限：请写明日期或期限，如“本周五前”“两周内”',
      },
    },
    examples: [
      {
        title: 'action items without a date',
        lang: 'en',
        options: {},
        markdown:
          '# October Support Report\n\nWe closed 1,240 tickets, 6% fewer than in September.\n\n## Results\n\nFirst response time fell from 9 to 4 hours.\n\n## Problems\n\nTwo night tickets waited 11 hours because the rota had a gap.\n\n## Next steps\n\n- Alice to add alerting for the disk quota <!-- expect: require-action-deadline -->\n- Bob to write the on-call runbook by Nov 30\n- Support team to review the night queue every Monday\n- Dana to hire a night agent within 6 weeks\n',
      },
      {
        title: 'a period in the section title covers its items',
        lang: 'en',
        options: {},
        markdown:
          '# Platform Team, Week 46\n\nWe shipped 3 of the 4 planned changes.\n\n## Results\n\nThe status page moved to the new host with 0 minutes of downtime.\n\n## Problems\n\nThe fourth change slipped because its review took 5 days.\n\n## Plan for next week\n\n- Alice: publish the Q3 uptime numbers\n- Bob: close the two open security tickets\n',
      },
      {
        title: '没有期限的行动项',
        lang: 'zh',
        options: {},
        markdown:
          '# 10月销售工作总结\n\n本月销售额120万元，完成目标的104%。\n\n## 主要成绩\n\n新签客户36家，比9月多6家。\n\n## 存在的问题\n\n回款周期延长到75天，原因是两家大客户调整了付款流程。\n\n## 下一步计划\n\n1、由销售经理牵头，10月15日前完成CRM系统简化方案\n2、市场部上线新的渠道活动页 <!-- expect: require-action-deadline -->\n3、每周三组织一次产品知识培训（负责人：李强）\n4、客服主管王敏两周内整理36家新客户的回访记录\n',
      },
      {
        title: '繁體：期限',
        lang: 'zh-Hant',
        options: {},
        markdown:
          '# 2024年度銷售工作總結\n\n全年銷售額1200萬元，同比增長8%，達成率105%。\n\n## 主要成績\n\n新客戶增加35家。\n\n## 存在的問題\n\n回款週期延長到90天，原因是大客戶付款審批變慢。\n\n## 下一步計劃\n\n- 銷售經理王敏負責，3月底前把回款週期縮短到60天\n- 客服部整理35家新客戶的回訪記錄 <!-- expect: require-action-deadline -->\n',
      },
    ],
  },

  check(doc, context) {
    const vocabulary = context.vocabulary;
    const roots = collectActionItems(doc, { vocabulary });
    if (roots.length === 0) return;

    const dated = perText((text) => findTimes(text, vocabulary).length > 0);
    const dueCells = (a: ActionItem) => a.cells.filter((c) => isWholly(c.header, 'deadline-marker', vocabulary) && c.text);
    const has = (a: ActionItem) =>
      dueCells(a).some((c) => !isWholly(c.text, 'unassigned', vocabulary) && (dated(c.text) || findVagueTimes(c.text, vocabulary).length === 0)) || dated(a.text);
    // A section title dates what is in it: "Next week", "Q3 plan", "2022展望" (a bare year counts in a title).
    // So does the date of an event a title names, in any section: "## 12/20 meetup" dates the work that prepares it.
    const givenByTitle = (a: ActionItem) => a.titles.some((t) => (a.planTitles ? dated(t) || BARE_YEAR.test(t) : dated(t) && namesEvent(t)));
    const namesEvent = (title: string) => vocabulary.find('deadline', title).some((m) => m.info.event);
    // A periodic report whose plan is titled by the next period ("Plans for next week") dates its other plan sections
    // too ("**Plans:**" under each member); option `cadence`, which minutes turn off.
    const cadenced = context.options.cadence && roots.some((a) => givenByTitle(a) && a.titles.some((t) => vocabulary.find('report-cadence', t).length > 0));
    // A report whose header dates the period it covers ("迭代周期：2024/08/02-2024/08/15") plans within it, unless an
    // item puts itself off in vague words.
    const ownPeriod = context.options.cadence && statesOwnPeriod(doc, vocabulary);
    // A personal summary titled by its year ("2018年总结", "My 2021") is a year-end essay: the coming year dates the
    // author's plans and resolutions, unless an item puts itself off in vague words ("尽快", "soon").
    const personalYear = !!doc.title && BARE_YEAR.test(doc.title.text) && isFirstPersonSingular(doc, vocabulary);
    // A standing rule, even among a plan's items ("Do not remove old versions during a release"), or a constraint to keep
    // ("Make sure the workshop doesn't clash with the offsite") holds from now on: what it could lack is how it is checked, not a date.
    // A retrospective's ideas for the next time: nobody has taken them on yet, so there is no date to give.
    const idea = (a: ActionItem) =>
      context.options.ideas && a.kind === 'plan' && (putsIdeaForward(a.text, vocabulary) || (!a.planTitles && a.context.length === 0 && recommends(a.text, vocabulary)));
    // Roadmap goals and long-term directions ("## Future goals", "items on our roadmap:") are directions, not tasks.
    const roadmap = perText((text) => text !== doc.title?.text && vocabulary.has('roadmap', text));
    const given = (a: ActionItem) =>
      idea(a) ||
      a.context.some(roadmap) || a.titles.some(roadmap) ||
      statesNorm(a.text, vocabulary) ||
      statesConstraint(a.text, vocabulary) ||
      a.context.some(dated) || givenByTitle(a) || (cadenced && a.kind === 'plan' && a.planTitles) || ((personalYear || ownPeriod) && findVagueTimes(a.text, vocabulary).length === 0);

    for (const action of findUncovered(roots, has, given)) {
      const vague = findVagueTimes(action.text, vocabulary)[0];
      if (vague) context.report({ messageId: 'vague', range: action.range, data: { item: action.label, vagueTime: vague.text } });
      else context.report({ messageId: 'missing', range: action.range, data: { item: action.label } });
    }
  },
});
