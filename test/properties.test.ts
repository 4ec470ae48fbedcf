// Properties over random Markdown built from real fragments: the linter never throws, every finding lies
// inside the document, findings are sorted, and linting is deterministic.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { resolveConfig } from '../src/config/index.js';
import { lintDocument } from '../src/engine/run.js';

const fragments = [
  '# 2026年度工作总结', '## Results', '## 存在的问题', '### What went wrong', '一、总体情况', '（二）主要成绩', '1、回款周期延长到75天',
  '**Lessons learned**', '下周计划：', 'First, next steps', 'I. Overview', '- [ ] Fix the build', '- [x] Done', '- 由王敏负责，11月30日前完成',
  '  - nested item', '1. ordered', '（1）第一项', '①子项', '| Action | Owner |\n| --- | --- |\n| Fix | @kim |', '```\ncode 12%\n```',
  '<!-- summarylint-disable -->', '<!-- summarylint-enable -->', '<!-- summarylint-disable-next-line require-sections -->',
  '---\ntitle: Weekly\n---', '> quoted 有所提升', 'Sales improved significantly.', '销售额有所提升，客户满意度明显提高。',
  'Revenue grew 12% to $1.2M because of 3 deals.', '尽快完成，进一步加强管理', 'TODO: follow up', '待办：补充文档',
  'Text with **bold** and [link](http://x.test) and `code`.', '😀 emoji 👨‍👩‍👧 ZWJ', 'עברית RTL text', 'e\u0301 combining', '𠀀𠀁 ext-B',
  '\t', '\r\n', '', '***', '<div>html</div>', '[ref]: http://x.test', '\\*escaped\\*', '&amp; &#x4E2D;',
];

const markdown = fc
  .array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 25 })
  .chain((parts) => fc.array(fc.constantFrom('\n', '\n\n', ' ', '\r\n'), { minLength: parts.length, maxLength: parts.length }).map((seps) => parts.map((p, i) => p + seps[i]).join('')));

const config = resolveConfig({ rules: Object.fromEntries(Object.keys(builtinRules).map((id) => [id, 'warn'])) }, 'p.md');
const lint = (text: string) => lintDocument(text, { config, rules: builtinRules, filePath: 'p.md' });
const RUNS = 1000;
// 1,000 runs take a few seconds, more on a busy two-core machine; how long is the benchmark's business
// (npm run bench), not a reason for this test to fail.
vi.setConfig({ testTimeout: 120_000 });

describe('properties of linting random Markdown', () => {
  it('never throws, and every finding lies inside the document with consistent positions', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        const result = lint(text);
        const lines = text.split(/\r\n|\r|\n/);
        for (const f of result.findings) {
          expect(f.fatal, f.message).toBeFalsy();
          expect(f.range[0]).toBeGreaterThanOrEqual(0);
          expect(f.range[1]).toBeLessThanOrEqual(text.length);
          expect(f.range[0]).toBeLessThanOrEqual(f.range[1]);
          expect(f.line).toBeGreaterThanOrEqual(1);
          expect(f.line).toBeLessThanOrEqual(lines.length);
          expect(f.column).toBeLessThanOrEqual(lines[f.line - 1].length + 1);
          expect(f.endLine * 1e6 + f.endColumn).toBeGreaterThanOrEqual(f.line * 1e6 + f.column);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('reports findings sorted by position, and the same findings alone or after other files', () => {
    fc.assert(
      fc.property(markdown, markdown, (text, other) => {
        const first = lint(text).findings;
        const offsets = first.map((f) => f.range[0]);
        expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
        lint(other);
        expect(lint(text).findings).toEqual(first);
      }),
      { numRuns: RUNS },
    );
  });

  it('quotes document text that is found at the reported place', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        for (const f of lint(text).findings) {
          for (const key of ['phrase', 'claim']) {
            const quoted = f.data[key];
            if (typeof quoted === 'string') expect(text.slice(f.range[0], f.range[1])).toContain(quoted);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });
});
