// `npm run bench`: how fast summarylint is, next to the floors it stands on and the linters people compare it
// with, all measured in one run on the same generated files so that the machine's noise cancels in the ratios.
//
//   npm run bench                 the full run (about 20 minutes on two cores)
//   npm run bench -- --quick      100 and 1,000 files only, no 5,000 / 10,000 files and no 10 MB file (the 10 MB paragraphs stay)
//   npm run bench -- --out FILE   also write the report (Markdown) to FILE
//   npm run bench -- --keep       keep the generated files (their folder is printed)
//   npm run bench -- --only report   only the quality report's rows (a 10,000-document results file)
//   npm run bench -- --only growth  only the growth table: each input shape of issue 25 at three sizes (a few minutes)
//   npm run bench -- --only series  only the row of follow-up-plan on 1,000 summaries in series (a few minutes)
//
// Every measurement is a fresh process (`node --import scripts/bench/rss.mjs …`), timed from spawn to exit,
// with its peak resident memory. Tools a target compares run in rounds (one run of each, then again), and each
// row keeps the median of its runs (9 for one file, 3 up to 1,000 files, 1 beyond). The corpus is generated from
// a fixed seed (scripts/bench/corpus.mjs), so every run lints byte-identical files. The targets of issue 21
// are printed last, each with its measured ratio and PASS or FAIL. Never part of `npm test`.
//
// Peers: prose linters over Markdown (remark-lint, textlint, alex) and markdownlint-cli2, the Markdown linter a team
// already runs in the same CI; each is the latest release, installed as a dev dependency.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { random, summary, writeCorpus, writeLongParagraph, writeLongSummary, writeSeriesCorpus } from './bench/corpus.mjs';
import { pageLoad, writeResults } from './bench/report.mjs';
import { growthTable, LIMIT } from './bench/growth-table.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RSS = pathToFileURL(path.join(ROOT, 'scripts/bench/rss.mjs')).href;
const BIN = path.join(ROOT, 'bin/summarylint.js');
const MODULES = path.join(ROOT, 'node_modules');
// Strict: a mistyped option (or --help) must not start a 20-minute run.
const { values: options } = parseArgs({
  options: { quick: { type: 'boolean' }, keep: { type: 'boolean' }, out: { type: 'string' }, only: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});
if (options.help) {
  const usage = readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').filter((line) => line.startsWith('//   npm run bench'));
  process.stdout.write(`${usage.map((line) => line.slice(5)).join('\n')}\n`);
  process.exit(0);
}
const { quick = false, keep = false, out: outFile, only } = options;
if (only !== undefined && !['report', 'growth', 'series'].includes(only)) throw new Error(`--only takes \`report\`, \`growth\` or \`series\`, not ${JSON.stringify(only)}`);

const tmp = mkdtempSync(path.join(os.tmpdir(), 'summarylint-bench-'));
const log = (text) => process.stderr.write(`${text}\n`);

/** One process: wall time (s) from spawn to exit and peak RSS (MB). The report goes to a file, not a pipe. */
function once(command, args, cwd) {
  const rssFile = path.join(tmp, `rss-${process.hrtime.bigint()}`);
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--import', RSS, command, ...args], {
      cwd,
      env: { ...BENCH_ENV, BENCH_RSS_FILE: rssFile, NO_COLOR: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk).length > 100_000 && (stderr = stderr.slice(-10_000)));
    child.on('error', reject);
    child.on('close', (code) => {
      const wall = Number(process.hrtime.bigint() - started) / 1e9;
      // Linters exit 1 when they find problems; anything else means the measurement is void.
      if (code !== 0 && code !== 1) return reject(new Error(`${command} ${args.join(' ')} exited ${code}:\n${stderr.slice(-2000)}`));
      const rss = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) / 1024 : NaN;
      resolve({ wall, rss });
    });
  });
}

// Without NODE_EXTRA_CA_CERTS: where it is set (as on machines behind a proxy), every Node process parses the
// certificates at start-up, about 0.1 s, which would hide start-up costs in every one-file row. None of the tools
// measured uses the network.
const { NODE_EXTRA_CA_CERTS: _certs, ...BENCH_ENV } = process.env;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The median run (wall time; the RSS of the same run) of each sample list. */
const medianRun = (samples) => samples.find((s) => s.wall === median(samples.map((x) => x.wall)));

