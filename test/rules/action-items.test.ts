// Action items (shared by require-action-owner and require-action-deadline), owners and deadlines.
import { describe, expect, it } from 'vitest';
import { clip, collectActionItems, findUncovered, markerAt, type ActionItem } from '../../rules/utils/action-items.js';
import { findTimes, findVagueTimes } from '../../rules/utils/deadlines.js';
import { hasIssueLink, OwnerFinder } from '../../rules/utils/owners.js';
import { buildDocument } from '../../src/parse/document.js';
import { CompiledVocabulary } from '../../src/vocabulary.js';

const vocabulary = new CompiledVocabulary();
const doc = (text: string) => buildDocument(text, { vocabulary });
/** A document with a title, so its only section is not taken for the title. */
const actions = (text: string) => collectActionItems(doc(text.startsWith('# ') ? text : `# Report\n\n${text}`), { vocabulary });
/** The tree as `label` / `  label` lines. */
const outline = (roots: ActionItem[]) => {
  const lines: string[] = [];
  const walk = (a: ActionItem, depth: number) => {
    lines.push(`${'  '.repeat(depth)}${a.label}`);
    a.children.forEach((c) => walk(c, depth + 1));
  };
  roots.forEach((r) => walk(r, 0));
  return lines;
};

describe('collectActionItems', () => {
  it('takes the items of plan sections, nested ones as children', () => {
    const roots = actions('# Report\n\n## Results\n\n- Shipped v2\n\n## Next steps\n\n- Rework onboarding\n  - draft the guide\n  - record a video\n- Hire a night agent\n');
    expect(outline(roots)).toEqual(['Rework onboarding', '  draft the guide', '  record a video', 'Hire a night agent']);
    expect(roots[0].titles).toEqual(['Next steps']);
  });

  it('takes enumerated paragraphs and table rows; strips enumerators from labels', () => {
    const roots = actions('## 下一步计划\n\n1、完成渠道方案\n2、上线活动页\n\n| 措施 | 负责人 |\n| --- | --- |\n| 建立预警机制 | 王敏 |\n');
    expect(outline(roots)).toEqual(['完成渠道方案', '上线活动页', '建立预警机制']);
    expect(roots[2].cells.map((c) => [c.header, c.text])).toEqual([['措施', '建立预警机制'], ['负责人', '王敏']]);
  });

  it('quotes a wrapped item past its first line', () => {
    const roots = actions('## Action items\n\n- Revisit automatic pull requests to keep\n  the site up to date\n  - with smaller changes\n');
    expect(outline(roots)).toEqual(['Revisit automatic pull requests to keep the site up to date', '  with smaller changes']);
  });

  it('takes unchecked tasks anywhere, not checked ones', () => {
    const roots = actions('## Results\n\n- [x] migrate the DNS\n- [ ] retire the old host\n- plain list item\n');
    expect(outline(roots)).toEqual(['retire the old host']);
    expect(roots[0].kind).toBe('task');
  });

  it('takes marked lines in any section, in paragraphs and items', () => {
    const roots = actions('## Notes\n\nWe met on Monday.\nTODO: send the minutes\n\n- discussed the budget\n- **Action:** Bob to book the room\n- 行动项：整理会议纪要\n- Conduct action: not a marker\n');
    expect(outline(roots)).toEqual(['send the minutes', 'Action: Bob to book the room', '行动项：整理会议纪要']);
  });

  it('skips items marked done', () => {
    const roots = actions('## Action items\n\n- Email everyone when the site is down (DONE)\n- ✅ rotate the keys\n- 【已完成】更新手册\n- Done: publish the notes\n- Complete the migration\n- 完成渠道方案\n');
    expect(outline(roots)).toEqual(['Complete the migration', '完成渠道方案']);
  });

  it('skips table rows whose status cell says done, and empty rows', () => {
    const roots = actions('## Action items\n\n| Item | Owner | Status |\n| --- | --- | --- |\n| Add tests | ann | Done |\n| Add alerts | | Open |\n| | | |\n');
    expect(outline(roots)).toEqual(['Add alerts']);
  });

  it('treats "Status:" items as notes on the action above them', () => {
    const roots = actions('## Action items\n\n1. Develop deeper tests.\n  * Status: planned for 1.5\n    * Discussed at the F2F\n2. Write a guide.\n');
    expect(outline(roots)).toEqual(['Develop deeper tests.', 'Write a guide.']);
    expect(roots[0].text).toContain('planned for 1.5');
    expect(roots[0].text).toContain('Discussed at the F2F');
  });

  it('does not treat sections that also report results or problems, or look back, as plans', () => {
    expect(actions('## Results and next steps\n\n- Shipped v2\n')).toEqual([]);
    expect(actions('## 问题与改进措施\n\n- 回款慢\n- 措施：由财务部牵头清理欠款\n')).toHaveLength(1);
    expect(actions('## Goals since last review\n\n- Dual-stack networking\n')).toEqual([]);
  });

  it('takes the sub-items of a label item, not the label', () => {
    const roots = actions('## Retro notes\n\n- Stories were reopened twice.\n- **Follow-ups**:\n  - Write criteria into the template\n  - Pair with QA\n- What should we change next time?\n  - Limit work in progress\n- **Done**:\n  - Moved the board\n');
    expect(outline(roots)).toEqual(['Write criteria into the template', 'Pair with QA', 'Limit work in progress']);
  });

  it('takes the steps under an objective, not its key results (its measures, even in the imperative), nor the objective', () => {
    const roots = actions('## OKRs\n\n- **Objective:** Grow the community\n  - **Key Result:** Publish 5 posts\n  - **Key Result:** 200k views a month\n  - Draft the talk guide by May\n- **Key Result:** Publish the handbook\n');
    expect(outline(roots)).toEqual(['Draft the talk guide by May', 'Key Result: Publish the handbook']);
    expect(outline(actions('## 明年计划\n\n- 目标：新签客户40家\n- 3月底前上线新官网\n'))).toEqual(['3月底前上线新官网']);
  });

  it('takes no item whose first clause says the work is done', () => {
    const roots = actions(
      "## What we're doing about it\n\n- The old deploy action has been disabled.\n- We've removed write access for bots.\n- All merges will need a review.\n- Figure out why the build was slow\n\n## 改进措施\n\n- 旧接口已经下线\n- 确认已上线的功能都有监控\n",
    );
    expect(outline(roots)).toEqual(['All merges will need a review.', 'Figure out why the build was slow', '确认已上线的功能都有监控']);
  });

  it('takes the list after a lead-in that names a plan, and a question title that looks ahead', () => {
    const roots = actions('## 6月15日更新\n\n部分服务仍在恢复，接下来的工作计划如下：\n\n- 恢复反向代理\n- 恢复镜像站\n\n## What should we do differently?\n\n- Limit work in progress\n');
    expect(outline(roots)).toEqual(['恢复反向代理', '恢复镜像站', 'Limit work in progress']);
    expect(roots[0].planTitles).toBe(false);
    expect(roots[2].planTitles).toBe(true);
  });

  it('takes imperatives among lessons, not statements or problems', () => {
    const roots = actions('## Lessons learned\n\n- Agree on acceptance criteria before the sprint\n- Reviews were faster with small stories\n\n## Results\n\n- Agree on nothing\n\n## Problems\n\n- Consider an attach controller (#12399)\n');
    expect(outline(roots)).toEqual(['Agree on acceptance criteria before the sprint']);
  });

  it('reads plan titles that name a period as plans: 本周待办, Up next', () => {
    expect(outline(actions('## 本周待办\n\n- 核对回款明细\n\n## Up next\n\n- Move the tests\n\n## 本周完成\n\n- 上线活动页\n'))).toEqual(['核对回款明细', 'Move the tests']);
  });

  it('takes recommendations in any list, not questions or quoted issue titles', () => {
    const roots = actions('## Notes\n\n- Docs need to be kept up to date\n- We should pair on reviews\n- Should we move the standup?\n- Kubelet should be able to delete pods (#23591)\n- The tests should have caught it\n- Standups went well\n\n## Problems\n\n- The logger should throw when it cannot write\n');
    expect(outline(roots)).toEqual(['Docs need to be kept up to date', 'We should pair on reviews']);
  });

  it('takes suggestions with a modal in a list that holds another action item, past a quoted comment', () => {
    const roots = actions('## 议程\n\n- 换场时间需要再多留一些\n- 茶点很受欢迎\n> 同意。\n\n- 最后可以邀请讲者上台合照\n- 如果要办户外场，或许雨备比较重要\n\n## Venue\n\n- The guide could list the bus routes\n- The shuttles could be late\n');
    expect(outline(roots)).toEqual(['换场时间需要再多留一些', '最后可以邀请讲者上台合照']);
    expect(outline(actions('## Venue\n\n- The desk needs to be moved\n- The guide could list the bus routes\n- The shuttles could be late\n'))).toEqual([
      'The desk needs to be moved',
      'The guide could list the bus routes',
    ]);
  });

  it('takes an item that opens with its doer and a promise, not a speaker, current work or an absence', () => {
    const roots = actions('## Notes\n\n- Sam will fix the login test\n- After the freeze, Omar will rerun the checker\n- Jesse: thinks the wiki is faster\n- Omar is working on the glossary\n- Priya will be out next week\n- 小王会把文档迁到新站点\n- 王敏会上介绍了术语表\n- Alice and Bob to call 5 accounts\n- According to the survey, 5 accounts left\n');
    expect(outline(roots)).toEqual(['Sam will fix the login test', 'After the freeze, Omar will rerun the checker', '小王会把文档迁到新站点', 'Alice and Bob to call 5 accounts']);
  });

  it('skips items with no words', () => {
    expect(outline(actions('## Plans\n\n- ...\n- …\n- Ship it\n'))).toEqual(['Ship it']);
  });

  it('gives a lead-in paragraph ending in a colon as context, and not the document title', () => {
    const roots = actions('# Sales team 2024 review\n\n## Plans\n\nNext quarter the support team will:\n\n- review churned accounts\n');
    expect(roots[0].context).toEqual(['Next quarter the support team will:']);
    expect(roots[0].titles).toEqual(['Plans']);
  });
});

