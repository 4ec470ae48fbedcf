// Bad inputs among good ones: each is reported clearly, naming the file, and the other files of the same run are
// still linted and reported. Through the built CLI (exit codes, stderr) and, for races, through the runner itself.
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, it, vi } from 'vitest';
import { expandPaths } from '../../src/files.js';
import { lintMany } from '../../src/runner/index.js';
import type { FileResult } from '../../src/types.js';
import { BIN, CLEAN_EN, INCOMPLETE_EN, childEnv, runCli, runMain, TempProjects, type RunResult } from '../support/cli.js';

vi.setConfig({ testTimeout: 60_000 });
const projects = new TempProjects();
afterAll(() => projects.cleanup());

type Message = { ruleId: string | null; severity: number; message: string; fatal?: boolean; line: number };
type Result = { filePath: string; messages: Message[] };
const byName = (stdout: string): Record<string, Message[]> =>
  Object.fromEntries((JSON.parse(stdout) as Result[]).map((r) => [path.basename(r.filePath), r.messages]));
/** A stack trace line: a clear message never needs one. */
const STACK_LINE = /^\s+at .+/m;

describe.concurrent('paths and files that cannot be linted', () => {
  it('a path that does not exist: exit 2 naming it, after reporting the files that do', async ({ expect }) => {
    const cwd = projects.create({ 'good.md': INCOMPLETE_EN });
    const run = await runCli(['--format', 'json', 'good.md', 'missing.md'], { cwd });
    expect(run.code).toBe(2);
    expect(Object.keys(byName(run.stdout))).toEqual(['good.md']);
    expect(byName(run.stdout)['good.md'].some((m) => m.ruleId === 'require-sections')).toBe(true);
    expect(run.stderr).toBe('summarylint: No files matching the pattern "missing.md" were found.\n');
  });

  it('a folder with no Markdown: exit 2 naming it, the other folder still linted', async ({ expect }) => {
    const cwd = projects.create({ 'docs/good.md': CLEAN_EN, 'assets/logo.txt': 'not markdown\n' });
    const run = await runMain(['docs', 'assets'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('1 file checked: 0 errors, 0 warnings\n');
    expect(run.stderr).toBe('summarylint: No Markdown files (.md, .markdown) found in "assets".\n');
  });

  it('an unreadable file (permissions): a fatal finding naming it, exit 2, the others still linted', async ({ expect }) => {
    const cwd = projects.create({ 'a-good.md': INCOMPLETE_EN, 'b-locked.md': CLEAN_EN, 'c-good.md': INCOMPLETE_EN });
    chmodSync(path.join(cwd, 'b-locked.md'), 0o000);
    // root reads any file, so under root the CLI runs as `nobody`, for whom the file is unreadable.
    const run = await runAsUnprivileged(['--format', 'json', '.'], cwd);
    expect(run.code).toBe(2);
    const files = byName(run.stdout);
    expect(Object.keys(files)).toEqual(['a-good.md', 'b-locked.md', 'c-good.md']);
    expect(files['b-locked.md']).toMatchObject([{ ruleId: null, fatal: true, severity: 2, message: 'Cannot read file: permission denied (EACCES)' }]);
    expect(files['a-good.md'].some((m) => m.ruleId === 'require-sections')).toBe(true);
    expect(files['c-good.md'].some((m) => m.ruleId === 'require-sections')).toBe(true);
    expect(run.stderr).toBe('summarylint: 1 file could not be linted completely (see the report).\n');
  });

  it('a file deleted between listing and reading: a fatal finding naming it, the others still linted', async ({ expect }) => {
    const cwd = projects.create({ 'a.md': INCOMPLETE_EN, 'b.md': INCOMPLETE_EN, 'c.md': INCOMPLETE_EN });
    const { files } = await expandPaths(['.'], { cwd });
    unlinkSync(path.join(cwd, 'b.md'));
    const results: FileResult[] = [];
    await lintMany(files, { cwd, useConfigLookup: false }, (result) => void results.push(result));
    expect(results.map((r) => path.basename(r.filePath))).toEqual(['a.md', 'b.md', 'c.md']);
    expect(results[1].findings).toMatchObject([
      { ruleId: null, fatal: true, severity: 'error', message: 'Cannot read file: it no longer exists (deleted or moved during the run) (ENOENT)' },
    ]);
    expect(results[0].findings.length).toBeGreaterThan(0);
    expect(results[2].findings.length).toBeGreaterThan(0);
  });

  it('a binary file named .md (NUL bytes): skipped with a warning naming it, exit code from the others', async ({ expect }) => {
    const cwd = projects.create({ 'good.md': CLEAN_EN });
    writeFileSync(path.join(cwd, 'photo.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    const run = await runCli(['.'], { cwd });
    expect(run.code).toBe(0); // a warning, not an error
    expect(run.stdout).toContain('photo.md\n');
    expect(run.stdout).toMatch(/1:1 +warning +File skipped: it contains NUL bytes, so it is binary, not Markdown/);
    expect(run.stdout).toMatch(/2 files checked: 0 errors, 1 warning\n$/);
    expect(run.stderr).toBe('');
  });

  it('a pipe named .md is skipped instead of blocking the run, with --cache too', async ({ expect }) => {
    const cwd = projects.create({ 'good.md': CLEAN_EN });
    await new Promise<void>((resolve, reject) =>
      spawn('mkfifo', [path.join(cwd, 'pipe.md')]).on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`mkfifo: ${code}`)))),
    );
    for (const cache of [[], ['--cache']]) {
      const run = await runCli(['--format', 'json', ...cache, 'good.md', 'pipe.md'], { cwd, timeout: 30_000 });
      expect(run.code).toBe(0);
      expect(byName(run.stdout)['pipe.md']).toMatchObject([{ ruleId: null, severity: 1, message: 'File skipped: it is not a regular file (a pipe, socket or device)' }]);
    }
  });
});

