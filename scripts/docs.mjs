#!/usr/bin/env node
// `npm run docs`: write each rule's page, docs/rules/<id>.md, and the README's table of rules (between the
// rules:start / rules:end markers) from each rule's meta, and each kind of summary's page, docs/kinds/<kind>.md,
// from src/kinds/kinds.json. A page whose rule or kind is gone is deleted.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { builtinRules } from '../dist/rules/index.js';
import { renderRule } from '../dist/src/rule-docs.js';
import { kindsOf } from '../dist/src/kinds/index.js';
import { languages } from '../dist/src/languages/index.js';
import { renderKindPages } from './kind-pages.mjs';
import { RULES_END, RULES_START, renderRulePages, renderRulesTable } from './rule-pages.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const readme = path.join(ROOT, 'README.md');
const text = readFileSync(readme, 'utf8');
const start = text.indexOf(RULES_START);
const end = text.indexOf(RULES_END);
if (start === -1 || end === -1) throw new Error('README.md has no rules:start / rules:end markers');
writeFileSync(readme, text.slice(0, start) + renderRulesTable(builtinRules) + text.slice(end + RULES_END.length));

const pages = await renderRulePages(builtinRules, renderRule);
const folder = path.join(ROOT, 'docs/rules');
mkdirSync(folder, { recursive: true });
for (const name of readdirSync(folder)) {
  if (name.endsWith('.md') && !(`docs/rules/${name}` in pages)) rmSync(path.join(folder, name));
}
for (const [file, page] of Object.entries(pages)) writeFileSync(path.join(ROOT, file), page);
console.log(`README.md rules table and ${Object.keys(pages).length} pages in docs/rules/ updated`);

const vocabularies = Object.fromEntries(languages().map((pack) => [pack.code, pack.vocabulary]));
const kindPages = renderKindPages(kindsOf({}), vocabularies);
const kindFolder = path.join(ROOT, 'docs/kinds');
mkdirSync(kindFolder, { recursive: true });
for (const name of readdirSync(kindFolder)) {
  if (name.endsWith('.md') && !(`docs/kinds/${name}` in kindPages)) rmSync(path.join(kindFolder, name));
}
for (const [file, page] of Object.entries(kindPages)) writeFileSync(path.join(ROOT, file), page);
console.log(`${Object.keys(kindPages).length} pages in docs/kinds/ updated`);
