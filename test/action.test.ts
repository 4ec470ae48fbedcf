// The GitHub Action (action.yml): its lint step's script is run here with bash exactly as the runner runs
// it (inputs arrive as INPUT_* environment variables; GITHUB_ACTION_PATH is this checkout, already built by
// the test setup, which stands in for the action's install step). GitHub Actions itself cannot run here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, it, vi } from 'vitest';
import { parse } from 'yaml';
import { sarifValidator } from './support/sarif.js';
import { CLEAN_EN, INCOMPLETE_EN, ROOT, runCommand, TempProjects } from './support/cli.js';

vi.setConfig({ testTimeout: 60_000 });
const projects = new TempProjects();
afterAll(() => projects.cleanup());

interface Step {
  name: string;
  shell: string;
  run: string;
  env?: Record<string, string>;
}
const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { runs: { using: string; steps: Step[] }; inputs: Record<string, { default: string }> };
const lintStep = action.runs.steps.find((step) => step.name === 'Lint summaries')!;

/** Run the lint step in `cwd` with these inputs (the defaults from action.yml for the rest). */
function runStep(cwd: string, inputs: Record<string, string>) {
  const env: Record<string, string> = { GITHUB_ACTION_PATH: ROOT };
  for (const [name, value] of Object.entries(lintStep.env ?? {})) {
    const input = /^\$\{\{ inputs\.([\w-]+) \}\}$/.exec(value)![1];
    env[name] = inputs[input] ?? action.inputs[input].default;
  }
  return runCommand('bash', ['-e', '-c', lintStep.run], { cwd, env });
}

describe.concurrent('action.yml', () => {
  it('is a composite action whose inputs map onto the lint step', ({ expect }) => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs).sort()).toEqual(['args', 'config', 'max-warnings', 'paths', 'sarif-file']);
    expect(lintStep.shell).toBe('bash');
  });

  it('annotates findings with GitHub workflow commands and fails on errors', async ({ expect }) => {
    const cwd = projects.create({ 'reports/week.md': INCOMPLETE_EN, 'reports/good.md': CLEAN_EN });
    const run = await runStep(cwd, { paths: 'reports/' });
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^::error file=reports\/week\.md,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=summarylint\(require-sections\)::Missing the \w+ section/);
  });

  it('passes globs through unexpanded, honours config and max-warnings, and writes SARIF when asked', async ({ expect }) => {
    const cwd = projects.create({
      'reports/2026/week.md': INCOMPLETE_EN,
      'lint.json': JSON.stringify({ rules: { 'require-sections': 'warn' } }),
    });
    const warnOnly = await runStep(cwd, { paths: 'reports/**/*.md', config: 'lint.json' });
    expect(warnOnly.code).toBe(0);
    expect(warnOnly.stdout).toMatch(/^::warning file=reports\/2026\/week\.md,/);

    const strict = await runStep(cwd, { paths: 'reports/**/*.md', config: 'lint.json', 'max-warnings': '0', 'sarif-file': 'out.sarif' });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('summarylint found too many warnings (maximum: 0).');
    const sarif = JSON.parse(readFileSync(path.join(cwd, 'out.sarif'), 'utf8'));
    const validate = sarifValidator();
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    expect(sarif.runs[0].results).toHaveLength(3);
  });

  it('passes extra arguments', async ({ expect }) => {
    const cwd = projects.create({ 'week.md': INCOMPLETE_EN });
    const run = await runStep(cwd, { args: '--rule require-sections:off' });
    expect(run).toMatchObject({ code: 0, stdout: '' });
  });
});
