// Which files the command line lints (src/config/summaries.ts, src/files.ts): README and the like are not
// summaries unless a config's `files` names them; every way to ignore a file behaves the same (skipped quietly in
// folders and globs, a warning when named, no warning with --no-warn-ignored); `init` writes `files`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterAll, describe, it, vi } from 'vitest';
import { main } from '../src/cli.js';
import { CLEAN_EN, INCOMPLETE_EN, runCli, runMain, TempProjects } from './support/cli.js';

vi.setConfig({ testTimeout: 60_000 });
const projects = new TempProjects();
afterAll(() => projects.cleanup());

const PROJECT_DOCUMENTS = {
  'README.md': '# Team summaries\n',
  'docs/readme.zh-CN.md': '# 团队总结\n',
  'CHANGELOG.md': '# Changelog\n',
  'CONTRIBUTING.md': '# Contributing\n',
  'LICENSE.md': 'MIT\n',
  'CODE_OF_CONDUCT.md': '# Code of conduct\n',
  'SECURITY.markdown': '# Security\n',
  '.github/PULL_REQUEST_TEMPLATE.md': '## What changed\n',
};
const NOT_A_SUMMARY = (name: string) => `File ignored: ${name} is not a summary by default. To lint it, name it in "files" in your summarylint config.`;
const IGNORED = 'File ignored because of a matching ignore pattern. Use --no-ignore to override, or --no-warn-ignored to hide this warning.';

type Json = Array<{ filePath: string; messages: Array<{ ruleId: string | null; message: string }>; warningCount: number }>;
const linted = (cwd: string, stdout: string) => (JSON.parse(stdout) as Json).map((result) => path.relative(cwd, result.filePath));

