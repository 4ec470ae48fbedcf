// Encodings and line endings, through the built CLI's JSON report: whatever the bytes, the findings are the same
// as for the plain UTF-8, LF version of the file, at the same lines and columns.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, it, vi } from 'vitest';
import { ROOT, runCli, runMain, TempProjects } from '../support/cli.js';

vi.setConfig({ testTimeout: 60_000 });
const projects = new TempProjects();
afterAll(() => projects.cleanup());

/** A weak summary: findings of several rules, on many lines. */
const SLOPPY = readFileSync(path.join(ROOT, 'examples/sloppy-review.md'), 'utf8');
const SLOPPY_ZH = readFileSync(path.join(ROOT, 'examples/zh-sloppy-review.md'), 'utf8');

type Message = { ruleId: string | null; message: string; line: number; column: number; endLine: number; endColumn: number; data: Record<string, unknown> };
const report = (stdout: string) => JSON.parse(stdout) as Array<{ filePath: string; messages: Message[] }>;
const placeOf = (m: Message) => ({ ruleId: m.ruleId, message: m.message, line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn });

/** Lint files given as bytes; the messages of each, by name. */
async function lintBytes(files: Record<string, Uint8Array>): Promise<Record<string, Message[]>> {
  const cwd = projects.create({});
  for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(cwd, name), bytes);
  const run = await runCli(['--format', 'json', '--no-config-lookup', ...Object.keys(files)], { cwd });
  if (run.stderr !== '') throw new Error(`unexpected stderr: ${run.stderr}`);
  return Object.fromEntries(report(run.stdout).map((r) => [path.basename(r.filePath), r.messages]));
}

const utf8 = (text: string) => Buffer.from(text, 'utf8');

describe.concurrent('encodings', () => {
  it('invalid UTF-8: linted with replacement characters, and a warning naming the first bad byte', async ({ expect }) => {
    const text = SLOPPY.replace('great year', 'great\u0000year'); // placeholder for the bad bytes, replaced below
    const [before, after] = text.split('\u0000');
    const bytes = Buffer.concat([utf8(before), Buffer.from([0xc3, 0x28, 0xff]), utf8(after)]);
    const { 'broken.md': messages, 'plain.md': plain } = await lintBytes({ 'broken.md': bytes, 'plain.md': utf8(SLOPPY) });
    const offset = Buffer.byteLength(before);
    expect(messages[0]).toMatchObject({ ruleId: null, line: 1, column: 1, message: `Invalid UTF-8 at byte ${offset}: the file was read with replacement characters (U+FFFD)` });
    // The rest of the file is linted as usual: the same rules fire (the broken words aside).
    const rules = (list: Message[]) => new Set(list.map((m) => m.ruleId).filter(Boolean));
    expect(rules(messages.slice(1))).toEqual(rules(plain));
  });

  it('UTF-8 with a BOM, UTF-16 LE and BE with a BOM: the same findings at the same places as plain UTF-8', async ({ expect }) => {
    for (const source of [SLOPPY, SLOPPY_ZH]) {
      const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(source, 'utf16le')]);
      const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(source, 'utf16le').swap16()]);
      const files = await lintBytes({ 'plain.md': utf8(source), 'bom.md': utf8(`\uFEFF${source}`), 'le.md': le, 'be.md': be });
      expect(files['plain.md'].length).toBeGreaterThan(5);
      for (const name of ['bom.md', 'le.md', 'be.md']) expect(files[name].map(placeOf), name).toEqual(files['plain.md'].map(placeOf));
    }
  });
});

describe.concurrent('line endings', () => {
  const endings: Record<string, (text: string) => string> = {
    'crlf.md': (text) => text.replaceAll('\n', '\r\n'),
    'cr.md': (text) => text.replaceAll('\n', '\r'),
    // The three kinds in turn; a CR is never followed by an LF break (across an empty line, the two would be one CRLF).
    'mixed.md': (text) => text.split('\n').reduce((out, line, i) => (i === 0 ? line : out + ['\r\n', '\n', '\r'][i % 3] + line), ''),
  };

  it('CRLF, CR-only and mixed line endings: the same findings, at the same lines and columns', async ({ expect }) => {
    for (const source of [SLOPPY, SLOPPY_ZH]) {
      const files = await lintBytes({ 'lf.md': utf8(source), ...Object.fromEntries(Object.entries(endings).map(([name, to]) => [name, utf8(to(source))])) });
      expect(files['lf.md'].length).toBeGreaterThan(5);
      for (const name of Object.keys(endings)) expect(files[name].map(placeOf), name).toEqual(files['lf.md'].map(placeOf));
    }
  });

  it('the quoted words are found at the reported line and columns, whatever the line endings', async ({ expect }) => {
    for (const [name, to] of Object.entries(endings)) {
      const text = to(SLOPPY);
      const cwd = projects.create({ [name]: text });
      const run = await runMain(['--format', 'json', '--no-config-lookup', name], { cwd });
      const lines = text.split(/\r\n|\r|\n/);
      const quoted = report(run.stdout)[0].messages.filter((m) => typeof m.data.phrase === 'string' || typeof m.data.claim === 'string');
      expect(quoted.length).toBeGreaterThan(5);
      for (const m of quoted) {
        expect(m.endLine).toBe(m.line);
        expect(lines[m.line - 1].slice(m.column - 1, m.endColumn - 1), name).toBe(m.data.phrase ?? m.data.claim);
      }
    }
  });
});
