// The pre-commit framework, for real: summarylint's .pre-commit-hooks.yaml used from a git repository of
// summaries. pre-commit clones the hook repository (a snapshot of this working tree), installs it with npm
// (language: node: `npm install`, `npm pack`, `npm install -g` into its own environment, with the system's
// Node), and runs the hook on the staged Markdown files: a bad summary refuses the commit, a fixed one
// goes through.
//
// Needs the `pre-commit` command (Debian package `pre-commit`; .ci/run installs it) and the npm registry
// (pre-commit's npm install of the hook fetches summarylint's dependencies). Outside CI the test is skipped,
// saying which is missing; in CI (CI=true) a missing tool fails instead, so the check cannot silently vanish.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLEAN_EN, INCOMPLETE_EN, ROOT, runCommand } from './support/cli.js';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
};

function missingPrerequisite(): string | undefined {
  if (spawnSync('pre-commit', ['--version']).status !== 0) {
    return 'the pre-commit command is not installed (apt-get install pre-commit; .ci/run installs it)';
  }
  if (spawnSync('npm', ['ping'], { timeout: 20_000 }).status !== 0) {
    return 'the npm registry is unreachable, and pre-commit installs a language: node hook with npm install from it';
  }
  return undefined;
}

const missing = missingPrerequisite();
if (missing && process.env.CI) throw new Error(`pre-commit test cannot run in CI: ${missing}`);

const git = { GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com' };

async function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  const result = await runCommand(command, args, { cwd, env: { ...git, ...env }, timeout: 400_000 });
  return { ...result, output: `${result.stdout}${result.stderr}` };
}

/** A git repository holding this working tree's files (tracked and new, not ignored), as a hook repo to clone. */
async function snapshotRepo(): Promise<{ dir: string; rev: string }> {
  const dir = tempDir('summarylint-hook-repo-');
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    const from = path.join(ROOT, file);
    try {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      cpSync(from, path.join(dir, file));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error; // deleted but not yet committed
    }
  }
  for (const args of [['init', '-q'], ['add', '-A'], ['commit', '-q', '-m', 'snapshot']]) {
    const result = await run('git', args, dir);
    expect(result.code, result.output).toBe(0);
  }
  return { dir, rev: spawnSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).stdout.trim() };
}

describe.skipIf(missing)(`pre-commit hook${missing ? ` (skipped: ${missing})` : ''}`, () => {
  it('refuses a commit with a bad summary and lets the fixed one through', { timeout: 900_000 }, async () => {
    const hook = await snapshotRepo();
    const repo = tempDir('summarylint-pre-commit-');
    const env = { PRE_COMMIT_HOME: tempDir('summarylint-pre-commit-home-') };
    writeFileSync(
      path.join(repo, '.pre-commit-config.yaml'),
      `repos:\n  - repo: ${hook.dir}\n    rev: ${hook.rev}\n    hooks:\n      - id: summarylint\n`,
    );
    expect((await run('git', ['init', '-q'], repo)).code).toBe(0);
    const install = await run('pre-commit', ['install'], repo, env);
    expect(install.code, install.output).toBe(0);

    // Markdown only: the text file's weak content is never linted.
    mkdirSync(path.join(repo, 'reports'));
    writeFileSync(path.join(repo, 'reports/week-12.md'), INCOMPLETE_EN);
    writeFileSync(path.join(repo, 'notes.txt'), INCOMPLETE_EN);
    await run('git', ['add', '-A'], repo);
    const refused = await run('git', ['commit', '-m', 'week 12'], repo, env);
    expect(refused.code, refused.output).not.toBe(0);
    expect(refused.output).toMatch(/summarylint\.+Failed/);
    expect(refused.output).toContain('reports/week-12.md');
    expect(refused.output).toContain('Missing the results section');
    expect(refused.output).not.toContain('notes.txt');
    expect(spawnSync('git', ['rev-parse', '--verify', 'HEAD'], { cwd: repo }).status).not.toBe(0); // nothing committed

    writeFileSync(path.join(repo, 'reports/week-12.md'), CLEAN_EN);
    await run('git', ['add', '-A'], repo);
    const passed = await run('git', ['commit', '-m', 'week 12'], repo, env);
    expect(passed.code, passed.output).toBe(0);
    expect(passed.output).toMatch(/summarylint\.+Passed/);
    expect(spawnSync('git', ['log', '--oneline'], { cwd: repo, encoding: 'utf8' }).stdout).toContain('week 12');
  });
});
