// The quality report's benchmark rows: a generated results file of N documents (what `-f json` writes for a
// summaries repo: teams, months, findings with the words they quote), and the page load of the report built
// from it, in headless Chromium (Debian's `chromium`, or SUMMARYLINT_CHROMIUM).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { random } from './corpus.mjs';

const RULES = [
  ['no-vague-wording', 'warn', (w) => `Vague amount "${w}": give the number (e.g. "7 customers")`, ['many', 'some', 'a lot of', '很多', '大量']],
  ['no-unquantified-claims', 'warn', (w) => `Unquantified claim "${w}": add the number behind it, such as how much, how many or from what to what`, ['improved', 'increased', '明显提高']],
  ['require-action-owner', 'warn', (w) => `Missing owner in action item "${w}": name who does it, e.g. "Owner: @alice"`, ['Look into the flaky tests.', '加强团队培训。']],
  ['require-action-deadline', 'warn', (w) => `Missing deadline in action item "${w}": say when it is due`, ['Improve monitoring.', '尽快推进续约。']],
  ['require-sections', 'error', (w) => `Missing the problems section: add a heading such as "${w}"`, ['Problems', '存在的问题']],
  ['require-problem-cause', 'warn', (w) => `Missing the cause of the problem "${w}": say why it happened`, ['Two incidents slowed the migration.', '两家客户流失。']],
];
const TEAMS = ['support', 'data-platform', 'mobile', 'sales', 'billing', 'infrastructure', 'marketing', 'payments', '华东销售部', '数据平台组'];

/** Writes the results of `count` documents (teams × months, 0–14 findings each) as `-f json` does; returns the path. */
export function writeResults(folder, count, seed) {
  const rand = random(seed);
  const results = [];
  for (let i = 0; i < count; i++) {
    const team = TEAMS[i % TEAMS.length];
    const month = Math.floor(i / TEAMS.length) % 36;
    const period = `${2024 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
    const messages = Array.from({ length: Math.floor(rand() * 15) }, () => {
      const [ruleId, level, message, words] = RULES[Math.floor(rand() * RULES.length)];
      const word = words[Math.floor(rand() * words.length)];
      const line = 1 + Math.floor(rand() * 80);
      return { ruleId, severity: level === 'error' ? 2 : 1, level, message: message(word), line, column: 1, endLine: line, endColumn: 1 + word.length, data: { phrase: word } };
    });
    results.push({
      filePath: path.join(folder, 'reports', team, `${period}-${String(i).padStart(5, '0')}.md`),
      messages,
      errorCount: messages.filter((m) => m.level === 'error').length,
      warningCount: messages.filter((m) => m.level === 'warn').length,
      infoCount: 0,
    });
  }
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, 'results.json');
  writeFileSync(file, JSON.stringify(results));
  return file;
}

/**
 * Opens the report (a fresh page, median of `runs`): the time from navigation to the first page of documents
 * drawn (the page is usable), and to the last chunk of documents loaded.
 */
export async function pageLoad(site, runs = 3) {
  const { default: puppeteer } = await import('puppeteer-core');
  const executablePath = [process.env.SUMMARYLINT_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((file) => file && existsSync(file));
  if (!executablePath) throw new Error('no Chromium: apt-get install chromium, or set SUMMARYLINT_CHROMIUM');
  const browser = await puppeteer.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  const samples = [];
  try {
    for (let run = 0; run < runs; run++) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      const started = process.hrtime.bigint();
      await page.goto(`file://${site}/index.html`, { waitUntil: 'domcontentloaded' });
      await page.waitForSelector('#documents-table tbody tr[data-path]', { timeout: 60_000 });
      const usable = Number(process.hrtime.bigint() - started) / 1e9;
      await page.waitForSelector('#documents-status[data-complete="true"]', { timeout: 120_000 });
      const complete = Number(process.hrtime.bigint() - started) / 1e9;
      samples.push({ usable, complete });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  const median = (key) => samples.map((s) => s[key]).sort((a, b) => a - b)[Math.floor(samples.length / 2)];
  return { usable: median('usable'), complete: median('complete') };
}