// ---------- tools ----------

const tools = {
  node: (target) => ['-e', '0', target],
  io: (target) => [path.join(ROOT, 'scripts/bench/floor-io.mjs'), target],
  parse: (target) => [path.join(ROOT, 'scripts/bench/floor-parse.mjs'), target],
  single: (target) => [BIN, target, '--format', 'json', '-o', path.join(tmp, 'report.json'), '--concurrency', 'off'],
  // The same without the cross-document rule: what reading each summary's previous one costs.
  noFollowUp: (target) => [BIN, target, '--format', 'json', '-o', path.join(tmp, 'report.json'), '--concurrency', 'off', '--rule', 'follow-up-plan:off'],
  workers: (target) => [BIN, target, '--format', 'json', '-o', path.join(tmp, 'report.json')],
  cached: (target) => [BIN, target, '--format', 'json', '-o', path.join(tmp, 'report.json'), '--cache', '--cache-location', path.join(tmp, 'cache', `${path.basename(target)}.json`)],
  // The pre-commit case: one file, the default output, as a hook runs it.
  precommit: (target) => [BIN, target],
  report: (target) => [BIN, 'report', '--from', target, '-o', path.join(tmp, 'site')],
  markdownlint: (target) => [path.join(MODULES, 'markdownlint-cli2/markdownlint-cli2-bin.mjs'), target.endsWith('.md') ? target : `${target}/**/*.md`],
  remark: (target) => [
    path.join(MODULES, 'remark-cli/cli.js'), target, '--no-stdout', '--quiet', '--no-config', '--no-ignore',
    '--use', path.join(MODULES, 'remark-frontmatter/index.js'),
    '--use', path.join(MODULES, 'remark-preset-lint-recommended/index.js'),
    '--use', path.join(MODULES, 'remark-preset-lint-consistent/index.js'),
  ],
  // textlint with two common prose rules (its Markdown plugin is built in).
  textlint: (target) => [
    path.join(MODULES, 'textlint/bin/textlint.js'), '--rule', 'write-good', '--rule', 'max-comma', '--rules-base-directory', MODULES,
    '--format', 'json', '-o', path.join(tmp, 'textlint.json'), target.endsWith('.md') ? target : `${target}/**/*.md`,
  ],
  alex: (target) => [path.join(MODULES, 'alex/cli.js'), '--quiet', target],
};
const LABELS = {
  node: '`node -e 0`',
  io: 'I/O floor: read every file',
  parse: 'parse floor: summarylint\'s parser, one thread',
  single: 'summarylint, one thread (`--concurrency off`)',
  noFollowUp: 'summarylint, one thread, `follow-up-plan` off',
  workers: 'summarylint, default (`--concurrency auto`: workers from three cores)',
  cached: 'summarylint, warm cache (`--cache`)',
  precommit: 'summarylint, one file, default output',
  report: 'summarylint report --from results.json (the site)',
  markdownlint: 'markdownlint-cli2 (default rules)',
  remark: 'remark-cli + remark-lint (recommended + consistent + frontmatter)',
  textlint: 'textlint (write-good, max-comma)',
  alex: 'alex',
};
const PEERS = ['markdownlint', 'remark', 'textlint', 'alex'];
const installed = (tool) => !PEERS.includes(tool) || existsSync(tools[tool]('x.md')[0]);

// ---------- the run ----------

const sizeLabel = (kb) => (kb >= 1000 ? `${kb / 1000} MB` : `${kb} KB`);

/** The two shapes of one long paragraph the benchmark grows. */
const PARAGRAPH_SHAPES = [
  { name: 'one line', folder: 'line', lineBreaks: false, what: (size) => `1 line of ${size} (one paragraph)` },
  { name: 'one paragraph of many lines', folder: 'paragraph', lineBreaks: true, what: (size) => `1 paragraph of ${size}, a sentence a line` },
];

const rows = [];
const results = new Map();