describe('markerAt', () => {
  it.each([
    ['TODO: write docs', 6],
    ['**Action:** call Bob', 12],
    ['[TODO] write docs', 7],
    ['【待办】整理纪要', 4],
    ['待办：整理纪要', 3],
    ['TODO write docs', undefined],
    ['Conduct action: a thing', undefined],
    ['Actions speak louder', undefined],
  ])('%s', (line, expected) => {
    expect(markerAt(line, vocabulary)).toBe(expected);
  });
});

describe('clip', () => {
  it('keeps one line of at most 60 characters, cut at a word', () => {
    expect(clip('Short item\nsecond line')).toBe('Short item');
    const long = clip('Define the kubeadm release process that blocks future releases on its completion');
    expect(long.length).toBeLessThanOrEqual(61);
    expect(long).toMatch(/^Define the kubeadm release process that blocks future\S*…$/);
  });
});

describe('findUncovered', () => {
  const tree = (spec: string): ActionItem[] => {
    // "a*" = the item has it; indentation = nesting.
    const roots: ActionItem[] = [];
    const stack: ActionItem[] = [];
    spec.trim().split('\n').forEach((line, i) => {
      const depth = (line.length - line.trimStart().length) / 2;
      const label = line.trim();
      const a = { label, text: label, range: [i, i + 1], children: [], parent: stack[depth - 1], context: [], titles: [] } as unknown as ActionItem;
      stack.length = depth;
      if (depth === 0) roots.push(a);
      else stack[depth - 1].children.push(a);
      stack.push(a);
    });
    return roots;
  };
  const uncovered = (spec: string) => findUncovered(tree(spec), (a) => a.label.endsWith('*'), () => false).map((a) => a.label);

  it('reports leaves that lack it', () => {
    expect(uncovered('a\nb*\nc')).toEqual(['a', 'c']);
  });
  it('lets a parent cover its subtree', () => {
    expect(uncovered('a*\n  b\n  c')).toEqual([]);
  });
  it('reports a parent once when nothing under it has it', () => {
    expect(uncovered('a\n  b\n  c\n    d')).toEqual(['a']);
  });
  it('checks the sub-items one by one when some have it', () => {
    expect(uncovered('a\n  b*\n  c\n  d\n    e*')).toEqual(['c']);
  });
  it('lets context cover a tree', () => {
    expect(findUncovered(tree('a\n  b'), () => false, () => true)).toEqual([]);
  });
});

