// --fix and --fix-dry-run, and the fixes rules make: insert a missing section (require-sections) and remove a
// guidance line of `summarylint new` left in a filled-in section (no-placeholder).
import { readFileSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyFixes, fixText } from '../src/fix.js';
import type { Finding, Fix } from '../src/types.js';
import { insertSection, isTemplateLine, removeLines } from '../rules/utils/fixes.js';
import { buildDocument } from '../src/parse/document.js';
import { CompiledVocabulary } from '../src/vocabulary.js';
import { CLEAN_EN, runCli, runMain, TempProjects } from './support/cli.js';

const projects = new TempProjects();
const vocabulary = new CompiledVocabulary();
const parseSummary = (text: string) => buildDocument(text, { vocabulary });
afterAll(() => projects.cleanup());

const withFix = (fix: Fix): Finding => ({
  ruleId: 'x', severity: 'warn', message: 'm', line: 1, column: 1, endLine: 1, endColumn: 1, range: [0, 0], data: {}, fix,
});

describe('applyFixes', () => {
  it('applies fixes in order of position, whatever order they come in', () => {
    const findings = [withFix({ range: [6, 11], text: 'there' }), withFix({ range: [0, 5], text: 'Hi' })];
    expect(applyFixes('hello world', findings)).toEqual({ text: 'Hi there', applied: 2 });
  });

  it('leaves a fix that overlaps an earlier one, or a second insertion at the same place, for the next pass', () => {
    expect(applyFixes('abcdef', [withFix({ range: [1, 4], text: 'X' }), withFix({ range: [3, 5], text: 'Y' })])).toEqual({ text: 'aXef', applied: 1 });
    expect(applyFixes('ab', [withFix({ range: [1, 1], text: 'X' }), withFix({ range: [1, 1], text: 'Y' })])).toEqual({ text: 'aXb', applied: 1 });
  });

  it('applies the same edit once', () => {
    const fix: Fix = { range: [0, 2], text: '' };
    expect(applyFixes('abc', [withFix(fix), withFix({ ...fix })])).toEqual({ text: 'c', applied: 1 });
  });
});

describe('removeLines', () => {
  const text = 'Intro\n\n- keep\n- drop me\n- keep too\n\nLast\n';
  const at = (word: string): [number, number] => [text.indexOf(word), text.indexOf(word) + word.length];

  it('removes the whole line of a list item, marker and all', () => {
    const fix = removeLines(text, at('drop me'))!;
    expect(text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1])).toBe('Intro\n\n- keep\n- keep too\n\nLast\n');
  });

  it('refuses when other text shares the line, or when a deeper line (a child) follows', () => {
    expect(removeLines(text, at('drop'))).toBeUndefined();
    expect(removeLines('- parent\n  - child\n', [2, 8])).toBeUndefined();
  });

  it('takes a paragraph with the blank line after it, so no double blank line is left', () => {
    const doc = 'A\n\nguidance here\n\nB\n';
    const fix = removeLines(doc, [3, 16])!;
    expect(doc.slice(0, fix.range[0]) + doc.slice(fix.range[1])).toBe('A\n\nB\n');
  });
});

