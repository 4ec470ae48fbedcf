// The rule documentation is generated from each rule's meta (`npm run docs`): the README's table of rules
// and one page per rule in docs/rules/. This fails when either is out of date.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { renderRule } from '../src/rule-docs.js';
import { RULES_END, RULES_START, renderRulePages, renderRulesTable } from '../scripts/rule-pages.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

describe('the README', () => {
  // A user's document (issue 21): depth belongs in docs/, which it links to.
  it('stays under 25 KB', () => {
    expect(Buffer.byteLength(read('README.md'))).toBeLessThan(25_000);
  });

  it('and the docs link only to files that exist, and to headings that exist in them', () => {
    const docs = ['README.md', 'CONTRIBUTING.md', 'BENCHMARKS.md', ...readdirSync(path.join(ROOT, 'docs'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
    const anchors = (file: string) => new Set([...read(file).replace(/^```[^]*?^```/gmu, '').matchAll(/^#{1,6} (.+)$/gmu)].map((m) => slug(m[1]!)));
    for (const doc of docs) {
      for (const [, target] of read(doc).matchAll(/\]\(([^)\s]+)\)/gu)) {
        if (/^[a-z]+:/u.test(target!)) continue;
        const [file, anchor] = target!.split('#');
        const resolved = file ? path.posix.normalize(path.posix.join(path.posix.dirname(doc), file)) : doc;
        expect(existsSync(path.join(ROOT, resolved)), `${doc}: ${target}`).toBe(true);
        if (anchor && resolved.endsWith('.md')) expect(anchors(resolved).has(anchor), `${doc}: ${target}`).toBe(true);
      }
    }
  });
});

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function slug(heading: string): string {
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/gu, '-');
}

describe('rule documentation (run `npm run docs` to update)', () => {
  it('the README carries the rules table', () => {
    const readme = read('README.md');
    const start = readme.indexOf(RULES_START);
    const end = readme.indexOf(RULES_END);
    expect(start, 'README.md has no rules:start marker').toBeGreaterThan(-1);
    expect(end, 'README.md has no rules:end marker').toBeGreaterThan(start);
    expect(readme.slice(start, end + RULES_END.length)).toBe(renderRulesTable(builtinRules));
  });

  it('each rule has its page in docs/rules/, and no page is left of a rule that is gone', async () => {
    const pages = await renderRulePages(builtinRules, renderRule);
    for (const [file, page] of Object.entries(pages)) {
      expect(existsSync(path.join(ROOT, file)), `${file} is missing`).toBe(true);
      expect(read(file), file).toBe(page);
    }
    const written = readdirSync(path.join(ROOT, 'docs/rules')).filter((name) => name.endsWith('.md')).map((name) => `docs/rules/${name}`);
    expect(written.sort()).toEqual(Object.keys(pages).sort());
    // It lints every rule's examples (the first lint of the run loads the word lists): seconds on a busy machine.
  }, 30_000);

  it('each rule\'s docs URL is its page', () => {
    for (const [id, rule] of Object.entries(builtinRules)) {
      expect(rule.meta.docs.url).toBe(`https://github.com/summarylint/summarylint/blob/main/docs/rules/${id}.md`);
    }
  });
});

describe('API snippets in the docs', () => {
  // Each ```js block that imports from 'summarylint' runs as written (against the built package), so a snippet
  // that calls a function it does not import, or one that no longer exists, fails here.
  const docs = ['README.md', 'docs/api.md', 'docs/integrations.md'];
  const snippets = docs.flatMap((file) =>
    [...read(file).matchAll(/```js\n([\s\S]*?)```/g)]
      .map((match) => match[1])
      .filter((code) => /from 'summarylint'/.test(code))
      .map((code, index) => [`${file} #${index + 1}`, code] as const),
  );

  it('there are some', () => {
    expect(snippets.length).toBeGreaterThan(0);
  });

  it.each(snippets)('%s runs', async (_name, code) => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { execFileSync } = await import('node:child_process');
    const { pathToFileURL } = await import('node:url');
    const cwd = mkdtempSync(path.join(tmpdir(), 'summarylint-snippet-'));
    mkdirSync(path.join(cwd, 'reports'));
    writeFileSync(path.join(cwd, 'reports/week-47.md'), '# Weekly report\n\n## Results\n\nShipped 3 of 4 items.\n');
    const api = pathToFileURL(path.join(ROOT, 'dist/src/index.js')).href;
    writeFileSync(path.join(cwd, 'snippet.mjs'), code.replaceAll("from 'summarylint'", `from ${JSON.stringify(api)}`));
    expect(() => execFileSync(process.execPath, ['snippet.mjs'], { cwd, stdio: 'pipe', timeout: 60_000 })).not.toThrow();
  }, 90_000);
});
