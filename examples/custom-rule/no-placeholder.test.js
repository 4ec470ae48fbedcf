// The custom rule's test: lint real text through summarylint's API, with the rule loaded by the config in
// this folder (`plugins: ["./rules/no-placeholder.js"]`), as a team's own rule test would.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintFiles, lintText } from 'summarylint';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Lint a text as if it were a file in this folder, so this folder's config (and its plugin) applies. */
async function lint(text) {
  const result = await lintText(text, { filePath: path.join(here, 'draft.md'), cwd: here });
  return result.findings.filter((f) => f.ruleId === 'acme/no-placeholder');
}

describe('acme/no-placeholder (a plugin rule)', () => {
  it('flags a placeholder at its exact place, at the level the config sets', async () => {
    const [finding, ...rest] = await lint('# Week 12\n\nThe launch date is TBD.\n');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'error', line: 3, column: 20, endColumn: 23, data: { word: 'TBD' } });
    expect(finding.message).toBe('Placeholder "TBD" left in the summary: replace it with the real content');
  });

  it('speaks Chinese in a Chinese summary', async () => {
    const [finding] = await lint('# 第12周周报\n\n上线日期待定。\n');
    expect(finding.message).toBe('总结里留有占位符“待定”：请补上实际内容');
  });

  it('passes finished text, and ignores code and link URLs, where a placeholder is not prose', async () => {
    expect(await lint('# Week 12\n\nThe launch is on 3 April.\n\n```\nTODO\n```\n')).toEqual([]);
    expect(await lint('# Week 12\n\nRun `make TODO`, then read [the plan](https://example.com/TBD).\n')).toEqual([]);
  });

  it('points at the placeholder across inline markup', async () => {
    const [finding] = await lint('# Week 12\n\nShip **the** [new](https://example.com) page, date TBD.\n');
    expect(finding).toMatchObject({ line: 3, column: 52, endColumn: 55 });
  });

  it('obeys inline directives like a built-in rule', async () => {
    expect(await lint('# Week 12\n\nThe date is TBD. <!-- summarylint-disable-line acme/no-placeholder -->\n')).toEqual([]);
  });

  it('finds the placeholder in the bundled report', async () => {
    const { results } = await lintFiles(['report.md'], { cwd: here });
    const findings = results[0].findings.filter((f) => f.ruleId === 'acme/no-placeholder');
    expect(findings.map((f) => [f.line, f.data.word])).toEqual([[18, 'TBD']]);
  });
});
