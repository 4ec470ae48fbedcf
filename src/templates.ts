// The section skeletons in templates/ (sections.json, templates.json): what `summarylint new` writes for each
// section. require-sections' fix inserts the same guidance line for a missing one (rules/utils/fixes.ts).
import { readFileSync } from 'node:fs';
import { packageFile } from './package-info.js';
import { phraseLang } from './text/script.js';
import type { Lang, ResolvedConfig } from './types.js';

type PerLang<T> = Record<Lang, T>;
export interface Template {
  period: 'day' | 'week' | 'month' | 'quarter' | 'year';
  title: PerLang<string>;
  headings?: Record<string, PerLang<string>>;
}
export type Sections = Record<string, PerLang<{ heading?: string; body: string }>> & { $owner?: PerLang<string> };

/** The languages the skeletons are written in. */
export type TemplateLang = 'en' | 'zh';

/** What require-sections asks for by default (its meta says the same; a test keeps them one). */
export const DEFAULT_REQUIRED = ['overview', 'results', 'problems', 'plan'];

/**
 * One section of a skeleton: its heading (a kind's, else a template's own, else the role's, else a custom role's)
 * and guidance.
 */
export function sectionSkeleton(
  sections: Sections, config: ResolvedConfig, role: string, lang: TemplateLang, template?: Template, kindHeadings?: Record<string, Partial<PerLang<string>>>,
): { heading: string; body: string } {
  const known = role.startsWith('$') ? undefined : sections[role]?.[lang];
  const owner = ownerOf(config) ?? sections.$owner?.[lang] ?? '';
  return {
    heading: kindHeadings?.[role]?.[lang] ?? template?.headings?.[role]?.[lang] ?? known?.heading ?? customHeading(config, role, lang),
    body: (known?.body ?? sections.custom[lang].body).replaceAll('{{owner}}', owner),
  };
}

/** The owner an action item of the skeleton names: the first person on `settings.roster`, when there is one
 *  (summarylint:strict accepts no one else as an owner then). */
export function ownerOf(config: ResolvedConfig): string | undefined {
  const roster = config.settings.roster;
  return Array.isArray(roster) ? roster.find((name): name is string => typeof name === 'string' && name.trim() !== '')?.trim() : undefined;
}

/** The roles require-sections asks for under this config, in the order it checks (if any). */
export function requiredRoles(config: ResolvedConfig): string[] {
  const rule = config.rules['require-sections'];
  if (!rule || rule.level === 'off') return DEFAULT_REQUIRED;
  const required = (rule.options.required as string[] | undefined) ?? DEFAULT_REQUIRED;
  const order = rule.options.order;
  if (!Array.isArray(order)) return required;
  const rank = (role: string) => (order.includes(role) ? order.indexOf(role) : order.length);
  return [...required].sort((a, b) => rank(a) - rank(b));
}

/** A custom role's heading: its first synonym in the skeleton's language, from require-sections' `roles`. */
function customHeading(config: ResolvedConfig, role: string, lang: Lang): string {
  const synonyms = ((config.rules['require-sections']?.options.roles ?? {}) as Record<string, string[]>)[role] ?? [];
  return synonyms.find((s) => phraseLang(s) === lang) ?? synonyms[0] ?? role;
}

/** A JSON file of templates/, from the package (a source checkout, dist/ or an installed package). */
export function readTemplateData<T>(relativePath: string): T {
  const file = packageFile(relativePath);
  if (!file) throw new Error(`summarylint: ${relativePath} is missing from the package`);
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}
