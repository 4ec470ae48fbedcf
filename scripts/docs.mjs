#!/usr/bin/env node
// Rewrite the README's rule documentation from each rule's meta (between the rules:start/end markers).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { builtinRules } from '../dist/rules/index.js';
import { DOCS_END, DOCS_START, renderRulesDocs } from '../dist/src/rule-docs.js';

const readme = path.resolve(import.meta.dirname, '../README.md');
const text = readFileSync(readme, 'utf8');
const start = text.indexOf(DOCS_START);
const end = text.indexOf(DOCS_END);
if (start === -1 || end === -1) throw new Error('README.md has no rules:start / rules:end markers');
writeFileSync(readme, text.slice(0, start) + (await renderRulesDocs(builtinRules)) + text.slice(end + DOCS_END.length));
console.log('README.md rule docs updated');
