// The edits of the language server's code actions on the places an editor test does not reach: front matter, hard
// line breaks, CRLF files, a document with no headings. In-process, on the findings the linter reports.
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { resolveConfig } from '../src/config/index.js';
import { lintText, rulesFor } from '../src/lint.js';
import { fixAll, quickFixes, type ActionContext } from '../src/lsp/code-actions.js';
import type { Finding } from '../src/types.js';

async function actionsFor(text: string, pick: (finding: Finding) => boolean) {
  const config = resolveConfig({}, '/project/summary.md', '/project');
  const { findings } = await lintText(text, { config: {}, cwd: '/project', filePath: 'summary.md' });
  const finding = findings.find(pick);
  if (!finding) throw new Error(`no such finding in ${JSON.stringify(findings.map((f) => f.ruleId))}`);
  const document = TextDocument.create('file:///project/summary.md', 'markdown', 1, text);
  const context: ActionContext = { document, config, rules: rulesFor(config), locale: 'en' };
  const apply = (title: string) => {
    const action = quickFixes(context, [finding]).find((a) => a.title.startsWith(title));
    if (!action) throw new Error(`no action "${title}"`);
    const [{ edits }] = action.edit!.documentChanges as Array<{ edits: Parameters<typeof TextDocument.applyEdits>[1] }>;
    return TextDocument.applyEdits(document, edits);
  };
  const applyAll = () => {
    const [{ edits }] = fixAll(context, findings)!.edit!.documentChanges as Array<{ edits: Parameters<typeof TextDocument.applyEdits>[1] }>;
    return TextDocument.applyEdits(document, edits);
  };
  return { apply, applyAll, relint: async (fixed: string) => (await lintText(fixed, { config: {}, cwd: '/project', filePath: 'summary.md' })).findings };
}

const vague = (f: Finding) => f.ruleId === 'no-vague-wording';

// The first lint compiles the vocabulary: seconds on a busy machine.
describe('language server code actions', { timeout: 60_000 }, () => {
  it('a disable comment goes before a hard line break, which stays one', async () => {
    const text = '# Notes\n\nWe fixed quite a few bugs.  \nThe release shipped on 3 March.\n';
    const { apply, relint } = await actionsFor(text, vague);
    const fixed = apply('Disable');
    expect(fixed.split('\n')[2]).toBe('We fixed quite a few bugs. <!-- summarylint-disable-line no-vague-wording -- reason: say why this is fine here -->  ');
    expect((await relint(fixed)).filter(vague)).toEqual([]);
  });

  it('a finding in the front matter is disabled for the file, with a comment after the front matter', async () => {
    const text = '---\ntitle: Weekly notes\n---\n\nThe team shipped the login page on 3 March.\n';
    const missing = (f: Finding) => f.ruleId === 'require-sections';
    const { apply, relint } = await actionsFor(text, missing);
    const fixed = apply('Disable');
    expect(fixed).toBe('---\ntitle: Weekly notes\n---\n<!-- summarylint-disable-file require-sections -- reason: say why this is fine here -->\n\nThe team shipped the login page on 3 March.\n');
    expect((await relint(fixed)).filter(missing)).toEqual([]);
  });

  it('the missing section goes at the end of a document without section headings, in its line endings', async () => {
    const text = '# Team update, March\r\n\r\nThe team shipped the login page on 3 March.\r\n\r\n';
    const { apply } = await actionsFor(text, (f) => f.ruleId === 'require-sections' && f.data.section === 'problems');
    expect(apply('Add the "Problems" section')).toBe(
      '# Team update, March\r\n\r\nThe team shipped the login page on 3 March.\r\n\r\n## Problems\r\n\r\n- Replace this item: one problem per item, with its cause and impact, for example "2 renewals were lost because the price change was announced late, which cost 40,000 dollars."\r\n',
    );
  });

  it('fix-all adds every missing section, each in its place and in require-sections order', async () => {
    const text = '# Team update, March\n\nThe team shipped the login page on 3 March.\n\n## Next steps\n\n- Dana Lee to announce it to customers by 30 June.\n';
    const { applyAll, relint } = await actionsFor(text, (f) => f.ruleId === 'require-sections');
    const fixed = applyAll();
    expect(fixed.match(/^## .*/gm)).toEqual(['## Results', '## Problems', '## Next steps']);
    expect((await relint(fixed)).filter((f) => f.ruleId === 'require-sections')).toEqual([]);
  });
});
