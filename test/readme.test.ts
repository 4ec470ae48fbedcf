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
