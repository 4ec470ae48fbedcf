// Paragraphs that are asides, not statements of their own: a template's italic guidance ("*Keep items brief …*",
// "_enter updates_"), a line that is only a link. Shared by the rules that read problems and action items.
import type { Block } from '../../src/types.js';

/** Whether a paragraph holds nothing but nodes of these types (punctuation, spaces and line breaks aside). */
export function consistsOf(block: Block, types: readonly string[]): boolean {
  const node = block.node as { type: string; children?: { type: string; value?: string }[] };
  if (node.type !== 'paragraph' || !node.children) return false;
  const parts = node.children.filter((c) => !(c.type === 'text' && /^[\s\p{P}]*$/u.test(c.value ?? '')) && c.type !== 'break');
  return parts.length > 0 && parts.every((c) => types.includes(c.type));
}

/** A paragraph wholly in italics: guidance a template left, or an editor's note. */
export const isItalicNote = (block: Block): boolean => consistsOf(block, ['emphasis']);
