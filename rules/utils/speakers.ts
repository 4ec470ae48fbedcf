import type { Item, SummaryDoc, Vocabulary } from '../../src/types.js';
import { ownerFinder } from './owners.js';

/** How many items must open with a speaker for the document to be read as minutes of who said what. */
const SPEAKER_ITEMS = 3;

/**
 * A short label and a colon that open an item: "Yannic:", "王敏：" (the label is tested as a name afterwards). At most
 * 20 characters, so a bold topic label ("Productive Collaboration:") is no speaker, as a name of one or two words
 * would allow (action-items' `withoutSpeaker`, which only strips a speaker before reading the note).
 */
const LABEL = /^\s*([^\s:：,，。.!?！？][^:：,，。.!?！？\n]{0,19}?)\s*[:：]\s*\S/u;

/**
 * The items that open with a speaker's name or role and a colon ("Yannic: sees some risks", 王敏：…), when at least
 * 3 items of the document do: a record of what each person said at a meeting or in a round of updates.
 */
export function speakerItems(doc: SummaryDoc, vocabulary: Vocabulary): Set<Item> {
  const labelled = new Map<Item, string>();
  for (const block of doc.blocks) {
    if (block.item === undefined || block.item.kind === 'row' || block.item.blocks[0] !== block) continue;
    const label = LABEL.exec(block.prose.text);
    if (label) labelled.set(block.item, label[1]);
  }
  const out = new Set<Item>();
  if (labelled.size < SPEAKER_ITEMS) return out;
  const finder = ownerFinder(vocabulary);
  for (const [item, label] of labelled) if (finder.find(`${label}:`, { title: true }).some((m) => m.how === 'subject' || m.how === 'role')) out.add(item);
  return out.size >= SPEAKER_ITEMS ? out : new Set();
}
