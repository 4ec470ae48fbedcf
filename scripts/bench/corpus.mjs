// A deterministic corpus of realistic summaries for `npm run bench`: English and Chinese monthly, weekly
// and incident reports of 2–20 KB, built from phrase banks by a seeded generator, so every run (and every
// machine) lints byte-identical files. Some sentences are deliberately weak (vague words, actions with no
// owner, problems with no cause) so the rules find what they find in real repos.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** mulberry32: a tiny seeded PRNG; the same seed gives the same corpus everywhere. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const int = (rand, lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));

const EN = {
  teams: ['support', 'data platform', 'mobile', 'sales', 'billing', 'infrastructure', 'marketing', 'payments'],
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  people: ['Dana Lee', 'Sam Ortiz', 'Priya Nair', 'Alex Kim', 'Maria Rossi', 'Tom Berg', 'Lena Fischer', 'Omar Haddad'],
  metrics: ['tickets handled', 'median first response', 'customer satisfaction', 'open backlog', 'deploys', 'churn', 'revenue', 'signups'],
  overview: [
    (r) => `In ${pick(r, EN.months)} the team of ${int(r, 3, 12)} people handled ${int(r, 300, 2000)} requests, ${int(r, 2, 30)}% more than the month before.`,
    (r) => `We met the ${pick(r, EN.metrics)} target for the ${pick(r, ['first', 'second', 'third'])} time this year and cut the backlog from ${int(r, 100, 300)} to ${int(r, 20, 99)} items.`,
    (r) => `The month was dominated by the migration of ${int(r, 4, 40)} services to the new cluster, which finished ${int(r, 1, 9)} days late.`,
    (r) => `Overall the results were pretty good and the team worked hard on many things.`,
  ],
  results: [
    (r) => `${cap(pick(r, EN.metrics))} improved from ${int(r, 5, 20)} to ${int(r, 1, 9)} hours, because we moved ${int(r, 2, 5)} people to a morning shift.`,
    (r) => `Revenue grew ${int(r, 3, 40)}% to ${int(r, 100, 900)} thousand dollars across ${int(r, 20, 300)} accounts.`,
    (r) => `The new help-centre article was viewed ${int(r, 1000, 9000)} times, and tickets on that topic fell from ${int(r, 60, 120)} to ${int(r, 10, 59)}.`,
    (r) => `Customer satisfaction rose from ${int(r, 70, 85)}% to ${int(r, 86, 97)}% across ${int(r, 100, 900)} survey replies.`,
    (r) => `We significantly improved the onboarding flow and made the dashboard much faster.`,
    (r) => `Crash-free sessions reached 99.${int(r, 1, 9)}% after the ${int(r, 2, 6)}.${int(r, 0, 9)} release on ${int(r, 1, 28)} ${pick(r, EN.months)}.`,
  ],
  problems: [
    (r) => `Billing tickets now wait ${int(r, 2, 5)} days, because only one agent has access to the billing system.`,
    (r) => `${int(r, 2, 9)}% of tickets were duplicates, because the contact form does not show existing tickets.`,
    (r) => `The ${int(r, 2, 6)}.${int(r, 0, 9)} release slipped from ${int(r, 1, 10)} to ${int(r, 11, 28)} ${pick(r, EN.months)}.`,
    (r) => `The nightly export failed ${int(r, 2, 6)} times due to a full disk on the reporting host.`,
    (r) => `Communication between teams could be better.`,
  ],
  plan: [
    (r) => `${pick(r, EN.people)} to add an alert on the export job by ${int(r, 1, 28)} ${pick(r, EN.months)}.`,
    (r) => `Give billing-system access to two more agents (owner: ${pick(r, EN.people)}, due ${int(r, 1, 28)} ${pick(r, EN.months)}).`,
    (r) => `Look into the flaky integration tests.`,
    (r) => `${pick(r, EN.people)} will bring the backlog under ${int(r, 10, 50)} items by the end of ${pick(r, EN.months)}.`,
    (r) => `Improve the release checklist soon.`,
  ],
  headings: { overview: 'Overview', results: 'Results', problems: 'Problems', plan: 'Next steps' },
  title: (r) => `${cap(pick(r, EN.teams))} team report, ${pick(r, EN.months)} ${int(r, 2023, 2026)}`,
};

