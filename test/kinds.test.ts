// Kinds of summary (src/kinds/): which kind a document is and why, what each kind asks, and the commands around
// them (`new <kind>`, `init` writing overrides, `--print-config FILE`, the run's note on guessed kinds).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { lintText } from '../src/lint.js';
import { BUILTIN_KINDS, kindsOf } from '../src/kinds/index.js';
import { validateUserConfig } from '../src/config/validate.js';
import { builtinRules } from '../rules/index.js';
import { runMain, TempProjects } from './support/cli.js';

vi.setConfig({ testTimeout: 60_000 });
const projects = new TempProjects();
afterAll(() => projects.cleanup());

const kindOf = async (text: string, config = {}) => (await lintText(text, { config, filePath: 'doc.md' })).kind;

describe('which kind a document is', () => {
  it.each([
    ['# Postmortem: checkout outage', 'postmortem'],
    ['# 2026年10月14日支付事故复盘', 'postmortem'],
    ['# Sprint 14 retrospective', 'retrospective'],
    ['# 发布组会议纪要', 'minutes'],
    ['# 發布組會議紀要', 'minutes'],
    ['# Weekly status, week 42', 'weekly'],
    ['# 2026年第42周工作周报', 'weekly'],
    ['# Sales review, Q3 2026', 'sales'],
    ['# 2024年度銷售工作總結', 'sales'],
    ['# Weekly sales meeting minutes', 'minutes'],
    ['# Monthly report, May 2026', 'review'],
    ['# MGR 集群故障排查', 'postmortem'],
    ['# 資料庫故障排查', 'postmortem'],
  ])('%s is %s, told by the title', async (title, kind) => {
    expect(await kindOf(`${title}\n\nSome text.\n`)).toMatchObject({ name: kind, source: 'title' });
  });

  it('reads the headings when the title says nothing, and falls back to review saying so', async () => {
    expect(await kindOf('# Search, 18 September\n\n## Impact\n\n18,000 users.\n\n## Timeline\n\n- 14:02 deploy.\n')).toMatchObject({ name: 'postmortem', source: 'headings' });
    expect(await kindOf('# 1129小松\n\n## 参会人员\n\n小明、小华\n')).toMatchObject({ name: 'minutes', source: 'headings' });
    // A timeline of what happened and the lessons it taught: an incident's review.
    expect(await kindOf('# 2026-04-18, queue flood\n\n## Timeline\n\n### 12:35\n\nDeploy.\n\n### 13:10\n\nRollback.\n\n## Lessons learned\n\n- Test the culler.\n')).toMatchObject({ name: 'postmortem', source: 'headings' });
    expect(await kindOf('# 4月18日队列积压\n\n## 时间线\n\n### 12:35\n\n发布。\n\n### 13:10\n\n回滚。\n\n## 经验教训\n\n- 先测清理脚本。\n')).toMatchObject({ name: 'postmortem', source: 'headings' });
    // Minutes told by their header lines or by a list of what was discussed, in each language.
    expect(await kindOf('# 1129小松\n時間 Time：19:00-20:30\n參與者 Participants：小明、小華\n\n## 活動報告\n\n- 24 人參加。\n')).toMatchObject({ name: 'minutes', source: 'headings', reason: 'the line "參與者 Participants:"' });
    expect(await kindOf('# 周四碰头\n\n参会人员：小王、小李\n\n- 版本定在周五。\n')).toMatchObject({ name: 'minutes', reason: 'the line "参会人员:"' });
    expect(await kindOf('## 2026-02-06\n\n- Discussed the venue.\n- Discussed the budget.\n- Discussed the rota.\n')).toMatchObject({ name: 'minutes', reason: '3 items on what was discussed' });
    expect(await kindOf('## 2月6日\n\n- 讨论了场地。\n- 讨论了预算。\n- 讨论了值班表。\n')).toMatchObject({ name: 'minutes' });
    expect(await kindOf('## 2026-02-06\n\n- Discussed the venue.\n- Shipped the docs.\n')).toMatchObject({ name: 'review', source: 'default' });
    expect(await kindOf('# Notes\n\nSome text.\n')).toEqual({ name: 'review', source: 'default', reason: expect.stringContaining('neither the title nor the headings') });
  });

  it('a note of an event (记要) is no meeting: only 会议记要 and the like are minutes', async () => {
    expect(await kindOf('# 校园行活动记要\n\n活动因故取消。\n')).not.toMatchObject({ name: 'minutes' });
    expect(await kindOf('# 发布组会议记要\n\n版本定在周五。\n')).toMatchObject({ name: 'minutes', source: 'title' });
  });

  it('front matter wins over the config, which wins over the title', async () => {
    const text = '---\nkind: retrospective\n---\n# Postmortem: outage\n\nText.\n';
    expect(await kindOf(text, { kind: 'minutes' })).toMatchObject({ name: 'retrospective', source: 'front-matter' });
    expect(await kindOf('# Postmortem: outage\n\nText.\n', { overrides: [{ files: ['*.md'], kind: 'minutes' }] })).toMatchObject({ name: 'minutes', source: 'config' });
  });

  it('an unknown kind is reported at the top and the document judged as a review', async () => {
    const result = await lintText('---\nkind: board\n---\n# Monthly report\n\nText.\n', { filePath: 'doc.md' });
    expect(result.kind).toMatchObject({ name: 'review', source: 'default' });
    expect(result.findings.filter((f) => f.ruleId === null)).toMatchObject([{ messageId: 'unknownKind', line: 1, severity: 'warn' }]);
  });

  it('a config kind refines or extends one, with its own title words and sections', async () => {
    const config = { kinds: { board: { extends: 'review', detect: ['Board report', '董事会报告'], required: ['overview', 'plan'] } } };
    expect(validateUserConfig(config, '<config>', builtinRules)).toBeTruthy();
    expect(kindsOf(config).map((k) => k.name)).toEqual(['board', ...BUILTIN_KINDS]);
    const result = await lintText('# Board report, May\n\n## Results\n\nRevenue 4 million dollars.\n', { config, filePath: 'doc.md' });
    expect(result.kind).toMatchObject({ name: 'board', source: 'title' });
    expect(result.findings.filter((f) => f.ruleId === 'require-sections').map((f) => f.data.section)).toEqual(['overview', 'plan']);
  });

  it('a config that lists its own sections keeps them for kinds told by the title, not for kinds it names', async () => {
    const rules = { 'require-sections': ['error', { required: ['results'] }] };
    const text = '# Sprint 14 retrospective\n\n## Results\n\n- 23 of 25 stories closed.\n';
    const sections = async (config: object) => (await lintText(text, { config, filePath: 'doc.md' })).findings.filter((f) => f.ruleId === 'require-sections').map((f) => f.data.section);
    expect(await sections({ rules })).toEqual([]);
    expect(await sections({ rules, kind: 'retrospective' })).toEqual(['problems', 'plan']);
  });
});

