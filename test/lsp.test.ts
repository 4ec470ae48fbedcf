// `summarylint lsp` with a real LSP client over stdio (test/support/lsp-client.ts): the binary is spawned, initialised,
// and sent what an editor sends. Every wait is for a notification or a response, never for a time: diagnostics
// are matched to the document version they were published for.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, it, onTestFinished } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { ROOT, runMain, TempProjects } from './support/cli.js';
import { LspClient, textAt } from './support/lsp-client.js';

const rules = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code);
const missing = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === 'require-sections').map((d) => d.message);

// An emoji (two UTF-16 code units, one code point, four UTF-8 bytes) before the Chinese words: a server that
// counted code points or bytes would put every range after it in the wrong place.
const WEAK_ZH = `# 🚀 2025年第三季度工作总结

本季度🚀团队比较努力，新客户数量较多，销售额有较大提升。

## 主要成果

完成了若干项目。
`;

const WEAK_EN = `# Team update, March

The team shipped the new login page on 3 March and fixed quite a few bugs.
`;

// A plugin rule with a fix, as rules attach them (`fix: { range, text }` in source offsets).
const PLUGIN = `export default {
  meta: {
    id: 'acme/teh',
    description: 'Spell "the" right',
    docs: { why: 'Typos distract the reader.', url: 'https://example.com/rules/acme-teh' },
    level: 'warn',
    schema: { type: 'object', properties: {} },
    messages: { teh: 'Write "the", not "teh"' },
  },
  check(doc, context) {
    for (const m of doc.text.matchAll(/\\bteh\\b/g)) {
      context.report({ messageId: 'teh', range: [m.index, m.index + 3], fix: { range: [m.index, m.index + 3], text: 'the' } });
    }
  },
};
`;


const projects = new TempProjects();
// One workspace and one server for the tests below (starting one takes a second or two): each test opens its own
// file, some in a folder with its own config. The burst test needs its own server, one that waits long to lint.
let root: string;
let client: LspClient;
beforeAll(async () => {
  root = projects.create({
    'plugin/.summarylintrc.json': JSON.stringify({ plugins: ['./rules/teh.mjs'], rules: { 'require-sections': 'off', 'no-vague-wording': 'off' } }),
    'plugin/rules/teh.mjs': PLUGIN,
    'broken/.summarylintrc.json': '{ "rules": { "no-such-rule": "warn" } }',
  }, 'summarylint-lsp-');
  client = await LspClient.start({ root, initializationOptions: { debounce: 0 } });
}, 60_000);
afterAll(() => {
  client.kill();
  projects.cleanup();
});

/** A project with this repository installed as its summarylint (a link in node_modules). */
function projectWithSummarylint(): string {
  const project = projects.create({ 'package.json': '{ "name": "reports", "private": true }' }, 'summarylint-vscode-');
  mkdirSync(path.join(project, 'node_modules'));
  symlinkSync(ROOT, path.join(project, 'node_modules/summarylint'), 'dir');
  return project;
}

