// Hostile and extreme input through the built CLI: huge files and lines, Unicode that breaks naive column
// arithmetic, vocabulary entries shaped like catastrophic regexes, plugins that fail, and a check that a full run
// writes to no input file.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, it, vi } from 'vitest';
import { CLEAN_EN, ROOT, runCli, TempProjects, withoutNotes } from '../support/cli.js';

vi.setConfig({ testTimeout: 120_000 });
const projects = new TempProjects();
afterAll(() => projects.cleanup());

type Message = { ruleId: string | null; severity: number; message: string; fatal?: boolean; line: number; column: number; endLine: number; endColumn: number; data: Record<string, unknown> };
type Result = { filePath: string; messages: Message[] };
const byName = (stdout: string): Record<string, Message[]> =>
  Object.fromEntries((JSON.parse(stdout) as Result[]).map((r) => [path.basename(r.filePath), r.messages]));

/** The words a finding quotes, when it quotes words at its own position. */
const quoted = (m: Message) => (m.data.phrase ?? m.data.claim) as string | undefined;

describe.concurrent('huge input', () => {
  it('a 50 MB file is skipped by default with a warning naming its size; the other files are still linted', async ({ expect }) => {
    const cwd = projects.create({ 'good.md': CLEAN_EN });
    const paragraph = 'Sales improved a lot this month and the team made significant progress. '.repeat(14) + '\n\n';
    writeFileSync(path.join(cwd, 'huge.md'), `# Huge\n\n${paragraph.repeat(Math.ceil((50 * 1024 * 1024) / paragraph.length))}`);
    const run = await runCli(['--format', 'json', 'good.md', 'huge.md'], { cwd });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0); // a skipped file is a warning; good.md is clean
    expect(byName(run.stdout)).toEqual({
      'good.md': [],
      'huge.md': [expect.objectContaining({ ruleId: null, severity: 1, message: 'File skipped: 50.0 MB is over the 10.0 MB limit (--max-file-size)' })],
    });
  });

  it('--max-file-size sets the limit; a bad size is a usage error', async ({ expect }) => {
    const cwd = projects.create({ 'good.md': CLEAN_EN, 'big.md': `${CLEAN_EN}\n${'Sales grew. '.repeat(20_000)}\n` });
    const run = await runCli(['--format', 'json', '--max-file-size', '100KB', '.'], { cwd });
    expect(byName(run.stdout)['big.md']).toMatchObject([{ message: expect.stringMatching(/^File skipped: [\d.]+ KB is over the 100(\.0)? KB limit/) }]);
    const bad = await runCli(['--max-file-size', 'lots', '.'], { cwd });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--max-file-size/);
  });

  it('a single 2 MB line is linted, and a finding at its far end points at the right column', async ({ expect }) => {
    const sentence = 'Revenue rose 5% to $2.1M because the new plan sold well. 收入增长5%，原因是新套餐销量好。 ';
    const line = `${sentence.repeat(Math.ceil(2_000_000 / sentence.length))}Overall we made significant progress.`;
    const cwd = projects.create({ 'line.md': `# Sales report, May 2026\n\n## Results\n\n${line}\n` });
    const run = await runCli(['--format', 'json', '--rule', 'require-sections:off', 'line.md'], { cwd });
    expect(run.stderr).toBe('');
    const vague = byName(run.stdout)['line.md'].filter((m) => m.ruleId === 'no-vague-wording');
    expect(vague).toHaveLength(1);
    expect(vague[0]).toMatchObject({ line: 5, column: line.length - 'significant progress.'.length + 1, data: { phrase: 'significant progress' } });
  });
});

describe('Unicode that breaks column arithmetic', () => {
  // Each prefix is followed by a vague phrase: the finding must quote exactly the phrase at its columns,
  // which never start or end inside a surrogate pair.
  const prefixes: Record<string, string> = {
    'emoji and surrogate pairs': '🚀📈 ',
    'zero-width joiners': '👩‍💻 team 👨‍👩‍👧‍👦 ',
    'right-to-left text': 'שלום עולם مرحبا ‏ ',
    'combining marks': 'Café re\u0301sume\u0301 Zoë ',
    'Han extension B': '𠀀𠮷𪚥 ',
  };
  it('positions stay within the line and point at the quoted characters', async ({ expect }) => {
    const body = Object.values(prefixes)
      .flatMap((p) => [`- ${p}We made significant progress on checkout.`, `- ${p}销售额有所提升。`])
      .join('\n');
    const text = `# Report, May 2026\n\n## Results\n\n${body}\n`;
    const cwd = projects.create({ 'unicode.md': text });
    const run = await runCli(['--format', 'json', '--rule', 'require-sections:off', 'unicode.md'], { cwd });
    const lines = text.split('\n');
    const messages = byName(run.stdout)['unicode.md'].filter((m) => quoted(m) !== undefined);
    // Every line of the body carries one vague phrase (and the Chinese ones an unquantified claim too).
    expect(new Set(messages.filter((m) => m.ruleId === 'no-vague-wording').map((m) => m.line)).size).toBe(2 * Object.keys(prefixes).length);
    for (const m of messages) {
      const line = lines[m.line - 1];
      expect(m.endLine).toBe(m.line);
      expect(m.endColumn - 1).toBeLessThanOrEqual(line.length);
      expect(line.slice(m.column - 1, m.endColumn - 1)).toBe(quoted(m));
      for (const column of [m.column - 1, m.endColumn - 1]) {
        const code = line.charCodeAt(column);
        expect(code >= 0xdc00 && code <= 0xdfff, `column ${column + 1} of line ${m.line} splits a surrogate pair`).toBe(false);
      }
    }
  });
});

