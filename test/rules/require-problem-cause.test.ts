// Unit tests for require-problem-cause: its documented examples with only this rule on, the clause
// helpers (guards, paired entries like 受…影响), and the decisions about what counts as a problem.
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import rule from '../../rules/require-problem-cause.js';
import { clauseAround, findPaired, isNear } from '../../rules/utils/clauses.js';
import { lintText } from '../../src/lint.js';
import { CompiledVocabulary } from '../../src/vocabulary.js';
import { readExpectations } from '../support/expect.js';

const ID = 'require-problem-cause';

/**
 * Lints with only this rule on. A lone heading is the document's title (it has no role), so unless
 * `titled` is false a title line is put first and line numbers are given as in `markdown`.
 */
async function lint(markdown: string, options: Record<string, unknown> = {}, titled = true) {
  const rules: Record<string, unknown> = {};
  for (const id of ['require-sections', 'no-unquantified-claims', 'no-vague-wording', 'require-action-owner', 'require-action-deadline']) rules[id] = 'off';
  rules[ID] = ['warn', options];
  const text = titled ? `# Monthly report\n\n${markdown}` : markdown;
  const result = await lintText(text, { config: { rules } as never, filePath: 'x.md' });
  return result.findings.filter((f) => f.ruleId === ID).map((f) => (titled ? { ...f, line: f.line - 2 } : f));
}

const lines = async (markdown: string, options?: Record<string, unknown>) => (await lint(markdown, options)).map((f) => f.line);

describe(`${ID} examples, with every built-in rule at its default level`, () => {
  it.each(rule.meta.examples.map((e) => [e.title, e] as const))('%s', async (_title, example) => {
    const rules = Object.fromEntries(Object.values(builtinRules).map((r) => [r.meta.id, r.meta.level]));
    if (example.options) rules[ID] = [rule.meta.level, example.options] as never;
    const result = await lintText(example.markdown, { config: { rules } as never, filePath: 'x.md' });
    const actual = result.findings.map((f) => `${f.ruleId}:${f.line}`).sort();
    const expected = readExpectations(example.markdown).map((e) => `${e.ruleId}:${e.line}`).sort();
    expect(actual, result.findings.map((f) => `${f.line} ${f.ruleId} ${f.message}`).join('\n')).toEqual(expected);
  });
});

describe('clause helpers', () => {
  const vocabulary = new CompiledVocabulary();
  it('clauseAround stops at clause punctuation, half- and full-width', () => {
    const text = '回款正常，华南区下滑，原因待查';
    const at = text.indexOf('下滑');
    expect(text.slice(...clauseAround(text, at, at + 2))).toBe('华南区下滑');
    const en = 'Costs fell; revenue fell too';
    expect(en.slice(...clauseAround(en, 0, 5))).toBe('Costs fell');
  });
  it('isNear counts words in Latin text and characters in Han text, within one clause', () => {
    expect(isNear('we did not, in the end, miss', 6, 25)).toBe(false);
    expect(isNear('never really missed', 5, 13)).toBe(true);
    expect(isNear('没有出现明显的下滑', 2, 7)).toBe(true);
    expect(isNear('没有，下滑', 2, 3)).toBe(false);
  });
  it('a paired entry counts only with its closing word in the same clause', () => {
    const causes = (t: string) => findPaired(vocabulary, 'cause', t).map((m) => m.text);
    expect(causes('受原材料涨价影响，订单减少')).toEqual(['受']);
    expect(causes('受到春节假期的影响，2月签约少')).toEqual(['受']);
    expect(causes('受寒潮影響，南部倉庫停工2天')).toEqual(['受']); // Traditional folds to Simplified
    expect(causes('受影響的客戶有3家')).toEqual([]); // "affected customers" names no cause
    expect(causes('客户受邀参加发布会，影响很大')).toEqual([]);
    expect(causes('受理周期变长，影响交付')).toEqual([]);
    expect(causes('团队受到表扬，效率下降')).toEqual([]);
  });
});

describe('what is a problem', () => {
  const problems = (body: string) => lines(`## 存在的问题\n\n${body}`);
  it('a heading is not a problem; each item is one, with its sub-items', async () => {
    expect(await problems('- 回款周期延长到75天\n  - 原因是大客户调整了付款审批流程\n- 展会线索转化率只有3%\n')).toEqual([5]);
  });
  it('a group label with sub-items is not a problem; its sub-items are', async () => {
    expect(await problems('- 人员方面：\n  - 夜班只有1名客服\n  - 新人培训因排期冲突推迟\n')).toEqual([4]);
  });
  it('"none", suggestions and resolution notes are not problems', async () => {
    expect(await problems('暂无。\n')).toEqual([]);
    expect(await lines('## Problems\n\nNone so far.\n\n## Challenges\n\n- Participants suggested shorter stand-ups.\n')).toEqual([]);
    expect(await problems('遗留问题均已修复。\n')).toEqual([]);
  });
  it('an item labelled as a cause states the cause of the item before it', async () => {
    expect(await problems('1. 现象：华东区退货率升到4%\n2. 原因：新包装在运输中易破损\n3. 解决方案：换回旧包装\n')).toEqual([]);
  });
  it('a paragraph is one problem: one cause anywhere in it is enough', async () => {
    expect(await lines('## Problems\n\nOnboarding took three weeks instead of one. Two of the four new hires waited for laptops. This was because procurement changed vendors in May.\n')).toEqual([]);
  });
  it('a paragraph that introduces a list is not a problem', async () => {
    expect(await problems('本月主要有以下问题：\n\n- 报价审批平均3天，导致签约延迟\n')).toEqual([]);
  });
  it('a section that names the cause holds causes', async () => {
    expect(await lines('## 故障现象\n\n集群从库全部断开。\n\n## 故障原因\n\n磁盘写满。\n')).toEqual([]);
    expect(await lines('## Root causes\n\n- Backups failed twice: the disk filled up.\n')).toEqual([]);
  });
  it('a section of problems and causes ("Problems and root causes", "问题及原因") lists problems that owe causes', async () => {
    expect(await lines('## Problems and root causes\n\n- Backups failed twice.\n')).toEqual([3]);
    expect(await lines('## 存在的问题及原因\n\n- 备份两次失败。\n- 回款周期延长到75天，因为大客户的审批多了一级。\n')).toEqual([3]);
  });
  it('in a section that also names measures ("问题及改进措施") only items with failure words are problems', async () => {
    expect(await lines('## 问题及改进措施\n\n1、新品上市推迟两周。\n2、由采购主管李娜负责，12月1日前更换包装供应商。\n')).toEqual([3]);
  });
  it('an impact section lists consequences, a timeline lists events', async () => {
    expect(await lines('## 影响\n\n- 约1.8万名用户支付失败。\n\n## Timeline\n\n### 10:00 - Problem starts\n\nThe hub stopped launching pods.\n')).toEqual([]);
  });
  it('a table row with a filled Cause column states its cause', async () => {
    const table = '| 问题 | 原因 |\n| --- | --- |\n| 回款延迟 | 客户审批变慢 |\n| 退货增加 |  |\n';
    expect(await problems(table)).toEqual([6]);
  });
});

