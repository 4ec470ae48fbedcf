// Custom rules from config `plugins`, loaded for real: ES and CommonJS modules from a relative path and a
// package in node_modules, through the spawned CLI and the API. Their findings must behave exactly like a
// built-in rule's: levels from config, options validated by their schema, directives, formats.
import path from 'node:path';
import { afterAll, describe, it, vi } from 'vitest';
import { loadConfig } from '../src/config/index.js';
import { lintText } from '../src/lint.js';
import { CLEAN_EN, ROOT, runCli, runCommand, runMain, TempProjects } from './support/cli.js';

vi.setConfig({ testTimeout: 60_000 });
const projects = new TempProjects();
afterAll(() => projects.cleanup());

/** An ES module rule flagging "TBD" in prose; `id` lets tests make clashing or namespaced rules. */
const ruleSource = (id: string, level = 'warn') => `
const rule = {
  meta: {
    id: ${JSON.stringify(id)},
    description: 'Flag TBD',
    docs: { why: 'Unfinished.', url: 'https://example.com/${id}' },
    level: ${JSON.stringify(level)},
    languages: ['en'],
    schema: { type: 'object', properties: { word: { type: 'string' } } },
    defaultOptions: { word: 'TBD' },
    messages: { found: 'Placeholder "{{word}}" left in' },
    examples: [],
  },
  check(doc, context) {
    const { word } = context.options;
    for (let at = doc.text.indexOf(word); at !== -1; at = doc.text.indexOf(word, at + 1)) {
      context.report({ messageId: 'found', data: { word }, range: [at, at + word.length] });
    }
  },
};
`;
const esm = (id: string, level?: string) => `${ruleSource(id, level)}export default rule;\n`;
const cjs = (id: string) => `${ruleSource(id)}module.exports = { rules: { [rule.meta.id]: rule } };\n`;

const DRAFT = CLEAN_EN.replace('by 15 April', 'by TBD');
const TBD_LINE = DRAFT.split('\n').findIndex((line) => line.includes('TBD')) + 1;

