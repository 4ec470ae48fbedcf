// What fixes share: the text `summarylint new` writes (templates/sections.json), and edits on whole lines.
import { renderMessage } from '../../src/engine/messages.js';
import { readTemplateData, type Sections } from '../../src/templates.js';
import type { Fix, Locale, Range, SummaryDoc } from '../../src/types.js';

let sections: Sections | undefined;
let templateLines: Array<[string, string | undefined]> | undefined;

/** templates/sections.json, read on first use (only documents with something to fix need it). */
function sectionTexts(): Sections {
  return (sections ??= readTemplateData<Sections>('templates/sections.json'));
}

/** The guidance `summarylint new` writes under a section of this role, in the locale (Traditional converted). */
export function sectionGuidance(role: string, locale: Locale): string {
  const texts = sectionTexts();
  const body = (lang: 'en' | 'zh') => (texts[role]?.[lang] ?? texts.custom[lang]).body.replaceAll('{{owner}}', texts.$owner?.[lang] ?? '');
  return renderMessage({ en: body('en'), 'zh-Hans': body('zh') }, {}, locale);
}

/**
 * True when `line` is one of the guidance lines `summarylint new` writes, as written (its list marker aside).
 * The `{{owner}}` slot matches any short name, since `new` fills it from the config's roster.
 */
export function isTemplateLine(line: string): boolean {
  templateLines ??= Object.entries(sectionTexts())
    .flatMap(([role, texts]) => (role.startsWith('$') ? [] : Object.values(texts as Record<string, { body: string }>)))
    .flatMap(({ body }) => body.split('\n'))
    .map((bodyLine) => {
      const [before, after] = stripMarker(bodyLine).split('{{owner}}');
      return [before, after] as [string, string | undefined];
    });
  const text = stripMarker(line);
  return templateLines.some(([before, after]) =>
    after === undefined ? text === before : text.startsWith(before) && text.endsWith(after) && text.length - before.length - after.length <= 40,
  );
}

function stripMarker(line: string): string {
  return line.trim().replace(/^(?:[-*+]|\d{1,9}[.)])\s+/u, '');
}

/** Blanks, quote markers, a list marker and a task box: what may stand on a line before a block's text. */
const LINE_LEAD = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)?$/u;

/**
 * A fix that deletes the lines `range` stands on, when nothing else is on them but what leads a block (indent,
 * `>`, a list marker) and no deeper-indented line follows (an item's child, which the deletion would re-parent).
 * A blank line left doubled by the deletion goes too.
 */
export function removeLines(text: string, [start, end]: Range): Fix | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  let lineEnd = newline === -1 ? text.length : newline + 1;
  const lead = text.slice(lineStart, start);
  if (!LINE_LEAD.test(lead) || text.slice(end, lineEnd).trim() !== '') return undefined;
  const nextEnd = text.indexOf('\n', lineEnd);
  const next = text.slice(lineEnd, nextEnd === -1 ? text.length : nextEnd);
  const indent = (line: string) => /^[ \t]*/u.exec(line)![0].length;
  if (next.trim() !== '' && indent(next) > indent(lead)) return undefined;
  const blankBefore = lineStart === 0 || text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart).trim() === '';
  if (blankBefore && next.trim() === '' && nextEnd !== -1) lineEnd = nextEnd + 1;
  return { range: [lineStart, lineEnd], text: '' };
}

/**
 * A fix that inserts a section (heading and guidance) where `role` belongs: before the first section of the
 * document's top level of headings whose role comes after it in `order`, else at the end. The heading takes that
 * level; new lines take the document's own line ending.
 */
export function insertSection(doc: SummaryDoc, role: string, heading: string, order: readonly string[], locale: Locale): Fix {
  const text = doc.text;
  // The sections a reader sees as the summary's parts: headings that name a role, the document's title left out.
  const parts = doc.sections.filter((s) => s.kind === 'heading' && s.role !== undefined && s.titleRange[0] !== doc.title?.range[0]);
  const depth = parts.length > 0 ? Math.min(...parts.map((s) => s.depth)) : 2;
  const rank = order.indexOf(role);
  const next = parts.find((section) => section.depth === depth && section.roles.some((r) => order.indexOf(r) > rank));
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const section = `${'#'.repeat(depth)} ${heading}${eol}${eol}${sectionGuidance(role, locale).replaceAll('\n', eol)}`;
  if (next) return { range: [next.titleRange[0], next.titleRange[0]], text: `${section}${eol}${eol}` };
  const end = text.trimEnd().length;
  return { range: [end, text.length], text: `${end === 0 ? '' : eol + eol}${section}${eol}` };
}