describe('failure sentences outside the problems section', () => {
  const results = (body: string) => lines(`## Results\n\n${body}`);
  it('negated, prevented and hypothetical failures are not reported', async () => {
    expect(await results('We never missed a release this quarter.\n')).toEqual([]);
    expect(await results('There were no delays in shipping.\n')).toEqual([]);
    expect(await results('We added retries to avoid failed uploads.\n')).toEqual([]);
    expect(await lines('## 主要成绩\n\n全年没有出现交付延迟。\n\n上线灰度发布，防止版本回退失败。\n\n二季度存在延期风险。\n')).toEqual([]);
  });
  it('decisions and invitations are not failures', async () => {
    expect(await results('We dropped support for Python 2.\n\nShe declined an invitation to speak at KubeCon.\n')).toEqual([]);
  });
  it('declines of things that should go down are good news', async () => {
    expect(await results('Support costs fell by 12%.\n\nP99 latency dropped from 900 ms to 300 ms.\n')).toEqual([]);
    expect(await lines('## 主要成绩\n\n客户投诉下降30%。\n\n客户流失率下降到2%。\n')).toEqual([]);
  });
  it('a decline of a good thing needs a cause, in the sentence or the next one', async () => {
    expect(await results('Revenue declined 8% in October.\n')).toEqual([3]);
    expect(await results('Revenue declined 8% in October. The main reason was the loss of two distributors.\n')).toEqual([]);
    expect(await lines('## 主要成绩\n\n10月销售额下滑8%。\n\n新签客户12家。\n')).toEqual([3]);
    expect(await lines('## 主要成绩\n\n10月销售额下滑8%，主要因为两家经销商停止合作。\n')).toEqual([]);
  });
  it('因素 is not a connective, 因此 is', async () => {
    expect(await lines('## 主要成绩\n\n新品销量下滑，影响因素较多。\n')).toEqual([3]);
    expect(await lines('## 主要成绩\n\n经销商停止合作，因此新品销量下滑。\n')).toEqual([]);
  });
  it('the plan section is not checked, and checkOutsideProblems turns the rest off', async () => {
    expect(await lines('## Next steps\n\n- Reduce churn below 2% by March (owner: Dana)\n')).toEqual([]);
    expect(await lines('## Results\n\nRevenue declined 8% in October.\n', { checkOutsideProblems: false })).toEqual([]);
  });
  it('a document with a root-cause section explains its failures there', async () => {
    expect(await lines('## Summary\n\nThe 2 May deploy failed for 40 minutes.\n\n## Root cause\n\nA migration locked the orders table.\n')).toEqual([]);
  });
});

describe('requireImpact', () => {
  it('asks for the impact when the cause is there, and names both when both are missing', async () => {
    const findings = await lint('## 存在的问题\n\n1、新品推迟两周上市，原因是包装供应商产能不足。\n2、华南区回款周期延长到75天。\n3、审批耗时3天导致签约延迟，造成2个订单损失。\n', { requireImpact: true });
    expect(findings.map((f) => [f.line, f.data.missing, f.data.alsoMissing ?? null])).toEqual([
      [3, 'impact', null],
      [4, 'cause', 'impact'],
    ]);
  });
  it('受…影响 is a cause, not an impact', async () => {
    const findings = await lint('## 存在的问题\n\n- 受春节假期影响，2月新签客户只有5家。\n', { requireImpact: true });
    expect(findings.map((f) => f.data.missing)).toEqual(['impact']);
  });
});

describe('data', () => {
  it('quotes the problem (trimmed to 60 characters) and, outside the problems section, the failure word', async () => {
    const long = 'The migration of the billing database to the new cluster slipped from September to late November this year.';
    const [finding] = await lint(`## Results\n\n${long}\n`);
    expect(finding.data.problem).toMatch(/^The migration of the billing database.*…$/);
    expect(Array.from(finding.data.problem as string).length).toBeLessThanOrEqual(60);
    expect(finding.data.term).toBe('slipped');
    expect(finding.data.missing).toBe('cause');
    expect(finding.column).toBe(long.indexOf('slipped') + 1);
  });
});
