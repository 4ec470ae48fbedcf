// The CLI's own output and files under hostile names and interruptions (issue 25 §4–5): diagnostics escaped on
// stderr, outputs that would overwrite an input refused, no temporary report left behind by a signal.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, it, vi } from 'vitest';
import { BIN, childEnv, CLEAN_EN, INCOMPLETE_EN, runCli, TempProjects } from './support/cli.js';

vi.setConfig({ testTimeout: 60_000 });
const projects = new TempProjects();
afterAll(() => projects.cleanup());

const ESC = '\u001b';

describe.concurrent('diagnostics on stderr are escaped', () => {
  it('a config error names a folder with an escape sequence visibly', async ({ expect }) => {
    const cwd = projects.create({ [`x${ESC}[2Jy/.summarylintrc.json`]: '{ "rules": { "no-such-rule\u202e": "off" } }', [`x${ESC}[2Jy/r.md`]: CLEAN_EN });
    const run = await runCli([`x${ESC}[2Jy/r.md`], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('x\\x1b[2Jy');
    expect(run.stderr).toContain('\\u202e');
    expect(run.stderr).not.toMatch(/[\u001b\u202e]/);
  });

  it('merge-reports names a duplicated file visibly', async ({ expect }) => {
    const report = JSON.stringify([{ filePath: `/r/a${ESC}]0;pwned${ESC}\\.md`, messages: [], errorCount: 0, warningCount: 0 }]);
    const cwd = projects.create({ 'one.json': report, 'two.json': report });
    const run = await runCli(['merge-reports', 'one.json', 'two.json'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('a\\x1b]0;pwned');
    expect(run.stderr).not.toContain(ESC);
  });
});

describe.concurrent('outputs never overwrite an input', () => {
  it('-o naming a file being linted is refused, and the file is left as it was', async ({ expect }) => {
    const cwd = projects.create({ 'a.md': INCOMPLETE_EN });
    const run = await runCli(['-o', 'a.md', 'a.md'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Cannot write the report to "a.md": it is one of the files being linted.');
    expect(readFileSync(path.join(cwd, 'a.md'), 'utf8')).toBe(INCOMPLETE_EN);
    expect(readdirSync(cwd).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('--cache-location naming a file being linted is refused', async ({ expect }) => {
    const cwd = projects.create({ 'b.md': CLEAN_EN });
    const run = await runCli(['--cache', '--cache-location', 'b.md', '.'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Cannot use "b.md" as the cache file: it is one of the files being linted.');
    expect(readFileSync(path.join(cwd, 'b.md'), 'utf8')).toBe(CLEAN_EN);
  });
});

describe.concurrent('interruptions and limits', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`${signal} during -o leaves no temporary report`, async ({ expect }) => {
      const files: Record<string, string> = {};
      for (let i = 0; i < 400; i++) files[`docs/r${i}.md`] = INCOMPLETE_EN.repeat(40);
      const cwd = projects.create(files);
      const child = spawn(process.execPath, [BIN, '--concurrency', 'off', '-o', 'report.txt', 'docs'], { cwd, env: childEnv(), stdio: 'ignore' });
      const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, sig) => resolve(sig)));
      // Wait for the temporary report to appear, then interrupt the run.
      const temp = () => readdirSync(cwd).filter((name) => name.endsWith('.tmp'));
      for (let tries = 0; temp().length === 0 && tries < 600; tries++) await new Promise((resolve) => setTimeout(resolve, 25));
      expect(temp()).toHaveLength(1);
      child.kill(signal);
      expect(await exited).toBe(signal);
      expect(temp()).toEqual([]);
      expect(existsSync(path.join(cwd, 'report.txt'))).toBe(false);
    });
  }

  it('--concurrency above the number of cores says it is capped', async ({ expect }) => {
    const cwd = projects.create({ 'a.md': CLEAN_EN, 'b.md': CLEAN_EN });
    const run = await runCli(['--concurrency', '1000', '.'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(`summarylint: --concurrency 1000 is more than the ${os.availableParallelism()} cores here; using at most ${os.availableParallelism()} threads.\n`);
  });
});

