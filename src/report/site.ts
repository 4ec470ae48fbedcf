// The report as files: what `summarylint report` writes into its output folder.
//
//   index.html            the overview, the trend, the weaknesses and the series tables, as static HTML and SVG
//   assets/report.css     the look (templates/report/)
//   assets/report.js      the documents table: paging, filters, sorting (templates/report/)
//   data/meta.js          labels, rules and the number of chunks, for report.js
//   data/docs-0001.js …   the documents, DOCS_PER_CHUNK a file
//
// Everything a page needs is in the folder and loads by <script src>, which works from file:// (fetch does not),
// so the report opens from the file system and needs no server and no network. The documents come in chunks
// that report.js loads one after the other, showing the first page as soon as the first chunk is in: a report of
// 10,000 documents opens as fast as one of 500.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { escapeHtml, jsonForScript } from './escape.js';
import { fill, labelsFor, type Labels } from './labels.js';
import type { FollowUp, ReportModel, SeriesStat } from './model.js';
import { bar, formatNumber, lineChart, sparkline } from './svg.js';

const DOCS_PER_CHUNK = 500;
const LEVEL_CODES = { error: 0, warn: 1, info: 2 } as const;

export interface SiteOptions {
  /** Where a file (and line) links to: `{path}` (relative to the report's root, URL-encoded) and `{line}`. */
  linkTemplate: string;
  version: string;
  /** The client's files (templates/report/). */
  assetsFolder: string;
}

/** Writes the site into `folder` (made if missing; the report's own files in it are replaced). */
export async function writeSite(folder: string, model: ReportModel, options: SiteOptions): Promise<void> {
  await rm(path.join(folder, 'data'), { recursive: true, force: true });
  await mkdir(path.join(folder, 'data'), { recursive: true });
  await mkdir(path.join(folder, 'assets'), { recursive: true });
  const labels = labelsFor(model.locale);
  const rules = model.rules.map((rule) => rule.ruleId);
  const ruleIndex = new Map(rules.map((id, i) => [id, i]));
  const chunks = Math.ceil(model.documents.length / DOCS_PER_CHUNK);

  const meta = {
    locale: model.locale,
    labels,
    rules,
    teams: model.series.map((s) => s.key),
    periods: model.trend.points.map((p) => p.label),
    total: model.documents.length,
    chunks,
    linkTemplate: options.linkTemplate,
  };
  const writes: Array<Promise<void>> = [writeFile(path.join(folder, 'data/meta.js'), `window.summarylintReport=${jsonForScript(meta)};\n`)];
  for (let chunk = 0; chunk < chunks; chunk++) {
    const docs = model.documents.slice(chunk * DOCS_PER_CHUNK, (chunk + 1) * DOCS_PER_CHUNK).map((doc, i) => [
      doc.path,
      doc.series.key ?? null,
      model.buckets[chunk * DOCS_PER_CHUNK + i] ?? null,
      doc.locale,
      doc.findings.map((f) => [f.ruleId === null ? -1 : ruleIndex.get(f.ruleId)!, LEVEL_CODES[f.level], f.line, f.column, f.message, f.quote ?? null]),
    ]);
    writes.push(writeFile(path.join(folder, chunkName(chunk)), `summarylintReport.addDocuments(${chunk},${jsonForScript(docs)});\n`));
  }
  for (const asset of ['report.css', 'report.js']) {
    writes.push(readFile(path.join(options.assetsFolder, asset)).then((bytes) => writeFile(path.join(folder, 'assets', asset), bytes)));
  }
  await Promise.all(writes);
  // The page last, and atomically: it appears once everything it loads is there.
  await writeFileAtomic(path.join(folder, 'index.html'), renderIndex(model, labels, options));
}

/** Path of a chunk inside the site (report.js builds the same names). */
function chunkName(chunk: number): string {
  return `data/docs-${String(chunk + 1).padStart(4, '0')}.js`;
}

/** A link template filled for one file and line; the path's segments are URL-encoded. */
export function linkFor(template: string, file: string, line: number): string {
  const encoded = file.split('/').map(encodeURIComponent).join('/');
  return template.replaceAll('{path}', encoded).replaceAll('{line}', String(line));
}

// ---------- index.html ----------

