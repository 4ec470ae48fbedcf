#!/usr/bin/env node
// Two runs of the eval side by side, as the Markdown tables a note about a rule change gives: recall, wrongly
// flagged and label precision per rule, language and half, then the judged findings the rules still report and the
// findings on the corpus, each "before → after".
//
//   npm run -s eval -- --json > before.json      (on the commit before the change)
//   npm run -s eval -- --json > after.json       (after it)
//   node scripts/eval-compare.mjs before.json after.json [--rule <id> …]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { rule: { type: 'string', multiple: true } } });
if (positionals.length !== 2) {
  console.error('usage: node scripts/eval-compare.mjs <before.json> <after.json> [--rule <id> …]');
  process.exit(2);
}
const [before, after] = positionals.map((file) => JSON.parse(readFileSync(file, 'utf8')));
const HALVES = ['tune', 'check', 'holdout'];
const LANGS = ['all', 'en', 'zh-Hans', 'zh-Hant'];
const rules = values.rule ?? ['all', ...Object.keys(after.precision).filter((rule) => HALVES.some((h) => after.tallies[h]?.[rule]))];

const share = (n, d) => (d === 0 ? '–' : `${Math.round((100 * n) / d)}% (${n}/${d})`);
const MEASURES = {
  recall: (t) => share(t.caught, t.marked),
  'wrongly flagged': (t) => share(t.flagged, t.clean),
  'label precision': (t) => share(t.labelled, t.findings),
};
// A rule the readers never mark (its weaknesses are measured elsewhere) has no label precision.
const labelled = (run, rule) => rule === 'all' || rule === 'require-sections' || HALVES.some((h) => (run.tallies[h]?.[rule]?.all?.marked ?? 0) > 0);
const cell = (run, half, rule, lang, measure) => {
  const t = run.tallies[half]?.[rule]?.[lang];
  if (!t || (measure === 'label precision' && !labelled(run, rule))) return '–';
  return MEASURES[measure](t);
};

for (const measure of Object.keys(MEASURES)) {
  console.log(`\n**${measure}** (before → after)\n\n| rule | lang | ${HALVES.join(' | ')} |\n| --- | --- | ${HALVES.map(() => '---').join(' | ')} |`);
  for (const rule of rules) {
    for (const lang of LANGS) {
      const row = HALVES.map((h) => [cell(before, h, rule, lang, measure), cell(after, h, rule, lang, measure)]);
      if (row.every(([b, a]) => b === '–' && a === '–')) continue;
      console.log(`| ${rule} | ${lang} | ${row.map(([b, a]) => (b === a ? b : `${b} → ${a}`)).join(' | ')} |`);
    }
  }
}

console.log('\n**judged findings the rules still report** (before → after)\n\n| rule | right | wrong | share right |\n| --- | --- | --- | --- |');
for (const rule of rules.filter((r) => after.stillReported[r])) {
  const [b, a] = [before, after].map((run) => run.stillReported[rule] ?? { rightNow: 0, wrongNow: 0 });
  const right = (e) => share(e.rightNow, e.rightNow + e.wrongNow).replace(/ \(.*/, '');
  console.log(`| ${rule} | ${b.rightNow} → ${a.rightNow} | ${b.wrongNow} → ${a.wrongNow} | ${right(b)} → ${right(a)} |`);
}

console.log('\n**findings on the corpus** (before → after)\n');
for (const rule of rules.filter((r) => after.precision[r])) console.log(`- ${rule}: ${before.precision[rule]?.findings ?? 0} → ${after.precision[rule].findings}`);