describe.concurrent('what is a summary', () => {
  it('a folder run skips README, CHANGELOG, CONTRIBUTING, LICENSE, CODE_OF_CONDUCT, SECURITY and .github/', async ({ expect }) => {
    const cwd = projects.create({ ...PROJECT_DOCUMENTS, 'reports/week.md': INCOMPLETE_EN, 'security-review.md': CLEAN_EN });
    const run = await runMain(['-f', 'json'], { cwd });
    expect(run.code).toBe(1);
    expect(linted(cwd, run.stdout)).toEqual(['reports/week.md', 'security-review.md']);
    expect((await runMain(['-f', 'json', '**/*.md'], { cwd })).stdout).toBe(run.stdout);
  });

  it('a named README gets a warning saying why; --no-warn-ignored skips it quietly, so --max-warnings 0 passes', async ({ expect }) => {
    const cwd = projects.create({ ...PROJECT_DOCUMENTS, 'week.md': CLEAN_EN });
    const named = await runMain(['-f', 'json', 'README.md', 'week.md', '--max-warnings', '0'], { cwd });
    expect(named.code).toBe(1);
    expect(JSON.parse(named.stdout)[0].messages.map((m: { message: string }) => m.message)).toEqual([NOT_A_SUMMARY('README.md')]);
    const quiet = await runCli(['README.md', '.github/PULL_REQUEST_TEMPLATE.md', 'week.md', '--max-warnings', '0', '--no-warn-ignored'], { cwd });
    expect(quiet).toEqual({ code: 0, stdout: '1 file checked: 0 errors, 0 warnings\n', stderr: '' });
  });

  it('`files` names the summaries: others are skipped (a warning when named), a README it names is linted', async ({ expect }) => {
    const cwd = projects.create({
      ...PROJECT_DOCUMENTS,
      '.summarylintrc.json': JSON.stringify({ files: ['README.md', 'reports/**'] }),
      'reports/week.md': CLEAN_EN,
      'notes/idea.md': INCOMPLETE_EN,
    });
    const run = await runMain(['-f', 'json'], { cwd });
    expect(linted(cwd, run.stdout)).toEqual(['README.md', 'reports/week.md']);
    expect(JSON.parse(run.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toContain('require-sections');
    const named = await runMain(['-f', 'json', 'notes/idea.md'], { cwd });
    expect(named.code).toBe(0);
    expect(JSON.parse(named.stdout)[0].messages[0].message).toBe(`File ignored: it is not among the summaries the config's "files" names (README.md, reports/**).`);
  });

  it('standard input named after a README gets the same warning, or nothing with --no-warn-ignored', async ({ expect }) => {
    const cwd = projects.create({});
    const args = ['--stdin', '--stdin-filename', 'README.md', '-f', 'json'];
    const warned = await runMain(args, { cwd, input: INCOMPLETE_EN });
    expect(warned.code).toBe(0);
    expect(JSON.parse(warned.stdout)[0].messages[0].message).toBe(NOT_A_SUMMARY('README.md'));
    const quiet = await runMain([...args, '--no-warn-ignored'], { cwd, input: INCOMPLETE_EN });
    expect(quiet.code).toBe(0);
    expect(JSON.parse(quiet.stdout)[0]).toMatchObject({ messages: [], warningCount: 0 });
  });
});

describe.concurrent('one ignore behaviour', () => {
  const ways: Array<[string, Record<string, string>, string[]]> = [
    ['.summarylintignore', { '.summarylintignore': 'drafts/\n' }, []],
    ['--ignore-pattern', {}, ['--ignore-pattern', 'drafts/']],
    ['config `ignores`', { '.summarylintrc.json': '{ "ignores": ["drafts/**"] }' }, []],
  ];
  for (const [way, files, flags] of ways) {
    it(`${way}: skipped in a folder, a warning when named (with workers and the cache too), none with --no-warn-ignored`, async ({ expect }) => {
      const cwd = projects.create({ ...files, 'good.md': CLEAN_EN, 'drafts/bad.md': INCOMPLETE_EN });
      expect(await runMain([...flags], { cwd })).toMatchObject({ code: 0, stdout: '1 file checked: 0 errors, 0 warnings\n' });

      for (const extra of [[], ['--concurrency', '2'], ['--cache', '--cache-location', path.join(cwd, 'cache')], ['--cache', '--cache-location', path.join(cwd, 'cache')]]) {
        const named = await runMain([...flags, ...extra, '-f', 'json', 'drafts/bad.md', 'good.md'], { cwd });
        expect(named.code, extra.join(' ')).toBe(0);
        expect(JSON.parse(named.stdout).map((r: { messages: Array<{ message: string }> }) => r.messages.map((m) => m.message)), extra.join(' ')).toEqual([[IGNORED], []]);
      }
      expect((await runMain([...flags, '--max-warnings', '0', 'drafts/bad.md'], { cwd })).code).toBe(1);
      const quiet = await runMain([...flags, '--max-warnings', '0', '--no-warn-ignored', 'drafts/bad.md', 'good.md'], { cwd });
      expect(quiet).toMatchObject({ code: 0, stdout: '1 file checked: 0 errors, 0 warnings\n' });
      expect((await runMain([...flags, '--no-ignore', 'drafts/bad.md'], { cwd })).code).toBe(1);
    });
  }
});

describe.concurrent('init asks which files are summaries', () => {
  it('--files writes them; without it the config has no `files`', async ({ expect }) => {
    const cwd = projects.create({ 'reports/week.md': CLEAN_EN, 'README.md': INCOMPLETE_EN });
    expect((await runMain(['init', '--files', 'reports/**/*.md', 'README.md'], { cwd })).code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(cwd, '.summarylintrc.json'), 'utf8')).files).toEqual(['reports/**/*.md', 'README.md']);
    expect((await runMain([], { cwd })).stdout).toContain('2 files checked');

    const plain = projects.create({});
    expect((await runMain(['init'], { cwd: plain })).code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(plain, '.summarylintrc.json'), 'utf8'))).not.toHaveProperty('files');
  });

  it('on a terminal, the answer is the globs; an empty answer keeps the default', async ({ expect }) => {
    for (const [answer, files] of [['reports/*.md  minutes/**\n', ['reports/*.md', 'minutes/**']], ['\n', undefined]] as const) {
      const cwd = projects.create({});
      const stdin = Object.assign(new PassThrough(), { isTTY: true });
      let out = '';
      const stdout = Object.assign(new Writable({ write: (chunk, _enc, done) => ((out += chunk), done()) }), { isTTY: true });
      stdin.end(answer);
      const code = await main(['node', 'summarylint', 'init', '--preset', 'recommended', '--lang', 'en'], { stdin, stdout, stderr: new PassThrough(), cwd, env: {} });
      expect(code).toBe(0);
      expect(out).toContain('Which files are summaries? Globs separated by spaces, e.g. reports/**/*.md [every Markdown file except README, CHANGELOG');
      expect(JSON.parse(readFileSync(path.join(cwd, '.summarylintrc.json'), 'utf8')).files).toEqual(files);
    }
  });
});
