// Vocabulary packs: a team's vocabulary in a JSON file named from config `vocabularyPacks`.
import path from 'node:path';
import { afterAll, describe, it, vi } from 'vitest';
import { CLEAN_EN, runMain, TempProjects } from './support/cli.js';

vi.setConfig({ testTimeout: 60_000 });
const projects = new TempProjects();
afterAll(() => projects.cleanup());

// The problems section under a sales team's own name, which the shipped vocabulary does not know. (Not the results
// section: a heading naming a topic reads as results.)
const SALES = CLEAN_EN.replace('## Problems', '## Pipeline slippage');
const PACK = JSON.stringify({ $comment: 'Sales team words', en: { 'section.problems': { add: ['Pipeline slippage'] } }, zh: { 'section.problems': { add: ['商机流失'] } } });

async function missingSections(cwd: string): Promise<{ code: number; missing: string[]; stderr: string }> {
  const run = await runMain(['--format', 'json', 'sales.md'], { cwd });
  if (run.code === 2) return { code: 2, missing: [], stderr: run.stderr };
  const messages = JSON.parse(run.stdout)[0].messages.filter((m: any) => m.ruleId === 'require-sections');
  return { code: run.code, missing: messages.map((m: any) => m.data.section), stderr: run.stderr };
}

describe.concurrent('vocabulary packs', () => {
  it('without the pack the team\'s heading names no section', async ({ expect }) => {
    const cwd = projects.create({ 'sales.md': SALES });
    expect(await missingSections(cwd)).toEqual({ code: 1, missing: ['problems'], stderr: '' });
  });

  it('a pack from a relative path teaches the heading', async ({ expect }) => {
    const cwd = projects.create({ 'sales.md': SALES, 'words/sales.json': PACK, '.summarylintrc.json': JSON.stringify({ vocabularyPacks: ['./words/sales.json'] }) });
    expect(await missingSections(cwd)).toEqual({ code: 0, missing: [], stderr: '' });
  });

  it('a pack shipped in a package, and the config\'s own vocabulary wins over it', async ({ expect }) => {
    const pkg = { 'node_modules/@acme/summary-words/package.json': JSON.stringify({ name: '@acme/summary-words' }), 'node_modules/@acme/summary-words/sales.json': PACK };
    const used = projects.create({ ...pkg, 'sales.md': SALES, '.summarylintrc.json': JSON.stringify({ vocabularyPacks: ['@acme/summary-words/sales.json'] }) });
    expect(await missingSections(used)).toMatchObject({ code: 0, missing: [] });
    const removed = projects.create({
      ...pkg,
      'sales.md': SALES,
      '.summarylintrc.json': JSON.stringify({ vocabularyPacks: ['@acme/summary-words/sales.json'], vocabulary: { en: { 'section.problems': { remove: ['Pipeline slippage'] } } } }),
    });
    expect(await missingSections(removed)).toMatchObject({ code: 1, missing: ['problems'] });
  });

  it('a pack in an extended config is read relative to that config', async ({ expect }) => {
    const cwd = projects.create({
      'sales.md': SALES,
      'shared/base.json': JSON.stringify({ vocabularyPacks: ['./sales.json'] }),
      'shared/sales.json': PACK,
      '.summarylintrc.json': JSON.stringify({ extends: ['./shared/base.json'] }),
    });
    expect(await missingSections(cwd)).toMatchObject({ code: 0, missing: [] });
  });

  it('a missing pack is an error of the config that names it, at its key path; a malformed one names the pack', async ({ expect }) => {
    const missing = projects.create({ 'sales.md': SALES, '.summarylintrc.json': JSON.stringify({ vocabularyPacks: ['./words/nope.json'] }) });
    const config = path.join(missing, '.summarylintrc.json');
    expect((await missingSections(missing)).stderr).toContain(
      `Invalid config ${config}: vocabularyPacks[0]: vocabulary pack not found: ${path.join(missing, 'words/nope.json')}`,
    );
    const inPackageJson = projects.create({ 'sales.md': SALES, 'words/sales.json': PACK, 'package.json': JSON.stringify({ summarylint: { vocabularyPacks: ['./words/sales.json', './nope.json'] } }) });
    expect((await missingSections(inPackageJson)).stderr).toContain(`Invalid config ${path.join(inPackageJson, 'package.json')}: summarylint.vocabularyPacks[1]: vocabulary pack not found`);
    const extended = projects.create({ 'sales.md': SALES, 'shared/base.json': JSON.stringify({ vocabularyPacks: ['./gone.json'] }), '.summarylintrc.json': JSON.stringify({ extends: './shared/base.json' }) });
    expect((await missingSections(extended)).stderr).toContain(`Invalid config ${path.join(extended, 'shared/base.json')}: vocabularyPacks[0]: vocabulary pack not found`);
    const bad = projects.create({ 'sales.md': SALES, 'p.json': JSON.stringify({ en: { metric: ['ARR'] } }), '.summarylintrc.json': JSON.stringify({ vocabularyPacks: ['./p.json'] }) });
    const run = await missingSections(bad);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Invalid config .*p\.json: en\.metric: expected an object, got \["ARR"\]/);
  });
});
