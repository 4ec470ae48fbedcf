// summarylint as a unified plugin (`summarylint/unified`): in a processor of one's own, and under the real remark-cli,
// which a team may already run (and the remark language server runs the same way).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { afterAll, describe, expect, it } from 'vitest';
import { lintText } from '../src/lint.js';
import summarylint from '../src/unified.js';
import { childEnv, ROOT } from './support/cli.js';

const SLOPPY = path.join(ROOT, 'examples/sloppy-review.md');
const CLEAN = path.join(ROOT, 'examples/monthly-report.md');

describe('the unified plugin', () => {
  it('writes what the CLI finds as vfile messages with ruleId, source, url, place and severity', async () => {
    const text = readFileSync(SLOPPY, 'utf8');
    const file = new VFile({ value: text, path: SLOPPY });
    const processor = unified().use(remarkParse).use(remarkFrontmatter).use(summarylint, { config: {} });
    await processor.run(processor.parse(file), file);
    const expected = (await lintText(text, { filePath: SLOPPY, config: {} })).findings;
    expect(expected.length).toBeGreaterThan(5);
    expect(file.messages.map((m) => [m.ruleId, m.line, m.column, m.reason, m.fatal])).toEqual(
      expected.map((f) => [f.ruleId, f.line, f.column, f.message, f.severity === 'error' ? true : f.severity === 'warn' ? false : undefined]),
    );
    for (const message of file.messages) {
      expect(message.source).toBe('summarylint');
      expect(message.url).toMatch(/^https:\/\/.*docs\/rules\/[a-z-]+\.md$/);
      expect(message.place).toMatchObject({ start: { offset: expect.any(Number) }, end: { offset: expect.any(Number) } });
    }
  });

  it('with no options, uses the summarylint config that applies to the file', async () => {
    const dir = mkdtempSync(path.join(ROOT, '.test-unified-'));
    try {
      writeFileSync(path.join(dir, '.summarylintrc.json'), '{ "rules": { "require-sections": "off" } }\n');
      const file = new VFile({ value: readFileSync(SLOPPY, 'utf8'), path: path.join(dir, 'report.md'), cwd: dir });
      const processor = unified().use(remarkParse).use(summarylint);
      await processor.run(processor.parse(file), file);
      const rules = new Set(file.messages.map((m) => m.ruleId));
      expect(rules.size).toBeGreaterThan(1);
      expect(rules).not.toContain('require-sections');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('under remark-cli', () => {
  // Inside the package, so that `summarylint/unified` resolves to this package by its own name (as it would from a
  // project that installed it).
  const dir = mkdtempSync(path.join(ROOT, '.test-remark-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(path.join(dir, '.remarkrc.json'), JSON.stringify({ plugins: ['remark-frontmatter', 'summarylint/unified'] }));
  writeFileSync(path.join(dir, 'sloppy.md'), readFileSync(SLOPPY));
  writeFileSync(path.join(dir, 'clean.md'), readFileSync(CLEAN));
  const remark = (file: string) =>
    spawnSync(process.execPath, [path.join(ROOT, 'node_modules/remark-cli/cli.js'), file, '--frail', '--no-color', '--quiet'], { cwd: dir, encoding: 'utf8', env: childEnv() });

  it('reports summarylint findings with their rule ids and fails the run on them (--frail)', () => {
    const run = remark('sloppy.md');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('sloppy.md');
    for (const id of ['require-sections', 'no-vague-wording', 'require-action-owner']) expect(run.stderr).toMatch(new RegExp(`${id}\\s+summarylint`));
  });

  it('passes a clean summary', () => {
    const run = remark('clean.md');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
