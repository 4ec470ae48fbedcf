// Bulk suppressions (ESLint's model) through the CLI: record, apply, report beyond the counts, prune.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, it, vi } from 'vitest';
import { CLEAN_EN, INCOMPLETE_EN, runCli, runMain, TempProjects } from './support/cli.js';

vi.setConfig({ testTimeout: 60_000 });
const projects = new TempProjects();
afterAll(() => projects.cleanup());

const FILE = 'summarylint-suppressions.json';
const read = (cwd: string, file = FILE) => JSON.parse(readFileSync(path.join(cwd, file), 'utf8'));
/** INCOMPLETE_EN misses results, problems and plan: three require-sections errors. */
const MISSING_3 = INCOMPLETE_EN;
const MISSING_2 = `${INCOMPLETE_EN}\n## Results\n\n- The login page loads in 1.2 seconds, down from 3 seconds.\n`;
const MISSING_4 = '# Monthly notes\n';

describe.concurrent('bulk suppressions', () => {
  it('--suppress-all records the counts; later runs pass until a file has more findings of a rule', async ({ expect }) => {
    const cwd = projects.create({ 'old/a.md': MISSING_3, 'old/b.md': CLEAN_EN });
    expect((await runMain(['old'], { cwd })).code).toBe(1);

    const record = await runCli(['--suppress-all', 'old'], { cwd });
    expect(record).toMatchObject({ code: 0, stdout: '2 files checked: 0 errors, 0 warnings\n', stderr: `summarylint: updated ${FILE}.\n` });
    expect(read(cwd)).toEqual({ 'old/a.md': { 'require-sections': { count: 3 } } });
    expect(readdirSync(cwd).filter((name) => name.startsWith(FILE))).toEqual([FILE]); // no temp file left behind

    expect(await runMain(['old'], { cwd })).toEqual({ code: 0, stdout: '2 files checked: 0 errors, 0 warnings\n', stderr: '' });

    // A new summary must meet the rule.
    writeFileSync(path.join(cwd, 'old/c.md'), MISSING_3);
    const fresh = await runMain(['--format', 'json', 'old'], { cwd });
    expect(fresh.code).toBe(1);
    expect(JSON.parse(fresh.stdout).map((r: any) => [path.basename(r.filePath), r.errorCount])).toEqual([['a.md', 0], ['b.md', 0], ['c.md', 3]]);
    rmSync(path.join(cwd, 'old/c.md'));

    // An edit that adds a finding of the rule: all of them are reported (which one is new cannot be known).
    writeFileSync(path.join(cwd, 'old/a.md'), MISSING_4);
    const more = await runMain(['--format', 'json', 'old/a.md'], { cwd });
    expect(more.code).toBe(1);
    expect(JSON.parse(more.stdout)[0].errorCount).toBe(4);
  });

  it('counts no longer needed are reported, and --prune-suppressions lowers them and drops deleted files', async ({ expect }) => {
    const cwd = projects.create({ 'a.md': MISSING_3, 'gone.md': MISSING_3 });
    await runMain(['--suppress-all', '.'], { cwd });
    expect(read(cwd)).toEqual({ 'a.md': { 'require-sections': { count: 3 } }, 'gone.md': { 'require-sections': { count: 3 } } });

    writeFileSync(path.join(cwd, 'a.md'), MISSING_2);
    rmSync(path.join(cwd, 'gone.md'));
    const stale = await runMain(['.'], { cwd });
    expect(stale.code).toBe(0);
    expect(stale.stderr).toBe('summarylint: 1 suppression count is higher than needed; run with --prune-suppressions to lower them.\n');

    const pruned = await runMain(['--prune-suppressions', '.'], { cwd });
    expect(pruned).toMatchObject({ code: 0, stderr: `summarylint: updated ${FILE}.\n` });
    expect(read(cwd)).toEqual({ 'a.md': { 'require-sections': { count: 2 } } });

    writeFileSync(path.join(cwd, 'a.md'), CLEAN_EN);
    await runMain(['--prune-suppressions', '.'], { cwd });
    expect(read(cwd)).toEqual({});
  });

  it('--suppress-rule records one rule; the others are still reported; info findings never count', async ({ expect }) => {
    const vague = `${CLEAN_EN}\nThe team worked hard this month.\n`;
    const cwd = projects.create({ 'a.md': MISSING_3 + '\nThe team worked hard this month.\n', 'v.md': vague });
    const run = await runMain(['--suppress-rule', 'require-sections', '--format', 'json', '.'], { cwd });
    expect(Object.keys(read(cwd)['a.md'])).toEqual(['require-sections']);
    const messages = JSON.parse(run.stdout).flatMap((r: any) => r.messages.map((m: any) => m.ruleId));
    expect(messages).not.toContain('require-sections');
    expect(messages).toContain('no-vague-wording');

    // Advisory rules are reported, never recorded, never fail.
    const info = await runMain(['--suppress-all', '--rule', 'no-vague-wording:info', '--max-warnings', '0', '--format', 'json', 'v.md'], { cwd });
    expect(info.code).toBe(0);
    expect(JSON.parse(info.stdout)[0].infoCount).toBeGreaterThan(0);
    expect(read(cwd)['v.md']).toBeUndefined();
  });

  it('--suppressions-location moves the file; bad input is a clear error (exit 2)', async ({ expect }) => {
    const cwd = projects.create({ 'a.md': MISSING_3 });
    await runMain(['--suppress-all', '--suppressions-location', 'lint/suppressed.json', 'a.md'], { cwd });
    expect(existsSync(path.join(cwd, FILE))).toBe(false);
    // Paths are relative to the file's own folder.
    expect(read(cwd, 'lint/suppressed.json')).toEqual({ '../a.md': { 'require-sections': { count: 3 } } });

    expect(await runMain(['--suppress-rule', 'require-sectons', 'a.md'], { cwd })).toMatchObject({ code: 2, stderr: "summarylint: --suppress-rule: unknown rule 'require-sectons'\n" });

    writeFileSync(path.join(cwd, FILE), '{ "a.md": ');
    const broken = await runMain(['a.md'], { cwd });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^summarylint: The suppressions file .*summarylint-suppressions\.json is not valid JSON/);
    writeFileSync(path.join(cwd, FILE), '{ "a.md": { "require-sections": 3 } }');
    expect((await runMain(['a.md'], { cwd })).stderr).toContain('does not have the expected shape');
  });
});

describe('advisory rules', () => {
  it('info findings are reported but never fail a run, whatever --max-warnings says', async ({ expect }) => {
    const cwd = projects.create({ 'a.md': INCOMPLETE_EN, '.summarylintrc.json': JSON.stringify({ rules: { 'require-sections': 'info' } }) });
    const run = await runCli(['--max-warnings', '0', '--format', 'json', 'a.md'], { cwd });
    expect(run.code).toBe(0);
    const [result] = JSON.parse(run.stdout);
    expect(result).toMatchObject({ errorCount: 0, warningCount: 0, infoCount: 3 });
    expect(result.messages.every((m: any) => m.level === 'info' && m.severity === 1)).toBe(true);
  });
});
