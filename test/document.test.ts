// The document model: sections and roles, pseudo-headings, items, sentences with exact positions.
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { buildDocument } from '../src/parse/document.js';
import type { SummaryDoc } from '../src/types.js';
import { CompiledVocabulary } from '../src/vocabulary.js';

const vocabulary = new CompiledVocabulary();
const build = (text: string, language: 'auto' | 'en' | 'zh' = 'auto') => buildDocument(text, { vocabulary, language });
const outline = (doc: SummaryDoc) => doc.sections.map((s) => `${'  '.repeat(s.depth - 1)}${s.title} [${s.roles.join(',')}]`);

describe('blocks', () => {
  it('know whether they stand in a block quote, nested in lists or not', () => {
    const doc = build('Ours.\n\n> Theirs.\n>\n> - also theirs\n\n- ours\n\n  > theirs, in an item\n\n| a |\n| - |\n| ours |\n');
    expect(doc.blocks.map((b) => [b.prose.text, b.quoted])).toEqual([
      ['Ours.', false],
      ['Theirs.', true],
      ['also theirs', true],
      ['ours', false],
      ['theirs, in an item', true],
      ['a', false],
      ['ours', false],
    ]);
  });
});

describe('sections from headings', () => {
  it('nests headings, strips numbering and trailing colons, and reads roles in English', () => {
    const doc = build('# Q3 Report\n\nIntro text.\n\n## 1. Results:\n\nDone.\n\n### What went wrong?\n\nIt broke.\n\n## Next steps\n\n- Fix it\n');
    expect(outline(doc)).toEqual(['Q3 Report []', '  Results [results]', '    What went wrong [problems]', '  Next steps [plan]']);
    expect(doc.title?.text).toBe('Q3 Report');
    expect(doc.intro.map((b) => b.prose.text)).toEqual(['Intro text.']);
  });

  it('reads roles in Simplified and Traditional Chinese, with every role a title names', () => {
    const doc = build('## 一、工作完成情况\n\n正文\n\n## 二、問題反思與改進措施\n\n正文\n\n## 三、未來規劃\n\n正文\n');
    expect(doc.sections.map((s) => [s.title, s.roles])).toEqual([
      ['工作完成情况', ['results']],
      ['問題反思與改進措施', ['problems', 'lessons', 'plan']],
      ['未來規劃', ['plan']],
    ]);
  });

  it('prefers the longest synonym where two overlap (目标回顾 is results, not plan)', () => {
    // … and also the target review of a sales summary, a role of its own.
    expect(vocabulary.rolesOfTitle('目标回顾')).toEqual(['results', 'targets']);
    expect(vocabulary.rolesOfTitle('明年目标')).toEqual(['plan']);
  });

  it('finds sections by role and a section range ends at the next heading of its rank', () => {
    const text = '# T\n\n## Problems\n\nA.\n\n### Detail\n\nB.\n\n## Plan\n\nC.\n';
    const doc = build(text);
    const [problems] = doc.sectionsWithRole('problems');
    expect(text.slice(...problems.range)).toBe('## Problems\n\nA.\n\n### Detail\n\nB.\n\n');
    expect(doc.roleOf(doc.sections[2])).toBe('problems');
  });
});

