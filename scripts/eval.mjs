#!/usr/bin/env node
// Precision check on real documents: lint ../shared/corpus/public with the recommended preset and print,
// per rule, how many findings on how many files, and a seeded random sample of findings with their text,
// for a person to judge right or wrong.
//   npm run eval -- [--rule <id>] [--sample <n>] [--seed <n>] [--corpus <dir>]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { lintFiles } from '../dist/src/lint.js';

const { values } = parseArgs({
  options: {
    rule: { type: 'string', multiple: true },
    sample: { type: 'string', default: '30' },
    seed: { type: 'string', default: '1' },
    corpus: { type: 'string', default: path.resolve(import.meta.dirname, '../../shared/corpus/public') },
  },
});

// A small seeded generator (mulberry32), so a sample can be judged, fixed and judged again.
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const started = performance.now();
const { results } = await lintFiles([values.corpus], { cwd: values.corpus, useConfigLookup: false });
const seconds = (performance.now() - started) / 1000;
const byRule = new Map();
let crashes = 0;
for (const result of results) {
  for (const finding of result.findings) {
    if (finding.fatal) crashes++;
    const id = finding.ruleId ?? '(engine)';
    if (!byRule.has(id)) byRule.set(id, []);
    byRule.get(id).push({ file: result.filePath, finding });
  }
}

console.log(`${results.length} files in ${seconds.toFixed(2)} s; ${crashes} fatal findings (crashes or unreadable files)\n`);
console.log('rule'.padEnd(28) + 'findings'.padStart(9) + 'files'.padStart(7));
for (const [id, list] of [...byRule].sort()) console.log(id.padEnd(28) + String(list.length).padStart(9) + String(new Set(list.map((x) => x.file)).size).padStart(7));

const texts = new Map();
const lineOf = (file, line) => {
  if (!texts.has(file)) texts.set(file, readFileSync(file, 'utf8').split(/\r?\n/));
  return texts.get(file)[line - 1] ?? '';
};
const sampleSize = Number(values.sample);
for (const [id, list] of [...byRule].sort()) {
  if (values.rule && !values.rule.includes(id)) continue;
  const next = random(Number(values.seed));
  const pool = [...list];
  const sample = [];
  while (sample.length < sampleSize && pool.length > 0) sample.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
  console.log(`\n## ${id}: ${sample.length} of ${list.length} findings`);
  sample.forEach(({ file, finding }, i) => {
    const where = `${path.relative(values.corpus, file)}:${finding.line}:${finding.column}`;
    console.log(`${String(i + 1).padStart(3)}. ${where}  ${finding.message}`);
    console.log(`     | ${lineOf(file, finding.line).trim().slice(0, 200)}`);
  });
}
