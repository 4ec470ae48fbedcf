// End-to-end tests of the command line, in temporary projects written by each test.
// - `runCli` spawns the built binary (`node bin/summarylint.js`; dist/ is built once by test/support/build.ts,
//   the vitest globalSetup): every behaviour is checked at least once this way, exit code included.
// - `runMain` calls `main()` in-process with captured streams: the same code path without half a second of
//   process start-up, for the further variants of a behaviour.
// Tests run concurrently; each spawn is its own process.
import { chmodSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, it, vi } from 'vitest';
import { sarifValidator } from './support/sarif.js';
import { BIN, CLEAN_EN, CLEAN_ZH, INCOMPLETE_EN, ROOT, runCli, runCommand, runMain, TempProjects } from './support/cli.js';

// Spawning Node takes 0.3–1 s on a busy two-core machine, and tests run several spawns concurrently.
vi.setConfig({ testTimeout: 60_000 });

const projects = new TempProjects();
afterAll(() => projects.cleanup());

const VERSION: string = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
const IGNORED = 'File ignored because of a matching ignore pattern. Use --no-ignore to override, or --no-warn-ignored to hide this warning.';
const ESC = '\u001b';
/** A stack trace line: never shown for usage or config errors, nor on a closed pipe. */
const STACK_LINE = /^\s+at .+/m;

const json = (stdout: string) => JSON.parse(stdout) as Array<Record<string, any>>;
const ruleMessages = (result: Record<string, any>, ruleId: string | null) =>
  (result.messages as Array<Record<string, any>>).filter((m) => m.ruleId === ruleId);