describe.concurrent('plugins', () => {
  it('loads a rule from a relative path: findings at the config\'s level, in every format', async ({ expect }) => {
    const cwd = projects.create({
      'reports/.summarylintrc.json': JSON.stringify({ plugins: ['../rules/no-tbd.mjs'], rules: { 'no-tbd': 'error' } }),
      'rules/no-tbd.mjs': esm('no-tbd'),
      'reports/week.md': DRAFT,
    });
    const json = await runCli(['--format', 'json', 'reports'], { cwd });
    expect(json.code).toBe(1);
    const [message] = JSON.parse(json.stdout)[0].messages.filter((m: any) => m.ruleId === 'no-tbd');
    expect(message).toMatchObject({ severity: 2, level: 'error', line: TBD_LINE, message: 'Placeholder "TBD" left in', data: { word: 'TBD' } });

    const github = await runMain(['--format', 'github', 'reports'], { cwd });
    expect(github.stdout).toContain(`::error file=reports/week.md,line=${TBD_LINE},`);
    expect(github.stdout).toContain('title=summarylint(no-tbd)::Placeholder "TBD" left in');

    const sarif = JSON.parse((await runMain(['--format', 'sarif', 'reports'], { cwd })).stdout);
    const driver = sarif.runs[0].tool.driver;
    const index = driver.rules.findIndex((r: any) => r.id === 'no-tbd');
    expect(index).toBeGreaterThanOrEqual(0);
    expect(sarif.runs[0].results.find((r: any) => r.ruleId === 'no-tbd')).toMatchObject({ ruleIndex: index, level: 'error' });
  });

  it('stylish measures a message holding an emoji in display columns (rows fit 100 columns)', async ({ expect }) => {
    const cwd = projects.create({
      '.summarylintrc.json': JSON.stringify({
        plugins: ['./rules/no-check.mjs', './rules/no-tbd.mjs'],
        rules: { 'no-check': ['warn', { word: '✅' }], 'no-tbd': 'warn' },
      }),
      'rules/no-check.mjs': esm('no-check'),
      'rules/no-tbd.mjs': esm('no-tbd'),
      'week.md': DRAFT.replace('morning shift.', 'morning shift ✅.'),
    });
    const run = await runCli(['week.md'], { cwd });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('no-check');
    expect(run.stdout).toContain('no-tbd');
    const { default: stringWidth } = await import('string-width');
    for (const line of run.stdout.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(100);
  });

  it('SARIF lists the rules of a plugin that only the config of a later folder names, on one thread and on workers', async ({ expect }) => {
    const cwd = projects.create({
      'a/first.md': DRAFT,
      'reports/.summarylintrc.json': JSON.stringify({ plugins: ['../rules/no-tbd.mjs'], rules: { 'no-tbd': 'error' } }),
      'rules/no-tbd.mjs': esm('no-tbd'),
      'reports/week.md': DRAFT,
    });
    for (const concurrency of ['off', '2']) {
      const run = await runCli(['--format', 'sarif', '--concurrency', concurrency, 'a', 'reports'], { cwd });
      const sarif = JSON.parse(run.stdout);
      const index = sarif.runs[0].tool.driver.rules.findIndex((r: any) => r.id === 'no-tbd');
      expect(index, concurrency).toBeGreaterThanOrEqual(0);
      expect(sarif.runs[0].results.find((r: any) => r.ruleId === 'no-tbd')).toMatchObject({ ruleIndex: index, level: 'error' });
    }
  });

  it('loads a package from node_modules (CommonJS, several rules); its rules start at their own level', async ({ expect }) => {
    const cwd = projects.create({
      '.summarylintrc.json': JSON.stringify({ plugins: ['summarylint-plugin-acme'] }),
      'node_modules/summarylint-plugin-acme/package.json': JSON.stringify({ name: 'summarylint-plugin-acme', main: 'lib/index.js' }),
      'node_modules/summarylint-plugin-acme/lib/index.js': cjs('acme/no-tbd'),
      'week.md': DRAFT,
    });
    const run = await runCli(['--format', 'json', 'week.md'], { cwd });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0); // a warning only
    const messages = JSON.parse(run.stdout)[0].messages.filter((m: any) => m.ruleId === 'acme/no-tbd');
    expect(messages).toEqual([expect.objectContaining({ level: 'warn', line: TBD_LINE })]);
  });

  it('honours directives, --rule and options like a built-in rule', async ({ expect }) => {
    const cwd = projects.create({
      '.summarylintrc.json': JSON.stringify({ plugins: ['./no-tbd.mjs'], rules: { 'no-tbd': ['warn', { word: 'April' }] } }),
      'no-tbd.mjs': esm('no-tbd'),
      'week.md': DRAFT,
      'quiet.md': `<!-- summarylint-disable-file no-tbd -->\n${DRAFT}`,
    });
    const words = async (file: string, extra: string[] = []) => {
      const run = await runMain(['--format', 'json', ...extra, file], { cwd });
      return JSON.parse(run.stdout)[0].messages.filter((m: any) => m.ruleId === 'no-tbd').map((m: any) => `${m.level}:${m.data.word}`);
    };
    expect(await words('week.md')).toEqual(['warn:April']);
    expect(await words('week.md', ['--rule', 'no-tbd:error'])).toEqual(['error:April']);
    expect(await words('week.md', ['--rule', 'no-tbd:off'])).toEqual([]);
    expect(await words('quiet.md')).toEqual([]);
  });

  it('--print-config shows the plugin, its rule and its options', async ({ expect }) => {
    const cwd = projects.create({ '.summarylintrc.json': JSON.stringify({ plugins: ['./no-tbd.mjs'] }), 'no-tbd.mjs': esm('no-tbd', 'info') });
    const run = await runMain(['--print-config', 'week.md'], { cwd });
    const config = JSON.parse(run.stdout);
    expect(config.plugins).toEqual([path.join(cwd, 'no-tbd.mjs')]);
    expect(config.rules['no-tbd']).toEqual({ level: 'info', options: { word: 'TBD' } });
  });

  it('config errors name the file: unknown option, missing plugin, bad rule module, clash with a built-in', async ({ expect }) => {
    const cases: Array<[Record<string, string>, RegExp]> = [
      [
        { '.summarylintrc.json': JSON.stringify({ plugins: ['./no-tbd.mjs'], rules: { 'no-tbd': ['warn', { words: ['x'] }] } }), 'no-tbd.mjs': esm('no-tbd') },
        /Invalid config .*\.summarylintrc\.json: rules\.no-tbd\[1\]\.words: unknown key 'words' \(did you mean 'word'\?\)/,
      ],
      [{ '.summarylintrc.json': JSON.stringify({ plugins: ['./missing.js'] }) }, /\.summarylintrc\.json: plugins\[0\]: cannot find plugin '\.\/missing\.js'/],
      [{ '.summarylintrc.json': JSON.stringify({ plugins: ['summarylint-plugin-nope'] }) }, /cannot find plugin 'summarylint-plugin-nope': install it \(npm i -D summarylint-plugin-nope\)/],
      [{ '.summarylintrc.json': JSON.stringify({ plugins: ['./bad.mjs'] }), 'bad.mjs': 'export default { meta: { id: "bad" } };' }, /plugins\[0\]: plugin .*bad\.mjs: the exported rule has no check\(doc, context\) function/],
      [{ '.summarylintrc.json': JSON.stringify({ plugins: ['./dup.mjs'] }), 'dup.mjs': esm('require-sections') }, /rule id 'require-sections' is a built-in rule's/],
      [{ '.summarylintrc.json': JSON.stringify({ plugins: ['./throws.mjs'] }), 'throws.mjs': 'throw new Error("boom");' }, /plugin .*throws\.mjs: could not load: boom/],
    ];
    for (const [files, error] of cases) {
      const cwd = projects.create({ ...files, 'week.md': DRAFT });
      const run = await runMain(['week.md'], { cwd });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(error);
    }
  });

  it('an unknown plugin rule id in config is an error; with the plugin loaded it validates', async ({ expect }) => {
    const cwd = projects.create({ '.summarylintrc.json': JSON.stringify({ rules: { 'no-tbd': 'error' } }), 'week.md': DRAFT });
    const run = await runMain(['week.md'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("rules.no-tbd: unknown rule 'no-tbd'");
  });

  it('safe mode refuses to load plugins (they run code)', async ({ expect }) => {
    const cwd = projects.create({ '.summarylintrc.json': JSON.stringify({ plugins: ['./no-tbd.mjs'] }), 'no-tbd.mjs': esm('no-tbd') });
    await expect(loadConfig('week.md', { cwd, safe: true })).rejects.toThrow(/plugins: plugins are not loaded in safe mode/);
    await expect(loadConfig('week.md', { cwd })).resolves.toMatchObject({ plugins: [path.join(cwd, 'no-tbd.mjs')] });
  });

  it('lintText with a file path uses the plugins of that file\'s config', async ({ expect }) => {
    const cwd = projects.create({ '.summarylintrc.json': JSON.stringify({ plugins: ['./no-tbd.mjs'] }), 'no-tbd.mjs': esm('no-tbd') });
    const result = await lintText('# Plan\n\nShip it by TBD.\n', { cwd, filePath: 'plan.md' });
    expect(result.findings.filter((f) => f.ruleId === 'no-tbd')).toHaveLength(1);
  });

  it('the example plugin type-checks against the published types (import(\'summarylint\').Rule)', async ({ expect }) => {
    const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
    const args = ['--ignoreConfig', '--noEmit', '--allowJs', '--checkJs', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--skipLibCheck', '--types', 'node'];
    const run = await runCommand(process.execPath, [tsc, ...args, 'examples/custom-rule/rules/no-placeholder.js'], { cwd: ROOT });
    expect(run.stdout + run.stderr).toBe('');
    expect(run.code).toBe(0);
  });
});
