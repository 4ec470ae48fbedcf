// What makes a document meeting minutes when its title does not say so: a section only minutes have ("Agenda",
// 参会人员), a line of the minutes' header ("Participants:", 參與者：), or a list of what was discussed
// ("- Discussed the sprint's capacity", "- 讨论了发布时间"). Kind detection and require-sections read the same signs.
import type { SummaryDoc, Vocabulary } from '../types.js';

/** Items opening on what was discussed that make a document minutes. */
const DISCUSSED_ITEMS = 3;

/** A short label before a colon that opens a line or an item ("Participants:", "**Consequences**: …"). */
export const LABEL = /^\s*([^:：\n]{1,40}?)\s*[:：]/u;

/** The words that show a document is minutes, quoted, or undefined when nothing does. */
export function minutesSign(doc: SummaryDoc, vocabulary: Vocabulary): string | undefined {
  // Bilingual labels ("參與者 Participants") are longer than one language's.
  const recordLabel = (text: string) => text.trim().length > 0 && text.length <= 30 && !/[。，,.!?！？]/u.test(text) && vocabulary.has('record-section', text);
  // A document that opens with "Agenda" is what a meeting will discuss, written before it (a team's status notes), not its record.
  const opensDocument = (at: number) => doc.text.slice(doc.frontMatter?.range[1] ?? 0, at).trim() === '';
  const section = doc.sections.find((s) => recordLabel(s.title) && !opensDocument(s.titleRange[0]));
  if (section) return `the heading "${section.title}"`;
  for (const block of doc.blocks) {
    if (block.item) continue;
    for (const line of block.prose.text.split('\n')) {
      const label = LABEL.exec(line.replace(/[*_`]/gu, ''))?.[1] ?? '';
      if (recordLabel(label)) return `the line "${label.trim()}:"`;
    }
  }
  const discussed = doc.items.filter((item) => vocabulary.find('discussion-topic', item.text.trimStart().slice(0, 40)).some((hit) => hit.start === 0));
  if (discussed.length >= DISCUSSED_ITEMS) return `${discussed.length} items on what was discussed`;
  return undefined;
}
