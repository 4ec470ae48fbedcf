// The README's rule documentation is generated from meta; this fails when it is out of date.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { DOCS_END, DOCS_START, renderRulesDocs } from '../src/rule-docs.js';

it('README rule docs match the rules (run `npm run docs` to update)', async () => {
  const readme = readFileSync(path.resolve(import.meta.dirname, '../README.md'), 'utf8');
  const start = readme.indexOf(DOCS_START);
  const end = readme.indexOf(DOCS_END);
  expect(start, 'README.md has no rules:start marker').toBeGreaterThan(-1);
  expect(readme.slice(start, end + DOCS_END.length)).toBe(await renderRulesDocs(builtinRules));
});
