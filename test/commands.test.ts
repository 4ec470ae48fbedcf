// The set-up commands, run for real: `init` in an empty folder, `new` skeletons linted with the config
// init wrote, `rules` / `--list-rules` and `rules <id>`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterAll, describe, it, vi } from 'vitest';
import { main } from '../src/cli.js';
import { builtinRules } from '../rules/index.js';
import { ROOT, runCli, runMain, TempProjects } from './support/cli.js';

vi.setConfig({ testTimeout: 60_000 });
const projects = new TempProjects();
afterAll(() => projects.cleanup());

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const VERSION = readJson(path.join(ROOT, 'package.json')).version;

describe.concurrent('summarylint init', () => {
  it('in an empty folder writes the config, then a new skeleton reports only its guidance lines (spawned, stdin not a terminal)', async ({ expect }) => {
    const cwd = projects.create({});
    const init = await runCli(['init'], { cwd });
    expect(init).toMatchObject({ code: 0, stderr: '' });
    const config = readJson(path.join(cwd, '.summarylintrc.json'));
    expect(config).toEqual({
      // No summarylint installed in this project (the test runs this repo's binary): the published schema.
      $schema: `https://unpkg.com/summarylint@${VERSION}/schema/summarylintrc.schema.json`,
      extends: 'summarylint:recommended',
      language: 'auto',
      rules: Object.fromEntries(Object.entries(builtinRules).map(([id, rule]) => [id, rule.meta.level])),
    });

    for (const lang of ['en', 'zh']) {
      const made = await runCli(['new', '--template', 'monthly', '--lang', lang, '-o', `monthly-${lang}.md`], { cwd });
      expect(made).toMatchObject({ code: 0, stderr: '' });
    }
    // A fresh skeleton is an unfinished summary: its guidance lines ("Replace this item", 请替换本条) are placeholders,
    // one per section, and nothing else is reported.
    const lint = await runCli(['--format', 'json', 'monthly-en.md', 'monthly-zh.md'], { cwd });
    expect(lint.stderr).toBe('');
    expect(lint.code).toBe(1);
    const messages = JSON.parse(lint.stdout).map((r: any) => r.messages.map((m: any) => m.ruleId));
    expect(messages).toEqual([Array(4).fill('no-placeholder'), Array(4).fill('no-placeholder')]);
    expect(readFileSync(path.join(cwd, 'monthly-zh.md'), 'utf8')).toMatch(/^---\nperiod: \d{4}-\d{2}\n(?:author: .*\n)?---\n# \d{4}年\d{1,2}月工作总结\n\n## 概述\n[\s\S]*## 主要成果[\s\S]*## 存在的问题[\s\S]*## 下月计划/);
  });

  it('every template in both languages reports nothing but its placeholders under the strict preset, with and without a roster', async ({ expect }) => {
    const cwd = projects.create({});
    expect((await runMain(['init', '--preset', 'strict', '--lang', 'zh'], { cwd })).code).toBe(0);
    expect(readJson(path.join(cwd, '.summarylintrc.json'))).toMatchObject({ extends: 'summarylint:strict', language: 'zh' });
    // Under strict a configured roster is enforced: the skeleton's action item must name someone on it.
    const rostered = projects.create({ '.summarylintrc.json': JSON.stringify({ extends: 'summarylint:strict', settings: { roster: ['Alice Wong', '李娜'] } }) });
    for (const folder of [cwd, rostered]) {
      for (const template of ['weekly', 'monthly', 'quarterly', 'annual']) {
        for (const lang of ['en', 'zh']) expect((await runMain(['new', template, '--lang', lang, '-o', `${template}-${lang}.md`], { cwd: folder })).code).toBe(0);
      }
      const lint = await runMain(['--format', 'json', '.'], { cwd: folder });
      expect(lint.code).toBe(1);
      const results = JSON.parse(lint.stdout);
      expect(results).toHaveLength(8);
      for (const result of results) {
        expect(result.messages.length).toBeGreaterThan(0);
        expect(new Set(result.messages.map((m: any) => m.ruleId))).toEqual(new Set(['no-placeholder']));
      }
    }
    expect(readFileSync(path.join(rostered, 'weekly-en.md'), 'utf8')).toContain('- Alice Wong to replace this item');
    expect(readFileSync(path.join(rostered, 'weekly-zh.md'), 'utf8')).toContain('1. 负责人：Alice Wong，6月30日前替换本条');
    // Front matter for require-metadata (on under strict): the period, and the roster's first name as the author.
    expect(readFileSync(path.join(rostered, 'quarterly-en.md'), 'utf8')).toMatch(/^---\nperiod: \d{4}-Q[1-4]\nauthor: Alice Wong\n---\n# Quarterly review, Q[1-4] \d{4}\n/);
  });

  it('points $schema, relative to the new config, at the summarylint installed in the project (run in a subfolder)', async ({ expect }) => {
    const cwd = projects.create({
      'node_modules/summarylint/package.json': JSON.stringify({ name: 'summarylint', version: '9.9.9', exports: { './package.json': './package.json' } }),
      'node_modules/summarylint/schema/summarylintrc.schema.json': '{}',
      'teams/sales/notes.md': '# Notes\n',
    });
    const sub = path.join(cwd, 'teams/sales');
    expect(await runCli(['init'], { cwd: sub })).toMatchObject({ code: 0, stderr: '' });
    const { $schema } = readJson(path.join(sub, '.summarylintrc.json'));
    expect($schema).toBe('../../node_modules/summarylint/schema/summarylintrc.schema.json');
    expect(existsSync(path.resolve(sub, $schema))).toBe(true);
    // At the project root, the usual ./node_modules path.
    expect((await runMain(['init'], { cwd })).code).toBe(0);
    expect(readJson(path.join(cwd, '.summarylintrc.json')).$schema).toBe('./node_modules/summarylint/schema/summarylintrc.schema.json');
  });

  it('refuses to overwrite a config without --force', async ({ expect }) => {
    const cwd = projects.create({ '.summarylintrc.json': '{ "rules": { "require-sections": "off" } }\n' });
    const refused = await runCli(['init'], { cwd });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(".summarylintrc.json already exists; not overwriting it. Run 'summarylint init --force'");
    expect(readFileSync(path.join(cwd, '.summarylintrc.json'), 'utf8')).toBe('{ "rules": { "require-sections": "off" } }\n');
    expect((await runMain(['init', '--force'], { cwd })).code).toBe(0);
    expect(readJson(path.join(cwd, '.summarylintrc.json')).extends).toBe('summarylint:recommended');
  });

  it('counts other config files (YAML, package.json key) as existing configs', async ({ expect }) => {
    const yaml = projects.create({ '.summarylintrc.yaml': 'rules: {}\n' });
    expect((await runMain(['init'], { cwd: yaml })).stderr).toContain('a config already exists here (.summarylintrc.yaml)');
    const pkg = projects.create({ 'package.json': '{ "name": "x", "summarylint": {} }' });
    const forced = await runMain(['init', '--force'], { cwd: pkg });
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain('package.json is found before .summarylintrc.json, so it still applies');
  });

  it('asks on an interactive terminal, and only for what the options leave open', async ({ expect }) => {
    const cwd = projects.create({});
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    let out = '';
    const stdout = Object.assign(new Writable({ write: (chunk, _enc, done) => ((out += chunk), done()) }), { isTTY: true });
    stdin.end('strict\n'); // the preset; --lang answers the language question; the input ends before the kinds
    const code = await main(['node', 'summarylint', 'init', '--lang', 'en'], { stdin, stdout, stderr: new PassThrough(), cwd, env: {} });
    expect(code).toBe(0);
    expect(out).toContain('Preset: recommended warns, strict makes every rule an error. (recommended/strict) [recommended]');
    expect(out).not.toContain('Language of your summaries');
    expect(readJson(path.join(cwd, '.summarylintrc.json'))).toMatchObject({ extends: 'summarylint:strict', language: 'en' });
  });
});

describe.concurrent('summarylint new', () => {
  it('writes the sections the config requires, custom roles under their own headings, in the configured order', async ({ expect }) => {
    const cwd = projects.create({
      '.summarylintrc.json': JSON.stringify({
        rules: { 'require-sections': ['error', { required: ['overview', 'accounts', 'results', 'plan'], order: true, roles: { accounts: ['Customer accounts', '客户资源管理'] } }] },
      }),
    });
    const en = await runMain(['new', 'weekly', '--period', 'week 12, 2026', '-o', '-'], { cwd });
    expect(en.code).toBe(0);
    expect(en.stdout.match(/^#.*$/gm)).toEqual(['# Weekly report, week 12, 2026', '## Overview', '## Customer accounts', '## Results', '## Next week']);
    const zh = await runMain(['new', 'weekly', '--lang', 'zh', '--period', '2026年第12周', '-o', 'w.md'], { cwd });
    expect(zh.code).toBe(0);
    expect(readFileSync(path.join(cwd, 'w.md'), 'utf8').match(/^#.*$/gm)).toEqual(['# 2026年第12周工作周报', '## 概述', '## 客户资源管理', '## 主要成果', '## 下周计划']);
    const lint = await runMain(['--format', 'json', 'w.md'], { cwd });
    expect(JSON.parse(lint.stdout)[0].messages.filter((m: any) => m.ruleId === 'require-sections')).toEqual([]);
  });

  it('writes the period and the author or team as front matter; a --period it cannot read stays in the title only', async ({ expect }) => {
    const cwd = projects.create({});
    const team = await runMain(['new', 'monthly', '--period', 'November 2026', '--team', 'support', '-o', '-'], { cwd });
    expect(team.stdout).toMatch(/^---\nperiod: 2026-11\nteam: support\n---\n# Monthly report, November 2026\n/);
    const zh = await runMain(['new', 'weekly', '--lang', 'zh', '--period', '2026年第46周', '--author', '王敏', '-o', '-'], { cwd });
    expect(zh.stdout).toMatch(/^---\nperiod: 2026-W46\nauthor: 王敏\n---\n# 2026年第46周工作周报\n/);
    const free = await runMain(['new', 'monthly', '--period', 'the spring sprint', '--author', 'Alice Wong', '-o', '-'], { cwd });
    expect(free.stdout).toMatch(/^---\nauthor: Alice Wong\n---\n# Monthly report, the spring sprint\n/);
  });

  it('never overwrites without --force, and rejects unknown templates', async ({ expect }) => {
    const cwd = projects.create({ 'm.md': 'mine\n' });
    const refused = await runMain(['new', 'monthly', '-o', 'm.md'], { cwd });
    expect(refused).toMatchObject({ code: 2, stderr: 'summarylint: m.md already exists; not overwriting it (use --force, or -o another file)\n' });
    expect(readFileSync(path.join(cwd, 'm.md'), 'utf8')).toBe('mine\n');
    expect((await runMain(['new', 'monthly', '-o', 'm.md', '--force'], { cwd })).code).toBe(0);
    expect(readFileSync(path.join(cwd, 'm.md'), 'utf8')).toMatch(/^---\n[\s\S]*?\n---\n# Monthly report, /);
    expect(await runMain(['new', 'daily'], { cwd })).toMatchObject({ code: 2, stderr: "summarylint: unknown template or kind 'daily'; expected one of weekly, monthly, quarterly, annual, sales, postmortem, retrospective, minutes, review\n" });
  });

  it('names the file after the template and today by default', async ({ expect }) => {
    const cwd = projects.create({});
    const run = await runMain(['new', 'annual'], { cwd });
    const [, file] = /^Wrote (annual-\d{4}-\d{2}-\d{2}\.md):/.exec(run.stdout) ?? [];
    expect(file).toBeDefined();
    expect(readFileSync(path.join(cwd, file), 'utf8')).toMatch(/^---\nperiod: (\d{4})\n(?:author: .*\n)?---\n# Year-end review, \1\n/);
  });
});

describe.concurrent('summarylint rules', () => {
  it('lists every rule with its default level, languages and description; --list-rules is the same', async ({ expect }) => {
    const cwd = projects.create({});
    const run = await runCli(['rules'], { cwd });
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^rule\s+default\s+languages\s+description$/);
    for (const [id, rule] of Object.entries(builtinRules)) {
      expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${id}\\s+${rule.meta.level}\\s+en, zh\\s+${rule.meta.description.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)));
    }
    expect((await runMain(['--list-rules'], { cwd })).stdout).toBe(run.stdout);
  });

  it('includes the rules of the plugins the folder\'s config loads', async ({ expect }) => {
    const cwd = projects.create({
      '.summarylintrc.json': JSON.stringify({ plugins: ['./p.mjs'] }),
      'p.mjs': `export default { meta: { id: 'acme/no-tbd', description: 'Flag TBD', level: 'info', languages: ['en'], schema: {}, messages: { m: 'x' } }, check() {} };`,
    });
    expect((await runMain(['rules'], { cwd })).stdout).toMatch(/^acme\/no-tbd\s+info\s+en\s+Flag TBD$/m);
  });

  it('rules <id> prints the documentation with its examples and their findings', async ({ expect }) => {
    const cwd = projects.create({});
    const run = await runCli(['rules', 'require-action-owner'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^### require-action-owner\n\nRequire every action item to name who does it\.\n/);
    expect(run.stdout).toContain('**Why:**');
    expect(run.stdout).toMatch(/```markdown\n[\s\S]+```\n\n- \d+:\d+ Missing owner/);
  });

  it('an unknown id is a usage error with a suggestion', async ({ expect }) => {
    const cwd = projects.create({});
    const run = await runMain(['rules', 'require-sectons'], { cwd });
    expect(run).toEqual({ code: 2, stdout: '', stderr: "summarylint: unknown rule 'require-sectons' (did you mean 'require-sections'?). Run 'summarylint rules' for the list.\n" });
  });

  it('a folder named like a command is linted when written as a path', async ({ expect }) => {
    const cwd = projects.create({ 'rules/a.md': '# Notes\n\nShipped.\n' });
    writeFileSync(path.join(cwd, 'rules/b.md'), '# More notes\n');
    const run = await runMain(['./rules'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('2 files checked');
  });
});