function renderIndex(model: ReportModel, labels: Labels, options: SiteOptions): string {
  const t = (text: string, values: Record<string, string | number> = {}) => escapeHtml(fill(text, values));
  const { totals } = model;
  const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;
  const card = (name: string, value: string, id: string) => `<div class="card"><div class="value" id="${id}">${value}</div><div class="name">${escapeHtml(name)}</div></div>`;

  return `<!doctype html>
<html lang="${escapeHtml(model.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:">
<title>${t(labels.title)}</title>
<link rel="stylesheet" href="assets/report.css">
<script src="data/meta.js"></script>
<script src="assets/report.js" defer></script>
</head>
<body>
<header><h1>${t(labels.title)}</h1><p>${t(labels.generated, { version: options.version, count: totals.documents })}</p></header>
<main>
<section aria-labelledby="overview">
<h2 id="overview">${t(labels.overview)}</h2>
<div class="cards">
${card(labels.documents, String(totals.documents), 'total-documents')}
${card(labels.findings, String(totals.findings), 'total-findings')}
${card(labels.errors, String(totals.errors), 'total-errors')}
${card(labels.warnings, String(totals.warnings), 'total-warnings')}
${card(labels.cleanShare, percent(totals.cleanShare), 'clean-share')}
</div>
<p>${t(labels.cleanShareNote, { clean: totals.clean, total: totals.documents })}</p>
${renderRules(model, labels)}
${renderTrend(model, labels)}
${renderWeaknesses(model, labels, options)}
</section>
${renderSeries(model, labels)}
<section aria-labelledby="documents">
<h2 id="documents">${t(labels.documents)}</h2>
<noscript><p>${t(labels.noScript)}</p></noscript>
<div id="documents-app"></div>
</section>
</main>
</body>
</html>
`;
}

function renderRules(model: ReportModel, labels: Labels): string {
  if (model.rules.length === 0) return '';
  const max = model.rules[0].findings;
  const rows = model.rules
    .map((rule) => `<tr><th scope="row"><code>${escapeHtml(rule.ruleId)}</code></th><td class="num">${rule.findings}</td><td class="bar-cell">${bar(rule.findings, max)}</td><td class="num">${rule.documents}</td><td class="num">${rule.errors}</td><td class="num">${rule.warnings}</td><td class="num">${rule.infos}</td></tr>`)
    .join('\n');
  return `<h3>${escapeHtml(labels.findingsPerRule)}</h3>
<div class="scroll"><table id="rules-table">
<thead><tr><th scope="col">${escapeHtml(labels.rule)}</th><th scope="col" class="num">${escapeHtml(labels.findings)}</th><th scope="col"><span class="visually-hidden">${escapeHtml(labels.findings)}</span></th><th scope="col" class="num">${escapeHtml(labels.documentsWithRule)}</th><th scope="col" class="num">${escapeHtml(labels.errors)}</th><th scope="col" class="num">${escapeHtml(labels.warnings)}</th><th scope="col" class="num">${escapeHtml(labels.infos)}</th></tr></thead>
<tbody>
${rows}
</tbody></table></div>`;
}

function renderTrend(model: ReportModel, labels: Labels): string {
  const heading = `<h3>${escapeHtml(labels.trend)}</h3>`;
  const { points, kind } = model.trend;
  if (points.length === 0) return `${heading}<p>${escapeHtml(labels.noPeriods)}</p>`;
  const chart = lineChart(points.map((p) => ({ label: p.label, value: p.perDocument })), labels.trend);
  const rows = points
    .map((p) => `<tr><th scope="row">${escapeHtml(p.label)}</th><td class="num">${p.documents}</td><td class="num">${p.findings}</td><td class="num">${formatNumber(p.perDocument)}</td></tr>`)
    .join('\n');
  return `${heading}
<figure>${chart}
<figcaption><details><summary>${escapeHtml(kind === 'week' ? labels.trendWeek : labels.trendMonth)}: ${escapeHtml(labels.perDocument)}</summary>
<table id="trend-table"><thead><tr><th scope="col">${escapeHtml(labels.period)}</th><th scope="col" class="num">${escapeHtml(labels.documents)}</th><th scope="col" class="num">${escapeHtml(labels.findings)}</th><th scope="col" class="num">${escapeHtml(labels.perDocument)}</th></tr></thead>
<tbody>
${rows}
</tbody></table></details></figcaption></figure>`;
}