describe('owners', () => {
  const finder = new OwnerFinder(vocabulary, { roster: ['Priya', '李雷'] });
  const owners = (text: string) => finder.find(text).map((m) => `${m.how}:${m.name}`);

  it.each([
    ['Write the runbook (owner: @dana)', ['handle:@dana', 'label:@dana']],
    ['Ping @org/infra-team about quotas', ['handle:@org/infra-team']],
    ['Owner: Alice Wong, by Friday', ['label:Alice Wong']],
    ['assigned to Bob', ['label:Bob']],
    ['负责人：王敏', ['label:王敏']],
    ['由销售经理牵头，10月底前完成回访', ['assigned:销售经理']],
    ['交由客服部跟进投诉', ['label:客服部跟进投诉', 'assigned:客服部']],
    ['Alice: move the status page', ['subject:Alice']],
    ['Alice to draft the RFC', ['subject:Alice']],
    ['Alice Wong will review it', ['subject:Alice Wong']],
    ['Sales team calls every churned account', ['role:Sales team']],
    ['The on-call engineer checks the queue', ['role:The on-call engineer']],
    ['SRE to add alerts', ['subject:SRE']],
    ['销售经理王敏负责回款', ['role:销售经理']],
    ['市场部本月底前上线活动页', ['role:市场部']],
    ['华东区销售经理跟进大客户', ['role:华东区销售经理']],
    ['王敏负责，3月底前完成', ['subject:王敏']],
    ['张伟：整理客户名单', ['subject:张伟']],
    ['李强本周五提交经销商名单', ['subject:李强']],
    ['陈晨3个工作日内回复报价', ['subject:陈晨']],
    ['TODO: 由 Bob 确认 CI 预算', ['assigned:Bob']],
    ['SRE 团队12月8日前完成迁移', ['role:SRE 团队']],
    ['In the next two weeks the release team will:', ['role:the release team']],
    ['由客服主管王敏牽頭，12月5日前完成', ['assigned:客服主管王敏']],
    ['Fix the flaky upload test — Carol', ['dash:Carol']],
    ['整理客户名单——王敏', ['dash:王敏']],
    ['Rotate the keys (Carol, by Dec 1)', ['bracket:Carol']],
    ['更新报价单（王敏）', ['bracket:王敏']],
    ['Update the guide [Marketing team]', ['bracket:Marketing team']],
    ['I will rewrite the guide', ['self:I']],
    ['我会在月底前读完两本书', ['self:我']],
    ['Ask Priya about the budget', ['roster:Priya']],
    // 请 hands the work to who follows it, as 由 does: the roster name is also the request's doer.
    ['请李雷确认合同', ['subject:李雷', 'roster:李雷']],
    ['需要提前两天请议程组协助确认讲者出席', ['subject:议程组']],
    // Owners written after a time clause or a label, in pairs, by unit suffix, and in a later sentence.
    ['12月10日前，南京片区经理李强完成续约', ['role:南京片区经理']],
    ['下月10号前，小李把报价模板更新好', ['subject:小李']],
    ['By 15 March, Alice will call the distributor', ['subject:Alice']],
    ['物流部王芳负责，11月底前缩短发货周期', ['role:物流部王芳']],
    ['品质组：每周抽检一次来料', ['role:品质组']],
    ['Alice and Bob to call 5 accounts', ['subject:Alice and Bob']],
    ['Alice, Bob & Carol: review the draft', ['subject:Alice, Bob & Carol']],
    ['Sales ops: rebuild the forecast dashboard', ['role:Sales ops']],
    ['Key Result: CommComm members speak at 10 conferences', ['role:CommComm members']],
    ['Rows need to be added. Alex will work out how.', ['subject:Alex']],
  ])('%s', (text, expected) => {
    expect(owners(text)).toEqual(expected);
  });

  it.each([
    'Add alerting for the disk quota',
    'Migrate to the new cluster',
    'Switch to Postgres by Friday',
    'Improve team velocity',
    'Lead the migration',
    'Team offsite in March',
    'Support more modes of flannel',
    'Find a path forward (see #528)',
    'Revisit the culler (Issue)',
    'Finish the docs (2 weeks)',
    'Ship it (DONE)',
    'Docs: update the guide',
    'Status: planned for 1.5',
    'Update the roadmap (optional)',
    'Owner: TBD',
    '负责人：待定',
    '由于人手不足，回访延迟',
    '完成CRM系统简化方案',
    '周五前提交报告',
    '任务：整理纪要',
    '继续负责客服系统',
    'We will add alerts',
    '我们将优化流程',
    'Key Result: Publish 3 blog posts',
    'Follow-ups: write the criteria',
    '全部客户完成回访',
    '内部流程梳理，月底前完成',
    '这组数据需要复核',
  ])('no owner in %s', (text) => {
    expect(owners(text)).toEqual([]);
  });

  it('takes a title that is a name and a colon for the owner', () => {
    expect(finder.find('Greg:', { title: true }).map((m) => `${m.how}:${m.name}`)).toEqual(['subject:Greg']);
    expect(finder.find('Greg', { title: true })).toEqual([]);
    expect(finder.find('Highlights:', { title: true })).toEqual([]);
  });

  it('reads only explicit forms in titles', () => {
    expect(finder.find('Kubernetes Postmortem: kubeadm 1.6.0 release', { title: true })).toEqual([]);
    expect(finder.find('Sales team plan', { title: true }).map((m) => m.how)).toEqual(['role']);
  });

  it('returns a placeholder label separately', () => {
    expect(finder.labels('Owner: TBD').map((l) => l.placeholder)).toEqual(['TBD']);
    expect(finder.labels('负责人：待定').map((l) => l.placeholder)).toEqual(['待定']);
  });

  it('tells names from label words', () => {
    expect(finder.isName('Alice')).toBe(true);
    expect(finder.isName('王敏')).toBe(true);
    expect(finder.isName('欧阳娜娜')).toBe(true);
    expect(finder.isName('Status')).toBe(false);
    expect(finder.isName('Friday')).toBe(false);
    expect(finder.isName('进行中')).toBe(false);
    expect(finder.isName('周五')).toBe(false);
  });

  it('finds issue references', () => {
    const none: never[] = [];
    expect(hasIssueLink('Find a path forward #528', none)).toBe(true);
    expect(hasIssueLink('see kubeadm#250', none)).toBe(true);
    expect(hasIssueLink('tracked in PROJ-42', none)).toBe(true);
    expect(hasIssueLink('Uptime issue: https://github.com/o/r/issues/611', none)).toBe(true);
    expect(hasIssueLink('https://gitee.com/o/dashboard/issues?id=I3VK4Z', none)).toBe(true);
    expect(hasIssueLink('Ship 2 features in Q3', none)).toBe(false);
  });
});

