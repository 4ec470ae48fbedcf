// `summarylint report` without a browser: the files it writes, what it refuses (exit 2, one clear line), and
// markup from documents escaped in the HTML it writes. The browser tests are in test/report-site.test.ts (e2e).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { JsonResult } from '../src/formatters/json.js';
import { runMain, TempProjects, writeFiles } from './support/cli.js';

vi.setConfig({ testTimeout: 60_000 });
const projects = new TempProjects();
afterAll(() => projects.cleanup());

const message = (ruleId: string, text: string, data: Record<string, unknown> = {}): JsonResult['messages'][number] => ({
  ruleId, severity: 1, level: 'warn', message: text, line: 2, column: 1, endLine: 2, endColumn: 5, data,
});

describe('summarylint report', () => {
  it('writes index.html, its assets and the documents from a results file, linking with the template', async () => {
    const cwd = projects.create({});
    const results: JsonResult[] = [
      { filePath: path.join(cwd, 'reports/ops/2026-10.md'), messages: [message('no-vague-wording', 'Vague <b>"many"</b>', { phrase: '<script>alert(1)</script>' })], errorCount: 0, warningCount: 1, infoCount: 0 },
      { filePath: path.join(cwd, 'reports/ops/2026-11.md'), messages: [], errorCount: 0, warningCount: 0, infoCount: 0 },
    ];
    writeFileSync(path.join(cwd, 'results.json'), JSON.stringify(results));
    const run = await runMain(['report', '--from', 'results.json', '-o', 'out', '--series-pattern', 'reports/{team}/{yyyy}-{mm}.md', '--link-template', 'https://git.example/{path}?plain=1#L{line}'], { cwd });
    expect(run).toEqual({ code: 0, stdout: 'Wrote the report of 2 documents to out/index.html\n', stderr: '' });

    const html = readFileSync(path.join(cwd, 'out/index.html'), 'utf8');
    expect(html).toContain('<div class="value" id="total-documents">2</div>');
    expect(html).toContain('<div class="value" id="clean-share">100%</div>');
    expect(html).toContain('<a href="https://git.example/reports/ops/2026-10.md?plain=1#L2">');
    // The series table: ops, two months, findings per document 0.5.
    expect(html).toMatch(/<tr data-key="ops"><th scope="row">ops<\/th><td class="num">2<\/td><td class="num">0.50<\/td>/);
    // Markup from the results is text: escaped in the HTML, `<` escaped in the data scripts.
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert');
    const data = readFileSync(path.join(cwd, 'out/data/docs-0001.js'), 'utf8');
    expect(data.startsWith('summarylintReport.addDocuments(0,[["reports/ops/2026-10.md","ops","2026-10","en",[[0,1,2,1,"Vague \\u003cb>')).toBe(true);
    expect(data).not.toContain('<');
    for (const asset of ['assets/report.js', 'assets/report.css', 'data/meta.js']) expect(readFileSync(path.join(cwd, 'out', asset), 'utf8').length).toBeGreaterThan(0);
  });

  it('shows the plan follow-up column once follow-up-plan findings are in the results', async () => {
    const cwd = projects.create({});
    const result = (month: string, messages: JsonResult['messages']): JsonResult => ({ filePath: path.join(cwd, `ops/2026-${month}.md`), messages, errorCount: 0, warningCount: messages.length, infoCount: 0 });
    const unanswered = message('follow-up-plan', 'Plan item "Retire the old cluster" from ops/2026-09.md:20 is not answered');
    writeFileSync(path.join(cwd, 'without.json'), JSON.stringify([result('09', []), result('10', [message('no-vague-wording', 'Vague')])]));
    writeFileSync(path.join(cwd, 'with.json'), JSON.stringify([result('09', []), result('10', [unanswered]), result('11', [])]));
    const pattern = ['--series-pattern', '{team}/{yyyy}-{mm}.md'];
    expect((await runMain(['report', '--from', 'without.json', '-o', 'without', ...pattern], { cwd })).code).toBe(0);
    expect((await runMain(['report', '--from', 'with.json', '-o', 'with', ...pattern], { cwd })).code).toBe(0);
    expect(readFileSync(path.join(cwd, 'without/index.html'), 'utf8')).not.toContain('Plans followed up');
    const html = readFileSync(path.join(cwd, 'with/index.html'), 'utf8');
    expect(html).toContain('<th scope="col" class="num">Plans followed up</th>');
    // The series: October does not answer September's plan, November answers October's.
    expect(html).toMatch(/<tr data-key="ops">.*<td class="num">50% \(1\/2\)<\/td><\/tr>/);
    expect(html).toMatch(/<th scope="row">2026-10<\/th>.*<td class="num">0% \(0\/1\)<\/td><\/tr>/);
  });

  it('joins the results files of a sharded run, and refuses two that overlap', async () => {
    const cwd = projects.create({});
    const one = (name: string): JsonResult => ({ filePath: path.join(cwd, name), messages: [], errorCount: 0, warningCount: 0, infoCount: 0 });
    writeFileSync(path.join(cwd, 'a.json'), JSON.stringify([one('b.md')]));
    writeFileSync(path.join(cwd, 'b.json'), JSON.stringify([one('a.md')]));
    expect(await runMain(['report', '--from', 'a.json', '--from', 'b.json', '-o', 'out'], { cwd })).toMatchObject({ code: 0, stdout: expect.stringContaining('2 documents') });
    expect(readFileSync(path.join(cwd, 'out/data/docs-0001.js'), 'utf8')).toMatch(/^summarylintReport\.addDocuments\(0,\[\["a\.md".*\["b\.md"/);
    // Paths relative to another folder: the repository the results came from.
    expect((await runMain(['report', '--from', 'a.json', '--root', '..', '-o', 'out'], { cwd })).code).toBe(0);
    expect(readFileSync(path.join(cwd, 'out/data/docs-0001.js'), 'utf8')).toContain(`[["${path.basename(cwd)}/b.md"`);
    const overlap = await runMain(['report', '--from', 'a.json', '--from', 'a.json', '-o', 'out'], { cwd });
    expect(overlap).toMatchObject({ code: 2, stderr: expect.stringContaining('is in both "a.json" and "a.json"') });
  });

  it('lints the paths itself and labels in the config\'s locale', async () => {
    const cwd = projects.create({
      '.summarylintrc.json': '{ "locale": "zh-Hant" }\n',
      'notes/2026-W46.md': '# Weekly\n\nWe made significant progress.\n',
    });
    const run = await runMain(['report', 'notes', '-o', 'site'], { cwd });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const html = readFileSync(path.join(cwd, 'site/index.html'), 'utf8');
    expect(html).toContain('<html lang="zh-Hant">');
    expect(html).toContain('<h1>總結品質報告</h1>');
    expect(html).toContain('<tr><th scope="row">2026-W46</th><td class="num">1</td>');
  });

  it.each([
    [['notes', '--from', 'r.json'], 'give paths to lint or --from results files, not both'],
    [['--from', 'missing.json'], 'cannot read the results "missing.json": no such file'],
    [['--from', 'broken.json'], 'cannot read the results "broken.json": not JSON'],
    [['--from', 'sarif.json'], '"sarif.json" is a SARIF report; the quality report reads summarylint\'s JSON (run with --format json)'],
    [['--from', 'shape.json'], '"shape.json": entry 1 is not a file result'],
    [['--from', 'ok.json', '-o', 'file.txt'], 'cannot write the report into "file.txt": it is a file, not a folder'],
    [['--from', 'ok.json', '--link-template', 'data:text/html,{path}'], 'a link must be a web address or a path, not a script or data URL'],
    [['--from', 'ok.json', '--series-pattern', '{tema}/{yyyy}.md'], 'unknown placeholder {tema}'],
    [['--locale', 'fr'], "option '--locale <locale>' argument 'fr' is invalid"],
  ])('refuses %j with exit code 2', async (args, error) => {
    const cwd = projects.create({});
    writeFiles(cwd, {
      'broken.json': '[{',
      'sarif.json': '{"version":"2.1.0","runs":[]}',
      'shape.json': '[{"filePath":"a.md"}]',
      'ok.json': JSON.stringify([{ filePath: 'a.md', messages: [], errorCount: 0, warningCount: 0, infoCount: 0 }]),
      'file.txt': 'not a folder',
    });
    const run = await runMain(['report', ...args], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(error);
  });
});