function renderWeaknesses(model: ReportModel, labels: Labels, options: SiteOptions): string {
  const top = [...model.rules].sort((a, b) => b.documents - a.documents || b.findings - a.findings).slice(0, 5);
  if (top.length === 0) return '';
  const items = top
    .map((rule) => {
      const { example } = rule;
      const quote = example.quote === undefined ? '' : ` <q lang="${escapeHtml(example.locale)}">${escapeHtml(example.quote)}</q>`;
      return `<li>${fill(escapeHtml(labels.weakness), { rule: `<code>${escapeHtml(rule.ruleId)}</code>`, count: rule.documents })}${quote}
<span lang="${escapeHtml(example.locale)}">${escapeHtml(example.message)}</span> (<a href="${escapeHtml(linkFor(options.linkTemplate, example.path, example.line))}">${escapeHtml(`${example.path}:${example.line}`)}</a>)</li>`;
    })
    .join('\n');
  return `<h3>${escapeHtml(labels.weaknesses)}</h3>\n<ol class="weaknesses">\n${items}\n</ol>`;
}

function renderSeries(model: ReportModel, labels: Labels): string {
  const heading = `<section aria-labelledby="series"><h2 id="series">${escapeHtml(labels.series)}</h2>`;
  if (model.series.length === 0) return `${heading}<p>${escapeHtml(labels.noSeries)}</p></section>`;
  const followHead = model.followUp ? `<th scope="col" class="num">${escapeHtml(labels.followUpRate)}</th>` : '';
  const rows = model.series
    .map((s) => {
      const values = s.rows.map((row) => row.findings / row.documents);
      const description = `${labels.perDocument}: ${s.rows.map((row, i) => `${row.period} ${formatNumber(values[i])}`).join(', ')}`;
      const who = [s.team, s.author].filter((v) => v !== undefined).join(' / ');
      return `<tr data-key="${escapeHtml(s.key)}"><th scope="row">${escapeHtml(who || s.key)}</th><td class="num">${s.documents}</td><td class="num">${formatNumber(s.perDocument)}</td><td>${s.rows.length > 0 ? sparkline(values, description) : '–'}</td>${model.followUp ? `<td class="num">${followUpRate(s.followUp)}</td>` : ''}</tr>`;
    })
    .join('\n');
  const details = model.series.map((s) => seriesDetails(s, model, labels)).join('\n');
  return `${heading}
<p>${escapeHtml(labels.seriesNote)}${model.followUp ? ` ${escapeHtml(labels.followUpNote)}` : ''}</p>
<div class="scroll"><table id="series-table">
<thead><tr><th scope="col">${escapeHtml(labels.team)} / ${escapeHtml(labels.author)}</th><th scope="col" class="num">${escapeHtml(labels.documents)}</th><th scope="col" class="num">${escapeHtml(labels.perDocument)}</th><th scope="col">${escapeHtml(labels.trendColumn)}</th>${followHead}</tr></thead>
<tbody>
${rows}
</tbody></table></div>
${details}
</section>`;
}

/** One series: its periods, with the findings of each rule the series has. */
function seriesDetails(s: SeriesStat, model: ReportModel, labels: Labels): string {
  if (s.rows.length === 0) return '';
  const rules = model.rules.map((r) => r.ruleId).filter((id) => s.rows.some((row) => row.byRule[id]));
  const head = rules.map((id) => `<th scope="col" class="num"><code>${escapeHtml(id)}</code></th>`).join('');
  const rows = s.rows
    .map((row) => {
      const cells = rules.map((id) => `<td class="num">${row.byRule[id] ?? 0}</td>`).join('');
      return `<tr><th scope="row">${escapeHtml(row.period)}</th><td class="num">${row.documents}</td><td class="num">${row.findings}</td><td class="num">${row.errors}</td>${cells}${model.followUp ? `<td class="num">${followUpRate(row.followUp)}</td>` : ''}</tr>`;
    })
    .join('\n');
  return `<details class="series" data-key="${escapeHtml(s.key)}"><summary>${escapeHtml(s.key)}</summary>
<div class="scroll"><table>
<thead><tr><th scope="col">${escapeHtml(labels.period)}</th><th scope="col" class="num">${escapeHtml(labels.documents)}</th><th scope="col" class="num">${escapeHtml(labels.findings)}</th><th scope="col" class="num">${escapeHtml(labels.errors)}</th>${head}${model.followUp ? `<th scope="col" class="num">${escapeHtml(labels.followUpRate)}</th>` : ''}</tr></thead>
<tbody>
${rows}
</tbody></table></div></details>`;
}

/** '67% (2/3)': the summaries that answer their previous plan, of those that have one. */
function followUpRate(followUp: FollowUp | undefined): string {
  if (!followUp || followUp.due === 0) return '–';
  return `${Math.round((followUp.answered / followUp.due) * 100)}% (${followUp.answered}/${followUp.due})`;
}