const ZH = {
  teams: ['客服部', '数据平台组', '移动端团队', '华南区销售部', '财务部', '运维组', '市场部', '支付组'],
  people: ['王敏', '李强', '赵婷', '陈晨', '刘洋', '张伟', '周静', '孙磊'],
  overview: [
    (r) => `本月${pick(r, ZH.teams)}共${int(r, 3, 12)}人，处理工单${int(r, 300, 2000)}件，比上月增加${int(r, 2, 30)}%。`,
    (r) => `本月完成了${int(r, 4, 40)}个服务向新集群的迁移，比计划晚${int(r, 1, 9)}天。`,
    (r) => `总体来看，本月工作取得了较大进步，团队做了大量工作。`,
    (r) => `夜间批处理耗时由${int(r, 3, 6)}小时缩短到${int(r, 1, 2)}小时，首次达到季度目标。`,
  ],
  results: [
    (r) => `首次响应时间由${int(r, 5, 20)}小时缩短到${int(r, 1, 4)}小时，原因是把${int(r, 2, 5)}名客服调到早班。`,
    (r) => `销售额增长${int(r, 3, 40)}%，达到${int(r, 100, 900)}万元，新签客户${int(r, 5, 60)}家。`,
    (r) => `客户满意度由${int(r, 70, 85)}%提高到${int(r, 86, 97)}%，共收回问卷${int(r, 100, 900)}份。`,
    (r) => `进一步加强了团队建设，工作效率明显提升。`,
    (r) => `共迁移${int(r, 4, 20)}张表、${int(r, 1, 9)}.${int(r, 1, 9)}亿行数据，校验差异为0。`,
  ],
  problems: [
    (r) => `回款周期延长到${int(r, 45, 90)}天，原因是两家大客户调整了付款流程。`,
    (r) => `${int(r, 1, 28)}日销售日报延迟${int(r, 1, 5)}小时发出，原因是上游接口变更字段名称后没有通知我们。`,
    (r) => `测试环境磁盘使用率已达${int(r, 80, 95)}%。`,
    (r) => `部门之间的沟通还有待加强。`,
  ],
  plan: [
    (r) => `${pick(r, ZH.people)}负责在${int(r, 1, 12)}月${int(r, 1, 28)}日前为同步任务增加字段校验和失败告警。`,
    (r) => `由${pick(r, ZH.people)}牵头，${int(r, 1, 12)}月底前把回款周期缩短到${int(r, 30, 60)}天。`,
    (r) => `继续加强培训，提高服务质量。`,
    (r) => `尽快完成测试环境快照的清理。`,
  ],
  headings: { overview: '本月概述', results: '主要成果', problems: '存在的问题', plan: '下月计划' },
  title: (r) => `${pick(r, ZH.teams)}${int(r, 1, 12)}月工作总结`,
};

function cap(s) {
  return s[0].toUpperCase() + s.slice(1);
}

