// Presets are data used through `extends`, and --print-config shows the merge; summarylint:strict makes every
// rule an error, asks problems for their impact, and enforces the roster of owners when one is configured.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, it, vi } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { runCli, runMain, TempProjects } from './support/cli.js';

vi.setConfig({ testTimeout: 60_000 });
const projects = new TempProjects();
afterAll(() => projects.cleanup());

const PLAN = `# Growth team, March report

In March sign-ups grew 14% to 2,300, because the new landing page shipped on 2 March.

## Results

- Trial conversion rose from 7% to 9% after the pricing page change.

## Problems

- The referral campaign started 2 weeks late because the legal review took 15 days, which cost about 300 sign-ups.

## Next steps

- Priya to launch the referral campaign in Germany by 15 April.
- Marco to cut the legal review to 5 days by 30 April.
`;

const ownerFindings = async (cwd: string) => {
  const run = await runMain(['--format', 'json', 'plan.md'], { cwd });
  return JSON.parse(run.stdout)[0].messages.filter((m: any) => m.ruleId === 'require-action-owner').map((m: any) => m.line);
};

describe.concurrent('presets', () => {
  it('--print-config shows summarylint:strict merged under the file\'s own settings', async ({ expect }) => {
    const cwd = projects.create({ '.summarylintrc.json': JSON.stringify({ extends: 'summarylint:strict', rules: { 'no-vague-wording': 'warn' } }) });
    const config = JSON.parse((await runMain(['--print-config', 'plan.md'], { cwd })).stdout);
    const levels = Object.fromEntries(Object.entries(config.rules).map(([id, rule]: [string, any]) => [id, rule.level]));
    expect(levels).toEqual({ ...Object.fromEntries(Object.keys(builtinRules).map((id) => [id, 'error'])), 'no-vague-wording': 'warn' });
    expect(config.rules['require-problem-cause'].options.requireImpact).toBe(true);
    expect(config.rules['require-action-owner'].options.requireRoster).toBe(true);
    expect(config.sources.at(-1)).toBe('summarylint:strict');
  });

  it('summarylint:strict makes a plugin\'s rules errors too, and --print-config shows it', async ({ expect }) => {
    const plugin = `export default {
  meta: { id: 'no-tbd', description: 'Flag TBD', docs: { why: '', url: '' }, level: 'warn', languages: ['en'],
    schema: { type: 'object', properties: {} }, defaultOptions: {}, messages: { found: 'TBD left in' }, examples: [] },
  check(doc, context) { const at = doc.text.indexOf('TBD'); if (at !== -1) context.report({ messageId: 'found', range: [at, at + 3] }); },
};
`;
    const files = { 'rules/no-tbd.mjs': plugin, 'plan.md': PLAN.replace('by 15 April', 'by TBD') };
    const strict = projects.create({ ...files, '.summarylintrc.json': JSON.stringify({ extends: 'summarylint:strict', plugins: ['./rules/no-tbd.mjs'] }) });
    const config = JSON.parse((await runMain(['--print-config', 'plan.md'], { cwd: strict })).stdout);
    expect(config.rules['no-tbd'].level).toBe('error');
    const run = await runMain(['--format', 'json', 'plan.md'], { cwd: strict });
    expect(JSON.parse(run.stdout)[0].messages.filter((m: any) => m.ruleId === 'no-tbd').map((m: any) => m.level)).toEqual(['error']);
    // A config that names the rule still wins; under recommended the rule keeps its own meta.level.
    const named = projects.create({ ...files, '.summarylintrc.json': JSON.stringify({ extends: 'summarylint:strict', plugins: ['./rules/no-tbd.mjs'], rules: { 'no-tbd': 'info' } }) });
    expect(JSON.parse((await runMain(['--print-config', 'plan.md'], { cwd: named })).stdout).rules['no-tbd'].level).toBe('info');
    const recommended = projects.create({ ...files, '.summarylintrc.json': JSON.stringify({ plugins: ['./rules/no-tbd.mjs'] }) });
    expect(JSON.parse((await runMain(['--print-config', 'plan.md'], { cwd: recommended })).stdout).rules['no-tbd'].level).toBe('warn');
  });

  it('--print-config output, written back as .summarylintrc.json, loads and gives the same config', async ({ expect }) => {
    const cwd = projects.create({
      'plan.md': PLAN,
      '.summarylintrc.json': JSON.stringify({
        extends: 'summarylint:strict',
        language: 'en',
        rules: { 'no-vague-wording': 'info', 'require-sections': ['warn', { order: true }] },
        overrides: [{ files: ['*.md'], rules: { 'require-action-owner': 'off' } }],
        settings: { roster: ['Priya'] },
        vocabulary: { en: { vague: { add: ['kind of'] } } },
        ignores: ['drafts/**'],
      }),
    });
    const printed = await runCli(['--print-config', 'plan.md'], { cwd });
    expect(printed.code).toBe(0);
    const first = JSON.parse(printed.stdout);
    expect(first.rules['no-vague-wording']).toEqual({ level: 'info', options: expect.any(Object) });
    // `sources` and `basePath` say where the config came from, `detectedKind` what the file is; they are not config keys.
    const { sources: _sources, basePath: _basePath, detectedKind: _kind, ...reusable } = first;
    writeFileSync(path.join(cwd, '.summarylintrc.json'), JSON.stringify(reusable, null, 2));
    const again = await runCli(['--print-config', 'plan.md'], { cwd }); // a new process: no cached config
    expect(again.stderr).toBe('');
    const { sources, basePath: _again, detectedKind: _kindAgain, ...second } = JSON.parse(again.stdout);
    expect(second).toEqual(reusable);
    expect(sources).toEqual([path.join(cwd, '.summarylintrc.json'), 'summarylint:recommended']);
  });

  it('without extends, summarylint:recommended applies', async ({ expect }) => {
    const cwd = projects.create({ '.summarylintrc.json': '{}' });
    const config = JSON.parse((await runMain(['--print-config', 'plan.md'], { cwd })).stdout);
    expect(config.sources.at(-1)).toBe('summarylint:recommended');
    expect(Object.fromEntries(Object.entries(config.rules).map(([id, rule]: [string, any]) => [id, rule.level]))).toEqual(
      Object.fromEntries(Object.entries(builtinRules).map(([id, rule]) => [id, rule.meta.level])),
    );
  });

  it('strict enforces the roster only when one is configured', async ({ expect }) => {
    const noRoster = projects.create({ 'plan.md': PLAN, '.summarylintrc.json': JSON.stringify({ extends: 'summarylint:strict' }) });
    expect(await ownerFindings(noRoster)).toEqual([]);
    const roster = projects.create({ 'plan.md': PLAN, '.summarylintrc.json': JSON.stringify({ extends: 'summarylint:strict', settings: { roster: ['Priya'] } }) });
    expect(await ownerFindings(roster)).toEqual([16]); // Marco is not on the roster
    const recommended = projects.create({ 'plan.md': PLAN, '.summarylintrc.json': JSON.stringify({ settings: { roster: ['Priya'] } }) });
    expect(await ownerFindings(recommended)).toEqual([]);
  });
});
