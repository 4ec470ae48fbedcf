// `--report-file <format>:<file>`: one run writes its report and, beside it, the same results in other formats
// (the GitHub Action's annotations and SARIF come from one run).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, it, vi } from 'vitest';
import { CLEAN_EN, INCOMPLETE_EN, runMain, TempProjects, WARNINGS_EN } from './support/cli.js';

vi.setConfig({ testTimeout: 60_000 });
const projects = new TempProjects();
afterAll(() => projects.cleanup());

describe.concurrent('--report-file', () => {
  it('writes each format from the same run, repeatable, beside the report on stdout', async ({ expect }) => {
    const cwd = projects.create({ 'a.md': INCOMPLETE_EN, 'b.md': WARNINGS_EN, 'c.md': CLEAN_EN });
    const run = await runMain(['-f', 'unix', '--report-file', 'sarif:x.sarif', '--report-file', 'json:x.json', '.'], { cwd });
    expect(run.code).toBe(1);
    const unix = run.stdout.trim().split('\n');
    expect(unix).toHaveLength(6);
    const json = JSON.parse(readFileSync(path.join(cwd, 'x.json'), 'utf8')) as Array<{ filePath: string; messages: unknown[] }>;
    expect(json.map((result) => [path.basename(result.filePath), result.messages.length])).toEqual([['a.md', 3], ['b.md', 3], ['c.md', 0]]);
    const sarif = JSON.parse(readFileSync(path.join(cwd, 'x.sarif'), 'utf8'));
    expect(sarif.runs[0].results).toHaveLength(6);
    expect(sarif.runs[0].tool.driver.rules.length).toBeGreaterThan(0);
  });

  it('a bad value or a folder that does not exist is a usage error, and no report is left half written', async ({ expect }) => {
    const cwd = projects.create({ 'a.md': INCOMPLETE_EN });
    for (const value of ['sarif', 'xml:out.xml', ':out.json', 'json:']) {
      const run = await runMain(['--report-file', value, 'a.md'], { cwd });
      expect(run.code, value).toBe(2);
      expect(run.stderr, value).toContain('Expected <format>:<file> with format stylish, json, github, sarif, junit, unix');
    }
    const missing = await runMain(['-o', 'report.txt', '--report-file', 'sarif:nope/x.sarif', 'a.md'], { cwd });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Cannot write the report to "nope/x.sarif": the folder "nope" does not exist.');
    expect(existsSync(path.join(cwd, 'report.txt'))).toBe(false);
    expect(readdirSync(cwd).sort()).toEqual(['a.md', 'package.json']);
  });
});
