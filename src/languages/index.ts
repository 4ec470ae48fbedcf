// The language table: each language summarylint reads is one pack (src/languages/<code>/), registered here.
// The order is the order of the vocabulary's entries (a word two packs list counts as the first one's).
import type { Lang, LanguagePack, Locale } from '../types.js';
import { vocabularyProblems } from './concepts.js';
import english from './en/index.js';
import chinese from './zh/index.js';

/** The packs that ship: what the build precompiles the vocabulary for. */
const SHIPPED: readonly LanguagePack[] = [english, chinese];

let table: readonly LanguagePack[] = SHIPPED;
let version = 0;

/** The registered packs, in order. */
export function languages(): readonly LanguagePack[] {
  return table;
}

/** The registered codes, in order. */
export function languageCodes(): Lang[] {
  return table.map((pack) => pack.code);
}

export function languagePack(code: Lang): LanguagePack | undefined {
  return table.find((pack) => pack.code === code);
}

/**
 * Add a language, or replace the pack of its code. Register before linting: what is derived from the table
 * (the compiled vocabulary, the config schema) is made again after a change, but a run in progress keeps its own.
 * A pack whose vocabulary does not fit schema/vocabulary.schema.json (a misspelt concept or key) is refused.
 */
export function registerLanguage(pack: LanguagePack): void {
  if (!/^[a-z][a-z0-9-]*$/.test(pack.code) || pack.code === 'auto') throw new Error(`language pack: invalid code ${JSON.stringify(pack.code)}`);
  const problems = vocabularyProblems(pack.vocabulary);
  if (problems.length > 0) throw new Error(`language pack '${pack.code}': its vocabulary does not fit the schema:\n  ${problems.join('\n  ')}`);
  const at = table.findIndex((p) => p.code === pack.code);
  table = at === -1 ? [...table, pack] : table.map((p, i) => (i === at ? pack : p));
  version++;
}

/** Goes up with every registration: caches of what is derived from the table compare it. */
export function languagesVersion(): number {
  return version;
}

/** Whether the table is the shipped one, for which the build's precompiled vocabulary holds. */
export function onlyShippedLanguages(): boolean {
  return table.length === SHIPPED.length && table.every((pack, i) => pack === SHIPPED[i]);
}

/** The message locales of the registered packs, in order. */
export function messageLocales(): Locale[] {
  return table.flatMap((pack) => pack.messages?.locales ?? []);
}

/** The message locale for a document in `lang`: the pack's choice for its text, or English. */
export function localeFor(lang: Lang, text: string): Locale {
  const messages = languagePack(lang)?.messages;
  return messages ? (messages.localeOf?.(text) ?? messages.locales[0]) : 'en';
}

/** The language of messages in `locale`, whose words they quote (the heading a missing section should have). */
export function languageOfLocale(locale: Locale): Lang {
  return (table.find((pack) => pack.messages?.locales.includes(locale)) ?? table[0]).code;
}

/** How to make messages in `locale` from another locale's, when a rule has none in it. */
export function convertedLocale(locale: Locale): { from: Locale; convert(message: string): string } | undefined {
  for (const pack of table) {
    const converted = pack.messages?.converted?.[locale];
    if (converted) return converted;
  }
  return undefined;
}
