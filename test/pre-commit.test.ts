// The pre-commit framework, for real: summarylint's .pre-commit-hooks.yaml used from a git repository of
// summaries. pre-commit clones the hook repository (a snapshot of this working tree), installs it with npm, and
// runs the hook on the staged Markdown files: a bad summary refuses the commit, a summary with warnings goes
// through showing them, a README is not a summary, and `--max-warnings 0` makes warnings refuse the commit.
//
// Two pre-commits install a `language: node` hook in two different ways, and both are run:
// - Debian's (3.0.4, `pre-commit` on the PATH; .ci/run installs it): `npm install` with the dev dependencies in
//   its clone, `npm pack` (which runs `prepare`, the build), then `npm install -g` of the tarball.
// - pip's (4.x; .ci/run installs it into a venv and names it in SUMMARYLINT_PIP_PRE_COMMIT):
//   `npm install -g git+file://<clone>`, where npm runs `prepare` with no dependency installed (npm/cli#8440),
//   so scripts/prepare.mjs installs what the build needs first.
//
// Both need the npm registry (the hook's install fetches summarylint's dependencies). Outside CI a missing
// pre-commit or registry skips that test, saying which is missing; in CI (CI=true) it fails instead, so the
// check cannot silently vanish.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLEAN_EN, INCOMPLETE_EN, runCommand, WARNINGS_EN } from './support/cli.js';
import { copyWorkingTree } from './support/snapshot.js';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })), 120_000);
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
};

const registryReachable = spawnSync('npm', ['ping'], { timeout: 20_000 }).status === 0;

interface PreCommit {
  name: string;
  command: string | undefined;
  /** The major versions this test is about. */
  majors: number[];
  install: string;
}
const PRE_COMMITS: PreCommit[] = [
  { name: "Debian's pre-commit", command: 'pre-commit', majors: [2, 3], install: 'apt-get install pre-commit; .ci/run installs it' },
  {
    name: "pip's pre-commit",
    command: process.env.SUMMARYLINT_PIP_PRE_COMMIT,
    majors: [4],
    install: 'pip install pre-commit into a venv and set SUMMARYLINT_PIP_PRE_COMMIT to its bin/pre-commit; .ci/run does',
  },
];

function versionOf(command: string | undefined): string | undefined {
  if (!command) return undefined;
  const result = spawnSync(command, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? /(\d+\.\d+\.\d+)/.exec(result.stdout)?.[1] : undefined;
}

function missingPrerequisite(preCommit: PreCommit, version: string | undefined): string | undefined {
  if (!version) return `${preCommit.command ?? 'the command'} is not installed (${preCommit.install})`;
  if (!preCommit.majors.includes(Number(version.split('.')[0]))) return `${preCommit.command} is ${version}, not ${preCommit.majors.join(' or ')}.x`;
  if (!registryReachable) return 'the npm registry is unreachable, and pre-commit installs a language: node hook from it';
  return undefined;
}

const git = { GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com' };

async function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  const result = await runCommand(command, args, { cwd, env: { ...git, ...env }, timeout: 800_000 });
  return { ...result, output: `${result.stdout}${result.stderr}` };
}

/** A git repository holding this working tree's files (tracked and new, not ignored), as a hook repo to clone. */
async function snapshotRepo(): Promise<{ dir: string; rev: string }> {
  const dir = tempDir('summarylint-hook-repo-');
  copyWorkingTree(dir);
  for (const args of [['init', '-q'], ['add', '-A'], ['commit', '-q', '-m', 'snapshot']]) {
    const result = await run('git', args, dir);
    expect(result.code, result.output).toBe(0);
  }
  return { dir, rev: spawnSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).stdout.trim() };
}

let snapshot: Promise<{ dir: string; rev: string }> | undefined;

describe.concurrent('pre-commit hook', () => {
  for (const preCommit of PRE_COMMITS) {
    const version = versionOf(preCommit.command);
    const missing = missingPrerequisite(preCommit, version);
    if (missing && process.env.CI) throw new Error(`pre-commit test cannot run in CI: ${preCommit.name}: ${missing}`);
    const title = `${preCommit.name} ${version ?? ''} installs and runs it: errors refuse the commit, warnings show and pass`;

    it.skipIf(missing)(missing ? `${title} (skipped: ${missing})` : title, { timeout: 1_500_000 }, async () => {
      const command = preCommit.command!;
      const hook = await (snapshot ??= snapshotRepo());
      const repo = tempDir('summarylint-pre-commit-');
      const env = { PRE_COMMIT_HOME: tempDir('summarylint-pre-commit-home-') };
      const configure = (args = '') =>
        writeFileSync(
          path.join(repo, '.pre-commit-config.yaml'),
          `repos:\n  - repo: ${hook.dir}\n    rev: ${hook.rev}\n    hooks:\n      - id: summarylint\n${args}`,
        );
      const commit = async (message: string) => {
        await run('git', ['add', '-A'], repo);
        return run('git', ['commit', '-m', message], repo, env);
      };
      configure();
      expect((await run('git', ['init', '-q'], repo)).code).toBe(0);
      const install = await run(command, ['install', '--install-hooks'], repo, env);
      expect(install.code, install.output).toBe(0);

      // Markdown only: the text file's weak content is never linted.
      mkdirSync(path.join(repo, 'reports'));
      writeFileSync(path.join(repo, 'reports/week-12.md'), INCOMPLETE_EN);
      writeFileSync(path.join(repo, 'notes.txt'), INCOMPLETE_EN);
      const refused = await commit('week 12');
      expect(refused.code, refused.output).not.toBe(0);
      expect(refused.output).toMatch(/summarylint\.+Failed/);
      expect(refused.output).toContain('reports/week-12.md');
      expect(refused.output).toContain('Missing the results section');
      expect(refused.output).not.toContain('notes.txt');
      expect(spawnSync('git', ['rev-parse', '--verify', 'HEAD'], { cwd: repo }).status).not.toBe(0); // nothing committed

      // Warnings do not block, and are shown (verbose); the one-line README is not a summary, and is skipped quietly.
      writeFileSync(path.join(repo, 'reports/week-12.md'), WARNINGS_EN);
      writeFileSync(path.join(repo, 'README.md'), '# Team summaries\n');
      const passed = await commit('week 12');
      expect(passed.code, passed.output).toBe(0);
      expect(passed.output).toMatch(/summarylint\.+Passed/);
      expect(passed.output).toContain('Missing owner in action item');
      expect(passed.output).toContain('1 file checked: 0 errors, 3 warnings');
      expect(passed.output).not.toContain('File ignored');
      expect(spawnSync('git', ['log', '--oneline'], { cwd: repo, encoding: 'utf8' }).stdout).toContain('week 12');

      // The README's way to make warnings block.
      configure('        args: [--max-warnings, "0"]\n');
      writeFileSync(path.join(repo, 'reports/week-13.md'), WARNINGS_EN);
      const strict = await commit('week 13');
      expect(strict.code, strict.output).not.toBe(0);
      expect(strict.output).toContain('summarylint found too many warnings (maximum: 0).');
      writeFileSync(path.join(repo, 'reports/week-13.md'), CLEAN_EN);
      const clean = await commit('week 13');
      expect(clean.code, clean.output).toBe(0);
      expect(clean.output).toContain('1 file checked: 0 errors, 0 warnings');
    });
  }
});
