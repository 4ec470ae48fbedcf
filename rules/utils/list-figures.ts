// A list of labelled figures ("- Via Slack: 68") with a total: a "Total: 85" item in the list, or a "Total …: 85"
// paragraph right after it. The labelled figures are the parts; any other kind of item leaves the list alone.
import type { List, Nodes } from 'mdast';
import type { Block, Item, SummaryDoc, Vocabulary } from '../../src/types.js';
import { agrees, readAmounts, type Amount } from './amounts.js';
import { format } from './sentence-figures.js';

export interface ListIssue {
  data: Record<string, string>;
  block: Block;
  start: number;
  end: number;
}

interface Labelled {
  block: Block;
  label: string;
  amount: Amount;
}

/** "Label: 68", one figure after a colon and nothing after it. */
function labelled(block: Block | undefined, vocabulary: Vocabulary): Labelled | undefined {
  if (!block) return undefined;
  const text = block.prose.text;
  const amounts = readAmounts(text, vocabulary);
  if (amounts.length !== 1) return undefined;
  const amount = amounts[0]!;
  const before = /^(.*\S)\s*[:：]\s*$/su.exec(text.slice(0, amount.start));
  if (!before || !/^[\s*_.。]*$/u.test(text.slice(amount.end)) || amount.approximate || amount.measure === 'percent' || amount.measure === 'points') return undefined;
  return { block, label: before[1]!.replace(/[*_]/gu, '').trim(), amount };
}

/** The issues of every list of labelled figures with a total in the document. */
export function checkLists(doc: SummaryDoc, vocabulary: Vocabulary): ListIssue[] {
  const itemOf = new Map<Nodes, Item>(doc.items.map((item) => [item.node, item]));
  const blockOf = new Map<Nodes, Block>(doc.blocks.map((block) => [block.node, block]));
  const isTotal = (label: string) => vocabulary.find('total', label)[0]?.start === 0;
  const issues: ListIssue[] = [];
  const visit = (node: Nodes) => {
    const children = 'children' in node ? (node.children as Nodes[]) : [];
    children.forEach((child, k) => {
      if (child.type === 'list') {
        const figures = (child as List).children.map((li) => labelled(itemOf.get(li)?.blocks[0], vocabulary));
        const next = children[k + 1];
        const after = next?.type === 'paragraph' ? labelled(blockOf.get(next), vocabulary) : undefined;
        const issue = listTotal(figures, after, isTotal);
        if (issue) issues.push(issue);
      }
      visit(child);
    });
  };
  visit(doc.tree as Nodes);
  return issues;
}

/**
 * The total of a list and its parts: a Total item with the labelled figures next to it (before it, or after it when it
 * opens the list), or a Total line after a list of labelled figures only.
 */
function listTotal(figures: Array<Labelled | undefined>, after: Labelled | undefined, isTotal: (label: string) => boolean): ListIssue | undefined {
  const totals = figures.filter((f) => f && isTotal(f.label));
  let total: Labelled | undefined;
  let parts: Labelled[];
  if (totals.length === 1) {
    total = totals[0]!;
    const at = figures.indexOf(total);
    const run = (from: number, step: number) => {
      const out: Labelled[] = [];
      for (let i = from; i >= 0 && i < figures.length && figures[i]; i += step) out.push(figures[i]!);
      return out;
    };
    parts = at === 0 ? run(1, 1) : run(at - 1, -1);
  } else if (totals.length === 0 && after && isTotal(after.label) && figures.every((f) => f !== undefined)) {
    total = after;
    parts = figures as Labelled[];
  } else return undefined;
  const t = total.amount;
  if (parts.length < 2 || parts.some((p) => p.amount.measure !== t.measure || p.amount.scale !== t.scale)) return undefined;
  const sum = parts.reduce((s, p) => s + p.amount.value, 0);
  const error = parts.reduce((s, p) => s + p.amount.error, 0);
  if (agrees(sum, error, t.value, t.error)) return undefined;
  const text = total.block.prose.text;
  return { data: { total: text.slice(t.start, t.end), sum: format(text, sum, t), count: String(parts.length) }, block: total.block, start: t.start, end: t.end };
}
