#!/usr/bin/env node
// Recall of one rule on a labelled set of its own (eval/recall/<rule>/labels.json): documents written for the set,
// in that folder, and lines of the shared corpus (`corpus:<path>`). A label is a line a careful reader marks; a
// finding of the rule covering it catches it. Findings of the rule on other lines of the set's own documents are
// counted as wrong flags (every unlabelled line of those documents is correct by construction).
//
//   node scripts/eval-recall.mjs consistent-numbers [--misses]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fingerprint } from '../eval/fingerprint.mjs';
import { lintFiles } from '../dist/src/lint.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const CORPUS = path.resolve(ROOT, '../shared/corpus/public');
const { values, positionals } = parseArgs({ allowPositionals: true, options: { misses: { type: 'boolean', default: false } } });
const rule = positionals[0];
const folder = path.join(ROOT, 'eval/recall', rule ?? '');
if (!rule || !existsSync(path.join(folder, 'labels.json'))) {
  console.error(`usage: node scripts/eval-recall.mjs <rule> (with eval/recall/<rule>/labels.json)`);
  process.exit(2);
}
const { labels } = JSON.parse(readFileSync(path.join(folder, 'labels.json'), 'utf8'));
const own = readdirSync(folder).filter((n) => n.endsWith('.md')).map((n) => path.join(folder, n));
const fileOf = (p) => (p.startsWith('corpus:') ? path.join(CORPUS, p.slice('corpus:'.length)) : path.join(folder, p));
const corpusFiles = [...new Set(labels.filter((l) => l.path.startsWith('corpus:')).map((l) => fileOf(l.path)))].filter((f) => existsSync(f));
const skipped = labels.filter((l) => l.path.startsWith('corpus:') && !existsSync(fileOf(l.path)));

const { results } = await lintFiles([...own, ...corpusFiles], { cwd: ROOT, useConfigLookup: false });
const findings = new Map(results.map((r) => [path.resolve(r.filePath), r.findings.filter((f) => f.ruleId === rule)]));

let caught = 0;
let stale = 0;
const missed = [];
const used = new Set();
for (const label of labels.filter((l) => !skipped.includes(l))) {
  const file = fileOf(label.path);
  const line = readFileSync(file, 'utf8').split(/\r\n|\r|\n/)[label.line - 1] ?? '';
  if (fingerprint(line) !== label.fp) stale++;
  const hit = (findings.get(file) ?? []).find((f) => f.line <= label.line && label.line <= f.endLine);
  if (hit) (caught++, used.add(hit));
  else missed.push(label);
}
const wrong = own.flatMap((file) => (findings.get(file) ?? []).filter((f) => !used.has(f)).map((f) => ({ file: path.basename(file), ...f })));
const counted = labels.length - skipped.length;
console.log(`${rule}: recall ${counted ? Math.round((caught / counted) * 100) : 0}% (${caught}/${counted}) on ${own.length} written documents and ${corpusFiles.length} corpus documents; ${wrong.length} findings on unlabelled lines${stale ? `; ${stale} labels stale` : ''}${skipped.length ? `; ${skipped.length} corpus labels skipped (no corpus)` : ''}`);
if (values.misses) {
  for (const l of missed) console.log(`  missed ${l.path}:${l.line}  ${l.note}`);
  for (const f of wrong) console.log(`  wrong  ${f.file}:${f.line}  ${f.message}`);
}