describe('summarylint lsp', { timeout: 60_000 }, () => {
  it('publishes diagnostics on open with UTF-16 ranges over Chinese text and emoji, and updates them on change', async ({ expect }) => {
    const file = path.join(root, 'reports/q3.md');
    const uri = pathToFileURL(file).href;

    const opened = await client.open(file, WEAK_ZH);
    expect(opened.every((d) => d.source === 'summarylint')).toBe(true);
    // The findings the API reports for the file, at the same lines and columns (both count UTF-16 code units).
    const { lintText } = await import('../dist/src/index.js');
    const { findings } = await lintText(WEAK_ZH, { cwd: root, filePath: file });
    expect(opened.map((d) => [d.code, d.message, d.range.start.line + 1, d.range.start.character + 1, d.range.end.line + 1, d.range.end.character + 1])).toEqual(
      findings.map((f) => [f.ruleId, f.message, f.line, f.column, f.endLine, f.endColumn]),
    );
    const vague = opened.filter((d) => d.code === 'no-vague-wording');
    // 比较 softens 努力, an empty phrase reported itself, not a result or a problem: the hedge is not reported.
    expect(vague.map((d) => textAt(WEAK_ZH, d.range))).toEqual(['努力', '较多', '较大提升', '若干']);
    // Each message quotes the words its range covers, and says it in Chinese.
    for (const d of vague) expect(d.message).toContain(`“${textAt(WEAK_ZH, d.range)}”`);
    expect(vague[0].range.start).toEqual({ line: 2, character: 9 }); // 本季度 (3) + 🚀 (2) + 团队 (2) + 比较 (2)
    expect(vague[0].severity).toBe(2);
    expect(vague[0].codeDescription?.href).toMatch(/docs\/rules\/no-vague-wording\.md$/);
    expect(missing(opened)).toEqual([expect.stringContaining('存在的问题'), expect.stringContaining('计划')]);

    // The writer adds the problems section: the next diagnostics (for that version) no longer ask for it.
    const end = client.document(uri).positionAt(WEAK_ZH.length);
    const version = await client.change(uri, [{ range: { start: end, end }, newText: '\n## 存在的问题\n\n3月回款延迟，原因是客户审批流程变长。\n' }]);
    const changed = await client.diagnostics(uri, version);
    expect(missing(changed)).toEqual([expect.stringContaining('计划')]);
    expect(rules(changed).filter((r) => r === 'no-vague-wording')).toHaveLength(vague.length);

    // Closing the document clears its diagnostics.
    const cleared = client.nextDiagnostics(uri);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    expect(await cleared).toEqual([]);
  });

  it('lints a changed document once typing pauses: only the last version of a burst is linted', async ({ expect }) => {
    // A pause longer than the test: the lint of the last version is started by the hover request below, which
    // needs the document's current findings, not by the timer.
    const client = await LspClient.start({ root, initializationOptions: { debounce: 600_000 } });
    onTestFinished(() => client.kill());
    const file = path.join(root, 'burst.md');
    const uri = pathToFileURL(file).href;
    await client.open(file, WEAK_EN);
    let version = 1;
    for (const word of ['some', 'many', 'several']) {
      const at = client.document(uri).positionAt(client.document(uri).getText().indexOf('quite a few'));
      version = await client.change(uri, [{ range: { start: at, end: at }, newText: `${word} ` }]);
    }
    const hover = await client.hover(uri, { line: 2, character: client.document(uri).getText().split('\n')[2].indexOf('several') + 1 });
    expect(hover?.contents.value).toContain('no-vague-wording');
    await client.diagnostics(uri, version);
    expect(client.published.map((p) => p.version)).toEqual([1, 4]);
  });

  it('hover shows the rule: message, description, why it matters and its documentation', async ({ expect }) => {
    const file = path.join(root, 'hover.md');
    const diagnostics = await client.open(file, WEAK_EN);
    const vague = diagnostics.find((d) => d.code === 'no-vague-wording')!;
    expect(textAt(WEAK_EN, vague.range)).toBe('quite a few');
    const hover = await client.hover(pathToFileURL(file).href, vague.range.start);
    expect(hover?.contents.kind).toBe('markdown');
    const { builtinRules } = await import('../dist/src/index.js');
    const { meta } = builtinRules['no-vague-wording'];
    for (const part of [vague.message, meta.description, meta.docs.why, meta.docs.url]) {
      expect(hover!.contents.value.replace(/\\(.)/g, '$1')).toContain(part);
    }
    // Away from any finding there is nothing to show.
    expect(await client.hover(pathToFileURL(file).href, { line: 1, character: 0 })).toBeNull();
  });

  it('code actions insert the missing section with its guidance line, and disable a rule with a reason', async ({ expect }) => {
    const file = path.join(root, 'actions.md');
    const uri = pathToFileURL(file).href;
    const diagnostics = await client.open(file, WEAK_EN);
    expect(missing(diagnostics)).toHaveLength(3);
    const title = diagnostics.find((d) => d.code === 'require-sections')!;

    const actions = await client.codeActions(uri, title.range, ['quickfix']);
    const titles = actions.map((a) => a.title);
    expect(titles).toEqual(expect.arrayContaining(['Add the "Results" section', 'Add the "Problems" section', 'Add the "Next steps" section']));
    expect(titles).toContain('Disable require-sections on this line, with a reason');
    let version = await client.apply(actions.find((a) => a.title === 'Add the "Next steps" section')!.edit!);
    const text = client.document(uri).getText();
    expect(text).toBe(`${WEAK_EN}\n## Next steps\n\n- Dana Lee to replace this item by 30 June: one action per item, with its owner, its date and its target, for example "cut the backlog to 20 tickets".\n`);
    let after = await client.diagnostics(uri, version);
    expect(missing(after)).toEqual([expect.stringContaining('results'), expect.stringContaining('problems')]);
    // The section comes with the template's guidance line, which no-placeholder asks the writer to replace.
    expect(rules(after)).toContain('no-placeholder');

    // "Results" goes before "Next steps", as require-sections orders the roles (and `summarylint new` writes them).
    const results = (await client.codeActions(uri, title.range, ['quickfix'])).find((a) => a.title === 'Add the "Results" section')!;
    version = await client.apply(results.edit!);
    expect(client.document(uri).getText()).toMatch(/## Results\n\n- Replace this item[^\n]*\n\n## Next steps/);
    after = await client.diagnostics(uri, version);
    expect(missing(after)).toEqual([expect.stringContaining('problems')]);

    // The vague words stay, with a reason: a disable comment at the end of their line.
    const vague = after.find((d) => d.code === 'no-vague-wording')!;
    const disable = (await client.codeActions(uri, vague.range, ['quickfix'])).find((a) => a.title === 'Disable no-vague-wording on this line, with a reason')!;
    expect(disable.diagnostics?.map((d) => d.code)).toEqual(['no-vague-wording']);
    version = await client.apply(disable.edit!);
    expect(client.document(uri).getText().split('\n')[2]).toBe(
      'The team shipped the new login page on 3 March and fixed quite a few bugs. <!-- summarylint-disable-line no-vague-wording -- reason: say why this is fine here -->',
    );
    after = await client.diagnostics(uri, version);
    expect(rules(after)).not.toContain('no-vague-wording');
  });

  it('a Chinese document gets Chinese action titles, and a disable comment inside a table row', async ({ expect }) => {
    const text = '# 三月工作总结\n\n本月完成订单库迁移。\n\n| 项目 | 进展 |\n| --- | --- |\n| 迁移 | 基本完成 |\n';
    const file = path.join(root, '三月.md');
    const uri = pathToFileURL(file).href;
    const diagnostics = await client.open(file, text);
    const vague = diagnostics.find((d) => d.code === 'no-vague-wording')!;
    expect(textAt(text, vague.range)).toBe('基本完成');
    const actions = await client.codeActions(uri, vague.range, ['quickfix']);
    const disable = actions.find((a) => a.title === '在这一行停用 no-vague-wording，并写明原因')!;
    const version = await client.apply(disable.edit!);
    expect(client.document(uri).getText().split('\n')[6]).toBe('| 迁移 | 基本完成 <!-- summarylint-disable-line no-vague-wording -- 原因：请说明这里为什么可以不改 --> |');
    expect(rules(await client.diagnostics(uri, version))).not.toContain('no-vague-wording');
    const sections = (await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ['quickfix'])).map((a) => a.title);
    expect(sections).toContain('添加“存在的问题”部分');
  });

  it("turns a rule's fix into a quick fix and a fix-all action, with the document's own config and plugin", async ({ expect }) => {
    const text = `${WEAK_EN}\nWe moved teh release to 10 March and told teh customers.\n`;
    const file = path.join(root, 'plugin/notes.md');
    const uri = pathToFileURL(file).href;
    const diagnostics = await client.open(file, text);
    expect(rules(diagnostics)).toEqual(['acme/teh', 'acme/teh']);

    const [first] = diagnostics;
    const quick = (await client.codeActions(uri, first.range, ['quickfix'])).find((a) => a.isPreferred)!;
    expect(quick.title).toBe('Fix this acme/teh problem');
    let version = await client.apply(quick.edit!);
    expect(client.document(uri).getText()).toContain('We moved the release to 10 March and told teh customers.');
    expect(rules(await client.diagnostics(uri, version))).toEqual(['acme/teh']);

    const all = await client.codeActions(uri, first.range, ['source.fixAll']);
    expect(all.map((a) => [a.kind, a.title])).toEqual([['source.fixAll.summarylint', 'Fix every summarylint problem that has a safe fix']]);
    version = await client.apply(all[0].edit!);
    expect(client.document(uri).getText()).toContain('We moved the release to 10 March and told the customers.');
    expect(await client.diagnostics(uri, version)).toEqual([]);
  });

  it('shows a broken config at the top of the document and lints again when the config is fixed', async ({ expect }) => {
    const file = path.join(root, 'broken/notes.md');
    const uri = pathToFileURL(file).href;
    const [problem, ...rest] = await client.open(file, WEAK_EN);
    expect(rest).toEqual([]);
    expect(problem.severity).toBe(1);
    expect(problem.message).toMatch(/^summarylint: .*\.summarylintrc\.json.*no-such-rule/s);
    expect(problem.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });

    writeFileSync(path.join(root, 'broken/.summarylintrc.json'), '{ "rules": { "no-vague-wording": "off" } }');
    // The server asked the editor to watch the files a config change comes from, and the editor says one changed.
    const watched = client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
    expect(watched?.registerOptions.watchers.map((w: { globPattern: string }) => w.globPattern)).toEqual(expect.arrayContaining(['**/.summarylintrc.json', '**/package.json', '**/.summarylintignore']));
    const relinted = client.nextDiagnostics(uri);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(root, 'broken/.summarylintrc.json')).href, type: 2 }] });
    expect(rules(await relinted)).toEqual(['require-sections', 'require-sections', 'require-sections']);
  });

  it("the VS Code extension starts the project's own summarylint, else the one on the PATH", async ({ expect }) => {
    const { serverFor } = createRequire(import.meta.url)('../editors/vscode/server.js');
    const project = projectWithSummarylint();
    // The bin these tests spawn, which takes the `--stdio` the language client adds.
    expect(serverFor(path.join(project, 'reports'))).toEqual({ module: path.join(ROOT, 'bin/summarylint.js'), args: ['lsp'] });
    expect(serverFor(root)).toEqual({ command: 'summarylint', args: ['lsp'] });
    expect(serverFor(root, 'tools/summarylint/bin/summarylint.js')).toEqual({ module: path.join(root, 'tools/summarylint/bin/summarylint.js'), args: ['lsp'] });
    expect(serverFor(root, 'my-summarylint')).toEqual({ command: 'my-summarylint', args: ['lsp'] });
  });

  it('the VS Code extension hands the language client that server, for Markdown, safe in an untrusted folder', async ({ expect }) => {
    // extension.js with stand-ins for what only VS Code provides: the `vscode` module and the language client.
    const project = projectWithSummarylint();
    const made: unknown[][] = [];
    const vscode = {
      workspace: {
        workspaceFolders: [{ uri: { fsPath: project } }],
        isTrusted: false,
        getConfiguration: () => ({ get: (key: string) => ({ debounce: 250, path: '' })[key] }),
      },
    };
    class LanguageClient {
      constructor(...args: unknown[]) {
        made.push(args);
      }
      start = async () => {};
    }
    const stand = { vscode, 'vscode-languageclient/node': { LanguageClient, TransportKind: { stdio: 0 } } } as Record<string, unknown>;
    const Module = createRequire(import.meta.url)('node:module');
    const load = Module._load;
    Module._load = function (request: string, ...rest: unknown[]) {
      return request in stand ? stand[request] : load.call(this, request, ...rest);
    };
    try {
      const extension = createRequire(import.meta.url)('../editors/vscode/extension.js');
      const subscriptions: unknown[] = [];
      await extension.activate({ subscriptions });
      expect(subscriptions).toHaveLength(1);
    } finally {
      Module._load = load;
    }
    const [[id, , serverOptions, clientOptions]] = made as Array<[string, string, any, any]>;
    expect(id).toBe('summarylint');
    expect(serverOptions.run).toEqual({ module: path.join(ROOT, 'bin/summarylint.js'), args: ['lsp'], transport: 0 });
    expect(clientOptions.documentSelector.map((s: { language: string }) => s.language)).toEqual(['markdown', 'markdown']);
    expect(clientOptions.initializationOptions).toEqual({ debounce: 250, safe: true });
  });

  it('summarylint lsp --help says how to run it; an unknown option is a usage error', async ({ expect }) => {
    const help = await runMain(['lsp', '--help'], { cwd: root });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: summarylint lsp \[options\]/);
    expect(help.stdout).toContain('--safe');
    const wrong = await runMain(['lsp', '--port', '9000'], { cwd: root });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("unknown option '--port'");
  });

  it('ends with code 0 on shutdown and exit', async ({ expect }) => {
    expect(await client.stop()).toBe(0);
  });
});
