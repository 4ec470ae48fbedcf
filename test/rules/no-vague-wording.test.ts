// Unit tests for the context patterns of no-vague-wording (the words themselves are data, tested by fixtures).
import { describe, expect, it } from 'vitest';
import {
  afterLatinWord,
  beforeGerund,
  capabilityBefore,
  hasDate,
  itemsNamed,
  nounCounted,
  SentenceFacts,
  numberFollows,
  numberPrecedes,
  pluralFollows,
  shareGiven,
} from '../../rules/utils/vague-context.js';
import { hasQuantity } from '../../rules/utils/quantity.js';
import { lintText } from '../../src/lint.js';
import { quotedSpans } from '../../src/text/punctuation.js';
import { CompiledVocabulary } from '../../src/vocabulary.js';

const vocabulary = new CompiledVocabulary();
const at = (text: string, word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });

describe('numbers next to a vague word', () => {
  it.each([
    ['some 30 users', 'some', true],
    ['several (3) PRs', 'several', true],
    ['若干（3个）客户', '若干', true],
    ['大约30人', '大约', true],
    ['some users', 'some', false],
    ['several teams in 2023', 'several', false],
  ])('%s: a number follows "%s" → %s', (text, word, expected) => {
    expect(numberFollows(text, at(text, word).end)).toBe(expected);
  });

  it.each([
    ['新签20多家', '多家', true],
    ['十几个人', '几个', true],
    ['新签了多家', '多家', false],
    ['完成了 rest0 部分软件包的测试', '部分', false],
  ])('%s: a number precedes "%s" → %s', (text, word, expected) => {
    expect(numberPrecedes(text, at(text, word).start)).toBe(expected);
  });
});

describe('a share stated in a phrase', () => {
  it.each([
    ['for two of the three areas', true],
    ['closed 14 of 16', true],
    ['9 out of the 12 runners', true],
    ['8/10 passed', true],
    ['up to 40%', true],
    ['三分之二的门店', true],
    ['6个仓库中的5个', true],
    ['most of them', false],
    ['some of the 3 tasks', false],
    ['其中的一些仓库', false],
  ])('%s → %s', (text, expected) => {
    expect(shareGiven(text, vocabulary)).toBe(expected);
  });
});

describe('a figure that counts the noun of a vague amount', () => {
  it.each([
    ['Wrote several guides, 4 guides in all', 'several', true],
    ['Reviewed some pull requests, 12 new pull requests by 5 people', 'some', true],
    ['拜访了一些客户，共12家客户', '一些', true],
    ['回复了一些论坛帖子，合计37个帖子', '一些', true],
    ['Wrote several guides and closed 9 issues', 'several', false],
    ['Reviewed some pull requests. 12 pull requests are open', 'some', false],
    ['拜访了一些客户，签了3份合同', '一些', false],
  ])('%s → %s', (text, word, expected) => {
    expect(nounCounted(text, at(text, word).end, vocabulary)).toBe(expected);
  });
});

describe('items named with the amount', () => {
  it.each([
    ['Several teams (Sales, Ops) moved', 'Several', true],
    ['Trained various agents: Ines and Tom', 'various', true],
    ['Some key works include:', 'Some', true],
    ['Improved docs for a bunch of stuff - libp2p, js-ipfs', 'a bunch of', true],
    ['涵盖了安全、人工智能等多个方向', '多个', true],
    ['走访了一些客户，比如华为', '一些', false],
    ['We track a number of initiatives, detailed in the KEP section', 'a number of', true],
    ['Several people fixed vulnerabilities, such as sandboxing', 'Several', false],
    ['发现了若干问题，详见附表', '若干', true],
    ['Fixed several bugs', 'several', false],
  ])('%s → %s', (text, word, expected) => {
    const { start, end } = at(text, word);
    expect(itemsNamed(new SentenceFacts(text, vocabulary), start, end)).toBe(expected);
  });
});

describe('uses that do not count', () => {
  it('a Han amount word after a Latin word names a part', () => {
    const text = '改善 imports 部分的代码风格';
    expect(afterLatinWord(text, text.indexOf('部分'), text.indexOf('部分') + 2)).toBe(true);
    expect(afterLatinWord('部分门店缺货', 0, 2)).toBe(false);
    const part = '完成了 mugen rest0 部分软件包的测试';
    expect(afterLatinWord(part, part.indexOf('部分'), part.indexOf('部分') + 2)).toBe(true);
    const counted = '收到iOS部分用户的反馈';
    expect(afterLatinWord(counted, counted.indexOf('部分'), counted.indexOf('部分') + 2)).toBe(false);
  });

  it('"more" counts things only before a plural noun', () => {
    expect(pluralFollows('we need more e2e tests', 'we need more'.length)).toBe(true);
    expect(pluralFollows('more committers joined', 4)).toBe(true);
    expect(pluralFollows('a more recent version', 'a more'.length)).toBe(false);
    expect(pluralFollows('more generic and less coupled', 4)).toBe(false);
  });

  it('an amount word before a gerund measures an activity', () => {
    expect(beforeGerund('a lot of rushing before the release', 'a lot of'.length)).toBe(true);
    expect(beforeGerund('a lot of customers', 'a lot of'.length)).toBe(false);
  });

  it('a capability is not a reported result', () => {
    const zh = '可以自动修复较多的格式问题';
    expect(capabilityBefore(new SentenceFacts(zh, vocabulary), zh.indexOf('较多'))).toBe(true);
    const en = 'The linter can catch some bugs';
    expect(capabilityBefore(new SentenceFacts(en, vocabulary), en.indexOf('some'))).toBe(true);
    expect(capabilityBefore(new SentenceFacts('We fixed some bugs', vocabulary), 9)).toBe(false);
  });
});