describe('what a kind asks', () => {
  it('minutes owe no cause for a problem they mention', async () => {
    const text = '# Team meeting minutes\n\n## Decisions\n\n- We agreed to ship on 30 October.\n\n## Notes\n\n- The release slipped by two weeks.\n\n## Action items\n\n- Dana Lee to tag the release by 20 October.\n';
    const result = await lintText(text, { filePath: 'doc.md' });
    expect(result.findings.map((f) => f.ruleId)).toEqual([]);
    const asReview = await lintText(`---\nkind: review\n---\n${text}`, { filePath: 'doc.md' });
    expect(asReview.findings.map((f) => f.ruleId)).toContain('require-problem-cause');
  });
});

describe('summarylint new <kind>', () => {
  const guidance = { en: /Replace this (item|paragraph)|replace this item/u, zh: /请替换本[条段]|替换本条/u, 'zh-Hant': /請替換本[條段]|替換本條/u };

  it('writes every kind in three languages; a skeleton reports only its guidance, and filled in it lints clean', async () => {
    const cwd = projects.create({});
    for (const kind of BUILTIN_KINDS) {
      for (const lang of ['en', 'zh', 'zh-Hant'] as const) {
        const made = await runMain(['new', kind, '--lang', lang, '--period', lang === 'en' ? 'May 2026' : '2026年5月', '-o', `${kind}-${lang}.md`], { cwd });
        expect(made.code).toBe(0);
        const text = readFileSync(path.join(cwd, `${kind}-${lang}.md`), 'utf8');
        const skeleton = await lintText(text, { filePath: path.join(cwd, `${kind}-${lang}.md`), cwd });
        expect(skeleton.kind?.name, `${kind} ${lang}`).toBe(kind);
        expect(new Set(skeleton.findings.map((f) => f.ruleId)), `${kind} ${lang}`).toEqual(new Set(['no-placeholder']));
        // Each guidance line is one finding: one per section.
        expect(skeleton.findings.length).toBe(text.split('\n').filter((line) => guidance[lang].test(line)).length);
      }
    }
    expect(readFileSync(path.join(cwd, 'sales-zh-Hant.md'), 'utf8')).toMatch(/^(?:---\n[\s\S]*?\n---\n)?# 2026年5月銷售工作總結\n\n## 銷售目標回顧\n[\s\S]*## 成果分析[\s\S]*## 客戶資源管理[\s\S]*## 問題反思[\s\S]*## 未來規劃/u);
    expect(readFileSync(path.join(cwd, 'postmortem-en.md'), 'utf8').match(/^## .*$/gmu)).toEqual(['## Summary', '## Impact', '## Timeline', '## Root cause', '## Action items']);
  });

  it('the sales skeleton, filled in, lints clean in en, zh and zh-hant (the fixtures of fixtures/kinds/sales)', async () => {
    for (const name of ['en-pass-five-parts.md', 'zh-pass-five-parts.md', 'zh-hant-pass-five-parts.md']) {
      const text = readFileSync(path.resolve(import.meta.dirname, '../fixtures/kinds/sales', name), 'utf8');
      const result = await lintText(text, { filePath: 'doc.md' });
      expect(result.kind?.name).toBe('sales');
      expect(result.findings).toEqual([]);
    }
  });
});

describe('the CLI says which kind', () => {
  it('--print-config FILE gives the kind and the rules as they apply to it; JSON gives each file\'s kind; one note for guesses', async () => {
    const cwd = projects.create({
      'sales.md': readFileSync(path.resolve(import.meta.dirname, '../fixtures/kinds/sales/en-pass-five-parts.md'), 'utf8'),
      'notes.md': '# Notes\n\nSome text.\n',
      'more-notes.md': '# More notes\n\nSome text.\n',
    });
    const printed = JSON.parse((await runMain(['--print-config', 'sales.md'], { cwd })).stdout);
    expect(printed.detectedKind).toEqual({ name: 'sales', source: 'title', reason: 'the title says "Sales summary"' });
    expect(printed.rules['require-sections'].options).toMatchObject({ required: ['targets', 'results', 'customers', 'problems', 'plan'], order: true });
    const run = await runMain(['--format', 'json', '.'], { cwd });
    expect(JSON.parse(run.stdout).map((r: { kind: { name: string } }) => r.kind.name)).toEqual(['review', 'review', 'sales']);
    expect(run.stderr.match(/note:/gu)).toHaveLength(1);
    expect(run.stderr).toContain('2 files name no kind of summary');
  });
});

describe('summarylint init writes the kinds', () => {
  it('reads them from the files already there, or takes kind=glob', async () => {
    const cwd = projects.create({
      'postmortems/2026-05-outage.md': '# Postmortem: outage\n\nText.\n',
      'postmortems/2026-06-crash.md': '# Incident report: crash\n\nText.\n',
      'reports/may.md': '# Notes\n\nText.\n',
    });
    expect((await runMain(['init'], { cwd })).code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(cwd, '.summarylintrc.json'), 'utf8')).overrides).toEqual([{ files: ['postmortems/**'], kind: 'postmortem' }]);
    expect((await runMain(['init', '--force', '--kind', 'sales=reports/**'], { cwd })).code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(cwd, '.summarylintrc.json'), 'utf8')).overrides).toEqual([{ files: ['reports/**'], kind: 'sales' }]);
    expect(await runMain(['init', '--force', '--kind', 'memo=x/**'], { cwd })).toMatchObject({ code: 2, stderr: expect.stringContaining("unknown kind 'memo'") });
  });
});

describe('the kinds\' pages', () => {
  it('docs/kinds/<kind>.md is up to date with the data (npm run docs writes it)', async () => {
    // @ts-expect-error: a plain ES module of the scripts, without types
    const { renderKindPages } = await import('../scripts/kind-pages.mjs');
    const { languages } = await import('../src/languages/index.js');
    const vocabularies = Object.fromEntries(languages().map((pack) => [pack.code, pack.vocabulary]));
    for (const [file, page] of Object.entries(renderKindPages(kindsOf({}), vocabularies) as Record<string, string>)) {
      expect(readFileSync(path.resolve(import.meta.dirname, '..', file), 'utf8'), `${file}: run npm run docs`).toBe(page);
    }
  });
});
