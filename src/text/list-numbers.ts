// List numbers: the numbering that opens a numbered line, item or heading. The shapes every language writes
// (`1.`, `1、`, `1.2`, `(1)`, `1)`, `①`, `1，`) are here; a language pack adds its own (`一、`, `（二）`, `第一部分`;
// `I.`), and the vocabulary's `ordinal` concept the words (`First,`, `首先，`). The document model reads them to
// tell numbered paragraphs and pseudo-headings; rules read `leadingListNumber` to see past them.
import { languages, languagesVersion } from '../languages/index.js';
import type { ListNumberShape, Vocabulary } from '../types.js';

/** The shapes of every language, after the packs' own: a pack's shape wins where both match. */
const COMMON: readonly ListNumberShape[] = [
  { style: 'decimal-2', kind: 'maybe', pattern: /^\d{1,2}[.．]\d{1,2}(?![\d%％])[.．、]?\s*/u, decimal: true },
  { style: 'decimal', kind: 'maybe', pattern: /^\d{1,2}(?:、|[．.](?![\d%％]))\s*/u },
  { style: 'paren', kind: 'item', pattern: /^[（(]\d{1,2}[）)]\s*/u },
  { style: 'close-paren', kind: 'item', pattern: /^\d{1,2}[)）]\s*/u },
  { style: 'circled', kind: 'item', pattern: /^[\u2460-\u2473\u2776-\u277f]\s*/u },
  { style: 'comma', kind: 'item', pattern: /^\d{1,2}[,，](?!\s*\d)\s*/u },
  // Bullets of plain text: `*item` and `-item` with no space (not a Markdown list), `•` and `●` pasted from Word.
  // A hyphen counts only before a letter, so that `-5%` stays a number.
  { style: 'bullet', kind: 'item', pattern: /^(?:[*•●▪◦]|-(?=\p{L}))\s*/u },
];

let shapes: { version: number; shapes: readonly ListNumberShape[] } | undefined;

/** The registered packs' shapes, then the common ones. */
export function listNumberShapes(): readonly ListNumberShape[] {
  const version = languagesVersion();
  if (shapes?.version !== version) shapes = { version, shapes: [...languages().flatMap((pack) => pack.listNumbers ?? []), ...COMMON] };
  return shapes.shapes;
}

export interface ListNumber {
  style: string;
  kind: ListNumberShape['kind'];
  /** Length of the number and the spaces after it. */
  length: number;
}

/** The list number that opens `line` and is followed by something, if any: a shape, or an ordinal word and a comma. */
export function matchListNumber(line: string, vocabulary: Vocabulary): ListNumber | undefined {
  for (const { style, kind, pattern } of listNumberShapes()) {
    const m = pattern.exec(line);
    if (m && m[0].trim().length > 0 && line.length > m[0].length) return { style, kind, length: m[0].length };
  }
  const ordinal = vocabulary.find('ordinal', line.slice(0, 24))[0];
  if (ordinal && ordinal.start === 0) {
    const after = /^[,，、:：]\s*/u.exec(line.slice(ordinal.end));
    if (after) return { style: 'ordinal', kind: 'maybe', length: ordinal.end + after[0].length };
  }
  return undefined;
}

/**
 * Length of the list number (of any shape, with the spaces around it) that opens `text`, or 0. Where a quantity may
 * stand (`quantity: true`), a number that reads as a decimal (`1.5 million`) is not taken for one.
 */
export function leadingListNumber(text: string, { quantity = false } = {}): number {
  const space = /^\s*/u.exec(text)![0].length;
  const rest = space === 0 ? text : text.slice(space);
  for (const { pattern, decimal } of listNumberShapes()) {
    if (quantity && decimal) continue;
    const m = pattern.exec(rest);
    if (m && m[0].trim()) return space + m[0].length;
  }
  return 0;
}
