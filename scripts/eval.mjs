#!/usr/bin/env node
// How well the rules judge real summaries, measured both ways (see eval/LABELLING.md):
//
// - recall: of the weaknesses careful readers marked in eval/labels/ (before the linter ran), how many a rule
//   reports on that line; and the wrongly-flagged rate: of the lines they marked clean, how many a rule flags. Per
//   rule and language, on each part of eval/split.json separately, so overfitting shows: `tune` (rules are tuned
//   on it), `check` (held out in rounds 1 and 2, open for tuning since round 3) and `holdout` (labelled in round 3
//   and held out: its misses are looked at only to report, at the end).
// - precision: of a seeded random sample of each rule's findings on the whole shared corpus, how many a reader
//   judged right (eval/judgements.json). Sampled findings nobody has judged yet are counted and can be written out.
// - label precision: the labels are meant to be exhaustive, so of a rule's findings on labelled documents, how many
//   stand on a line labelled with that rule (`rule` or `also`), or report a section the readers marked missing. A
//   finding on any other line is probably wrong: precision measured with the same readers as recall, per half.
//
//   npm run eval                                  the tables
//   npm run eval -- --misses tune [--rule <id>]   list the tune half's misses and wrong flags (also `check`; never
//                                                 the holdout's while rules are being tuned: that keeps it honest)
//   npm run eval -- --unjudged <file.json>        write the sampled findings that have no judgement yet (--rule <id>: its only)
//   npm run eval -- --still-wrong <file.json>     write the findings judged wrong that the rules still report, with the
//                                                 judge's note (--rule <id>: its only)
//   npm run eval -- --json                        the numbers as JSON
//   npm run eval -- --kinds                       list every document's kind of summary, with where it came from
//   npm run eval -- --kinds-sample <file.json>    write a seeded sample of documents (--kinds-count, default 30)
//                                                 with their kind, title and headings, to be judged
import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fingerprint } from '../eval/fingerprint.mjs';
import { lintFiles } from '../dist/src/lint.js';
import { builtinRules } from '../dist/rules/index.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: path.resolve(ROOT, '../shared/corpus/public') },
    misses: { type: 'string' },
    rule: { type: 'string', multiple: true },
    sample: { type: 'string', default: '20' },
    seed: { type: 'string', default: '1' },
    unjudged: { type: 'string' },
    'still-wrong': { type: 'string' },
    json: { type: 'boolean', default: false },
    kinds: { type: 'boolean', default: false },
    'kinds-sample': { type: 'string' },
    'kinds-count': { type: 'string', default: '30' },
  },
});

if (!existsSync(values.corpus)) {
  console.log(`eval: the shared corpus is not at ${values.corpus}; nothing to measure.`);
  process.exit(0);
}

const RULES = Object.keys(builtinRules).sort();
const split = JSON.parse(readFileSync(path.join(ROOT, 'eval/split.json'), 'utf8'));
const labels = [];
for (const dir of ['en', 'zh']) {
  const folder = path.join(ROOT, 'eval/labels', dir);
  if (!existsSync(folder)) continue;
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.json')).sort()) labels.push(JSON.parse(readFileSync(path.join(folder, name), 'utf8')));
}

const { results } = await lintFiles([values.corpus], { cwd: values.corpus, useConfigLookup: false });
const byPath = new Map(results.map((r) => [path.relative(values.corpus, r.filePath).split(path.sep).join('/'), r]));
const linesOf = new Map();
const lines = (rel) => {
  if (!linesOf.has(rel)) linesOf.set(rel, readFileSync(path.join(values.corpus, rel), 'utf8').split(/\r\n|\r|\n/));
  return linesOf.get(rel);
};

/** The label's line now: where its fingerprint is, at the line given or nearby; undefined when the words changed. */
function locate(rel, { line, fp }) {
  const text = lines(rel);
  for (let d = 0; d <= 30; d++) {
    for (const n of d === 0 ? [line] : [line - d, line + d]) if (n >= 1 && n <= text.length && fingerprint(text[n - 1]) === fp) return n;
  }
  return undefined;
}

const covers = (finding, line) => finding.line <= line && line <= finding.endLine;
const langOf = (label) => label.lang;
const blank = () => ({ marked: 0, caught: 0, clean: 0, flagged: 0, findings: 0, labelled: 0 });
/** tallies[half][rule or 'all'][lang or 'all'] */
const HALVES = ['tune', 'check', 'holdout'];
const tallies = Object.fromEntries(HALVES.map((h) => [h, {}]));
const tally = (half, rule, lang) => ((tallies[half][rule] ??= {})[lang] ??= blank());
const misses = [];
let stale = 0;

