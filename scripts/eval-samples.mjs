#!/usr/bin/env node
// Every finding of the series and figure rules (consistent-numbers, require-comparison, follow-up-plan,
// require-metadata) on real and written documents, for readers to judge their precision (eval/LABELLING.md,
// docs/measuring-rules.md): the shared corpus (each later summary of eval/series/corpus-pairs.json with its previous
// one), both summaries of each written series in eval/series/, and the documents of eval/recall/<rule>/. The corpus
// alone gives these rules too few findings for a precision sample. Each rule is on at `warn`, the rest as in
// `summarylint:recommended`.
//
//   node scripts/eval-samples.mjs                 # counts per rule and source
//   node scripts/eval-samples.mjs --write DIR     # also DIR/<rule>-2.json: path, line, fp, ruleId, messageId, message,
//                                                 # the previous summary's line for follow-up-plan, right: null, note
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fingerprint } from '../eval/fingerprint.mjs';
import { lintText } from '../dist/src/lint.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const CORPUS = path.resolve(ROOT, '../shared/corpus/public');
const RULES = ['consistent-numbers', 'require-comparison', 'follow-up-plan', 'require-metadata'];
const { values } = parseArgs({ options: { write: { type: 'string' } } });

const markdownIn = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? markdownIn(path.join(dir, e.name)) : e.name.endsWith('.md') ? [path.join(dir, e.name)] : []));

/** The documents to lint: { file, shown (the path a judge opens), source, previous? }. */
function documents() {
  const out = [];
  if (existsSync(CORPUS)) {
    const pairs = JSON.parse(readFileSync(path.join(ROOT, 'eval/series/corpus-pairs.json'), 'utf8')).pairs;
    const previousOf = new Map(pairs.map((p) => [path.join(CORPUS, p.current), path.join(CORPUS, p.previous)]));
    for (const file of markdownIn(CORPUS).sort()) out.push({ file, shown: path.relative(CORPUS, file), source: 'corpus', previous: previousOf.get(file) });
  } else process.stderr.write(`The shared corpus is not at ${CORPUS}: only the written documents are linted.\n`);
  const series = path.join(ROOT, 'eval/series');
  for (const name of readdirSync(series, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
    const [previous, current] = ['previous.md', 'current.md'].map((n) => path.join(series, name, n));
    out.push({ file: previous, source: 'series' }, { file: current, source: 'series', previous });
  }
  for (const rule of RULES) {
    const dir = path.join(ROOT, 'eval/recall', rule);
    if (existsSync(dir)) for (const file of markdownIn(dir).sort()) out.push({ file, source: 'recall' });
  }
  return out.map((d) => ({ shown: path.relative(ROOT, d.file), ...d }));
}

const linesOf = (file) => readFileSync(file, 'utf8').split(/\r\n|\r|\n/);
const config = { rules: Object.fromEntries(RULES.map((r) => [r, 'warn'])) };
const found = Object.fromEntries(RULES.map((r) => [r, []]));
for (const doc of documents()) {
  const text = readFileSync(doc.file, 'utf8');
  const previous = doc.previous && { path: doc.previous, text: readFileSync(doc.previous, 'utf8') };
  const { findings } = await lintText(text, { filePath: doc.file, config, useConfigLookup: false, ...(previous ? { previous } : {}) });
  const lines = text.split(/\r\n|\r|\n/);
  // The recall sets' documents were written without front matter, for another rule: require-metadata's findings
  // there say nothing.
  const rules = doc.source === 'recall' ? RULES.filter((r) => r !== 'require-metadata') : RULES;
  for (const f of findings.filter((f) => rules.includes(f.ruleId))) {
    const entry = { path: doc.shown, line: f.line, fp: fingerprint(lines[f.line - 1] ?? ''), ruleId: f.ruleId, messageId: f.messageId, message: f.message };
    if (f.ruleId === 'follow-up-plan') {
      const shown = doc.source === 'corpus' ? path.relative(CORPUS, doc.previous) : path.relative(ROOT, doc.previous);
      entry.previous = { path: shown, line: f.data.line, fp: fingerprint(linesOf(doc.previous)[f.data.line - 1] ?? '') };
    }
    found[f.ruleId].push({ source: doc.source, entry: { ...entry, right: null, note: '' } });
  }
}

for (const rule of RULES) {
  const count = (source) => found[rule].filter((f) => f.source === source).length;
  console.log(`${rule}: ${found[rule].length} findings (corpus ${count('corpus')}, written series ${count('series')}, recall set ${count('recall')})`);
  if (values.write) writeFileSync(path.join(values.write, `${rule}-2.json`), `${JSON.stringify(found[rule].map((f) => f.entry), null, 2)}\n`);
}
