// The husky + lint-staged recipe from the README, for real: a git repository where husky's pre-commit hook
// runs lint-staged, which runs summarylint on the staged Markdown files only, and shows what it found (`--verbose`)
// when the commit goes through. husky and lint-staged are this
// project's devDependencies, so `npm install` here takes them from the npm cache that `npm ci` filled;
// summarylint is installed from this working tree (a linked folder, as `npm i -D ../summarylint` would).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLEAN_EN, INCOMPLETE_EN, ROOT, runCommand, TempProjects, WARNINGS_EN } from './support/cli.js';

const projects = new TempProjects();
afterAll(() => projects.cleanup(), 120_000); // node_modules take a while to delete on a busy machine

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const env = { GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.com' };
const versionOf = (name: string) => JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version as string;

async function sh(command: string, args: string[], cwd: string) {
  const result = await runCommand(command, args, { cwd, env, timeout: 200_000 });
  return { ...result, output: `${result.stdout}${result.stderr}` };
}

describe('husky + lint-staged', () => {
  it('a bad staged summary is refused; warnings show and pass; README is skipped; unstaged files are not linted', { timeout: 300_000 }, async () => {
    const cwd = projects.create({
      'package.json': JSON.stringify({ name: 'team-summaries', private: true, 'lint-staged': { '*.{md,markdown}': 'summarylint --no-warn-ignored' } }, null, 2),
      '.gitignore': 'node_modules/\n',
    });
    expect((await sh('git', ['init', '-q'], cwd)).code).toBe(0);
    const install = await sh(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', '--save-dev', `husky@${versionOf('husky')}`, `lint-staged@${versionOf('lint-staged')}`, ROOT], cwd);
    expect(install.code, install.output).toBe(0);
    // The README's two set-up commands.
    const init = await sh(npx, ['husky', 'init'], cwd);
    expect(init.code, init.output).toBe(0);
    writeFileSync(path.join(cwd, '.husky/pre-commit'), 'npx lint-staged --verbose\n');

    writeFileSync(path.join(cwd, 'week-12.md'), INCOMPLETE_EN);
    await sh('git', ['add', '-A'], cwd);
    const refused = await sh('git', ['commit', '-m', 'week 12'], cwd);
    expect(refused.code, refused.output).not.toBe(0);
    expect(refused.output).toContain('Missing the results section');
    expect(refused.output).toContain('summarylint');
    expect(spawnSync('git', ['rev-parse', '--verify', 'HEAD'], { cwd }).status).not.toBe(0);

    writeFileSync(path.join(cwd, 'week-12.md'), WARNINGS_EN);
    writeFileSync(path.join(cwd, 'README.md'), '# Team summaries\n'); // not a summary
    writeFileSync(path.join(cwd, 'draft.md'), INCOMPLETE_EN); // not staged: lint-staged leaves it alone
    await sh('git', ['add', 'week-12.md', 'README.md', 'package.json', 'package-lock.json', '.husky/pre-commit'], cwd);
    const passed = await sh('git', ['commit', '-m', 'week 12'], cwd);
    expect(passed.code, passed.output).toBe(0);
    expect(passed.output).toContain('Missing owner in action item');
    expect(passed.output).toContain('1 file checked: 0 errors, 3 warnings');
    expect(passed.output).not.toContain('File ignored');
    expect(passed.output).not.toContain('draft.md');
    expect(spawnSync('git', ['ls-files'], { cwd, encoding: 'utf8' }).stdout.split('\n')).toContain('week-12.md');

    // The README's way to make warnings block.
    const pkg = JSON.parse(readFileSync(path.join(cwd, 'package.json'), 'utf8'));
    pkg['lint-staged']['*.{md,markdown}'] = 'summarylint --no-warn-ignored --max-warnings 0';
    writeFileSync(path.join(cwd, 'package.json'), JSON.stringify(pkg, null, 2));
    writeFileSync(path.join(cwd, 'week-13.md'), WARNINGS_EN);
    await sh('git', ['add', 'week-13.md', 'package.json'], cwd);
    const strict = await sh('git', ['commit', '-m', 'week 13'], cwd);
    expect(strict.code, strict.output).not.toBe(0);
    expect(strict.output).toContain('summarylint found too many warnings (maximum: 0).');
    writeFileSync(path.join(cwd, 'week-13.md'), CLEAN_EN);
    await sh('git', ['add', 'week-13.md'], cwd);
    expect((await sh('git', ['commit', '-m', 'week 13'], cwd)).code).toBe(0);
  });
});