for (const label of labels) {
  const half = split[label.path];
  if (!HALVES.includes(half)) throw new Error(`eval: ${label.path} is labelled but not in eval/split.json as one of ${HALVES.join(', ')}`);
  const result = byPath.get(label.path);
  if (!result) throw new Error(`eval: ${label.path} is labelled but was not linted`);
  const lang = langOf(label);
  const count = (rule, field, n = 1) => {
    for (const r of [rule, 'all']) for (const l of [lang, 'all']) tally(half, r, l)[field] += n;
  };
  const findings = result.findings.filter((f) => f.ruleId);
  const used = new Set();
  // Each weakness takes one finding on its line: of its own rule first, then of a rule that would serve as well.
  for (const weakness of label.weaknesses) {
    const line = locate(label.path, weakness);
    if (line === undefined) {
      stale++;
      continue;
    }
    const take = (ids) => findings.find((f) => !used.has(f) && ids.includes(f.ruleId) && covers(f, line));
    const found = take([weakness.rule]) ?? take(weakness.also ?? []);
    count(weakness.rule, 'marked');
    if (found) {
      used.add(found);
      count(weakness.rule, 'caught');
    } else misses.push({ half, kind: 'missed', rule: weakness.rule, path: label.path, line, note: weakness.note });
  }
  const sectionFindings = findings.filter((f) => f.ruleId === 'require-sections' && (f.messageId === 'missing' || f.messageId === 'empty'));
  for (const role of label.missingMarked ?? []) {
    count('require-sections', 'marked');
    if (sectionFindings.some((f) => f.data.section === role)) count('require-sections', 'caught');
    else misses.push({ half, kind: 'missed', rule: 'require-sections', path: label.path, line: 0, note: `missing ${role}` });
  }
  // Wrong flags: clean lines a rule reports, and sections reported missing that the readers found.
  for (const clean of label.clean) {
    const line = locate(label.path, clean);
    if (line === undefined) {
      stale++;
      continue;
    }
    const rules = new Set(findings.filter((f) => covers(f, line)).map((f) => f.ruleId));
    for (const l of [lang, 'all']) {
      tally(half, 'all', l).clean++;
      if (rules.size) tally(half, 'all', l).flagged++;
    }
    for (const rule of RULES.filter((r) => r !== 'require-sections')) {
      for (const l of [lang, 'all']) {
        tally(half, rule, l).clean++;
        if (rules.has(rule)) tally(half, rule, l).flagged++;
      }
    }
    for (const rule of rules) if (rule !== 'require-sections') misses.push({ half, kind: 'wrong', rule, path: label.path, line });
  }
  // Label precision: each finding of a rule stands on a line labelled with it, or it is probably wrong.
  const labelledLines = new Set();
  for (const weakness of label.weaknesses) {
    const line = locate(label.path, weakness);
    if (line === undefined) continue;
    for (const rule of [weakness.rule, ...(weakness.also ?? [])]) labelledLines.add(`${rule}:${line}`);
  }
  for (const f of findings) {
    const sectionMissing = f.ruleId === 'require-sections' && (f.messageId === 'missing' || f.messageId === 'empty');
    let right = sectionMissing ? (label.missingMarked ?? []).includes(f.data.section) : false;
    for (let line = f.line; !right && line <= f.endLine; line++) right = labelledLines.has(`${f.ruleId}:${line}`);
    count(f.ruleId, 'findings');
    if (right) count(f.ruleId, 'labelled');
    else misses.push({ half, kind: 'unlabel', rule: f.ruleId, path: label.path, line: f.line, note: sectionMissing ? `${f.data.section} reported ${f.messageId}` : f.messageId });
  }
  for (const [role, at] of Object.entries(label.sections ?? {})) {
    if (!at) continue;
    for (const l of [lang, 'all']) tally(half, 'require-sections', l).clean++;
    if (sectionFindings.some((f) => f.data.section === role && f.messageId === 'missing')) {
      for (const l of [lang, 'all']) tally(half, 'require-sections', l).flagged++;
      misses.push({ half, kind: 'wrong', rule: 'require-sections', path: label.path, line: at.line, note: `${role} is there` });
    }
  }
}