describe.concurrent('files with nothing to lint', () => {
  const cases: Array<[string, string]> = [
    ['an empty file', ''],
    ['a file of only front matter', '---\ntitle: Weekly report\nauthor: Kim\n---\n'],
    ['a file of only whitespace', ' \n\t\n   \r\n\n'],
    ['a file of only a BOM', '\uFEFF'],
  ];
  for (const [what, text] of cases) {
    it(`${what}: linted without a crash, reported like any other file`, async ({ expect }) => {
      const cwd = projects.create({ 'empty.md': text, 'good.md': CLEAN_EN });
      const run = await runMain(['--format', 'json', '.'], { cwd });
      // Nothing in an empty file names its kind: the run says once that it was judged as a review.
      expect(run.stderr.replace(/^summarylint: note: 1 file names no kind of summary .*\(empty\.md\).*\n/u, '')).toBe('');
      expect(run.code).toBe(1); // the empty file lacks every required section
      const messages = byName(run.stdout)['empty.md'];
      expect(messages.filter((m) => m.fatal)).toEqual([]);
      // A review owes four sections; the front matter's "Weekly report" three.
      expect(messages.map((m) => m.ruleId)).toEqual(Array(text.includes('Weekly') ? 3 : 4).fill('require-sections'));
      const lines = text.split(/\r\n|\r|\n/).length;
      expect(messages.every((m) => m.line >= 1 && m.line <= lines)).toBe(true);
      expect(byName(run.stdout)['good.md']).toEqual([]);
      expect(run.stdout).not.toMatch(STACK_LINE);
    });
  }
});

/** The built CLI as an unprivileged user when running as root (as in CI containers); as ourselves otherwise. */
function runAsUnprivileged(args: string[], cwd: string): Promise<RunResult> {
  if (process.getuid?.() !== 0) return runCli(args, { cwd });
  chmodSync(cwd, 0o755);
  mkdirSync(path.join(cwd, '.home'), { recursive: true });
  chmodSync(path.join(cwd, '.home'), 0o777);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      uid: 65534,
      gid: 65534,
      env: childEnv({ HOME: path.join(cwd, '.home') }),
      timeout: 45_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
