import type { Block, Item, SummaryDoc, Vocabulary } from '../../src/types.js';

/** A sentence that introduces what others said: it ends with a colon and names their words ("received positive feedback:", 学员反馈：). */
export function isReportLeadIn(text: string, vocabulary: Vocabulary): boolean {
  return /[:：]\s*$/u.test(text) && vocabulary.has('speech-verb', text);
}

/** Whether a paragraph's last sentence introduces what others said and a list of its section follows it right away. */
function leadsIntoReportedItems(doc: SummaryDoc, index: number, vocabulary: Vocabulary): boolean {
  const block = doc.blocks[index];
  const next = doc.blocks[index + 1];
  const last = block.sentences.at(-1);
  return !block.item && block.kind === 'paragraph' && last !== undefined && next?.item !== undefined && next.section === block.section && isReportLeadIn(last.text, vocabulary);
}

/**
 * The items of the lists that such lead-ins introduce, and the items under them: others' words the author passes on.
 * Each block is walked over by one lead-in at most, since a lead-in is a paragraph and the walk stops at the first one.
 */
export function reportedItems(doc: SummaryDoc, vocabulary: Vocabulary): Set<Item> {
  const out = new Set<Item>();
  const { blocks } = doc;
  for (let i = 0; i < blocks.length; i++) {
    if (!leadsIntoReportedItems(doc, i, vocabulary)) continue;
    const lead: Block = blocks[i];
    for (let j = i + 1; j < blocks.length && blocks[j].item !== undefined && blocks[j].section === lead.section; j++) out.add(blocks[j].item as Item);
  }
  return out;
}