// Precision: a seeded sample of each rule's findings on the whole corpus, judged by readers.
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
const judgementsFile = path.join(ROOT, 'eval/judgements.json');
const judgements = existsSync(judgementsFile) ? JSON.parse(readFileSync(judgementsFile, 'utf8')) : [];
const judgementKey = (j) => `${j.path}\u0000${j.fp}\u0000${j.ruleId}\u0000${j.messageId ?? ''}`;
// A judgement that names the section (a missing or empty one: `section`) judges only the finding about that section;
// older ones, without it, judge any finding of the rule and message on that line. The latest judgement counts.
const judged = new Map();
for (const j of judgements) judged.set(judgementKey(j), [...(judged.get(judgementKey(j)) ?? []), j]);
const judgementOf = (key) => judged.get(judgementKey(key))?.findLast((j) => j.section === undefined || j.section === key.section);
const precision = {};
const unjudged = [];
for (const rule of RULES) {
  const all = [];
  for (const [rel, result] of byPath) for (const f of result.findings) if (f.ruleId === rule) all.push({ rel, f });
  all.sort((a, b) => a.rel.localeCompare(b.rel) || a.f.range[0] - b.f.range[0]);
  const next = random(Number(values.seed));
  const sample = [];
  while (sample.length < Number(values.sample) && all.length > 0) sample.push(all.splice(Math.floor(next() * all.length), 1)[0]);
  const entry = (precision[rule] = { findings: sample.length + all.length, sampled: sample.length, judged: 0, right: 0 });
  for (const { rel, f } of sample) {
    const key = { path: rel, line: f.line, fp: fingerprint(lines(rel)[f.line - 1] ?? ''), ruleId: rule, messageId: f.messageId, ...(f.data?.section ? { section: f.data.section } : {}) };
    const j = judgementOf(key);
    if (!j) {
      unjudged.push({ ...key, message: f.message, right: null, note: '' });
      continue;
    }
    entry.judged++;
    if (j.right) entry.right++;
  }
}

// Judged findings still reported: of the findings readers judged (right or wrong) on any earlier sample, how many the
// rules report now. A fix for wrong findings shows as fewer wrong ones here while the right ones stay.
const reported = new Set();
for (const [rel, result] of byPath) {
  for (const f of result.findings) {
    if (!f.ruleId) continue;
    const key = judgementKey({ path: rel, fp: fingerprint(lines(rel)[f.line - 1] ?? ''), ruleId: f.ruleId, messageId: f.messageId });
    reported.add(key);
    if (f.data?.section) reported.add(`${key}\u0000${f.data.section}`);
  }
}
const stillReported = {};
const stillWrong = [];
for (const j of judgements) {
  const entry = (stillReported[j.ruleId] ??= { right: 0, rightNow: 0, wrong: 0, wrongNow: 0 });
  const now = reported.has(j.section === undefined ? judgementKey(j) : `${judgementKey(j)}\u0000${j.section}`);
  if (j.right) {
    entry.right++;
    if (now) entry.rightNow++;
  } else {
    entry.wrong++;
    if (now) {
      entry.wrongNow++;
      stillWrong.push(j);
    }
  }
}

// Kinds of summary: what each document was judged as, and a seeded sample of them to judge.
const kinds = [...byPath].map(([rel, r]) => ({ path: rel, kind: r.kind?.name, source: r.kind?.source, reason: r.kind?.reason })).sort((a, b) => a.path.localeCompare(b.path));

