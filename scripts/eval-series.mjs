// `npm run eval:series`: follow-up-plan's recall on labelled series. Each folder of eval/series/ holds a summary
// (`current.md`), the previous one of its series (`previous.md`), and `labels.json`: its `split`, and for each action
// item of the previous summary's plan, its line and whether the current summary answers it (done, slipped, dropped,
// carried over). The labels were written with the summaries, from what a reader would say, before the rule was run on
// them; the rule was tuned on the `tune` series only, and the `check` series were written after that.
// Also listed: consecutive summaries of the shared corpus (eval/series/corpus-pairs.json), with their items' labels.
//
// recall: of the unanswered items, how many the rule reports; wrongly flagged: of the answered ones, how many it
// reports. `--json` prints the numbers as JSON; `--sample FILE` writes every finding, with its line's fingerprint and
// the previous summary's line it quotes, for readers to judge (eval/LABELLING.md, eval/judgements.json).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fingerprint } from '../eval/fingerprint.mjs';
import { lintText } from '../dist/src/lint.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SERIES = path.join(ROOT, 'eval/series');
const CORPUS = path.resolve(ROOT, '../shared/corpus/public');

/** Every labelled pair: the written series, then the corpus pairs when the corpus is there. */
function pairs() {
  const written = readdirSync(SERIES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map(({ name }) => ({
      name,
      lang: name.startsWith('zh-hant') ? 'zh-Hant' : name.startsWith('zh') ? 'zh-Hans' : 'en',
      previous: path.join(SERIES, name, 'previous.md'),
      current: path.join(SERIES, name, 'current.md'),
      ...JSON.parse(readFileSync(path.join(SERIES, name, 'labels.json'), 'utf8')),
    }));
  const corpus = JSON.parse(readFileSync(path.join(SERIES, 'corpus-pairs.json'), 'utf8')).pairs;
  if (!existsSync(CORPUS)) {
    process.stderr.write(`The shared corpus is not at ${CORPUS}: its pairs are left out.\n`);
    return written;
  }
  return [
    ...written,
    ...corpus.map((pair) => ({ ...pair, split: 'corpus', name: `corpus: ${pair.current}`, previous: path.join(CORPUS, pair.previous), current: path.join(CORPUS, pair.current) })),
  ];
}

async function main() {
  const rows = [];
  const misses = [];
  const sample = [];
  const lineOf = (file, n) => readFileSync(file, 'utf8').split(/\r\n|\r|\n/)[n - 1] ?? '';
  const shown = (file) => path.relative(file.startsWith(CORPUS) ? CORPUS : ROOT, file);
  for (const pair of pairs()) {
    const result = await lintText(readFileSync(pair.current, 'utf8'), {
      filePath: pair.current,
      previous: { path: pair.previous, text: readFileSync(pair.previous, 'utf8') },
      config: { rules: { 'follow-up-plan': 'warn' } },
      useConfigLookup: false,
    });
    const findings = result.findings.filter((f) => f.ruleId === 'follow-up-plan');
    const reported = new Set(findings.map((f) => f.data.line));
    for (const f of findings) {
      sample.push({
        path: shown(pair.current), line: f.line, fp: fingerprint(lineOf(pair.current, f.line)), ruleId: f.ruleId, messageId: f.messageId, message: f.message,
        previous: { path: shown(pair.previous), line: f.data.line, fp: fingerprint(lineOf(pair.previous, f.data.line)) },
      });
    }
    const unanswered = pair.items.filter((item) => !item.answered);
    const answered = pair.items.filter((item) => item.answered);
    const found = unanswered.filter((item) => reported.has(item.line)).length;
    const wrong = answered.filter((item) => reported.has(item.line)).length;
    const unlabelled = [...reported].filter((line) => !pair.items.some((item) => item.line === line));
    rows.push({ name: pair.name, split: pair.split, lang: pair.lang, items: pair.items.length, unanswered: unanswered.length, found, answered: answered.length, wrong, unlabelled: unlabelled.length });
    for (const item of pair.items) if (item.answered === reported.has(item.line)) misses.push(`${pair.name}: line ${item.line} (${item.answered ? 'answered, reported' : 'unanswered, missed'}): ${item.note}`);
    for (const line of unlabelled) misses.push(`${pair.name}: line ${line} reported, not a labelled item`);
  }
  const sum = (key, list = rows) => list.reduce((n, r) => n + r[key], 0);
  const pct = (a, b) => (b === 0 ? 'n/a' : `${Math.round((100 * a) / b)}% (${a}/${b})`);
  const sampleFile = process.argv.includes('--sample') ? process.argv[process.argv.indexOf('--sample') + 1] : undefined;
  if (sampleFile) writeFileSync(sampleFile, `${JSON.stringify(sample, null, 2)}\n`);
  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ rows, recall: [sum('found'), sum('unanswered')], wronglyFlagged: [sum('wrong'), sum('answered')] }, null, 2)}\n`);
    return;
  }
  rows.sort((a, b) => a.split.localeCompare(b.split) || a.name.localeCompare(b.name));
  const lines = ['| series | items | unanswered found (recall) | answered but reported |', '| --- | ---: | ---: | ---: |'];
  for (const r of rows) lines.push(`| ${r.name} (${r.split}) | ${r.items} | ${pct(r.found, r.unanswered)} | ${pct(r.wrong, r.answered)} |`);
  const total = (label, of) => lines.push(`| **${label}** | ${sum('items', of)} | ${pct(sum('found', of), sum('unanswered', of))} | ${pct(sum('wrong', of), sum('answered', of))} |`);
  for (const lang of ['en', 'zh-Hans', 'zh-Hant']) total(lang, rows.filter((r) => r.lang === lang));
  // The rule was tuned on the `tune` series; the `check` series were written and labelled after that, and not tuned on.
  for (const split of ['tune', 'check', 'corpus']) total(split, rows.filter((r) => r.split === split));
  lines.push(`| **all** | ${sum('items')} | ${pct(sum('found'), sum('unanswered'))} | ${pct(sum('wrong'), sum('answered'))} |`);
  process.stdout.write(`${lines.join('\n')}\n`);
  if (misses.length > 0) process.stdout.write(`\nWrong answers:\n${misses.map((m) => `- ${m}`).join('\n')}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exitCode = 1;
});