describe('pseudo-headings pasted from Word', () => {
  it('treats short enumerated lines as nested sections by numbering style', () => {
    const doc = build('2026年度工作总结\n\n一、总体情况\n\n全年销售额1200万元。\n\n二、主要成绩\n\n（一）新客户开发\n\n新签12家。\n\n（二）老客户维护\n\n续约率91%。\n\n三、存在的问题\n\n回款慢。\n');
    expect(outline(doc)).toEqual(['总体情况 [overview]', '主要成绩 [results]', '  新客户开发 [customers]', '  老客户维护 [customers]', '存在的问题 [problems]']);
  });

  it('splits a paragraph whose lines are a title and numbered points', () => {
    const doc = build('三、存在的问题\n1、回款周期延长到75天。\n2、两名销售离职。\n');
    expect(outline(doc)).toEqual(['存在的问题 [problems]']);
    expect(doc.items.map((i) => [i.kind, i.text])).toEqual([
      ['enumerated', '1、回款周期延长到75天。'],
      ['enumerated', '2、两名销售离职。'],
    ]);
    expect(doc.items.every((i) => i.section.title === '存在的问题')).toBe(true);
  });

  it('takes wholly bold lines and role labels ending in a colon as titles, but not lead-in sentences', () => {
    const doc = build('**Lessons learned**\n\nText.\n\nNext steps:\n\n- Do it\n\nThe key dates were as follows:\n\n- May 1\n');
    expect(outline(doc)).toEqual(['Lessons learned [lessons,problems]', 'Next steps [plan]']);
  });

  it('keeps `1、` lines that name no section as items, and sentences with enumerators as items', () => {
    const doc = build('## 工作内容\n\n1、完成了订单系统的重构\n\n2、上线了新的报表\n\n一、本月完成了三个项目，客户满意。\n');
    expect(doc.sections.map((s) => s.title)).toEqual(['工作内容']);
    expect(doc.items.map((i) => i.kind)).toEqual(['enumerated', 'enumerated', 'enumerated']);
  });

  it('recognises English ordinal titles and Roman numerals', () => {
    const doc = build('I. Overview\n\nText.\n\nII. Results\n\nText.\n\nFirst, next steps\n\nText.\n');
    expect(outline(doc)).toEqual(['Overview [overview]', 'Results [results]', '  next steps [plan]']);
  });

  it('reads "Part Three:" as a part heading and longer ordinal titles that name a role', () => {
    const doc = build('Part One: overview\n\nText.\n\nSecondly, problems and shortcomings in this year\'s work\n\nText.\n\nPart Two: plans for next year\n\nFirstly, strengthen training: Dana runs 4 sessions by March.\n');
    expect(outline(doc)).toEqual(['overview [overview]', "  problems and shortcomings in this year's work [problems,results]", 'plans for next year [plan]']);
    expect(doc.items.map((i) => i.kind)).toEqual(['enumerated']);
  });

  it('reads a long `一、` line as a heading when text follows it, and as an item in a run of them', () => {
    const long = '一、全年共受理工单3.6万件，同比增长18%，首次响应时间由9小时缩短到4小时，夜班增加了2人';
    expect(outline(build(`${long}\n\n正文。\n`))).toEqual([`${long.slice(2)} []`]);
    expect(build(`${long}\n\n二、${long.slice(2)}\n`).sections).toEqual([]);
  });

  it('reads prose indented four spaces as paragraphs, and real indented code as code', () => {
    const doc = build('# Report\n\n## Problems\n\n    The export failed twice on Monday.\n\n    回款周期延长到90天。\n');
    expect(doc.blocks.filter((b) => !b.isTitle).map((b) => [b.section.title, b.prose.text])).toEqual([
      ['Problems', 'The export failed twice on Monday.'],
      ['Problems', '回款周期延长到90天。'],
    ]);
    expect(build('# Notes\n\n    const x = f(1);\n    return x;\n').blocks.filter((b) => !b.isTitle)).toEqual([]);
  });

  it('reads a .txt summary as plain text: indentation is not code, `*item` and `•` open items', () => {
    const text = '2026年客服工作总结\n\n一、存在的问题\n\n    上门安装平均等待6天。\n\n二、下一步计划\n\n*王敏3月底前改版说明书\n*李明4月底前招聘2人\n';
    const doc = buildDocument(text, { vocabulary, path: 'summary.txt' });
    expect(outline(doc)).toEqual(['存在的问题 [problems]', '下一步计划 [plan]']);
    expect(doc.items.map((i) => [i.section.title, i.text])).toEqual([
      ['下一步计划', '*王敏3月底前改版说明书'],
      ['下一步计划', '*李明4月底前招聘2人'],
    ]);
    expect(doc.blocks.some((b) => b.prose.text === '上门安装平均等待6天。')).toBe(true);
    expect(build('- 完成\n\n• 第一项\n• 第二项\n').items.map((i) => i.kind)).toEqual(['list', 'enumerated', 'enumerated']);
  });

  it('keeps a first heading that names a role when front matter gives the title', () => {
    const doc = build('---\ntitle: Platform team, November\n---\n\n## Highlights\n\nText.\n\n### Challenges\n\nText.\n');
    expect(doc.title?.text).toBe('Platform team, November');
    expect(outline(doc)).toEqual(['  Highlights [results]', '    Challenges [problems]']);
  });
});

describe('items', () => {
  it('collects list items, task items, enumerated paragraphs with nesting, and table rows', () => {
    const doc = build('## Plan\n\n- [ ] Ship it\n  - sub point\n- Plain\n\n（1）第一项\n\n①子项\n\n（2）第二项\n\n| Action | Owner |\n| --- | --- |\n| Fix CI | Kim |\n');
    expect(doc.items.map((i) => [i.kind, i.text, i.parent?.text ?? null])).toEqual([
      ['task', 'Ship it', null],
      ['list', 'sub point', 'Ship it'],
      ['list', 'Plain', null],
      ['enumerated', '（1）第一项', null],
      ['enumerated', '①子项', '（1）第一项'],
      ['enumerated', '（2）第二项', null],
      ['row', 'Fix CI\nKim', null],
    ]);
    const row = doc.items[6];
    expect(row.columns).toEqual(['Action', 'Owner']);
    expect(doc.items[0].checked).toBe(false);
    expect(doc.sections[0].items).toHaveLength(5);
  });
});

