// --changed-since <ref> in a real git repository: what a pull request changed plus local work.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, it, vi } from 'vitest';
import { INCOMPLETE_EN, runCli, runMain, TempProjects } from './support/cli.js';

vi.setConfig({ testTimeout: 60_000 });
const projects = new TempProjects();
afterAll(() => projects.cleanup());

const GIT_ENV = { GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.com' };
function git(cwd: string, ...args: string[]): void {
  const result = spawnSync('git', args, { cwd, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
}

/** main: a.md, b.md, gone.md, notes.txt; branch `feature`: b.md edited, c.md committed, gone.md deleted; d.md untracked, e.md staged. */
function repository(): string {
  const cwd = projects.create({ 'reports/a.md': INCOMPLETE_EN, 'reports/b.md': INCOMPLETE_EN, 'reports/gone.md': INCOMPLETE_EN, 'notes.txt': 'x\n' });
  git(cwd, 'init', '-q', '-b', 'main');
  git(cwd, 'add', '-A');
  git(cwd, 'commit', '-q', '-m', 'base');
  git(cwd, 'checkout', '-q', '-b', 'feature');
  writeFileSync(path.join(cwd, 'reports/b.md'), `${INCOMPLETE_EN}\nEdited.\n`);
  writeFileSync(path.join(cwd, 'reports/c.md'), INCOMPLETE_EN);
  rmSync(path.join(cwd, 'reports/gone.md'));
  git(cwd, 'add', '-A');
  git(cwd, 'commit', '-q', '-m', 'feature work');
  writeFileSync(path.join(cwd, 'reports/d.md'), INCOMPLETE_EN);
  writeFileSync(path.join(cwd, 'reports/e.md'), INCOMPLETE_EN);
  git(cwd, 'add', 'reports/e.md');
  return cwd;
}

const linted = (stdout: string) => JSON.parse(stdout).map((r: any) => path.basename(r.filePath));

describe.concurrent('--changed-since', () => {
  it('lints only Markdown files changed since the ref: committed on the branch, staged and untracked', async ({ expect }) => {
    const cwd = repository();
    const run = await runCli(['--changed-since', 'main', '--format', 'json'], { cwd });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(linted(run.stdout)).toEqual(['b.md', 'c.md', 'd.md', 'e.md']);
  });

  it('is measured from the merge base, so later commits on the base branch do not count', async ({ expect }) => {
    const cwd = repository();
    git(cwd, 'stash', '-u', '-q');
    git(cwd, 'checkout', '-q', 'main');
    writeFileSync(path.join(cwd, 'reports/a.md'), `${INCOMPLETE_EN}\nChanged on main.\n`);
    git(cwd, 'commit', '-q', '-am', 'main moves on');
    git(cwd, 'checkout', '-q', 'feature');
    const run = await runMain(['--changed-since', 'main', '--format', 'json'], { cwd });
    expect(linted(run.stdout)).toEqual(['b.md', 'c.md']);
  });

  it('keeps the paths given: only changed files under them', async ({ expect }) => {
    const cwd = repository();
    const run = await runMain(['--changed-since', 'main', '--format', 'json', 'reports/c.md', 'reports/d.md', 'reports/a.md'], { cwd });
    expect(linted(run.stdout)).toEqual(['c.md', 'd.md']);
  });

  it('nothing changed: nothing linted, exit 0', async ({ expect }) => {
    const cwd = repository();
    git(cwd, 'stash', '-u', '-q');
    const run = await runMain(['--changed-since', 'HEAD'], { cwd });
    expect(run).toEqual({ code: 0, stdout: '0 files checked: 0 errors, 0 warnings\n', stderr: '' });
  });

  it('an unknown ref or a folder outside git is a usage error (exit 2)', async ({ expect }) => {
    const cwd = repository();
    const unknown = await runMain(['--changed-since', 'origin/nope'], { cwd });
    expect(unknown).toEqual({ code: 2, stdout: '', stderr: "summarylint: --changed-since: unknown git ref 'origin/nope' (in CI, fetch it first: git fetch origin nope)\n" });
    const outside = projects.create({ 'a.md': INCOMPLETE_EN });
    const run = await runMain(['--changed-since', 'main'], { cwd: outside }); // the temporary folder is not in a repository
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^summarylint: --changed-since: git rev-parse failed: fatal: not a git repository/);
  });
});
