import { defineRule, type SummaryDoc, type Vocabulary } from '../src/types.js';
import { collectActionItems, findUncovered, type ActionItem } from './utils/action-items.js';
import { perText } from './utils/cache.js';
import { hasIssueLink, isFirstPersonSingular, isTeamLeadIn, opensWithTeam, ownerFinder, type OwnerMatch } from './utils/owners.js';

export interface RequireActionOwnerOptions {
  /** An item that references an issue or pull request (`#123`, `org/repo#12`, a link to …/issues/123) counts as owned. */
  acceptIssueLink: boolean;
  /** Only names on the roster (`settings.roster`) count as owners: no roles, no other names. */
  requireRoster: boolean;
  /** In a summary written in the first person singular (I, my, 我, 本人) or signed by one person, the items belong to the author. */
  selfOwned: boolean;
  /** A list item that opens with the writing team as its subject ("We will …", 我们将…) is that team's. */
  teamSpeaks: boolean;
}

const DOCS_URL = 'https://github.com/summarylint/summarylint/blob/main/docs/rules/require-action-owner.md';

export default defineRule<RequireActionOwnerOptions>({
  meta: {
    id: 'require-action-owner',
    description: 'Require every action item to name who does it',
    docs: {
      why:
        'An action item nobody owns is rarely done: name a person, a role or a team (`@alice`, "Owner: Alice", "Alice to …", "Alice and Bob to …", "Alice/Bob: …", "Alice\'s team to …", "(Alice)", "(owner - Alice)", "— Alice", "— Aricka & Amanda", "… interviews- Alice", "… reviewed by a maintainer", "每周由运维组检查", "请议程组协助确认…", "ask Priya to …", "Lacey still focusing on …", "Sales team", "The media team could …", "Sales ops: …", "由市场部牵头", "媒体组可以再多派两人", "销售经理王敏", "物流部王芳负责", "责任人张三，…", "王敏/李强：…", "小李把…", a name from `settings.roster`; each reader for their own part: "Please add yourself to …", "各自认领…", not "请大家检查…"); the doer may follow a short opening clause ("12月10日前，经理李强完成…"); in a document one team publishes about its own work, a list item whose subject is that team ("- We will publish nightly builds", "- Our grant will go towards …", "- 我们将…"; option `teamSpeaks`, off for minutes, and not where other items each name a person; a promise in prose still wants a name). ' +
        'Action items are the items of plan sections (list and task items, enumerated paragraphs, table rows), unchecked task items anywhere, lines marked `TODO:` / `Action:` / `行动项：` / `待办：`, the sub-items of a label item such as `- **Follow-ups**:` or "What should we change next time?", the list after a lead-in that names a plan ("接下来的工作计划如下：", or a short line with no colon right over the list: "后续工作安排", which is then no action itself), imperatives among lessons ("Agree on acceptance criteria before the sprint starts") and in a list that holds another action item ("Get the balance of priorities" beside "… need to be changed"; a block quote between items does not end the list), and there also suggestions with a modal near the start of a clause ("The guide could list the bus routes", "最后可以邀请讲者上台合照", "讲者行前通知要提醒"), items that open with their doer and a promise ("Sam will fix the login test", "The infra team is going to …", "小王会把文档迁到新站点", "冻结结束后，李强负责…"), recommendations in lists outside problems ("Docs need to be kept up to date" (not a cue inside a because-clause: "This is because we must wait …"), "分组可以再重新安排", "投稿入口记得关掉"), notes that promise work ("We\'ll rename the branch", "Nicole: will have a look", "预计下周报告…"), the paragraphs of a plan section with no list, and a sentence of prose that opens with a promise ("后续考虑加入…", "We will add the last region once …"); ' +
        'items marked done or written as done ("The token has been revoked", "旧接口已经下线"), a task another item of the document reports done with a trailing status (a notice\'s later update listing "反向代理（已恢复）" closes the step "反向代理" planned in an earlier update), a goal\'s measure ("Key Result: 200k views a month", "目标：新签客户40家", and every key result under an objective: the body whose OKRs they are owns them), outside a plan a line that commits no one (a standing norm, prohibition or preference: "Don\'t mix … pipelines", "Prioritize consoles over services", "Keeping docs current should involve everyone", "不要…"; a wish, a suggestion or a topic raised: "It would be great to …", "we should consider …", "Aapeli: wants to discuss …", "可以考虑…"; an item of a section of proposals or opinions: "RFC: …", "意见摘要"), the items of a roll-call of current work ("What everyone\'s working on:"), a goal term explained by the items under it ("- Key Results" over what key results are), the list after a lead-in that names a past plan ("原定安排："), "Status:" notes, a status note (work rescheduled or not begun: "Backlog grooming moved to next week", "迁移尚未开始", and outside a plan a paragraph that opens with "准备开始…"), what a speaker thinks ("Jesse: thinks we should …"), a note that sums up a discussion ("Discussed the backlog; …", "讨论了…"), what a timeline records (the notes under "- 14:20 First talk", a timeline section), a template\'s guidance ("These are only sample subheadings. …", "以下为示例内容…", a paragraph or item wholly in italics), an invitation to the reader ("Feel free to ask …", "We encourage everyone to …", "有进一步问题，可以随时沟通", 建议广大…), what a decision says should hold ("The scope should not be narrowed until …"), a promise about the document itself ("We will use this column to …", "我们将通过本专栏…"), a line saying there is nothing to do ("No immediate action items.", "暂无"), a roll of who comes ("Absent: Sam", "誰不會來：ggm", even as an unchecked box), the lines of a problems or root-cause section, goals set beside a separate plan ("Goals:" next to "Plans for next week:") and the label lines themselves are not. ' +
        'Nesting: an owner on a parent item, a section title, a lead-in line ending in a colon, a line that is only a Chinese name or a handle over one of several labelled lists ("王敏", "@mira"; a heading "### @mira" too), a section title made only of the names of organising groups or team functions ("Logistics", "Marketing + Comms", "媒体+宣传", "议程组"; not a topic such as "Venue" or "餐点": the `organising-group` word list), or an owner column covers everything under it, and so does a lead-in or section title that names the team or project the document\'s title opens with ("The goal of FabEdge this year …" in "FabEdge Sandbox Annual Review"), or a lead-in in which the writing team speaks of its own work ("What we\'re doing this week:", "We have a number of items on our roadmap …:", 我们的路线图上还有几项…：); a leftover item that repeats, word for word, a task listed earlier takes that task\'s lead-in or label ("遗留事项" repeating a task under "郑航"); a parent whose sub-items name their own owners needs none; a parent none of whose sub-items names one is reported once, on the parent.',
      url: DOCS_URL,
    },
    level: 'warn',
    languages: ['en', 'zh'],
    schema: {
      type: 'object',
      properties: {
        acceptIssueLink: {
          type: 'boolean',
          description: 'An item that references an issue or pull request (`#123`, `org/repo#12`, a link to …/issues/123) counts as owned: the tracker holds the assignee. Not in a table with an owner column, where the empty cell is the gap.',
        },
        requireRoster: {
          type: 'boolean',
          description: 'Only names listed in `settings.roster` count as owners (no roles, no other names); has no effect while no roster is configured.',
        },
        teamSpeaks: {
          type: 'boolean',
          description: 'A list item that opens with the writing team as its subject ("We will release nightlies on Android", "Our funding will go towards …", 我们将…) is owned by that team, in a document one team publishes about its own work. Minutes turn it off (docs/kinds.md): there "we" is whoever was in the meeting, and an open item still wants a name.',
        },
        selfOwned: {
          type: 'boolean',
          description: 'In a personal summary (its title says 个人/personal/my, or it speaks as "I"/"我" and not as "we"/"我们", block quotes aside, or the line under its title signs it with one name: "By Dana Whitfield", "技术服务部 网页组 周立新"), the items belong to the author.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { acceptIssueLink: true, requireRoster: false, selfOwned: true, teamSpeaks: true },
    messages: {
      missing: {
        en: 'Missing owner in action item "{{item}}": name who does it, e.g. "Owner: @alice" or "Alice to …"',
        'zh-Hans': '行动项“{{item}}”没有负责人：请写明由谁负责，如“负责人：王敏”或“由市场部牵头”',
      },
      unassigned: {
        en: 'Action item "{{item}}" is assigned to "{{placeholder}}", which names nobody: name the person or team who does it',
        'zh-Hans': '行动项“{{item}}”的负责人是“{{placeholder}}”，没有落实到人：请写明具体负责的人或部门',
      },
      notOnRoster: {
        en: 'Action item "{{item}}" names no one on the roster: assign it to one of the people in settings.roster',
        'zh-Hans': '行动项“{{item}}”的负责人不在名单（settings.roster）中：请指派给名单中的人',
      },
    },
    examples: [
      {
        title: 'action items without an owner',
        lang: 'en',
        options: {},
        markdown:
          '# October Support Report\n\nWe closed 1,240 tickets, 6% fewer than in September.\n\n## Results\n\nFirst response time fell from 9 to 4 hours.\n\n## Problems\n\nTwo night tickets waited 11 hours because the rota had a gap.\n\n## Next steps\n\n- Add alerting for the disk quota by Friday <!-- expect: require-action-owner -->\n- Write the on-call runbook by Nov 30 (owner: @dana)\n- Sales team to call every new account by end of month\n- [ ] Owner: TBD, move the billing cron to the new host by Dec 1 <!-- expect: require-action-owner -->\n',
      },
      {
        title: 'an owner carries down from a parent item',
        lang: 'en',
        options: {},
        markdown:
          '# Platform Team, Week 46\n\nWe shipped 3 of the 4 planned changes.\n\n## Results\n\nThe status page moved to the new host with 0 minutes of downtime.\n\n## Problems\n\nThe release checklist is out of date because nobody owned it after the reorg.\n\n## Next steps\n\n- Alice: move the docs site to the new host\n  - export the DNS records by Monday\n  - switch traffic by Wednesday\n- Rework the release checklist <!-- expect: require-action-owner -->\n  - draft it by Nov 15\n  - review it by Nov 22\n- Update the incident template\n  - Bob: add a timeline table by Nov 18\n  - add a section for customer impact by Nov 18 <!-- expect: require-action-owner -->\n',
      },
      {
        title: '无负责人的行动项',
        lang: 'zh',
        options: {},
        markdown:
          '# 10月销售工作总结\n\n本月销售额120万元，完成目标的104%。\n\n## 主要成绩\n\n新签客户36家，比9月多6家。\n\n## 存在的问题\n\n回款周期延长到75天，原因是两家大客户调整了付款流程。\n\n## 下月计划\n\n1、在11月15日前完成CRM系统简化方案 <!-- expect: require-action-owner -->\n2、由销售经理牵头，10月底前完成36家新客户的回访\n3、市场部本月底前上线新的渠道活动页\n',
      },
      {
        title: '表格中的负责人列',
        lang: 'zh',
        options: {},
        markdown:
          '# 客服部11月工作总结\n\n本月处理工单860件。\n\n## 主要成绩\n\n首次响应时间由9小时缩短到4小时。\n\n## 存在的问题\n\n夜间工单等待时间长，原因是夜班只有1人。\n\n## 改进措施\n\n| 措施 | 负责人 | 截止日期 |\n| --- | --- | --- |\n| 增加1名夜班客服 | 客服主管王敏 | 12月1日 |\n| 简化报价流程 | 待定 | 12月15日 | <!-- expect: require-action-owner -->\n',
      },
      {
        title: '繁體：負責人與角色',
        lang: 'zh-Hant',
        options: {},
        markdown:
          '# 2024年度銷售工作總結\n\n全年銷售額1200萬元，同比增長8%，達成率105%。\n\n## 主要成績\n\n新客戶增加35家。\n\n## 存在的問題\n\n回款週期延長到90天，原因是大客戶付款審批變慢。\n\n## 明年計劃\n\n- 銷售經理王敏負責，3月底前把回款週期縮短到60天\n- 每週三組織一次產品知識培訓 <!-- expect: require-action-owner -->\n',
      },
    ],
  },

  check(doc, context) {
    const { acceptIssueLink, selfOwned, teamSpeaks } = context.options;
    const vocabulary = context.vocabulary;
    const roster = rosterOf(context.settings);
    // Without a roster there is nothing to enforce (summarylint:strict turns this on for teams that list one).
    const requireRoster = context.options.requireRoster && roster.length > 0;
    const finder = ownerFinder(vocabulary, roster);
    const roots = collectActionItems(doc, { vocabulary });
    if (roots.length === 0) return;
    if (selfOwned && (isFirstPersonSingular(doc, vocabulary) || finder.signedByOne(doc))) return;

    // "We …" names the writing team only where the plan is the team's: where other items each name a person, it
    // leaves the work with nobody.
    const namesPeople = (a: ActionItem) => finder.names(a.text, (m) => m.how !== 'role' && m.how !== 'self');
    const teamOwns = teamSpeaks && !requireRoster && !roots.some(function people(a): boolean {
      return namesPeople(a) || a.children.some(people);
    });
    const counts = (m: OwnerMatch) => !requireRoster || (m.how !== 'self' && m.how !== 'role' && finder.inRoster(m.name));
    const owned = perText((text) => finder.names(text, counts));
    const ownedTitle = perText((text) => finder.names(text, counts, { title: true }));
    const ownerCells = (a: ActionItem) => a.cells.filter((c) => finder.isOwnerColumn(c.header) && c.text);
    // An issue link stands in for an owner, except in a table with an owner column: there the empty cell is the gap.
    const hasOwnerColumn = (a: ActionItem) => a.cells.some((c) => finder.isOwnerColumn(c.header));
    const has = (a: ActionItem) =>
      ownerCells(a).some((c) => !finder.isPlaceholder(c.text) && (!requireRoster || finder.inRoster(c.text))) ||
      owned(a.cells.length ? a.cells.filter((c) => !finder.isOwnerColumn(c.header)).map((c) => c.text).join('\n') : a.text) ||
      (acceptIssueLink && !hasOwnerColumn(a) && hasIssueLink(a.text, a.blocks)) ||
      (teamOwns && a.item !== undefined && opensWithTeam(a.text, vocabulary));
    // A lead-in or section title that names the team the document is about ("The goal of FabEdge this year …:").
    const team = requireRoster ? undefined : teamOfTitle(doc, vocabulary);
    const namesTeam = (text: string) => team !== undefined && text.includes(team);
    // A lead-in names its owner as a sentence does ("Alice will …:"), or is only a name (a line "王敏" over the list).
    // … and a lead-in in which the writing team speaks of its own work ("What we're doing this week:") owns its list.
    const teamLeadIn = (t: string) => !requireRoster && isTeamLeadIn(t, vocabulary);
    const given = (a: ActionItem) => a.context.some((t) => owned(t) || finder.isHanName(t) || ownedTitle(t) || teamLeadIn(t)) || a.titles.some(ownedTitle) || a.context.some(namesTeam) || a.titles.some(namesTeam);

    for (const action of findUncovered(roots, has, given)) {
      const placeholder = ownerCells(action).find((c) => finder.isPlaceholder(c.text))?.text ?? finder.labels(action.text).find((l) => l.placeholder)?.placeholder;
      const messageId = placeholder ? 'unassigned' : requireRoster && finder.find(action.text).length > 0 ? 'notOnRoster' : 'missing';
      context.report({ messageId, range: action.range, data: placeholder ? { item: action.label, placeholder } : { item: action.label } });
    }
  },
});

/**
 * The team or project a report is about, as its title opens: "FabEdge" of "FabEdge Sandbox Annual Review", "Lumen" of
 * "Lumen 2025 年度总结". Only in a title that names a kind of report (a how-to titled "MGR 集群恢复" names a product, not
 * its authors), and only a capitalised name of three or more characters, never "My" or the kind itself ("Weekly").
 */
function teamOfTitle(doc: SummaryDoc, vocabulary: Vocabulary): string | undefined {
  const title = doc.title?.text.trim();
  const name = title && /^[A-Z][\p{L}\p{N}.\-]{2,}/u.exec(title)?.[0];
  if (!name || vocabulary.find('kind-title', title).length === 0) return undefined;
  if (vocabulary.find('first-person', name).length > 0 || vocabulary.find('kind-title', name).length > 0) return undefined;
  return name;
}

function rosterOf(settings: Readonly<Record<string, unknown>>): string[] {
  const roster = settings.roster;
  return Array.isArray(roster) ? roster.filter((n): n is string => typeof n === 'string') : [];
}
