// Rule documentation generated from each rule's `meta`, so the docs cannot drift from the code: `npm run docs`
// writes docs/rules/<id>.md with it (scripts/rule-pages.mjs), and `summarylint rules <id>` prints it.
import path from 'node:path';
import { languagePack } from './languages/index.js';
import { lintText } from './lint.js';
import type { Rule, RuleExample } from './types.js';

const EXAMPLE_LANGUAGES: Record<string, string> = { en: 'English', zh: 'Simplified Chinese', 'zh-Hant': 'Traditional Chinese' };

/** One rule's documentation in Markdown (its docs page, and `summarylint rules <id>` in the terminal). */
export async function renderRule(rule: Rule): Promise<string> {
  const { meta } = rule;
  const lines = [
    `### ${meta.id}`,
    '',
    `${meta.description}.`,
    '',
    `**Why:** ${meta.docs.why}`,
    '',
    `Level in \`summarylint:recommended\`: \`${meta.level}\`. Languages: ${meta.languages.map((l) => languagePack(l)?.name ?? l).join(', ')}.`,
    '',
    ...renderOptions(rule),
    '**Examples** (each runs as a test):',
    '',
  ];
  for (const example of meta.examples) lines.push(...(await renderExample(meta.id, example, meta.level === 'off')));
  return lines.join('\n');
}

function renderOptions(rule: Rule): string[] {
  const properties = (rule.meta.schema.properties ?? {}) as Record<string, { description?: string }>;
  const names = Object.keys(properties);
  if (names.length === 0) return ['This rule has no options.', ''];
  const defaults = rule.meta.defaultOptions as Record<string, unknown>;
  return [
    '| option | default | meaning |',
    '| --- | --- | --- |',
    ...names.map((name) => `| \`${name}\` | \`${JSON.stringify(defaults[name])}\` | ${properties[name].description ?? ''} |`),
    '',
  ];
}

async function renderExample(ruleId: string, example: RuleExample, off: boolean): Promise<string[]> {
  const markdown = example.markdown.replace(/ ?<!--\s*expect:[\s\S]*?-->/g, '').trimEnd();
  const config = example.options || off ? { rules: { [ruleId]: ['warn', example.options ?? {}] as ['warn', Record<string, unknown>] } } : {};
  const previous = example.previous && { path: path.resolve(example.previous.path), text: example.previous.markdown };
  const result = await lintText(example.markdown, { config, previous });
  const findings = result.findings.filter((f) => f.ruleId === ruleId);
  const fence = markdown.includes('```') ? '````' : '```';
  return [
    `${findings.length > 0 ? '✗' : '✓'} *${example.title}* (${EXAMPLE_LANGUAGES[example.lang] ?? example.lang})`,
    '',
    `${fence}markdown`,
    markdown,
    fence,
    '',
    ...(previous ? [`The previous summary of the series, \`${example.previous!.path}\`:`, '', `${fence}markdown`, example.previous!.markdown.trimEnd(), fence, ''] : []),
    ...(findings.length > 0 ? [...findings.map((f) => `- ${f.line}:${f.column} ${f.message}`), ''] : ['No findings.', '']),
  ];
}
