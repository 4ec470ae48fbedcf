// The GitHub Action (action.yml): its lint step's script is run here with bash exactly as the runner runs
// it (inputs arrive as INPUT_* environment variables; GITHUB_ACTION_PATH is this checkout, already built by
// the test setup, which stands in for the action's install step: test/action-install.test.ts runs that one).
// GitHub Actions itself cannot run here.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, it, vi } from 'vitest';
import { sarifValidator } from './support/sarif.js';
import { action, runStep, stepNamed } from './support/action.js';
import { CLEAN_EN, INCOMPLETE_EN, runCommand, TempProjects } from './support/cli.js';

vi.setConfig({ testTimeout: 60_000 });
const projects = new TempProjects();
afterAll(() => projects.cleanup());

const lintStep = stepNamed('Lint summaries');
const runLint = (cwd: string, inputs: Record<string, string>, env?: Record<string, string>) => runStep(lintStep, cwd, inputs, { env });

describe.concurrent('action.yml', () => {
  it('is a composite action whose inputs map onto the lint step', ({ expect }) => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs).sort()).toEqual(['args', 'config', 'job-summary', 'max-warnings', 'paths', 'sarif-file']);
    expect(lintStep.shell).toBe('bash');
  });

  it('annotates findings with GitHub workflow commands and fails on errors', async ({ expect }) => {
    const cwd = projects.create({ 'reports/week.md': INCOMPLETE_EN, 'reports/good.md': CLEAN_EN });
    const run = await runLint(cwd, { paths: 'reports/' });
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^::error file=reports\/week\.md,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=summarylint\(require-sections\)::Missing the \w+ section/);
  });

  it('passes globs through unexpanded, honours config and max-warnings, and writes SARIF from the same run', async ({ expect }) => {
    const cwd = projects.create({
      'reports/2026/week.md': INCOMPLETE_EN,
      'lint.json': JSON.stringify({ rules: { 'require-sections': 'warn' } }),
      // Every `node` the step starts is logged: summarylint must run once, whatever the outputs.
      'shim/node': `#!/bin/sh\necho "$@" >> "$NODE_CALLS"\nexec "${process.execPath}" "$@"\n`,
    });
    const calls = path.join(cwd, 'node-calls.log');
    writeFileSync(calls, '');
    await runCommand('chmod', ['+x', path.join(cwd, 'shim/node')], { cwd });
    const shim = { PATH: `${path.join(cwd, 'shim')}${path.delimiter}${process.env.PATH}`, NODE_CALLS: calls };
    const warnOnly = await runLint(cwd, { paths: 'reports/**/*.md', config: 'lint.json' });
    expect(warnOnly.code).toBe(0);
    expect(warnOnly.stdout).toMatch(/^::warning file=reports\/2026\/week\.md,/);

    const strict = await runLint(cwd, { paths: 'reports/**/*.md', config: 'lint.json', 'max-warnings': '0', 'sarif-file': 'out.sarif' }, shim);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('summarylint found too many warnings (maximum: 0).');
    expect(strict.stdout.trim().split('\n')).toHaveLength(3); // the annotations, from the run that wrote the SARIF
    expect(readFileSync(calls, 'utf8').trim().split('\n')).toHaveLength(1);
    const sarif = JSON.parse(readFileSync(path.join(cwd, 'out.sarif'), 'utf8'));
    const validate = sarifValidator();
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    expect(sarif.runs[0].results).toHaveLength(3);
  });

  it('writes the Markdown report to the job summary from the same run, unless job-summary is false', async ({ expect }) => {
    const cwd = projects.create({ 'reports/week.md': INCOMPLETE_EN });
    const summary = path.join(cwd, 'step-summary.md');
    writeFileSync(summary, '');
    const run = await runLint(cwd, { paths: 'reports/' }, { GITHUB_STEP_SUMMARY: summary });
    expect(run.code).toBe(1);
    expect(run.stdout.trim().split('\n')).toHaveLength(3);
    const markdown = readFileSync(summary, 'utf8');
    expect(markdown).toMatch(/^### summarylint: 3 errors, 0 warnings in 1 of 1 file\n/);
    expect(markdown).toContain('#### `reports/week.md`: 3 errors, 0 warnings');
    writeFileSync(summary, '');
    await runLint(cwd, { paths: 'reports/', 'job-summary': 'false' }, { GITHUB_STEP_SUMMARY: summary });
    expect(readFileSync(summary, 'utf8')).toBe('');
  });

  it('passes extra arguments', async ({ expect }) => {
    const cwd = projects.create({ 'week.md': INCOMPLETE_EN });
    const run = await runLint(cwd, { args: '--rule require-sections:off' });
    expect(run).toMatchObject({ code: 0, stdout: '' });
  });
});
