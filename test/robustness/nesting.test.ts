// Deep nesting and very many blocks: no stack overflow, no hang, positions still inside the document. The parser
// wrapper bounds nesting (`boundNesting`) without moving any offset, and the document model never sees more than
// about 100 levels, so neither its recursion nor the parser's can be reached.
import { describe, expect, it, vi } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { resolveConfig } from '../../src/config/index.js';
import { lintDocument } from '../../src/engine/run.js';
import { boundNesting, MAX_CONTAINER_PREFIX, parseMarkdown } from '../../src/parse/markdown.js';
import type { FileResult } from '../../src/types.js';
import { runCli, TempProjects, withoutNotes } from '../support/cli.js';
import { afterAll } from 'vitest';

vi.setConfig({ testTimeout: 120_000 });
const projects = new TempProjects();
afterAll(() => projects.cleanup());

const config = resolveConfig({}, 'deep.md');
const lint = (text: string) => lintDocument(text, { config, rules: builtinRules, filePath: 'deep.md' });

/** No fatal finding (a crash or a rule failure), every finding inside the document. */
function expectSound(result: FileResult, text: string): void {
  expect(result.findings.filter((f) => f.fatal).map((f) => f.message)).toEqual([]);
  const lines = text.split(/\r\n|\r|\n/).length;
  for (const f of result.findings) {
    expect(f.range[0]).toBeGreaterThanOrEqual(0);
    expect(f.range[1]).toBeLessThanOrEqual(text.length);
    expect(f.line).toBeLessThanOrEqual(lines);
  }
}

const LEVELS = 10_000;
const deep: Record<string, string> = {
  'bullet lists on one line': `${'- '.repeat(LEVELS)}Fix the build\n`,
  'ordered lists on one line': `${'1. '.repeat(LEVELS)}Fix the build\n`,
  'block quotes on one line': `${'>'.repeat(LEVELS)} Sales improved significantly.\n`,
  // One level more per line: 10,000 levels would be a 50 MB file, so 1,500 (1 MB) make the point.
  'block quotes, one level per line': Array.from({ length: 1_500 }, (_, i) => `${'>'.repeat(i + 1)} level ${i}`).join('\n'),
  'quotes and lists alternating': `${'> - '.repeat(LEVELS / 2)}deep item\n`,
  // Each level indented two more spaces: 1,000 levels make a 1 MB file (10,000 would be 100 MB).
  'a staircase of indented lists': Array.from({ length: 1_000 }, (_, i) => `${'  '.repeat(i)}- step ${i}`).join('\n'),
};

describe('deep nesting', () => {
  for (const [what, body] of Object.entries(deep)) {
    it(`${what}: linted without a stack overflow`, () => {
      const text = `# Deep\n\n${body}\n\n## Results\n\nWe made significant progress.\n`;
      const result = lint(text);
      expectSound(result, text);
      // The text after the deep part is still read: its vague wording is found at its own line.
      const vague = result.findings.filter((f) => f.ruleId === 'no-vague-wording' && f.data.phrase === 'significant progress');
      expect(vague.at(-1)?.line).toBe(text.split('\n').length - 1);
    });
  }

  it('10,000 nested lists through the built CLI: exit 1 (findings), not 2 (a crash)', async () => {
    const cwd = projects.create({ 'deep.md': `# Deep\n\n${deep['bullet lists on one line']}`, 'quotes.md': `# Quotes\n\n${deep['block quotes on one line']}` });
    const run = await runCli(['--format', 'json', '.'], { cwd, timeout: 100_000 });
    expect(withoutNotes(run.stderr)).toBe('');
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as Array<{ messages: Array<{ fatal?: boolean }> }>;
    expect(results.flatMap((r) => r.messages).filter((m) => m.fatal)).toEqual([]);
  });
});

describe('many blocks', () => {
  it('100,000 headings: no stack overflow, every section read', () => {
    const text = Array.from({ length: 100_000 }, (_, i) => `${'#'.repeat((i % 6) + 1)} Heading ${i}`).join('\n\n') + '\n\n## Next steps\n\n- Fix it soon\n';
    const result = lint(text);
    expectSound(result, text);
    // The plan at the very end is found: its action item lacks an owner.
    expect(result.findings.some((f) => f.ruleId === 'require-action-owner' && f.line === text.split('\n').length - 1)).toBe(true);
  });

  it('100,000 list items in one list', () => {
    const text = `# Plan\n\n## Next steps\n\n${Array.from({ length: 100_000 }, (_, i) => `- Task ${i}`).join('\n')}\n`;
    expectSound(lint(text), text);
  });
});

describe('boundNesting', () => {
  it('keeps the text as it is when nothing nests deeply (real summaries nest a few levels)', () => {
    const text = '# Plan\n\n- a\n  - b\n    - c\n      > quoted\n' + ' '.repeat(300) + 'indented code\n';
    expect(boundNesting(text)).toBe(text);
  });

  it('turns container markers past the limit into spaces, keeping every offset', () => {
    const text = `${'- '.repeat(200)}item\nnext line\n`;
    const bounded = boundNesting(text);
    expect(bounded).toHaveLength(text.length);
    expect(bounded.slice(0, MAX_CONTAINER_PREFIX)).toBe(text.slice(0, MAX_CONTAINER_PREFIX));
    expect(bounded.slice(MAX_CONTAINER_PREFIX, 400).trim()).toBe('');
    expect(bounded.slice(400)).toBe('item\nnext line\n');
  });

  it('leaves long thematic breaks alone', () => {
    const text = `${'- '.repeat(200)}\n`;
    expect(boundNesting(text)).toBe(text);
  });

  it('bounds the depth the parser sees', () => {
    let depth = 0;
    const walk = (node: { children?: unknown[] }, level: number): void => {
      depth = Math.max(depth, level);
      for (const child of node.children ?? []) walk(child as { children?: unknown[] }, level + 1);
    };
    walk(parseMarkdown(deep['bullet lists on one line']), 0);
    expect(depth).toBeLessThanOrEqual(2 * MAX_CONTAINER_PREFIX + 4); // a list and its item per level
  });
});