describe('deadlines', () => {
  const times = (text: string) => findTimes(text, vocabulary).map((t) => t.text);

  it.each([
    ['Ship it by 2026-12-01', ['2026-12-01']],
    ['Ship it by 12/1', ['12/1']],
    ['11月15日前完成方案', ['11月15日']],
    ['10月15日之前提交', ['10月15日']],
    ['２０２６年１２月上线', ['２０２６年', '１２月']],
    ['十一月底前上线', ['十一月', '月底']],
    ['15号之前交付', ['15号之前']],
    ['本周五提交', ['本周']],
    ['下周一开会', ['下周']],
    ['月底前完成', ['月底']],
    ['季度末复盘', ['季度末']],
    ['Launch in Q3', ['Q3']],
    ['产品部Q3上线会员积分', ['Q3']],
    ['三季度上线', ['三季度']],
    ['H2 hiring plan', ['H2']],
    ['by Friday', ['Friday']],
    ['by the end of month', ['end of month']],
    ['EOW', ['EOW']],
    ['by Dec 1', ['Dec']],
    ['by December', ['December']],
    ['within 2 weeks', ['within 2 weeks']],
    ['in the next two sprints', ['in the next two sprints']],
    ['两周内完成', ['两周内']],
    ['3个工作日内回复', ['3个工作日内']],
    ['every Monday', ['Monday']],
    ['every 2 weeks', ['every 2 weeks']],
    ['每周三培训', ['每周']],
    ['每3个月看一本书', ['每3个月']],
    ['Planned for 1.5', ['for 1.5']],
    ['by 2027', ['by 2027']],
    ['Due: before the audit', ['Due: before the audit']],
    ['截止日期：双十一前', ['截止日期：双十一前']],
  ])('%s', (text, expected) => {
    expect(times(text)).toEqual(expected);
  });

  it.each([
    'Add alerting for the disk quota',
    'We may need more time',
    'Upgrade to Python 3.12',
    'Reduce latency by 1.5 seconds',
    'Improve performance by 1.5x',
    '统一月度报告格式',
    '提升月活用户',
    'Due: TBD',
    'Due: ASAP',
    '截止日期：待定',
    'Support 24/7',
    'Handle 2000 requests',
    '尽快上线',
    'soon',
  ])('no date in %s', (text) => {
    expect(times(text)).toEqual([]);
  });

  it('finds vague time words from the vague word list', () => {
    expect(findVagueTimes('Fix it ASAP', vocabulary).map((m) => m.text)).toEqual(['ASAP']);
    expect(findVagueTimes('尽快上线', vocabulary).map((m) => m.text)).toEqual(['尽快']);
    expect(findVagueTimes('by Friday', vocabulary)).toEqual([]);
  });

  it('reads the dates Taiwan writes: 113年, 民國114年, 第一季', () => {
    expect(findTimes('113年3月底前完成', vocabulary).map((t) => t.text)).toContain('113年');
    expect(findTimes('民國114年完成', vocabulary).map((t) => t.text)).toEqual(['民國114年']);
    expect(findTimes('第一季完成新門市開幕', vocabulary).map((t) => t.text)).toEqual(['第一季']);
    expect(findTimes('公司成立113年來', vocabulary)).toEqual([]);
  });

  it('takes an event as a deadline only after before/by/until or before 前', () => {
    expect(findTimes('Sort the routing before the Alpha release', vocabulary).map((t) => t.text)).toEqual(['before the Alpha release']);
    expect(findTimes('Finish it by code freeze', vocabulary).map((t) => t.text)).toEqual(['by code freeze']);
    expect(findTimes('上线前完成压测', vocabulary).map((t) => t.text)).toEqual(['上线前']);
    expect(findTimes('Release the SDK', vocabulary)).toEqual([]);
    expect(findTimes('完成上线', vocabulary)).toEqual([]);
  });

  it('does not take a negated time word for a deadline: 不及时 describes a problem', () => {
    expect(findVagueTimes('售后服务响应不及时', vocabulary)).toEqual([]);
    expect(findVagueTimes('客户反馈未及时处理', vocabulary)).toEqual([]);
    expect(findVagueTimes('Replies were not timely', vocabulary)).toEqual([]);
    expect(findVagueTimes('售後服務響應沒有及時', vocabulary)).toEqual([]);
    expect(findVagueTimes('及时处理客户投诉', vocabulary).map((m) => m.text)).toEqual(['及时']);
  });
});