/**
 * Rows for `names` on the same target, measured in rounds (one run of each tool, then the next round): a tool
 * compared with another meets the same stretch of the machine's noise. Each row is the median of `runs` runs.
 */
async function rowsOf(names, target, { files, bytes, runs = 1, what }) {
  const measured = names.filter((tool) => installed(tool) || log(`  ${tool}: not installed, skipped`));
  const commands = new Map(measured.map((tool) => [tool, tools[tool](path.relative(tmp, target))]));
  // Fill the cache first: the timed runs of `cached` are warm.
  if (commands.has('cached')) {
    const [command, ...args] = commands.get('cached');
    await once(command, args, tmp);
  }
  const samples = new Map(measured.map((tool) => [tool, []]));
  for (let round = 0; round < runs; round++) {
    for (const [tool, [command, ...args]] of commands) samples.get(tool).push(await once(command, args, tmp));
  }
  for (const tool of measured) {
    const m = medianRun(samples.get(tool));
    const result = { ...m, files, bytes };
    results.set(`${tool}@${what}`, result);
    rows.push({ label: LABELS[tool], what, ...result });
    log(`  ${what.padEnd(16)} ${tool.padEnd(13)} ${m.wall.toFixed(2)} s  ${m.rss.toFixed(0)} MB`);
  }
}

const row = (tool, target, info) => rowsOf([tool], target, info);

function fileSize(file) {
  return readFileSync(file).length;
}

/** Each input shape at three sizes; the process fails when one grows faster than its input. */
async function growth() {
  log(`input shapes, time per KB may grow at most ${LIMIT}× from ×1 to ×4`);
  const { table: report, passed } = await growthTable({ log });
  if (!passed) process.exitCode = 1;
  return report;
}

/** 1,000 summaries in series, every one but each team's first with a previous summary: follow-up-plan on and off. */
async function seriesRows() {
  const folder = path.join(tmp, 'series-1000');
  const { bytes } = writeSeriesCorpus(folder, 1000);
  const what = `1,000 files in series (${(bytes / 1e6).toFixed(1)} MB)`;
  log(what);
  await rowsOf(['noFollowUp', 'single'], folder, { files: 1000, bytes, what, runs: 3 });
  return what;
}

function seriesTarget(what) {
  const on = results.get(`single@${what}`);
  const off = results.get(`noFollowUp@${what}`);
  return `| follow-up-plan on 1,000 files in series: ≤ 1.2× without it | ${on.wall.toFixed(1)} s / ${off.wall.toFixed(1)} s = ${(on.wall / off.wall).toFixed(2)}× | ${on.wall <= 1.2 * off.wall ? 'PASS' : 'FAIL'} |`;
}

