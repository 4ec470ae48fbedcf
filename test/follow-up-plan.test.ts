// follow-up-plan across files, run for real on a copy of examples/series: the previous summary is found in the working
// tree by one-file runs (pre-commit), changed-files runs, whole-repo runs on one thread or on workers, and standard
// input; `--previous` names it; the cache is renewed when the previous summary changes.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, it, vi } from 'vitest';
import { ROOT, runCli, runMain, TempProjects, withoutNotes } from './support/cli.js';

vi.setConfig({ testTimeout: 60_000 });
const projects = new TempProjects();
afterAll(() => projects.cleanup());

const EXAMPLE = path.join(ROOT, 'examples/series');

function filesOf(dir: string, base = dir): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? Object.entries(filesOf(full, base)) : [[path.relative(base, full), readFileSync(full, 'utf8')]];
    }),
  );
}

/** A copy of the example repository. */
const example = () => projects.create(filesOf(EXAMPLE));

/** The follow-up-plan findings of a JSON report: file name → the quoted items, with the previous file and line. */
function followUps(stdout: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const result of JSON.parse(stdout)) {
    const found = result.messages.filter((m: any) => m.ruleId === 'follow-up-plan').map((m: any) => `${m.data.previous}:${m.data.line} ${m.data.item}`);
    if (found.length > 0) out[result.filePath.split(/[\\/]/).slice(-3).join('/')] = found;
  }
  return out;
}

const NOVEMBER_SUPPORT = ['2026-10.md:22 Dana Lee to publish the refund runbook by November 20', '2026-10.md:24 Dana Lee to migrate the help centre to the new CMS by…'];
const SEPTEMBER_UNANSWERED_IN_NOVEMBER = [
  '2026-09.md:19 Dana Lee to train two more agents on refunds by October 16',
  '2026-09.md:21 Priya Nair to move the satisfaction survey to 1 day after…',
];
const NOVEMBER_SALES = ['2026-10.md:20 刘洋11月10日前整理36家新客户的回访记录', '2026-10.md:21 王敏11月25日前组织两场产品知识培训'];

describe.concurrent('follow-up-plan across files', () => {
  it('a one-file run (the pre-commit case) reads the previous summary from the working tree', async ({ expect }) => {
    const cwd = example();
    const run = await runCli(['--format', 'json', 'reports/support/2026-11.md'], { cwd });
    // Nothing but the note that the files' kind was told by default (a review).
    expect(withoutNotes(run.stderr)).toBe('');
    expect(run.code).toBe(0);
    expect(Object.values(followUps(run.stdout))).toEqual([NOVEMBER_SUPPORT]);
    const message = JSON.parse(run.stdout)[0].messages[0];
    expect(message).toMatchObject({ line: 8, column: 1, severity: 1 });
    expect(message.message).toBe('Last period\'s plan item "Dana Lee to publish the refund runbook by November 20" (2026-10.md, line 22) is not followed up here: say what became of it, e.g. "done on Nov 18", "slipped to December because …", "dropped: …" or "carried over"');
  });

  it('a whole-repo run gives the same findings on one thread and on workers; the first and answered months give none', async ({ expect }) => {
    const cwd = example();
    const one = await runMain(['--format', 'json', '--concurrency', 'off', '.'], { cwd });
    const workers = await runCli(['--format', 'json', '--concurrency', '2', '.'], { cwd });
    const expected = { 'reports/sales-east/2026-11.md': NOVEMBER_SALES, 'reports/support/2026-11.md': NOVEMBER_SUPPORT };
    expect(followUps(one.stdout)).toEqual(expected);
    expect(followUps(workers.stdout)).toEqual(expected);
    // Nothing else in the example is reported: it shows follow-up-plan alone.
    expect(JSON.parse(one.stdout).flatMap((r: any) => r.messages).filter((m: any) => m.ruleId !== 'follow-up-plan')).toEqual([]);
  });

  it('--previous names the previous summary; a missing one is a usage error', async ({ expect }) => {
    const cwd = example();
    const run = await runMain(['--format', 'json', '--previous', 'reports/support/2026-09.md', 'reports/support/2026-11.md'], { cwd });
    expect(Object.values(followUps(run.stdout))).toEqual([SEPTEMBER_UNANSWERED_IN_NOVEMBER]);
    const missing = await runMain(['--previous', 'reports/nope.md', 'reports/support/2026-11.md'], { cwd });
    expect(missing).toMatchObject({ code: 2, stderr: expect.stringContaining('--previous: no such file "reports/nope.md"') });
  });

  it('standard input named with --stdin-filename finds its previous summary too', async ({ expect }) => {
    const cwd = example();
    const text = readFileSync(path.join(cwd, 'reports/support/2026-11.md'), 'utf8');
    const run = await runMain(['--format', 'json', '--stdin', '--stdin-filename', 'reports/support/2026-11.md'], { cwd, input: text });
    expect(Object.values(followUps(run.stdout))).toEqual([NOVEMBER_SUPPORT]);
  });

  it('the cache is renewed when the previous summary changes', async ({ expect }) => {
    const cwd = example();
    const args = ['--format', 'json', '--cache', '--concurrency', 'off', 'reports/support/'];
    expect(followUps((await runMain(args, { cwd })).stdout)).toEqual({ 'reports/support/2026-11.md': NOVEMBER_SUPPORT });
    // October's plan loses the runbook item: November's findings change, though November did not.
    const october = path.join(cwd, 'reports/support/2026-10.md');
    writeFileSync(october, readFileSync(october, 'utf8').replace('- Dana Lee to publish the refund runbook by November 20\n', ''));
    expect(followUps((await runMain(args, { cwd })).stdout)).toEqual({ 'reports/support/2026-11.md': ['2026-10.md:23 Dana Lee to migrate the help centre to the new CMS by…'] });
    // Without October, September is November's previous summary.
    rmSync(october);
    expect(followUps((await runMain(args, { cwd })).stdout)).toEqual({ 'reports/support/2026-11.md': SEPTEMBER_UNANSWERED_IN_NOVEMBER });
  });

  it('--changed-since lints the changed summary against its unchanged previous one', async ({ expect }) => {
    const cwd = example();
    const git = (...args: string[]) => {
      const env = { ...process.env, GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.com' };
      const result = spawnSync('git', args, { cwd, env, encoding: 'utf8' });
      if (result.status !== 0) throw new Error(result.stderr);
    };
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'base');
    const november = path.join(cwd, 'reports/sales-east/2026-11.md');
    writeFileSync(november, readFileSync(november, 'utf8').replace('## 存在的问题', '- 产品知识培训：取消，因为总部12月统一组织培训。\n\n## 存在的问题'));
    const run = await runMain(['--format', 'json', '--changed-since', 'main'], { cwd });
    expect(JSON.parse(run.stdout).map((r: any) => path.basename(path.dirname(r.filePath)) + '/' + path.basename(r.filePath))).toEqual(['sales-east/2026-11.md']);
    expect(Object.values(followUps(run.stdout))).toEqual([[NOVEMBER_SALES[0]]]);
  });
});