describe('sentences and positions', () => {
  it('maps sentences back to the source across emphasis, links and inline code', () => {
    const text = 'Sales **grew** by [12%](https://x.test/a) in May. We used `sql` daily! 中文句子。第二句';
    const doc = build(text);
    const sentences = doc.sentences.map((s) => [s.text, text.slice(...s.range)]);
    expect(sentences).toEqual([
      ['Sales grew by 12% in May.', 'Sales **grew** by [12%](https://x.test/a) in May.'],
      ['We used   daily!', 'We used `sql` daily!'],
      ['中文句子。', '中文句子。'],
      ['第二句', '第二句'],
    ]);
  });

  it('reads front matter as YAML 1.2 core (the `yaml` package reads it the same); broken front matter gives no data', () => {
    const samples = [
      'title: Weekly report\nauthor: Maria Rossi',
      'title: "Q3: results"\ndate: 2023-06-30\nperiod: 2026-W47',
      "title: '周报（第 47 周）'\ntags: [sales, 华东]\nowners:\n  - 王敏\n  - Li Qiang",
      'year: 2024\nratio: 1.5\ndone: true\nnext: null\nempty:',
      'summary: |\n  Two lines\n  of text\nnested:\n  unit: Sales\n  period: { from: 2024-01-01, to: 2024-03-31 }',
      'yes: yes\non: off\noctal: 0o17\nhex: 0x1F\nbig: 1e3',
    ];
    for (const sample of samples) expect(build(`---\n${sample}\n---\n\n# Title\n`).frontMatter?.data, sample).toEqual(parseYaml(sample) ?? {});
    expect(build('---\ntitle: [unclosed\n---\n\n# Title\n').frontMatter?.data).toEqual({});
    expect(build('---\n- a list\n---\n\n# Title\n').frontMatter?.data).toEqual({});
  });

  it('keeps positions right with CRLF line endings and front matter', () => {
    const text = '---\r\ntitle: Weekly report\r\nperiod: 2026-W47\r\n---\r\n\r\n## Results\r\n\r\nLatency fell 30%.\r\nErrors fell too.\r\n';
    const doc = build(text);
    expect(doc.frontMatter?.data).toEqual({ title: 'Weekly report', period: '2026-W47' });
    expect(doc.title?.text).toBe('Weekly report');
    const [first, second] = doc.sentences.filter((s) => !s.block.isTitle);
    expect(text.slice(...first.range)).toBe('Latency fell 30%.');
    expect(doc.pointAt(first.range[0])).toMatchObject({ line: 8, column: 1 });
    expect(text.slice(...second.range)).toBe('Errors fell too.');
    expect(doc.pointAt(second.range[0])).toMatchObject({ line: 9, column: 1 });
  });

  it('splits Chinese sentences at half-width punctuation before Han characters and at semicolons', () => {
    const doc = build('完成了目标.下月继续;客户满意；回款加快');
    expect(doc.sentences.map((s) => s.text)).toEqual(['完成了目标.', '下月继续;', '客户满意；', '回款加快']);
  });

  it('leaves code, HTML comments and link URLs out of the prose', () => {
    const doc = build('Text <!-- hidden --> [label](http://example.com/path) end.\n\n```\ncode block\n```\n');
    expect(doc.blocks.map((b) => b.prose.text)).toEqual(['Text  label end.']);
  });

  it('maps escapes and entities to their source characters', () => {
    const text = 'A \\*star\\* &amp; more';
    const doc = build(text);
    const block = doc.blocks[0];
    expect(block.prose.text).toBe('A *star* & more');
    const star = block.prose.text.indexOf('star');
    expect(text.slice(...block.prose.sourceRange(star, star + 4))).toBe('star');
    const more = block.prose.text.indexOf('more');
    expect(text.slice(...block.prose.sourceRange(more, more + 4))).toBe('more');
  });
});

describe('language', () => {
  it('detects the document and block language by script, and --lang forces it', () => {
    const doc = build('# 周报\n\n本周改善了 p99 latency，从 300ms 降到 120ms。\n\nSee the release notes.\n');
    expect(doc.lang).toBe('zh');
    expect(doc.blocks.map((b) => b.lang)).toEqual(['zh', 'zh', 'en']);
    expect(build('English words only here.', 'zh').lang).toBe('zh');
  });

  it("tells the document's language from the writer's words, not the titles of the pages it links", () => {
    const links = '- [Setting up the development board, step by step (github.com)](https://example.com/a)\n- [Running the storyteller demo on the board, a video walkthrough](https://example.com/b)\n';
    expect(build(`# 月报\n\n本月工作\n\n${links}`).lang).toBe('zh');
    expect(build(`# Monthly report\n\nThis month's work\n\n- [开发板上手指南，一步一步完成环境搭建与烧录](https://example.com/a)\n`).lang).toBe('en');
    expect(build(links).lang).toBe('en');
  });

  it('reads CJK-friendly emphasis (**注意：**正文) as emphasis', () => {
    const doc = build('**注意：**正文内容');
    expect(doc.blocks[0].prose.text).toBe('注意：正文内容');
  });
});

describe('numbered runs', () => {
  it('keeps a `1、` line that continues a run of items as an item even when it names a section word', () => {
    const doc = build('# 报告\n\n## 下一步计划\n\n1、11月15日前完成方案\n2、由销售经理牵头，10月底前完成回访\n3、市场部跟进客户\n');
    expect(doc.sections.map((s) => s.title)).toEqual(['报告', '下一步计划']);
    expect(doc.items.map((i) => i.text)).toEqual(['1、11月15日前完成方案', '2、由销售经理牵头，10月底前完成回访', '3、市场部跟进客户']);
  });
});
