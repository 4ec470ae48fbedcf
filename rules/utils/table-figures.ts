// The arithmetic of a table: a Total / 合计 row against the cells above it, a Total column against the cells beside it,
// and one column written in two units or scales (元 and 万元), which is reported rather than added up.
import type { Block, Item, Vocabulary } from '../../src/types.js';
import { isWholly } from './action-items.js';
import { agrees, readAmounts, type Amount } from './amounts.js';
import { format } from './sentence-figures.js';

export interface TableIssue {
  messageId: 'total' | 'mixed';
  data: Record<string, string>;
  block: Block;
  /** Offsets in the cell's prose. */
  start: number;
  end: number;
}

interface Cell {
  block: Block;
  amount: Amount | undefined;
  /** Nothing but the amount is in the cell (a label or a second figure makes it no figure to add up). */
  figure: boolean;
}

/** Words a column header may hold that make its cells no parts of a sum. */
const NOT_PARTS = ['goal', 'comparison', 'attainment', 'share', 'actual'];

/** The issues of one table, given its body rows (items of kind `row`, the same `columns`). */
export function checkTable(rows: readonly Item[], vocabulary: Vocabulary): TableIssue[] {
  const columns = rows[0]?.columns ?? [];
  // Cells past the header's are no part of the table (a trailing comment, a stray pipe).
  const grid = rows.map((row) => row.blocks.slice(0, columns.length).map((block) => readCell(block, vocabulary)));
  const isTotal = (cell: Cell | undefined) => cell !== undefined && isWholly(cell.block.prose.text, 'total', vocabulary);
  const issues: TableIssue[] = [];
  const totalColumn = columns.findIndex((header, j) => j > 0 && isWholly(header, 'total', vocabulary));
  // Columns that are added up are read for a mix of units first: a mix is reported, not added up.
  const mixed = new Set<number>();
  if (totalColumn > 0 || grid.some((row) => isTotal(row[0]))) {
    for (let j = 1; j < columns.length; j++) {
      const issue = mixedUnits(grid.map((row) => row[j]));
      if (issue) (issues.push(issue), mixed.add(j));
    }
  }
  // Total rows: each against the rows since the previous total row.
  let first = 0;
  grid.forEach((row, i) => {
    if (!isTotal(row[0])) return;
    const body = grid.slice(first, i);
    first = i + 1;
    if (body.length < 2 || body.some((r) => isTotal(r[0]))) return;
    for (let j = 1; j < row.length; j++) {
      if (mixed.has(j)) continue;
      const issue = totalOf(row[j]!, body.map((r) => r[j]));
      if (issue) issues.push(issue);
    }
  });
  // A Total column: each row's other figures, when every other column holds figures that are parts.
  if (totalColumn > 0 && !mixed.size && !columns.some((h) => NOT_PARTS.some((c) => vocabulary.has(c, h)))) {
    for (const row of grid) {
      if (row.length !== columns.length) continue;
      const issue = totalOf(row[totalColumn]!, row.filter((_, j) => j > 0 && j !== totalColumn));
      if (issue) issues.push(issue);
    }
  }
  return issues;
}

function readCell(block: Block, vocabulary: Vocabulary): Cell {
  const text = block.prose.text;
  const amounts = readAmounts(text, vocabulary);
  const amount = amounts.length === 1 && !amounts[0]!.approximate ? amounts[0] : undefined;
  const rest = amount ? text.slice(0, amount.start) + text.slice(amount.end) : text;
  return { block, amount, figure: amount !== undefined && /^[\s*_]*$/u.test(rest) };
}

/** The total cell against its parts: every part a figure of the same measure; a percentage only as shares of 100%. */
function totalOf(total: Cell, parts: Array<Cell | undefined>): TableIssue | undefined {
  const t = total.amount;
  if (!t || !total.figure || parts.length < 2 || parts.some((p) => !p?.figure || p.amount!.measure !== t.measure)) return undefined;
  const amounts = parts.map((p) => p!.amount!);
  if ((t.measure === 'percent' || t.measure === 'points') && !(t.measure === 'percent' && agrees(t.value, t.error, 100, 0))) return undefined;
  const sum = amounts.reduce((s, a) => s + a.value, 0);
  const error = amounts.reduce((s, a) => s + a.error, 0);
  if (agrees(sum, error, t.value, t.error)) return undefined;
  // A "total" within the parts' range is an average or a rate, not a sum: not read with certainty.
  if (t.value <= Math.max(...amounts.map((a) => a.value))) return undefined;
  const text = total.block.prose.text;
  return { messageId: 'total', data: { total: text.slice(t.start, t.end), sum: format(text, sum, t), count: String(amounts.length) }, block: total.block, start: t.start, end: t.end };
}

/** A column whose figures are written in two units or scales: the first cell that differs from the column's first figure. */
function mixedUnits(cells: Array<Cell | undefined>): TableIssue | undefined {
  const figures = cells.filter((c): c is Cell => c?.figure === true);
  const first = figures[0];
  if (!first) return undefined;
  const a = first.amount!;
  for (const cell of figures.slice(1)) {
    const b = cell.amount!;
    // Two written scales ($620k, $1.52M) are both read; a scale beside none (12万元, 8000元) is a mix.
    if ((a.unit !== undefined && b.unit !== undefined && a.unit !== b.unit) || a.measure !== b.measure || (a.scale !== b.scale && (a.scale === 1 || b.scale === 1))) {
      const text = cell.block.prose.text;
      return { messageId: 'mixed', data: { a: first.block.prose.text.slice(a.start, a.end), b: text.slice(b.start, b.end) }, block: cell.block, start: b.start, end: b.end };
    }
  }
  return undefined;
}