async function main() {
  await ensureBuilt();
  if (only === 'growth') {
    // The machine line alone: the wall-time method the full report states does not apply to this table.
    const report = [machine().split('\n')[0], `Date: ${new Date().toISOString().slice(0, 10)}. CPU time of one thread, the least of 3 runs, each shape in a fresh process.`, '', await growth()].join('\n');
    process.stdout.write(`${report}\n`);
    if (outFile) writeFileSync(outFile, `${report}\n`);
    rmSync(tmp, { recursive: true, force: true });
    return;
  }
  log(`summarylint benchmark in ${tmp}`);
  if (only === 'report') return finish([await reportRows()]);
  if (only === 'series') {
    const what = await seriesRows();
    return finish(['| target | measured | result |\n| --- | --- | --- |\n' + seriesTarget(what)]);
  }

  // One file: the pre-commit hook.
  const one = path.join(tmp, 'one', 'report.md');
  mkdirSync(path.dirname(one), { recursive: true });
  writeFileSync(one, summary(random(5), 'en', 5 * 1024));
  const oneInfo = { files: 1, bytes: fileSize(one), what: '1 file (5 KB)' };
  log('one file');
  // The targets compare `precommit` with `node` and `markdownlint`: measured in the same rounds.
  await rowsOf(['node', 'precommit', 'markdownlint'], one, { ...oneInfo, runs: 9 });
  await rowsOf(['io', 'parse', 'remark', 'textlint', 'alex'], one, { ...oneInfo, runs: 5 });

  const sizes = quick ? [100, 1000] : [100, 1000, 5000, 10000];
  for (const count of sizes) {
    const folder = path.join(tmp, `corpus-${count}`);
    const { bytes } = writeCorpus(folder, count, 42);
    const info = { files: count, bytes, what: `${count.toLocaleString('en')} files (${(bytes / 1e6).toFixed(1)} MB)` };
    // Three runs where the targets compare (1,000 files cold and warm), one for the growth rows beyond.
    const runs = count <= 1000 ? 3 : 1;
    log(info.what);
    if (count <= 1000) {
      // The warm target compares `cached` with the I/O floor: measured in the same rounds.
      await rowsOf(['io', 'cached'], folder, { ...info, runs });
      await rowsOf(['parse', 'single'], folder, { ...info, runs });
      await rowsOf(['node', 'workers', 'markdownlint', 'remark', 'textlint', 'alex'], folder, { ...info, runs });
    } else {
      await rowsOf(['io', 'workers'], folder, { ...info, runs });
    }
  }

  // One growing file: 10 KB → 10 MB.
  const long = quick ? [10, 100, 1000] : [10, 100, 1000, 10000];
  for (const kb of long) {
    const file = path.join(tmp, 'long', `${kb}k.md`);
    const bytes = writeLongSummary(file, kb * 1024);
    const info = { files: 1, bytes, what: `1 file of ${sizeLabel(kb)}` };
    log(info.what);
    await row('parse', file, info);
    await row('single', file, info);
  }

  // One paragraph, 100 KB → 10 MB even with --quick (the 10 MB ones take a few seconds), in two shapes: on a single
  // line (no line break at all), and a sentence a line. Each is linted in time proportional to its size too (sentence
  // breaks are found in windows; the parser maps a paragraph's content to its lines by binary search). Below 100 KB
  // the time is start-up alone, too little to measure a cost per MB by.
  const lines = [100, 1000, 10000];
  for (const shape of PARAGRAPH_SHAPES) {
    for (const kb of lines) {
      const file = path.join(tmp, shape.folder, `${kb}k.md`);
      const bytes = writeLongParagraph(file, kb * 1024, { lineBreaks: shape.lineBreaks });
      const info = { files: 1, bytes, what: shape.what(sizeLabel(kb)) };
      log(info.what);
      await row('parse', file, info);
      await row('single', file, info);
    }
  }

  const series = await seriesRows();
  const reportTargets = await reportRows();
  const shapes = await growth();
  finish([`${targets(sizes, long, lines)}\n${seriesTarget(series)}`, reportTargets, shapes]);
}