describe.concurrent('exit codes', () => {
  it('0 for clean files; no path means the current folder; the counts line shows even when the run passes', async ({ expect }) => {
    const cwd = projects.create({ 'en.md': CLEAN_EN, 'team/zh.md': CLEAN_ZH, 'notes.txt': INCOMPLETE_EN });
    const run = await runCli([], { cwd });
    expect(run).toEqual({ code: 0, stdout: '2 files checked: 0 errors, 0 warnings\n', stderr: '' });
  });

  it('1 for lint errors (a report missing required sections)', async ({ expect }) => {
    const cwd = projects.create({ 'notes.md': INCOMPLETE_EN });
    const run = await runCli(['notes.md'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^notes\.md\n/);
    expect(run.stdout).toContain('Missing the results section');
    expect(run.stdout).toContain('require-sections');
    expect(run.stdout).toMatch(/\n1 file checked: [1-9]\d* errors?, \d+ warnings?\n$/);
    expect(run.stderr).toBe('');
  });

  it('Chinese reports get Chinese messages', async ({ expect }) => {
    const cwd = projects.create({ 'zh.md': CLEAN_ZH.replace(/## 存在的问题[\s\S]*?## 下周计划/, '## 下周计划') });
    const run = await runMain(['zh.md'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('缺少“');
  });

  it('warnings pass by default and fail beyond --max-warnings', async ({ expect }) => {
    const cwd = projects.create({ 'notes.md': INCOMPLETE_EN });
    const warn = ['--rule', 'require-sections:warn', 'notes.md'];
    const plain = await runMain(warn, { cwd });
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('1 file checked: 0 errors, 3 warnings');

    const strict = await runCli([...warn, '--max-warnings', '0'], { cwd });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toBe('summarylint found too many warnings (maximum: 0).\n');

    const enough = await runMain([...warn, '--max-warnings', '3'], { cwd });
    expect(enough).toMatchObject({ code: 0, stderr: '' });
  });

  it('info findings never count', async ({ expect }) => {
    const cwd = projects.create({ 'notes.md': INCOMPLETE_EN });
    const run = await runMain(['--rule', 'require-sections:info', '--max-warnings', '0', 'notes.md'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1 file checked: 0 errors, 0 warnings, 3 info messages');
  });

  it('--rule id:off turns a rule off', async ({ expect }) => {
    const cwd = projects.create({ 'notes.md': INCOMPLETE_EN });
    const run = await runMain(['--rule', 'require-sections:off', 'notes.md'], { cwd });
    expect(run).toEqual({ code: 0, stdout: '1 file checked: 0 errors, 0 warnings\n', stderr: '' });
  });

  it('--rule takes ESLint\'s levels: 0 off, 1 and "warning" warn, 2 error', async ({ expect }) => {
    const cwd = projects.create({ 'notes.md': INCOMPLETE_EN });
    const counts = async (level: string) => (await runMain(['--rule', `require-sections:${level}`, 'notes.md'], { cwd })).stdout.trim().split('\n').at(-1);
    expect(await counts('0')).toBe('1 file checked: 0 errors, 0 warnings');
    expect(await counts('1')).toBe('1 file checked: 0 errors, 3 warnings');
    expect(await counts('warning')).toBe('1 file checked: 0 errors, 3 warnings');
    expect(await counts('2')).toBe('1 file checked: 3 errors, 0 warnings');
  });

  const usageErrors: Array<[string, string[], RegExp]> = [
    ['an unknown flag', ['--bogus'], /unknown option '--bogus'/],
    ['an unknown format', ['--format', 'xml'], /argument 'xml' is invalid/],
    ['an unknown language', ['--lang', 'fr'], /argument 'fr' is invalid/],
    ['a bad --max-warnings', ['--max-warnings', 'many'], /Expected a whole number/],
    ['a negative --max-warnings', ['--max-warnings', '-3'], /Expected a whole number/],
    ['--rule without a level', ['--rule', 'require-sections'], /Expected <rule-id>:<level>/],
    ['--rule with an unknown level', ['--rule', 'require-sections:fatal'], /Expected <rule-id>:<level>/],
    ['--rule with level 3', ['--rule', 'require-sections:3'], /Expected <rule-id>:<level>/],
    ['a missing option value', ['--config'], /argument missing/],
    ['--stdin with paths', ['--stdin', 'report.md'], /do not pass paths with it/],
    ['- with paths', ['-', 'report.md'], /do not pass other paths with it/],
    ['- with --stdin', ['-', '--stdin'], /either `-` or --stdin/],
    ['--stdin-filename without --stdin', ['--stdin-filename', 'x.md'], /only works with --stdin/],
    ['--print-config with other paths', ['--print-config', 'report.md', 'other.md'], /takes one file/],
  ];
  for (const [index, [what, args, message]] of usageErrors.entries()) {
    it(`2 for ${what}`, async ({ expect }) => {
      const cwd = projects.create({ 'report.md': CLEAN_EN });
      const run = await (index === 0 ? runCli : runMain)(args, { cwd });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^summarylint: error: /);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).toContain("Run 'summarylint --help'");
      expect(run.stderr).not.toMatch(STACK_LINE);
    });
  }

  it('2 for a config error, naming the file and the key, without a stack', async ({ expect }) => {
    const cwd = projects.create({
      'team/.summarylintrc.json': '{ "rules": { "require-section": "error" } }\n',
      'team/report.md': CLEAN_EN,
    });
    const run = await runCli(['team/report.md'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(path.join(cwd, 'team/.summarylintrc.json'));
    expect(run.stderr).toContain('rules.require-section');
    expect(run.stderr).toContain("did you mean 'require-sections'");
    expect(run.stderr).toMatch(/^summarylint: Invalid config /);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it('2 for a config error in package.json, a broken YAML file, and a missing -c file', async ({ expect }) => {
    const cwd = projects.create({
      'a/package.json': JSON.stringify({ summarylint: { rules: { 'require-sections': 'loud' } } }),
      'a/report.md': CLEAN_EN,
      'b/.summarylintrc.yaml': 'rules:\n  require-sections: [error\n',
      'b/report.md': CLEAN_EN,
      'c/report.md': CLEAN_EN,
    });
    const inPackage = await runMain(['a/report.md'], { cwd });
    expect(inPackage.code).toBe(2);
    expect(inPackage.stderr).toContain(path.join(cwd, 'a/package.json'));
    expect(inPackage.stderr).toContain('summarylint.rules.require-sections');

    const yaml = await runMain(['b/report.md'], { cwd });
    expect(yaml.code).toBe(2);
    expect(yaml.stderr).toContain(path.join(cwd, 'b/.summarylintrc.yaml'));

    const missing = await runMain(['-c', 'nope.json', 'c/report.md'], { cwd });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.json');
    for (const run of [inPackage, yaml, missing]) expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it('2 for an unknown rule in --rule, with a suggestion', async ({ expect }) => {
    const cwd = projects.create({ 'report.md': CLEAN_EN });
    const run = await runMain(['--rule', 'require-section:warn', 'report.md'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--rule');
    expect(run.stderr).toContain("did you mean 'require-sections'");
  });

  it('2 for a missing path, after reporting the files that exist', async ({ expect }) => {
    const cwd = projects.create({ 'good.md': CLEAN_EN, 'bad.md': INCOMPLETE_EN });
    const run = await runCli(['--format', 'json', 'good.md', 'nope.md', 'bad.md', 'missing/*.md'], { cwd });
    expect(run.code).toBe(2);
    expect(json(run.stdout).map((r) => path.basename(r.filePath))).toEqual(['bad.md', 'good.md']);
    expect(run.stderr).toContain('summarylint: No files matching the pattern "nope.md" were found.\n');
    expect(run.stderr).toContain('"missing/*.md"');
  });

  it.skipIf(process.getuid?.() === 0)('2 for a file that cannot be read, still reporting the others', async ({ expect }) => {
    const { chmodSync } = await import('node:fs');
    const cwd = projects.create({ 'good.md': CLEAN_EN, 'locked.md': CLEAN_EN });
    chmodSync(path.join(cwd, 'locked.md'), 0o000);
    const run = await runCli(['--format', 'json', '.'], { cwd });
    expect(run.code).toBe(2);
    const [good, locked] = json(run.stdout);
    expect(good.messages).toEqual([]);
    expect(locked.messages[0]).toMatchObject({ ruleId: null, fatal: true, severity: 2 });
    expect(run.stderr).toContain('could not be linted');
  });
});

describe.concurrent('formats', () => {
  it('json follows the documented contract', async ({ expect }) => {
    const cwd = projects.create({ 'notes.md': INCOMPLETE_EN, 'clean.md': CLEAN_EN });
    const run = await runCli(['-f', 'json', 'notes.md', 'clean.md'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout.endsWith(']\n')).toBe(true);
    const results = json(run.stdout);
    expect(results.map((r) => r.filePath)).toEqual([path.join(cwd, 'clean.md'), path.join(cwd, 'notes.md')]);
    for (const result of results) {
      expect(Object.keys(result).sort()).toEqual(['errorCount', 'filePath', 'infoCount', 'kind', 'messages', 'warningCount']);
      expect(Object.keys(result.kind).sort()).toEqual(['name', 'reason', 'source']);
      for (const message of result.messages) {
        // messageId, fatal and fix are there when they apply.
        const keys = Object.keys(message).filter((key) => !['messageId', 'fatal', 'fix'].includes(key));
        expect(keys.sort()).toEqual(['column', 'data', 'endColumn', 'endLine', 'level', 'line', 'message', 'ruleId', 'severity']);
      }
    }
    const [clean, notes] = results;
    expect(clean).toEqual({ filePath: path.join(cwd, 'clean.md'), messages: [], errorCount: 0, warningCount: 0, infoCount: 0, kind: { name: 'review', source: 'title', reason: 'the title says "report"' } });
    const missing = ['results', 'problems', 'plan'].map((section) => ({
      ruleId: 'require-sections',
      severity: 2,
      level: 'error',
      message: expect.stringMatching(new RegExp(`^Missing the ${section} section`)),
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 15,
      data: { section, heading: expect.any(String) },
      messageId: 'missing',
      // Each missing section goes at the end of the document (64 characters, the last a line break).
      fix: { range: [63, 64], text: expect.stringMatching(/^\n\n## /) },
    }));
    expect(ruleMessages(notes, 'require-sections')).toEqual(missing);
    expect(notes.errorCount).toBe(notes.messages.filter((m: any) => m.severity === 2).length);
  });

  it('json: severity 1 for warn and info, told apart by level; counts match', async ({ expect }) => {
    const cwd = projects.create({ 'notes.md': INCOMPLETE_EN });
    const [warned] = json((await runMain(['-f', 'json', '--rule', 'require-sections:warn', 'notes.md'], { cwd })).stdout);
    expect(ruleMessages(warned, 'require-sections').map((m) => [m.severity, m.level])).toEqual([[1, 'warn'], [1, 'warn'], [1, 'warn']]);
    expect(warned).toMatchObject({ errorCount: 0, warningCount: 3, infoCount: 0 });
    const [info] = json((await runMain(['-f', 'json', '--rule', 'require-sections:info', 'notes.md'], { cwd })).stdout);
    expect(ruleMessages(info, 'require-sections').map((m) => [m.severity, m.level])).toEqual([[1, 'info'], [1, 'info'], [1, 'info']]);
    expect(info).toMatchObject({ errorCount: 0, warningCount: 0, infoCount: 3 });
  });

  it('sarif is valid SARIF 2.1.0 with rule ids, descriptions and help URLs', async ({ expect }) => {
    const cwd = projects.create({ 'docs/notes.md': INCOMPLETE_EN, 'clean.md': CLEAN_EN });
    const run = await runCli(['--format', 'sarif'], { cwd });
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout);
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const [sarifRun] = log.runs;
    expect(sarifRun.tool.driver).toMatchObject({ name: 'summarylint', version: VERSION });
    const rules = sarifRun.tool.driver.rules as Array<Record<string, any>>;
    const index = rules.findIndex((rule) => rule.id === 'require-sections');
    expect(rules[index]).toMatchObject({
      shortDescription: { text: expect.any(String) },
      helpUri: expect.stringMatching(/^https:\/\//),
    });
    const results = (sarifRun.results as Array<Record<string, any>>).filter((r) => r.ruleId === 'require-sections');
    expect(results).toHaveLength(3);
    for (const result of results) {
      expect(result).toMatchObject({ ruleIndex: index, level: 'error' });
      expect(result.locations[0].physicalLocation.artifactLocation).toMatchObject({ uri: 'docs/notes.md', uriBaseId: '%SRCROOT%' });
    }
  });

  it('github prints one workflow command per finding', async ({ expect }) => {
    const cwd = projects.create({ 'docs/notes.md': INCOMPLETE_EN, 'clean.md': CLEAN_EN });
    const run = await runCli(['-f', 'github', '--rule', 'require-sections:warn', 'docs'], { cwd });
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n').filter((line) => line.includes('summarylint(require-sections)'));
    expect(lines).toHaveLength(3);
    for (const line of lines) {
      expect(line).toMatch(
        /^::warning file=docs\/notes\.md,line=1,col=1,endLine=1,endColumn=15,title=summarylint\(require-sections\)::Missing the \w+ section/,
      );
    }
    const clean = await runMain(['-f', 'github', 'clean.md'], { cwd });
    expect(clean).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('stylish is coloured with FORCE_COLOR, and plain with NO_COLOR or on a pipe', async ({ expect }) => {
    const cwd = projects.create({ 'notes.md': INCOMPLETE_EN });
    const forced = await runCli(['notes.md'], { cwd, env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain(`${ESC}[`);
    const noColor = await runCli(['notes.md'], { cwd, env: { NO_COLOR: '1' } });
    expect(noColor.code).toBe(1);
    expect(noColor.stdout).toContain('Missing the results section');
    expect(noColor.stdout).not.toContain(ESC);
    const forcedOverNoColor = await runMain(['notes.md'], { cwd, env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(forcedOverNoColor.stdout).toContain(`${ESC}[`);
    for (const env of [{}, { FORCE_COLOR: '0' }, { FORCE_COLOR: 'false' }]) {
      const run = await runMain(['notes.md'], { cwd, env });
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('Missing the results section');
      expect(run.stdout, JSON.stringify(env)).not.toContain(ESC);
    }
  });

  it('--color and --no-color win over the terminal and the environment', async ({ expect }) => {
    const cwd = projects.create({ 'notes.md': INCOMPLETE_EN });
    const piped = await runMain(['--color', 'notes.md'], { cwd, env: { NO_COLOR: '1' } });
    expect(piped.stdout).toContain(`${ESC}[`);
    const plain = await runMain(['--no-color', 'notes.md'], { cwd, env: { FORCE_COLOR: '1' } });
    expect(plain.code).toBe(1);
    expect(plain.stdout).toContain('Missing the results section');
    expect(plain.stdout).not.toContain(ESC);
  });
});

describe.concurrent('formatter files', () => {
  const WHOLE = `export default (results, context) =>
  results.map((r) => r.filePath.slice(context.cwd.length + 1) + ' ' + r.messages.filter((m) => m.severity === 2).length).join('\\n') + '\\n';\n`;
  const STREAMING = `export const createWriter = () => ({ file: (r) => 'file ' + r.messages.length + '\\n', end: () => 'end\\n' });\n`;

  it('-f ./file.js runs the default export over all results, with cwd and rulesMeta', async ({ expect }) => {
    const cwd = projects.create({ 'a.md': INCOMPLETE_EN, 'b.md': CLEAN_EN, 'fmt.mjs': WHOLE, 'meta.mjs': 'export default (r, c) => Object.keys(c.rulesMeta).includes("require-sections") + "\\n";\n' });
    const run = await runCli(['-f', './fmt.mjs', 'a.md', 'b.md'], { cwd });
    expect(run).toEqual({ code: 1, stdout: 'a.md 3\nb.md 0\n', stderr: '' });
    expect((await runMain(['-f', 'meta.mjs', 'b.md'], { cwd })).stdout).toBe('true\n');
  });

  it('a module exporting createWriter writes file by file', async ({ expect }) => {
    const cwd = projects.create({ 'a.md': INCOMPLETE_EN, 'fmt.js': STREAMING, 'package.json': '{ "type": "module" }\n' });
    expect(await runMain(['-f', './fmt.js', 'a.md'], { cwd })).toEqual({ code: 1, stdout: 'file 3\nend\n', stderr: '' });
  });

  it('a missing file, a module without a function, and --safe are errors (2), and --safe runs nothing', async ({ expect }) => {
    const marker = 'ran.txt';
    const cwd = projects.create({
      'a.md': CLEAN_EN,
      'object.mjs': 'export default { format: 1 };\n',
      'evil.mjs': `import { writeFileSync } from 'node:fs'; writeFileSync(${JSON.stringify(marker)}, 'x'); export default () => '';\n`,
    });
    const missing = await runMain(['-f', './nope.js', 'a.md'], { cwd });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Cannot use the formatter "./nope.js": there is no file');
    const object = await runMain(['-f', './object.mjs', 'a.md'], { cwd });
    expect(object.code).toBe(2);
    expect(object.stderr).toContain('it must export a function');
    const safe = await runCli(['--safe', '-f', './evil.mjs', 'a.md'], { cwd });
    expect(safe.code).toBe(2);
    expect(safe.stderr).toContain('--safe does not load formatter files');
    expect(existsSync(path.join(cwd, marker))).toBe(false);
  });
});

describe.concurrent('stdin', () => {
  it('--stdin-filename picks the config and names the result', async ({ expect }) => {
    const cwd = projects.create({ 'reports/.summarylintrc.json': '{ "rules": { "require-sections": "warn" } }\n' });
    const run = await runCli(['--stdin', '--stdin-filename', 'reports/week-12.md', '-f', 'json'], { cwd, input: INCOMPLETE_EN });
    expect(run.code).toBe(0);
    const [result] = json(run.stdout);
    expect(result.filePath).toBe(path.join(cwd, 'reports/week-12.md'));
    expect(ruleMessages(result, 'require-sections').map((m) => m.level)).toEqual(['warn', 'warn', 'warn']);
    expect(existsSync(path.join(cwd, 'reports/week-12.md'))).toBe(false);
  });

  it('without a name the result is <stdin>', async ({ expect }) => {
    const cwd = projects.create({});
    const bad = await runMain(['--stdin', '--format', 'json'], { cwd, input: INCOMPLETE_EN });
    expect(bad.code).toBe(1);
    expect(json(bad.stdout)[0].filePath).toBe('<stdin>');
    const good = await runMain(['--stdin'], { cwd, input: CLEAN_ZH });
    expect(good).toEqual({ code: 0, stdout: '1 file checked: 0 errors, 0 warnings\n', stderr: '' });
  });

  it('a lone - as the path reads standard input, like --stdin', async ({ expect }) => {
    const cwd = projects.create({});
    const dash = await runMain(['-', '-f', 'json'], { cwd, input: INCOMPLETE_EN });
    const flag = await runMain(['--stdin', '-f', 'json'], { cwd, input: INCOMPLETE_EN });
    expect(dash.code).toBe(1);
    expect(json(dash.stdout)[0].filePath).toBe('<stdin>');
    expect(dash).toEqual(flag);
    const named = await runMain(['-', '--stdin-filename', 'x.md', '-f', 'json'], { cwd, input: INCOMPLETE_EN });
    expect(json(named.stdout)[0].filePath).toBe(path.join(cwd, 'x.md'));
  });

  it('an ignored --stdin-filename gets the ignored-file warning instead of findings', async ({ expect }) => {
    const cwd = projects.create({ '.summarylintignore': 'drafts/\n' });
    const args = ['--stdin', '--stdin-filename', 'drafts/x.md', '-f', 'json'];
    const run = await runMain(args, { cwd, input: INCOMPLETE_EN });
    expect(run.code).toBe(0);
    expect(json(run.stdout)[0].messages).toEqual([
      { ruleId: null, severity: 1, level: 'warn', message: IGNORED, line: 1, column: 1, endLine: 1, endColumn: 1, data: {} },
    ]);
    const unignored = await runMain([...args, '--no-ignore'], { cwd, input: INCOMPLETE_EN });
    expect(unignored.code).toBe(1);
  });
});

describe.concurrent('ignores', () => {
  const tree = {
    'good.md': CLEAN_EN,
    'drafts/bad.md': INCOMPLETE_EN,
    'node_modules/pkg/README.md': INCOMPLETE_EN,
  };

  it('.summarylintignore skips files; a named ignored file gets a warning (as in ESLint)', async ({ expect }) => {
    const cwd = projects.create({ ...tree, '.summarylintignore': '# drafts are not ready\ndrafts/\n' });
    expect(await runCli([], { cwd })).toEqual({ code: 0, stdout: '1 file checked: 0 errors, 0 warnings\n', stderr: '' });

    const named = await runCli(['-f', 'json', 'drafts/bad.md'], { cwd });
    expect(named.code).toBe(0);
    expect(json(named.stdout)).toEqual([
      {
        filePath: path.join(cwd, 'drafts/bad.md'),
        messages: [{ ruleId: null, severity: 1, level: 'warn', message: IGNORED, line: 1, column: 1, endLine: 1, endColumn: 1, data: {} }],
        errorCount: 0,
        warningCount: 1,
        infoCount: 0,
      },
    ]);
    const stylish = await runMain(['drafts/bad.md', 'good.md'], { cwd });
    // The message wraps at 100 columns: compare its words.
    expect(stylish.stdout.replace(/\s+/g, ' ')).toContain(`drafts/bad.md 1:1 warning ${IGNORED}`);
    expect(stylish.stdout).toContain('2 files checked: 0 errors, 1 warning\n');
    // Like any warning, it counts for --max-warnings and --quiet drops it.
    expect((await runMain(['--max-warnings', '0', 'drafts/bad.md'], { cwd })).code).toBe(1);
    expect((await runMain(['--quiet', '--max-warnings', '0', 'drafts/bad.md'], { cwd })).code).toBe(0);
  });

  it('--no-ignore lints ignored files (node_modules stays skipped)', async ({ expect }) => {
    const cwd = projects.create({ ...tree, '.summarylintignore': 'drafts/\n' });
    const run = await runMain(['--no-ignore', '-f', 'json'], { cwd });
    expect(run.code).toBe(1);
    expect(json(run.stdout).map((r) => path.relative(cwd, r.filePath))).toEqual(['drafts/bad.md', 'good.md']);
  });

  it('--ignore-pattern (repeatable) and .gitignore', async ({ expect }) => {
    const cwd = projects.create({ ...tree, 'old/a.md': INCOMPLETE_EN, 'tmp/b.md': INCOMPLETE_EN, '.gitignore': 'tmp/\n' });
    const run = await runCli(['--ignore-pattern', 'drafts/', '--ignore-pattern', 'old/**', '-f', 'json'], { cwd });
    expect(run.code).toBe(0);
    expect(json(run.stdout).map((r) => path.relative(cwd, r.filePath))).toEqual(['good.md']);
    expect((await runMain(['--ignore-pattern', 'drafts/'], { cwd })).code).toBe(1);
  });

  it('config `ignores` apply too', async ({ expect }) => {
    const cwd = projects.create({ ...tree, '.summarylintrc.json': '{ "ignores": ["drafts/**"] }\n' });
    expect(await runMain([], { cwd })).toMatchObject({ code: 0, stdout: '1 file checked: 0 errors, 0 warnings\n' });
  });
});

describe.concurrent('config files', () => {
  it('JavaScript configs load in the bundle, on one thread and on workers: .mjs, .cjs, and .js as ES module and CommonJS', async ({ expect }) => {
    const info = "{ rules: { 'require-sections': 'info' } }";
    const cwd = projects.create({
      'mjs/summarylint.config.mjs': `export default ${info};\n`,
      'cjs/summarylint.config.cjs': `module.exports = ${info};\n`,
      'esm-js/package.json': '{ "type": "module" }\n',
      'esm-js/summarylint.config.js': `export default ${info};\n`,
      'cjs-js/package.json': '{}\n',
      'cjs-js/summarylint.config.js': `module.exports = ${info};\n`,
      ...Object.fromEntries(['mjs', 'cjs', 'esm-js', 'cjs-js'].map((dir) => [`${dir}/notes.md`, INCOMPLETE_EN])),
    });
    for (const concurrency of ['off', '2']) {
      const run = await runCli(['-f', 'json', '--concurrency', concurrency, '.'], { cwd });
      expect(run.stderr, concurrency).toBe('');
      const levels = json(run.stdout).map((r) => [path.dirname(r.filePath), [...new Set(ruleMessages(r, 'require-sections').map((m) => m.level))]]);
      expect(levels, concurrency).toEqual(['cjs-js', 'cjs', 'esm-js', 'mjs'].map((dir) => [path.join(cwd, dir), ['info']]));
    }
  });
});

describe.concurrent('options', () => {
  it('--quiet reports errors only', async ({ expect }) => {
    const cwd = projects.create({ 'notes.md': INCOMPLETE_EN });
    const warnings = await runCli(['--quiet', '--rule', 'require-sections:warn', '-f', 'json', '--max-warnings', '0', 'notes.md'], { cwd });
    expect(warnings.code).toBe(0);
    expect(json(warnings.stdout)[0]).toMatchObject({ messages: [], errorCount: 0, warningCount: 0, infoCount: 0 });
    const stylish = await runMain(['--quiet', '--rule', 'require-sections:info', 'notes.md'], { cwd });
    expect(stylish).toEqual({ code: 0, stdout: '1 file checked: 0 errors, 0 warnings\n', stderr: '' });
    const errors = await runMain(['--quiet', 'notes.md'], { cwd });
    expect(errors.code).toBe(1);
    expect(errors.stdout).toContain('Missing the results section');
  });

  it('--print-config prints the resolved config for a file and lints nothing', async ({ expect }) => {
    const cwd = projects.create({
      'notes.md': INCOMPLETE_EN,
      'sales/.summarylintrc.json': '{ "rules": { "require-sections": ["warn", { "required": ["results", "plan"] }] } }\n',
    });
    const plain = await runCli(['--print-config', 'notes.md'], { cwd });
    expect(plain.code).toBe(0);
    const config = JSON.parse(plain.stdout);
    // "# Weekly notes" is a weekly report: the rules as they apply to that kind, and why.
    expect(config.rules['require-sections']).toMatchObject({ level: 'error', options: { required: ['results', 'problems', 'plan'] } });
    expect(config.detectedKind).toEqual({ name: 'weekly', source: 'title', reason: 'the title says "Weekly"' });
    expect(config.sources).toEqual(['summarylint:recommended']);

    const sales = JSON.parse((await runMain(['--print-config', 'sales/q1.md'], { cwd })).stdout);
    expect(sales.rules['require-sections']).toMatchObject({ level: 'warn', options: { required: ['results', 'plan'] } });
    expect(sales.sources[0]).toBe(path.join(cwd, 'sales/.summarylintrc.json'));

    const overridden = JSON.parse((await runMain(['--print-config', 'sales/q1.md', '--rule', 'require-sections:off', '--lang', 'zh'], { cwd })).stdout);
    expect(overridden.rules['require-sections'].level).toBe('off');
    expect(overridden.language).toBe('zh');

    const noLookup = JSON.parse((await runMain(['--print-config', 'sales/q1.md', '--no-config-lookup'], { cwd })).stdout);
    expect(noLookup.rules['require-sections'].level).toBe('error');
  });

  it('-c uses the given config file instead of the one found', async ({ expect }) => {
    const cwd = projects.create({
      'notes.md': INCOMPLETE_EN,
      '.summarylintrc.json': '{ "rules": { "require-sections": "error" } }\n',
      'ci/lenient.json': '{ "rules": { "require-sections": "warn" } }\n',
    });
    expect((await runMain(['notes.md'], { cwd })).code).toBe(1);
    expect((await runMain(['-c', 'ci/lenient.json', 'notes.md'], { cwd })).code).toBe(0);
    expect((await runMain(['--config', 'ci/lenient.json', '--max-warnings', '0', 'notes.md'], { cwd })).code).toBe(1);
  });

  it('--output-file writes the report (without colour) instead of stdout', async ({ expect }) => {
    const cwd = projects.create({ 'notes.md': INCOMPLETE_EN, 'out/.keep': '' });
    const run = await runCli(['-f', 'json', '-o', 'out/report.json', 'notes.md'], { cwd, env: { FORCE_COLOR: '1' } });
    expect(run).toEqual({ code: 1, stdout: '', stderr: '' });
    expect(json(readFileSync(path.join(cwd, 'out/report.json'), 'utf8'))[0].filePath).toBe(path.join(cwd, 'notes.md'));

    await runMain(['--output-file', 'out/report.txt', 'notes.md'], { cwd, env: { FORCE_COLOR: '1' } });
    const text = readFileSync(path.join(cwd, 'out/report.txt'), 'utf8');
    expect(text).toContain('Missing the results section');
    expect(text).not.toContain(ESC);
  });

  it('--output-file replaces the report only when the run completes, keeping its permissions', async ({ expect }) => {
    const cwd = projects.create({ 'notes.md': INCOMPLETE_EN, 'out/report.json': 'the old report\n' });
    const report = path.join(cwd, 'out/report.json');
    chmodSync(report, 0o640);
    // An unknown --suppress-rule id is found after linting, while the report is being written.
    const failed = await runMain(['-f', 'json', '-o', 'out/report.json', '--suppress-rule', 'no-such-rule', 'notes.md'], { cwd });
    expect(failed.code).toBe(2);
    expect(readFileSync(report, 'utf8')).toBe('the old report\n');
    expect(readdirSync(path.join(cwd, 'out'))).toEqual(['report.json']);

    expect((await runMain(['-f', 'json', '-o', 'out/report.json', 'notes.md'], { cwd })).code).toBe(1);
    expect(json(readFileSync(report, 'utf8'))).toHaveLength(1);
    expect(statSync(report).mode & 0o777).toBe(0o640);
    expect(readdirSync(path.join(cwd, 'out'))).toEqual(['report.json']);
  });

  it('--output-file into a missing folder is an error (exit 2) before linting', async ({ expect }) => {
    const cwd = projects.create({ 'notes.md': INCOMPLETE_EN });
    const run = await runCli(['-o', 'missing/report.txt', 'notes.md'], { cwd });
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'summarylint: Cannot write the report to "missing/report.txt": the folder "missing" does not exist.\n',
    });
    expect(existsSync(path.join(cwd, 'missing'))).toBe(false);
    const folder = await runMain(['-o', '.', 'notes.md'], { cwd });
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('it is a folder');
  });

  it('the bundle ships with a V8 code cache that this Node accepts', async ({ expect }) => {
    // What bin/summarylint.js does with it: a rejected cache would still run, only slower, so check it here.
    const check = [
      "const { readFileSync } = require('node:fs');",
      "const { wrap } = require('node:module');",
      "const vm = require('node:vm');",
      `const bundle = ${JSON.stringify(path.join(ROOT, 'dist/bundle/cli.cjs'))};`,
      "const script = new vm.Script(wrap(readFileSync(bundle, 'utf8')), { filename: bundle, cachedData: readFileSync(bundle + '.cache') });",
      'console.log(script.cachedDataRejected);',
    ].join('\n');
    expect(await runCommand(process.execPath, ['-e', check], { cwd: ROOT })).toEqual({ code: 0, stdout: 'false\n', stderr: '' });
  });

  it('the bundle is ASCII only, so Node holds it as one-byte text', ({ expect }) => {
    const bundle = readFileSync(path.join(ROOT, 'dist/bundle/cli.cjs'), 'utf8');
    expect(bundle.match(/[^\0-\x7f]/g) ?? []).toEqual([]);
    // The Chinese of the word lists and expressions is there, escaped.
    expect(bundle).toContain('\\u5e74');
  });

  it('--version and --help', async ({ expect }) => {
    const cwd = projects.create({});
    expect(await runCli(['--version'], { cwd })).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
    expect(await runMain(['-v'], { cwd })).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
    const help = await runMain(['--help'], { cwd });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: summarylint \[options\] \[paths or globs\.\.\.\]/);
    for (const flag of ['--config', '--no-config-lookup', '--rule', '--lang', '--format', '--output-file', '--quiet', '--max-warnings', '--stdin', '--stdin-filename', '--print-config', '--ignore-pattern', '--no-ignore', '--no-warn-ignored', '--report-unused-disable-directives', '--color', '--no-color', '--fix', '--fix-dry-run', '--report-file']) {
      expect(help.stdout).toContain(flag);
    }
  });

  it('--report-unused-disable-directives reports directives that suppress nothing, as errors', async ({ expect }) => {
    const unused = `${CLEAN_EN}\n<!-- summarylint-disable-next-line require-sections -- not needed -->\nThe next report is due on 30 April.\n`;
    const used = `<!-- summarylint-disable-file require-sections -- notes, not a report -->\n${INCOMPLETE_EN}`;
    const cwd = projects.create({ 'unused.md': unused, 'used.md': used });
    expect((await runMain(['unused.md', 'used.md'], { cwd })).code).toBe(0);
    const run = await runCli(['--report-unused-disable-directives', '-f', 'json', 'unused.md', 'used.md'], { cwd });
    expect(run.code).toBe(1);
    const [unusedResult, usedResult] = json(run.stdout);
    expect(ruleMessages(unusedResult, null)).toEqual([
      expect.objectContaining({
        ruleId: null,
        severity: 2,
        level: 'error',
        line: unused.split('\n').findIndex((line) => line.startsWith('<!-- summarylint-disable-next-line')) + 1,
        message: expect.stringContaining('Unused summarylint-disable-next-line'),
      }),
    ]);
    expect(ruleMessages(usedResult, null)).toEqual([]);
    expect(ruleMessages(usedResult, 'require-sections')).toEqual([]);
  });
});

describe.concurrent('robustness', () => {
  it('`| head -1` ends quietly (EPIPE on stdout)', async ({ expect }) => {
    // Enough findings for a report far larger than a pipe buffer (64 KiB), so writing hits the closed pipe.
    const many = Array.from({ length: 2000 }, (_, i) => `<!-- summarylint-disable-next-line require-sections -->\nLine ${i}.\n`).join('\n');
    const cwd = projects.create({ 'big.md': `# Big report\n\n${many}` });
    const script = `"${process.execPath}" "${BIN}" --report-unused-disable-directives big.md | head -1; echo "status=\${PIPESTATUS[0]}"`;
    const run = await runCommand('bash', ['-c', script], { cwd });
    expect(run.stdout).toBe('big.md\nstatus=1\n');
    expect(run.stderr).toBe('');
  });

  it('the bundled examples lint clean under the recommended preset', async ({ expect }) => {
    const run = await runCli(['--no-config-lookup', 'examples/monthly-report.md', 'examples/zh-weekly-report.md'], { cwd: ROOT });
    expect(run).toEqual({ code: 0, stdout: '2 files checked: 0 errors, 0 warnings\n', stderr: '' });
  });
});
