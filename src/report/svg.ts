// Charts as plain SVG written at build time: a line chart for the trend, sparklines for the series and bars for
// the rules. They need no script and no library at view time, print and scale, and each carries its text
// equivalent (`role="img"` with a title; the numbers are also in a table beside it).
import { escapeHtml } from './escape.js';

const round = (n: number) => Math.round(n * 10) / 10;

/** A line chart of values over labelled points, with the y axis from 0 to the largest value. */
export function lineChart(points: ReadonlyArray<{ label: string; value: number }>, title: string): string {
  const width = 720;
  const height = 240;
  const left = 44;
  const right = 36; // room for the last x label, centred on its point
  const top = 12;
  const bottom = 40;
  const max = niceMax(Math.max(0, ...points.map((p) => p.value)));
  const x = (i: number) => left + (points.length <= 1 ? (width - left - right) / 2 : (i * (width - left - right)) / (points.length - 1));
  const y = (v: number) => top + (height - top - bottom) * (1 - v / max);
  const ticks = [0, max / 2, max];
  const grid = ticks
    .map((t) => `<line x1="${left}" x2="${width - right}" y1="${round(y(t))}" y2="${round(y(t))}" class="grid"/><text x="${left - 6}" y="${round(y(t)) + 4}" text-anchor="end">${formatNumber(t)}</text>`)
    .join('');
  // At most about 12 x labels, so they never overlap.
  const every = Math.max(1, Math.ceil(points.length / 12));
  const labels = points
    .map((p, i) => (i % every === 0 || i === points.length - 1 ? `<text x="${round(x(i))}" y="${height - bottom + 18}" text-anchor="middle">${escapeHtml(p.label)}</text>` : ''))
    .join('');
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(x(i))},${round(y(p.value))}`).join('');
  const dots = points
    .map((p, i) => `<circle cx="${round(x(i))}" cy="${round(y(p.value))}" r="3"><title>${escapeHtml(`${p.label}: ${formatNumber(p.value)}`)}</title></circle>`)
    .join('');
  return (
    `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="trend-title" preserveAspectRatio="xMidYMid meet">` +
    `<title id="trend-title">${escapeHtml(title)}</title>${grid}${labels}<path d="${path}" class="line"/>${dots}</svg>`
  );
}

/** A small line of values, oldest first, for a table cell; its text equivalent is the list of values. */
export function sparkline(values: readonly number[], description: string): string {
  const width = 120;
  const height = 28;
  const max = Math.max(0, ...values) || 1;
  const x = (i: number) => (values.length <= 1 ? width / 2 : 2 + (i * (width - 4)) / (values.length - 1));
  const y = (v: number) => 3 + (height - 6) * (1 - v / max);
  const path = values.map((v, i) => `${i === 0 ? 'M' : 'L'}${round(x(i))},${round(y(v))}`).join('');
  const last = values.length - 1;
  const dot = last >= 0 ? `<circle cx="${round(x(last))}" cy="${round(y(values[last]))}" r="2.5"/>` : '';
  return `<svg class="spark" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(description)}"><path d="${path}"/>${dot}</svg>`;
}

/** A horizontal bar for a share of the largest value. */
export function bar(value: number, max: number): string {
  const width = max === 0 ? 0 : Math.max(1, Math.round((value / max) * 100));
  return `<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect width="${width}" height="10"/></svg>`;
}

function niceMax(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * magnitude >= value) return step * magnitude;
  return 10 * magnitude;
}

export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 2 : 1);
}