describe.concurrent('vocabulary entries cannot make the linter backtrack', () => {
  it('an entry shaped like a catastrophic regex is matched as literal text, not run as a pattern', async ({ expect }) => {
    const config = { vocabulary: { en: { vague: { add: ['(a+)+$', '.*'] } } } };
    // 30,000 a's and a mismatch: the input that takes /(a+)+$/ longer than the age of the universe.
    const text = `# Report, May 2026\n\n## Results\n\n${'a'.repeat(30_000)}!\n\nWe closed the (a+)+$ tickets.\n`;
    const cwd = projects.create({ '.summarylintrc.json': JSON.stringify(config), 'redos.md': text });
    const run = await runCli(['--format', 'json', '--rule', 'require-sections:off', 'redos.md'], { cwd, timeout: 30_000 });
    expect(run.stderr).toBe('');
    const vague = byName(run.stdout)['redos.md'].filter((m) => m.ruleId === 'no-vague-wording');
    expect(vague.map((m) => [m.line, m.data.phrase])).toEqual([[7, '(a+)+$']]);
  });
});

describe.concurrent('one huge paragraph', () => {
  it('300,000 sentences in one paragraph: every rule reads them without overflowing the stack', async ({ expect }) => {
    // A pasted summary with no line breaks is one paragraph; no rule may pass its sentences as one call's arguments.
    const cwd = projects.create({ 'one.md': `# Notes\n\n${'We shipped 3 builds. '.repeat(300_000)}\n` });
    const run = await runCli(['--format', 'json', '--concurrency', 'off', 'one.md'], { cwd, timeout: 110_000 });
    expect(withoutNotes(run.stderr)).toBe('');
    expect(byName(run.stdout)['one.md'].filter((m) => m.fatal)).toEqual([]);
  });
});

describe.concurrent('huge vocabularies', () => {
  it('200,000 entries for one concept lint without overflowing the stack', async ({ expect }) => {
    const add = Array.from({ length: 200_000 }, (_, i) => `word${i}`);
    const cwd = projects.create({ 'r.md': '# Notes\n\nword12345 is here.\n', '.summarylintrc.json': JSON.stringify({ vocabulary: { en: { vague: { add } } } }) });
    const run = await runCli(['--format', 'json', 'r.md'], { cwd });
    expect(withoutNotes(run.stderr)).toBe('');
    expect(byName(run.stdout)['r.md'].filter((m) => m.ruleId === 'no-vague-wording').map(quoted)).toEqual(['word12345']);
  });
});

describe.concurrent('plugins that fail', () => {
  const plugin = `export default { rules: {
    boom: { meta: { id: 'boom', description: 'throws', level: 'warn', schema: { type: 'object', properties: {} }, messages: { x: 'x' } }, check() { throw new Error('kaput'); } },
    far: { meta: { id: 'far', description: 'reports outside', level: 'warn', schema: { type: 'object', properties: {} }, messages: { x: 'far away' } }, check(doc, context) { context.report({ messageId: 'x', range: [0, doc.text.length + 100] }); } },
  } };\n`;

  it('a rule that throws, or reports outside the document, fails for that file (exit 2) while other rules and files run', async ({ expect }) => {
    const cwd = projects.create({
      '.summarylintrc.json': JSON.stringify({ plugins: ['./plugin.mjs'] }),
      'plugin.mjs': plugin,
      'a.md': CLEAN_EN,
      'b.md': '# Notes\n\nWe made significant progress.\n',
    });
    const run = await runCli(['--format', 'json', 'a.md', 'b.md'], { cwd });
    expect(run.code).toBe(2);
    expect(withoutNotes(run.stderr)).toBe('summarylint: 2 files could not be linted completely (see the report).\n');
    const results = byName(run.stdout);
    for (const name of ['a.md', 'b.md']) {
      const fatal = results[name].filter((m) => m.fatal);
      expect(fatal.map((m) => m.ruleId).sort()).toEqual(['boom', 'far']);
      expect(fatal.find((m) => m.ruleId === 'boom')?.message).toBe('Rule "boom" failed on this file: kaput');
      expect(fatal.find((m) => m.ruleId === 'far')?.message).toMatch(/^Rule "far" failed on this file: report "x" points outside the document/);
    }
    // The built-in rules still ran on b.md.
    expect(results['b.md'].some((m) => m.ruleId === 'require-sections')).toBe(true);
    expect(results['b.md'].some((m) => m.ruleId === 'no-vague-wording')).toBe(true);
  });
});

describe('nothing is written to an input file', () => {
  /** Path → content hash and mtime, for every file under the folders. */
  function snapshot(dirs: string[]): Map<string, string> {
    const out = new Map<string, string>();
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (entry.isFile()) out.set(file, `${createHash('sha256').update(readFileSync(file)).digest('hex')} ${statSync(file).mtimeMs}`);
      }
    };
    for (const dir of dirs) walk(dir);
    return out;
  }

  it('a full run over the shared corpus, the fixtures and the examples leaves every file as it was', async ({ expect }) => {
    const shared = path.resolve(ROOT, '../shared/corpus');
    if (!existsSync(shared)) console.warn(`${shared} is absent: the run covers the fixtures and examples only.`);
    const dirs = [shared, path.join(ROOT, 'fixtures'), path.join(ROOT, 'examples')].filter((dir) => existsSync(dir));
    const before = snapshot(dirs);
    expect(before.size).toBeGreaterThan(100);
    const cache = path.join(projects.create({}), 'cache');
    // The default report, and a cached run (the one mode that writes files of its own).
    for (const args of [[], ['--format', 'json', '--cache', '--cache-location', cache]]) {
      const run = await runCli([...args, '--no-ignore', ...dirs], { cwd: ROOT });
      expect(run.code).not.toBe(2);
    }
    expect(snapshot(dirs)).toEqual(before);
  });
});