describe('template lines', () => {
  it('knows the guidance lines of `summarylint new`, in both languages, whoever is named as owner', () => {
    expect(isTemplateLine('- Replace this item: one result per item, with its number and the target, for example "Customer satisfaction rose from 86% to 91% (target: 90%)."')).toBe(true);
    expect(isTemplateLine('- Priya Shah to replace this item by 30 June: one action per item, with its owner, its date and its target, for example "cut the backlog to 20 tickets".')).toBe(true);
    expect(isTemplateLine('1. 请替换本条：每条写一项成果，写明数字和目标，例如“客户满意度由86%提高到91%（目标90%）。”')).toBe(true);
    expect(isTemplateLine('- Replace this item: revenue grew 5%')).toBe(false);
  });

  it('inserts a section before the first section that should follow it, at the depth of the other headings', () => {
    const text = '# Report\n\n## Results\n\nShipped 3 of 4.\n\n### Details\n\nx\n\n## Next steps\n\n- Dana to ship by 1 May\n';
    const fix = insertSection(parseSummary(text), 'problems', 'Problems', ['overview', 'results', 'problems', 'plan'], 'en');
    expect(fix.range[0]).toBe(text.indexOf('## Next steps'));
    expect(fix.text).toMatch(/^## Problems\n\n- Replace this item: one problem per item/);
    const zh = insertSection(parseSummary('# 週報\n\n## 主要成果\n\n完成3項。\n'), 'plan', '下週計劃', ['results', 'plan'], 'zh-Hant');
    expect(zh.text).toMatch(/^\n\n## 下週計劃\n\n1\. 負責人：王敏，6月30日前替換本條/u);
  });
});

describe('fixText', () => {
  it('fixes pass by pass until nothing is left to fix, and returns what remains', async () => {
    const { result, text } = await fixText('# Team update, March\n\nThe team shipped the new login page on 3 March.\n', { config: {} });
    for (const heading of ['## Results', '## Problems', '## Next steps']) expect(text).toContain(heading);
    expect(result.findings.filter((f) => f.ruleId === 'require-sections')).toEqual([]);
    expect(result.findings.some((f) => f.fix)).toBe(false);
  });
});

describe('--fix and --fix-dry-run', () => {
  const WEAK = '# Team update, March\n\nThe team shipped the new login page on 3 March.\n';

  it('--fix-dry-run prints a unified diff, writes nothing, and exits 1 when there is something to fix', async () => {
    const cwd = projects.create({ 'notes.md': WEAK, 'clean.md': CLEAN_EN });
    const run = await runCli(['--fix-dry-run', 'notes.md', 'clean.md'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^--- a\/notes\.md\n\+\+\+ b\/notes\.md\n@@ /);
    expect(run.stdout).toContain('+## Problems');
    expect(run.stdout).not.toContain('clean.md');
    expect(readFileSync(path.join(cwd, 'notes.md'), 'utf8')).toBe(WEAK);
    expect(await runMain(['--fix-dry-run', 'clean.md'], { cwd })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('--fix rewrites the file, keeping its mode and BOM, and reports what is left', async () => {
    const cwd = projects.create({ 'notes.md': WEAK });
    const file = path.join(cwd, 'notes.md');
    writeFileSync(file, '\ufeff' + WEAK);
    chmodSync(file, 0o640);
    const run = await runCli(['--fix', 'notes.md', '-f', 'json'], { cwd });
    const fixed = readFileSync(file, 'utf8');
    expect(fixed.startsWith('\ufeff# Team update, March')).toBe(true);
    expect(fixed).toContain('## Next steps');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    const [result] = JSON.parse(run.stdout);
    expect(result.messages.map((m: { ruleId: string }) => m.ruleId)).not.toContain('require-sections');
    expect(result.messages.some((m: { ruleId: string }) => m.ruleId === 'no-placeholder')).toBe(true);
    // A second run has nothing more to fix.
    expect((await runMain(['--fix-dry-run', 'notes.md'], { cwd })).stdout).toBe('');
  });

  it('never rewrites a UTF-16 file', async () => {
    const cwd = projects.create({});
    const file = path.join(cwd, 'notes.md');
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(WEAK, 'utf16le')]);
    writeFileSync(file, bytes);
    const run = await runMain(['--fix', 'notes.md'], { cwd });
    expect(run.stdout).toContain('Missing the');
    expect(readFileSync(file)).toEqual(bytes);
  });

  it('is a usage error with --stdin, or with both flags', async () => {
    const cwd = projects.create({});
    expect((await runMain(['--stdin', '--fix'], { cwd, input: WEAK })).code).toBe(2);
    expect((await runMain(['--fix', '--fix-dry-run', 'x.md'], { cwd })).stderr).toContain('either --fix or --fix-dry-run');
  });
});