const labelledRules = new Set(['all', 'require-sections', ...labels.flatMap((l) => l.weaknesses.flatMap((w) => [w.rule, ...(w.also ?? [])]))]);
const pct = (a, b) => (b === 0 ? '   –' : `${String(Math.round((100 * a) / b)).padStart(3)}%`);
if (values.json) {
  console.log(JSON.stringify({ tallies, precision, stillReported, kinds: Object.fromEntries(kinds.map((k) => [k.path, k.kind])), stale, unjudged: unjudged.length }, null, 2));
} else {
  const sizes = HALVES.map((h) => `${Object.values(split).filter((x) => x === h).length} ${h}`).join(', ');
  console.log(`${labels.length} labelled documents (${sizes})${stale ? `; ${stale} labels point at lines whose words changed` : ''}\n`);
  const langs = ['all', 'en', 'zh-Hans', 'zh-Hant'];
  console.log('recall (caught/marked), wrongly flagged (flagged/clean lines) and label precision (findings on a line labelled');
  console.log('with their rule, or reporting a section marked missing / findings), per half and language');
  console.log(`${'rule'.padEnd(26)}${'lang'.padEnd(9)}${HALVES.map((h) => `${`${h} recall`.padStart(18)}${`${h} wrong`.padStart(16)}${`${h} label prec`.padStart(20)}`).join('')}`);
  const cell = (a, b, width) => `${pct(a, b)} ${`${a}/${b}`.padStart(8)}`.padStart(width);
  for (const rule of ['all', ...RULES]) {
    for (const lang of langs) {
      const t = HALVES.map((h) => tallies[h][rule]?.[lang] ?? blank());
      if (t.every((x) => x.marked + x.clean + x.findings === 0)) continue;
      // A rule nobody labels (its weaknesses are measured elsewhere) has no label precision.
      const prec = (x) => (labelledRules.has(rule) ? cell(x.labelled, x.findings, 20) : '–'.padStart(20));
      console.log(`${(lang === 'all' ? rule : '').padEnd(26)}${lang.padEnd(9)}${t.map((x) => `${cell(x.caught, x.marked, 18)}${cell(x.flagged, x.clean, 16)}${prec(x)}`).join('')}`);
    }
  }
  console.log(`\nprecision on the whole corpus (${results.length} files): a sample of ${values.sample} findings per rule (seed ${values.seed}), judged in eval/judgements.json`);
  console.log(`${'rule'.padEnd(26)}${'findings'.padStart(9)}${'sampled'.padStart(9)}${'judged'.padStart(8)}${'right'.padStart(7)}${'precision'.padStart(11)}`);
  for (const [rule, e] of Object.entries(precision)) {
    console.log(`${rule.padEnd(26)}${String(e.findings).padStart(9)}${String(e.sampled).padStart(9)}${String(e.judged).padStart(8)}${String(e.right).padStart(7)}${pct(e.right, e.judged).padStart(11)}`);
  }
  if (unjudged.length) console.log(`\n${unjudged.length} sampled findings have no judgement yet (write them out with --unjudged <file>).`);
  console.log('\njudged findings (eval/judgements.json, every sample so far) that the rules still report');
  console.log(`${'rule'.padEnd(26)}${'right'.padStart(12)}${'wrong'.padStart(12)}`);
  for (const [rule, e] of Object.entries(stillReported).sort()) console.log(`${rule.padEnd(26)}${`${e.rightNow}/${e.right}`.padStart(12)}${`${e.wrongNow}/${e.wrong}`.padStart(12)}`);
  const byKind = {};
  for (const k of kinds) byKind[`${k.kind} (${k.source})`] = (byKind[`${k.kind} (${k.source})`] ?? 0) + 1;
  console.log(`\nkinds of summary: ${Object.entries(byKind).sort().map(([k, n]) => `${k} ${n}`).join(', ')}`);
  if (values.kinds) for (const k of kinds) console.log(`${k.path.padEnd(64)} ${String(k.kind).padEnd(14)} ${String(k.source).padEnd(13)} ${k.reason}`);
}

if (values['kinds-sample']) {
  const next = random(Number(values.seed));
  const pool = [...kinds];
  const sample = [];
  while (sample.length < Number(values['kinds-count']) && pool.length > 0) sample.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
  const headings = (rel) => lines(rel).filter((l) => /^#{1,6}\s/.test(l)).map((l) => l.trim()).slice(0, 15);
  const out = sample.map((k) => ({ path: k.path, kind: k.kind, source: k.source, reason: k.reason, firstLines: lines(k.path).slice(0, 3).map((l) => l.trim()).filter(Boolean), headings: headings(k.path), right: null, note: '' }));
  writeFileSync(values['kinds-sample'], JSON.stringify(out, null, 2) + '\n');
}

if (values['still-wrong']) writeFileSync(values['still-wrong'], JSON.stringify(stillWrong.filter((j) => !values.rule || values.rule.includes(j.ruleId)), null, 2) + '\n');
if (values.unjudged) writeFileSync(values.unjudged, JSON.stringify(unjudged.filter((u) => !values.rule || values.rule.includes(u.ruleId)), null, 2) + '\n');
if (values.misses) {
  if (!HALVES.includes(values.misses)) throw new Error(`eval: --misses takes ${HALVES.join(', ')}`);
  const shown = misses.filter((m) => m.half === values.misses && (!values.rule || values.rule.includes(m.rule)));
  console.log(`\n${values.misses} half: ${shown.length} misses and wrong flags`);
  for (const m of shown) console.log(`${m.kind.padEnd(7)} ${m.rule.padEnd(24)} ${m.path}:${m.line}  ${m.note ?? ''}\n        | ${m.line ? lines(m.path)[m.line - 1].trim().slice(0, 160) : ''}`);
}
