// What fixes share: the text `summarylint new` writes (templates/sections.json), and edits on whole lines.
import { readFileSync } from 'node:fs';
import { renderMessage } from '../../src/engine/messages.js';
import { packageFile } from '../../src/package-info.js';
import type { Fix, Locale, Range, SummaryDoc } from '../../src/types.js';

/** Per role, the guidance body `summarylint new` writes in each language, `{{owner}}` left in. */
type Bodies = Record<string, { en: string; zh: string }>;
interface SectionsFile {
  $owner?: { en: string; zh: string };
  [role: string]: { en?: { body?: string }; zh?: { body?: string } } | unknown;
}

let data: { bodies: Bodies; owner: { en: string; zh: string } } | undefined;
let templateLines: Array<[string, string | undefined]> | undefined;

/** templates/sections.json, read on first use (only documents with something to fix need it). */
function sectionsData() {
  if (data) return data;
  const file = packageFile('templates/sections.json');
  if (!file) throw new Error('templates/sections.json is missing from the package');
  const raw = JSON.parse(readFileSync(file, 'utf8')) as SectionsFile;
  const bodies: Bodies = {};
  for (const [role, texts] of Object.entries(raw)) {
    const { en, zh } = (texts ?? {}) as { en?: { body?: string }; zh?: { body?: string } };
    if (!role.startsWith('$') && typeof en?.body === 'string' && typeof zh?.body === 'string') bodies[role] = { en: en.body, zh: zh.body };
  }
  data = { bodies, owner: raw.$owner ?? { en: '', zh: '' } };
  return data;
}

/** The guidance `summarylint new` writes under a section of this role, in the locale (Traditional converted). */
export function sectionGuidance(role: string, locale: Locale): string | undefined {
  const { bodies, owner } = sectionsData();
  const body = bodies[role] ?? bodies.custom;
  if (!body) return undefined;
  return renderMessage({ en: body.en.replaceAll('{{owner}}', owner.en), 'zh-Hans': body.zh.replaceAll('{{owner}}', owner.zh) }, {}, locale);
}

/**
 * True when `line` is one of the guidance lines `summarylint new` writes, as written (its list marker aside).
 * The `{{owner}}` slot matches any short name, since `new` fills it from the config's roster.
 */
export function isTemplateLine(line: string): boolean {
  templateLines ??= Object.values(sectionsData().bodies)
    .flatMap(({ en, zh }) => [...en.split('\n'), ...zh.split('\n')])
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
 * A fix that inserts a section (heading and guidance) where `role` belongs: before the first section whose role
 * comes after it in `order`, else at the end. Its heading takes the depth of the document's section headings.
 */
export function insertSection(doc: SummaryDoc, role: string, heading: string, order: readonly string[], locale: Locale): Fix {
  const headings = doc.sections.filter((section) => section.kind === 'heading' && section.depth > 1);
  const depth = Math.min(6, ...headings.map((section) => section.depth), 2);
  const rank = order.indexOf(role);
  const later = doc.sections.find((section) => section.kind !== 'root' && section.roles.some((r) => order.indexOf(r) > rank));
  const guidance = sectionGuidance(role, locale);
  const block = `${'#'.repeat(depth)} ${heading}\n\n${guidance ? `${guidance}\n\n` : ''}`;
  if (later) {
    const at = doc.text.lastIndexOf('\n', later.titleRange[0] - 1) + 1;
    return { range: [at, at], text: block };
  }
  const end = doc.text.length;
  const lead = doc.text.endsWith('\n\n') ? '' : doc.text.endsWith('\n') ? '\n' : '\n\n';
  return { range: [end, end], text: lead + block.trimEnd() + '\n' };
}
