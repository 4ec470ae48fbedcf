// Everything the report writes into HTML from a document or a config goes through here: the documents' words
// are text, never markup.

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside an element or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/**
 * A value as a JavaScript expression for a data file (`.js`, never inline in HTML): JSON, with `<` escaped as
 * well, so the text can never close a script element even if a file is inlined one day.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