/** One summary of about `targetBytes` bytes: front matter, title, the four sections, grown evenly. */
export function summary(rand, lang, targetBytes) {
  const L = lang === 'zh' ? ZH : EN;
  const sep = lang === 'zh' ? '' : ' ';
  const title = L.title(rand);
  const head = `---\ntitle: ${title}\nauthor: ${pick(rand, L.people)}\n---\n\n# ${title}\n`;
  const sections = { overview: [], results: [], problems: [], plan: [] };
  // A running total: recounting every part on each step would make a 10 MB file quadratic to build.
  let size = Buffer.byteLength(head) + 160;
  const add = (kind, part) => {
    sections[kind].push(part);
    size += Buffer.byteLength(part) + 2;
  };
  const kinds = Object.keys(sections);
  for (let i = 0; size < targetBytes; i++) {
    const kind = kinds[i % kinds.length];
    const bank = L[kind];
    if (kind === 'overview') {
      add('overview', Array.from({ length: int(rand, 2, 4) }, () => pick(rand, bank)(rand)).join(sep));
    } else if (kind === 'results' && rand() < 0.15) {
      const rows = Array.from({ length: int(rand, 2, 5) }, () => `| ${pick(rand, EN.metrics)} | ${int(rand, 10, 900)} | ${int(rand, 10, 900)} |`);
      add('results', [lang === 'zh' ? '| 指标 | 上月 | 本月 |' : '| Measure | Last month | This month |', '| --- | --- | --- |', ...rows].join('\n'));
    } else {
      const bullet = lang === 'zh' && kind !== 'results' ? (n) => `${n}. ` : () => '- ';
      add(kind, Array.from({ length: int(rand, 2, 4) }, (_, n) => bullet(n + 1) + pick(rand, bank)(rand)).join('\n'));
    }
  }
  const body = kinds.map((kind) => `## ${L.headings[kind]}\n\n${sections[kind].join('\n\n')}\n`).join('\n');
  return `${head}\n${body}`;
}

/**
 * Write `count` summaries (half English, half Chinese, 2–20 KB each) under `folder`, 100 to a sub-folder.
 * Returns the file paths and their total size in bytes.
 */
export function writeCorpus(folder, count, seed = 42) {
  const rand = random(seed);
  const files = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const lang = rand() < 0.5 ? 'en' : 'zh';
    const text = summary(rand, lang, int(rand, 2048, 20480));
    const file = path.join(folder, `team-${String(Math.floor(i / 100)).padStart(3, '0')}`, `${lang}-${String(i).padStart(5, '0')}.md`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    files.push(file);
    bytes += Buffer.byteLength(text);
  }
  return { files, bytes };
}

/**
 * Write `count` summaries as series under `folder`: `teams` teams, each with consecutive monthly reports
 * (`team-03/2021-07.md`, front matter `team` and `period`), so every report but a team's first has a previous one
 * for `follow-up-plan` to read. Returns the file paths and their total size in bytes.
 */
export function writeSeriesCorpus(folder, count, { teams = 10, seed = 43 } = {}) {
  const rand = random(seed);
  const files = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const team = i % teams;
    const month = Math.floor(i / teams);
    const period = `${2000 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
    const lang = team % 2 === 0 ? 'en' : 'zh';
    const text = summary(rand, lang, int(rand, 2048, 20480)).replace(/^---\n[\s\S]*?\n---\n/, `---\nteam: team-${team}\nperiod: ${period}\n---\n`);
    const file = path.join(folder, `team-${String(team).padStart(2, '0')}`, `${period}.md`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    files.push(file);
    bytes += Buffer.byteLength(text);
  }
  return { files, bytes };
}

/** One long report of about `targetBytes` (the 10 KB → 10 MB growth check). */
export function writeLongSummary(file, targetBytes, lang = 'en', seed = 7) {
  const text = summary(random(seed), lang, targetBytes);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return Buffer.byteLength(text);
}

/**
 * One paragraph of about `targetBytes`, built from the same sentences: on a single line (no line break at all, not even
 * at the end) by default, or a sentence a line with `lineBreaks`. "One paragraph is linted in time proportional to its
 * size" is checked on both.
 */
export function writeLongParagraph(file, targetBytes, { lineBreaks = false, lang = 'en', seed = 11 } = {}) {
  const rand = random(seed);
  const L = lang === 'zh' ? ZH : EN;
  const banks = [L.overview, L.results, L.problems, L.plan];
  const parts = [];
  let size = 0;
  for (let i = 0; size < targetBytes; i++) {
    const sentence = pick(rand, banks[i % banks.length])(rand);
    parts.push(sentence);
    size += Buffer.byteLength(sentence) + 1;
  }
  const text = parts.join(lineBreaks ? '\n' : lang === 'zh' ? '' : ' ');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return Buffer.byteLength(text);
}