function finish(targetTables) {
  const report = [machine(), '', table(), '', targetTables.join('\n\n')].join('\n');
  process.stdout.write(`${report}\n`);
  if (outFile) writeFileSync(outFile, `${report}\n`);
  if (keep) log(`kept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}

/** The quality report of 10,000 documents: its build from a results file, and its page load in Chromium. */
async function reportRows() {
  const count = 10000;
  const input = writeResults(path.join(tmp, 'report-input'), count, 7);
  const info = { files: count, bytes: fileSize(input), what: `quality report of ${count.toLocaleString('en')} documents (${(fileSize(input) / 1e6).toFixed(1)} MB of results)` };
  log(info.what);
  await rowsOf(['report'], input, { ...info, runs: 3 });
  const load = await pageLoad(path.join(tmp, 'site'));
  const built = results.get(`report@${info.what}`);
  return [
    '| target | measured | result |',
    '| --- | --- | --- |',
    `| report of 10,000 documents: build | ${built.wall.toFixed(2)} s, peak ${built.rss.toFixed(0)} MB | n/a |`,
    `| report of 10,000 documents: page usable in Chromium < 2 s | first page of documents ${load.usable.toFixed(2)} s, all ${count.toLocaleString('en')} loaded ${load.complete.toFixed(2)} s | ${load.usable < 2 ? 'PASS' : 'FAIL'} |`,
  ].join('\n');
}

async function ensureBuilt() {
  if (!existsSync(path.join(ROOT, 'dist/src/cli.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm run bench does)');
}

function machine() {
  const cpus = os.cpus();
  return [
    `Machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM, ` +
      `${os.type()} ${os.release()} (${os.arch()}), Node ${process.version}, load average before the run ${os.loadavg()[0].toFixed(2)}.`,
    `Date: ${new Date().toISOString().slice(0, 10)}. Wall time is from process start to exit (median of 9 runs for one file, 3 for 100 and 1,000 files, 1 above; tools a target compares run in rounds, one run of each in turn).`,
  ].join('\n');
}

function table() {
  const lines = ['| what | files | wall time | files/s | MB/s | peak RSS |', '| --- | ---: | ---: | ---: | ---: | ---: |'];
  let last;
  for (const r of rows) {
    if (r.what !== last) lines.push(`| **${r.what}** | | | | | |`);
    last = r.what;
    lines.push(`| ${r.label} | ${r.files.toLocaleString('en')} | ${r.wall.toFixed(2)} s | ${(r.files / r.wall).toFixed(0)} | ${(r.bytes / 1e6 / r.wall).toFixed(2)} | ${r.rss.toFixed(0)} MB |`);
  }
  return lines.join('\n');
}

function targets(sizes, long, lines) {
  const get = (key) => results.get(key);
  const out = ['| target | measured | result |', '| --- | --- | --- |'];
  const check = (name, measured, pass) => out.push(`| ${name} | ${measured} | ${pass === undefined ? 'n/a' : pass ? 'PASS' : 'FAIL'} |`);
  const x = (v) => `${v.toFixed(2)}×`;

  const one = '1 file (5 KB)';
  const node = get(`node@${one}`);
  const pre = get(`precommit@${one}`);
  check('one file within 3× `node -e 0`', `${pre.wall.toFixed(2)} s / ${node.wall.toFixed(2)} s = ${x(pre.wall / node.wall)}`, pre.wall <= 3 * node.wall);

  const k = [...results.keys()].find((key) => key.startsWith('workers@1,000 files'))?.split('@')[1];
  const cold = get(`workers@${k}`);
  const faster = (peer, name, factor) => {
    const r = get(`${peer}@${k}`);
    if (!r) return check(`1,000 files cold: ${factor === 1 ? 'at least as fast as' : `≥ ${factor}× faster than`} ${name}`, 'not installed', undefined);
    check(`1,000 files cold: ${factor === 1 ? 'at least as fast as' : `≥ ${factor}× faster than`} ${name}`, `${r.wall.toFixed(1)} s / ${cold.wall.toFixed(1)} s = ${x(r.wall / cold.wall)}`, r.wall >= factor * cold.wall);
  };
  faster('markdownlint', 'markdownlint-cli2', 1);
  faster('remark', 'remark-lint', 1.5);
  faster('textlint', 'textlint', 5);
  const alex = get(`alex@${k}`);
  if (alex) check('1,000 files cold, next to alex (no target)', `${alex.wall.toFixed(1)} s / ${cold.wall.toFixed(1)} s = ${x(alex.wall / cold.wall)}`, undefined);
  // Beyond parsing: summarylint on one thread minus the parse floor, against the parse itself (each less start-up).
  const single = get(`single@${k}`);
  const parse = get(`parse@${k}`);
  const start = get(`node@${k}`);
  const parseCost = parse.wall - start.wall;
  const beyond = single.wall - parse.wall;
  check('beyond parsing (model, rules, report) ≤ half the remark parse', `parse ${parseCost.toFixed(1)} s, the rest ${beyond.toFixed(1)} s = ${(beyond / parseCost).toFixed(2)} of the parse`, beyond <= 0.5 * parseCost);
  const warm = get(`cached@${k}`);
  const io = get(`io@${k}`);
  check('1,000 files warm: within 3× the I/O floor', `${warm.wall.toFixed(2)} s / ${io.wall.toFixed(2)} s = ${x(warm.wall / io.wall)}`, warm.wall <= 3 * io.wall);

  // Growth: time per MB may not rise with size (start-up makes small runs dearer per MB, never cheaper).
  const byFiles = sizes.map((n) => [...results.entries()].find(([key]) => key.startsWith(`workers@${n.toLocaleString('en')} files`))[1]);
  const first = byFiles[0];
  const lastRun = byFiles.at(-1);
  const mid = byFiles.at(-2);
  const perMB = (r) => r.wall / (r.bytes / 1e6);
  check(
    `time linear in total size, ${sizes[0]} → ${sizes.at(-1).toLocaleString('en')} files`,
    `size ${x(lastRun.bytes / first.bytes)}, time ${x(lastRun.wall / first.wall)}; s/MB ${perMB(mid).toFixed(2)} at ${sizes.at(-2).toLocaleString('en')} → ${perMB(lastRun).toFixed(2)} at ${sizes.at(-1).toLocaleString('en')}`,
    perMB(lastRun) <= 1.25 * perMB(mid),
  );
  const longs = long.map((kb) => [...results.entries()].find(([key]) => key.startsWith('single@1 file of') && key.endsWith(sizeLabel(kb)))[1]);
  const parses = long.map((kb) => [...results.entries()].find(([key]) => key.startsWith('parse@1 file of') && key.endsWith(sizeLabel(kb)))[1]);
  const [small] = longs;
  const big = longs.at(-1);
  const before = longs.at(-2);
  // The marginal cost (minus the 10 KB run, which is nearly all start-up) per MB, at the two largest sizes.
  const marginal = (r) => (r.wall - small.wall) / ((r.bytes - small.bytes) / 1e6);
  const parseGrowth = (parses.at(-1).wall - parses[0].wall) / (parses.at(-2).wall - parses[0].wall);
  check(
    `time linear in one file's size, ${long[0]} KB → ${long.at(-1) / 1000} MB`,
    `size ${x(big.bytes / small.bytes)}, time ${x(big.wall / small.wall)}; s/MB beyond start-up ${marginal(before).toFixed(2)} → ${marginal(big).toFixed(2)} (the parser alone: ${x(parseGrowth)} for ${x((big.bytes - small.bytes) / (before.bytes - small.bytes))} the size)`,
    marginal(big) <= 1.25 * marginal(before),
  );
  // One paragraph in each shape: its cost per MB beyond the smallest one's run (start-up) may not rise from the middle
  // size to the largest.
  for (const shape of PARAGRAPH_SHAPES) {
    const runs = lines.map((kb) => get(`single@${shape.what(sizeLabel(kb))}`));
    if (!runs.every(Boolean)) continue;
    const [first, mid, last] = runs;
    const perMb = (r) => (r.wall - first.wall) / ((r.bytes - first.bytes) / 1e6);
    check(
      `${shape.name}'s time linear in its size, ${sizeLabel(lines[0])} → ${sizeLabel(lines.at(-1))}`,
      `size ${x(last.bytes / first.bytes)}, time ${x(last.wall / first.wall)}; s/MB beyond start-up ${perMb(mid).toFixed(2)} → ${perMb(last).toFixed(2)} (${marginal(big).toFixed(2)} for the ${sizeLabel(long.at(-1))} file of many paragraphs)`,
      perMb(last) <= 1.25 * perMb(mid),
    );
  }
  if (sizes.includes(10000)) {
    // Every run from 1,000 files up: under 400 MB, and 10,000 files within a quarter of 1,000.
    const flat = byFiles.filter((r) => r.files >= 1000);
    const rss1 = flat[0].rss;
    const rss10 = lastRun.rss;
    const shown = flat.map((r) => `${r.files.toLocaleString('en')}: ${r.rss.toFixed(0)} MB`).join(', ');
    check('peak memory at 10,000 files within 1.25× of 1,000, under 400 MB', `${shown} (${x(rss10 / rss1)})`, flat.every((r) => r.rss < 400) && rss10 <= 1.25 * rss1);
  } else {
    check('peak memory at 10,000 files within 1.25× of 1,000, under 400 MB', 'not measured (--quick)', undefined);
  }
  return out.join('\n');
}

main().catch((error) => {
  log(error.stack ?? String(error));
  log(`files kept in ${tmp}`);
  process.exitCode = 1;
});