// The one quantity recogniser both rules use (rules/utils/quantity.ts), on the cases no-vague-wording relies on.
describe('hasQuantity', () => {
  it.each([
    ['revenue up 12%', true],
    ['答复了1840张工单', true],
    ['closed 2000 tickets', true],
    ['共计 2093 个测试用例', true],
    ['增长百分之十', true],
    ['新签三家客户', true],
    ['in 2023 we shipped the portal', false],
    ['2024年3月15日上线', false],
    ['released v1.2 and 1.3.0', false],
    ['fixed #242 and !113', false],
    ['p99 latency on k8s', false],
    ['1. Shipped the portal', false],
    ['by 31 January', false],
    ['at 13:11 the job ran', false],
  ])('%s → %s', (text, expected) => {
    expect(hasQuantity(text, vocabulary)).toBe(expected);
  });
});

describe('hasDate', () => {
  it.each([
    ['3月15日前完成', true],
    ['by 2024-03-15', true],
    ['before the end of the month', true],
    ['by Friday', true],
    ['it may land', false],
    ['尽快完成', false],
  ])('%s → %s', (text, expected) => {
    expect(hasDate(text, vocabulary)).toBe(expected);
  });
});

describe('quotedSpans', () => {
  it('finds quotations and titles of works', () => {
    const text = '按照《关于进一步加强管理的通知》和“部分客户”的说法，"some users" 和「很好」';
    const spans = quotedSpans(text).map(([s, e]) => text.slice(s, e));
    expect(spans).toEqual(['《关于进一步加强管理的通知》', '“部分客户”', '"some users"', '「很好」']);
  });

  it('ends a quotation at its line unless asked to read across lines', () => {
    const text = 'They said “it grew\nfast” and ‘so’.';
    expect(quotedSpans(text).map(([s, e]) => text.slice(s, e))).toEqual(['‘so’']);
    expect(quotedSpans(text, { acrossLines: true }).map(([s, e]) => text.slice(s, e))).toEqual(['“it grew\nfast”', '‘so’']);
  });

  it('reads on after a mark that opens nothing, and leaves titles out when asked', () => {
    const text = '《报告》说“很好，然后「不错」和 ‘ok’ 「';
    expect(quotedSpans(text).map(([s, e]) => text.slice(s, e))).toEqual(['《报告》', '「不错」', '‘ok’']);
    expect(quotedSpans(text, { titles: false }).map(([s, e]) => text.slice(s, e))).toEqual(['「不错」', '‘ok’']);
  });
});

// Issue 20, item 9: a mixed-language summary. Each word is matched with its own language's data (a Chinese word
// in a Chinese line, an English word in an English line), and messages follow the document's main language.
describe('mixed-language summaries', () => {
  const lintVague = async (text: string) => {
    const result = await lintText(text, { config: { rules: { 'no-vague-wording': 'warn' } } as never, filePath: 'x.md' });
    return result.findings.filter((f) => f.ruleId === 'no-vague-wording');
  };

  it('reports a Chinese line of an English summary in English', async () => {
    const text = '# Weekly report\n\n## Problems\n\n- The portal timed out twice on Monday because the cache filled up\n- 部分门店的补货延迟了，原因是物流商更换\n';
    const findings = await lintVague(text);
    expect(findings).toHaveLength(1);
    expect(findings[0].line).toBe(6);
    expect(findings[0].message).toMatch(/^Vague amount "部分": /u);
  });

  it('reports an English line of a Chinese summary in Chinese', async () => {
    const text = '# 研发周报\n\n## 主要成果\n\n- 完成了结算接口的迁移，共12个接口\n- 修复了登录页的3个问题\n- Several legacy pages were moved to the new framework\n';
    const findings = await lintVague(text);
    expect(findings).toHaveLength(1);
    expect(findings[0].line).toBe(7);
    expect(findings[0].message).toMatch(/^含糊的数量“Several”：/u);
  });
});
