// The programmatic API and the engine's pipeline: directives, locale, rule failures, unreadable files.
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineRule, lintFiles, lintText } from '../src/index.js';
import { lintDocument } from '../src/engine/run.js';
import { resolveConfig } from '../src/config/index.js';
import type { UserConfig } from '../src/types.js';
import { builtinRules } from '../rules/index.js';
import sections from '../rules/require-sections.js';

// Only the structure rule, so these tests do not depend on the prose rules' vocabulary.
const onlySections: UserConfig = { rules: Object.fromEntries(Object.keys(builtinRules).filter((id) => id !== 'require-sections').map((id) => [id, 'off'])) };
const missingAll = '# Notes\n\nText.\n';
const ids = (r: { findings: Array<{ ruleId: string | null; line: number }> }) => r.findings.map((f) => `${f.ruleId}:${f.line}`);

describe('inline directives', () => {
  it('disable-file turns a rule off for the whole file', async () => {
    const r = await lintText(`<!-- summarylint-disable-file require-sections -- notes -->\n${missingAll}`, { config: {} });
    expect(r.findings.filter((f) => f.ruleId === 'require-sections')).toEqual([]);
    expect(r.suppressedCount).toBe(3);
  });

  it('disable and enable bound a region; disable-next-line and disable-line cover one line', async () => {
    const rule = defineRule({
      meta: { ...sections.meta, id: 'every-line' },
      check(doc, context) {
        for (const b of doc.blocks) context.report({ messageId: 'missing', range: b.range, data: { section: 'x', heading: 'y' } });
      },
    });
    const text = 'a\n\n<!-- summarylint-disable every-line -->\n\nb\n\n<!-- summarylint-enable every-line -->\n\nc\n\n<!-- summarylint-disable-next-line -->\nd\n\ne <!-- summarylint-disable-line every-line -->\n\nf\n';
    const config = resolveConfig({ rules: { 'require-sections': 'off' } }, 'x.md');
    config.rules['every-line'] = { level: 'warn', options: {} };
    const result = lintDocument(text, { config, rules: { 'every-line': rule } });
    expect(ids(result)).toEqual(['every-line:1', 'every-line:9', 'every-line:16']);
  });

  it('reports unknown rule ids and, when asked, directives that suppressed nothing', async () => {
    const text = `<!-- summarylint-disable-next-line require-sectoins -->\n<!-- summarylint-disable-line require-sections -->\n${missingAll}`;
    const r = await lintText(text, { config: onlySections, reportUnusedDisableDirectives: 'error' });
    const engine = r.findings.filter((f) => f.ruleId === null).map((f) => f.message);
    expect(engine).toEqual([
      // A misspelt id is reported once, with the nearest known id, and not called unused as well.
      'Unknown rule "require-sectoins" in summarylint-disable-next-line comment: did you mean "require-sections"?',
      'Unused summarylint-disable-line directive (no problems were reported from "require-sections")',
    ]);
  });

  it("speaks the document's language about directives too", async () => {
    const text = '<!-- summarylint-disable require-sectoins -->\n<!-- summarylint-disable-next-line no-vague-wording -->\n# 周报\n\n正文。\n';
    const r = await lintText(text, { config: onlySections, reportUnusedDisableDirectives: 'error' });
    expect(r.findings.filter((f) => f.ruleId === null).map((f) => f.message)).toEqual([
      'summarylint-disable 注释里的规则“require-sectoins”不存在：是不是“require-sections”？',
      '未起作用的 summarylint-disable-next-line 注释（"no-vague-wording" 没有报告任何问题）',
    ]);
  });
});

describe('messages', () => {
  it('follow the document: English, Simplified or Traditional Chinese, unless locale is set', async () => {
    const en = await lintText(missingAll, { config: onlySections });
    const hans = await lintText('# 笔记\n\n正文。\n', { config: onlySections });
    const hant = await lintText('# 筆記\n\n這是正文，說明問題。\n', { config: onlySections });
    const forced = await lintText('# 笔记\n\n正文。\n', { config: { ...onlySections, locale: 'en' } });
    expect(en.findings[0].message).toMatch(/^Missing the results section/);
    expect(hans.findings[0].message).toMatch(/^缺少“主要成果”部分/);
    expect(hant.findings[0].message).toMatch(/^缺少“主要成果”部分：請添加/);
    expect(forced.findings[0].message).toMatch(/^Missing/);
  });
});

describe('failures stay contained', () => {
  it('a rule that throws is reported as a fatal finding for that file while other rules still run', () => {
    const boom = defineRule({ meta: { ...sections.meta, id: 'boom' }, check() { throw new Error('kaput'); } });
    const config = resolveConfig({}, 'x.md');
    config.rules.boom = { level: 'warn', options: {} };
    const result = lintDocument(missingAll, { config, rules: { ...builtinRules, boom } });
    const fatal = result.findings.find((f) => f.ruleId === 'boom');
    expect(fatal).toMatchObject({ fatal: true, severity: 'error', message: 'Rule "boom" failed on this file: kaput' });
    expect(result.findings.some((f) => f.ruleId === 'require-sections')).toBe(true);
  });

  it('a report outside the document fails that rule, not the run', () => {
    const outside = defineRule({ meta: { ...sections.meta, id: 'outside' }, check(_doc, c) { c.report({ messageId: 'missing', range: [0, 10_000], data: { section: 'a', heading: 'b' } }); } });
    const config = resolveConfig({ rules: { 'require-sections': 'off' } }, 'x.md');
    config.rules.outside = { level: 'warn', options: {} };
    const result = lintDocument('short', { config, rules: { outside } });
    expect(result.findings[0].message).toMatch(/points outside the document/);
  });

  it('lintFiles reports an unreadable file as fatal and still lints the others', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'summarylint-api-'));
    writeFileSync(path.join(dir, 'good.md'), missingAll);
    writeFileSync(path.join(dir, 'locked.md'), missingAll);
    chmodSync(path.join(dir, 'locked.md'), 0o000);
    const { results } = await lintFiles([dir], { cwd: dir, useConfigLookup: false });
    const byName = Object.fromEntries(results.map((r) => [path.basename(r.filePath), r]));
    expect(byName['good.md'].findings.length).toBeGreaterThan(0);
    if (process.getuid?.() !== 0) {
      expect(byName['locked.md'].findings).toMatchObject([{ fatal: true, ruleId: null }]);
    }
  });
});

