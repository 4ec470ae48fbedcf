// The prose of a block as one string, with every character mapped back to its source offset.
// Rules match words in this text and report through `sourceRange`, so they never compute positions by hand.
import type { Nodes, PhrasingContent } from 'mdast';
import type { ProseText, Range } from '../types.js';

export class Prose implements ProseText {
  constructor(
    readonly text: string,
    /** `offsets[i]` is the source offset of `text[i]`. */
    private readonly offsets: Int32Array,
    /** Source offset just after the block's last character (for empty prose). */
    private readonly endOffset: number,
  ) {}

  sourceRange(start: number, end: number): Range {
    if (this.text.length === 0) return [this.endOffset, this.endOffset];
    const s = Math.min(Math.max(start, 0), this.text.length - 1);
    const e = Math.min(Math.max(end, s + 1), this.text.length);
    return [this.offsets[s], this.offsets[e - 1] + 1 + trailingSurrogate(this.text, e - 1)];
  }

  /** Source offset of character `i` (or the end of the block). */
  sourceOffset(i: number): number {
    return i < this.text.length ? this.offsets[i] : this.endOffset;
  }

  /** The part `[start, end)` as its own prose (for one line of a paragraph). */
  slice(start: number, end: number): Prose {
    const endOffset = end > start ? this.offsets[end - 1] + 1 : this.sourceOffset(start);
    return new Prose(this.text.slice(start, end), this.offsets.slice(start, end), endOffset);
  }
}

// A mapped unit that is a high surrogate whose low half was mapped to the next source unit: end after both.
function trailingSurrogate(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff ? 1 : 0;
}

/**
 * Pieces of prose and where they come from: `runs` holds pairs (source offset, length), one per piece, whose
 * characters map to consecutive source offsets. Most text nodes are one piece, so a block costs a few
 * allocations rather than two per character.
 */
interface Collected {
  parts: string[];
  runs: number[];
}

/** Build the prose of the inline content of `node` (a paragraph, heading or table cell). */
export function proseOf(node: Nodes, source: string): Prose {
  const collected: Collected = { parts: [], runs: [] };
  collect(node, source, collected);
  const text = collected.parts.join('');
  const offsets = new Int32Array(text.length);
  const { runs } = collected;
  for (let r = 0, i = 0; r < runs.length; r += 2) {
    for (let k = 0; k < runs[r + 1]; k++) offsets[i++] = runs[r] + k;
  }
  return new Prose(text, offsets, node.position?.end.offset ?? source.length);
}

const SKIPPED = new Set(['html', 'inlineCode', 'code', 'image', 'imageReference', 'footnoteReference', 'delete', 'yaml', 'definition']);

function collect(node: Nodes, source: string, out: Collected): void {
  if (SKIPPED.has(node.type)) {
    // Inline code stands in as a space so the words around it do not run together.
    if (node.type === 'inlineCode' && node.position) push(out, ' ', node.position.start.offset!);
    return;
  }
  if (node.type === 'text') return alignText(node.value, node, source, out);
  if (node.type === 'break') return push(out, '\n', node.position!.start.offset!);
  if ('children' in node) for (const child of node.children as PhrasingContent[]) collect(child, source, out);
}

/** `text`, whose characters come from consecutive source offsets from `offset`. */
function push(out: Collected, text: string, offset: number): void {
  out.parts.push(text);
  out.runs.push(offset, text.length);
}

/**
 * Map each character of a text node's value onto its source. The value differs from the source where
 * Markdown removed something (escapes `\*`, entities `&amp;`, indentation of continuation lines), so walk
 * both and skip source characters until the next value character is found.
 */
function alignText(value: string, node: Nodes, source: string, out: Collected): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return;
  if (source.slice(start, end) === value) return push(out, value, start);
  let j = start;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    let k = j;
    while (k < end && source[k] !== ch) k++;
    // Characters produced by an entity (`&#x4E2D;`) have no twin in the source: map them to where we are.
    if (k >= end) push(out, ch, Math.min(j, end - 1));
    else {
      push(out, ch, k);
      j = k + 1;
    }
  }
}
