// `summarylint new <template>`: write a skeleton summary with the sections the config in force requires
// (require-sections' `required`, in its `order`, custom roles under their own headings), in English or
// Chinese, so a writer starts from a structure that already passes, under front matter that names its period and
// author or team (require-metadata, follow-up-plan). Templates are data in templates/.
// `summarylint new <kind>` writes a kind of summary's sections (src/kinds/kinds.json) under its headings.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Option } from 'commander';
import writeFileAtomic from 'write-file-atomic';
import type { CliIO } from '../cli.js';
import { kindNamed, kindsOf, setsOwnSections, type Kind } from '../kinds/index.js';
import { convertedLocale } from '../languages/index.js';
import { dayPeriod, monthPeriod, parsePeriod, quarterPeriod, weekPeriod, yearPeriod, type Period } from '../series.js';
import { DEFAULT_REQUIRED, ownerOf, readTemplateData, requiredRoles, sectionSkeleton, type Sections, type Template, type TemplateLang } from '../templates.js';
import type { Lang, ResolvedConfig } from '../types.js';
import { commandFor, CommandError } from './index.js';

/** Chinese in Traditional characters: the Simplified skeleton, converted. */
const TRADITIONAL = 'zh-Hant';

interface NewOptions {
  template?: string;
  lang?: Lang | typeof TRADITIONAL;
  output?: string;
  period?: string;
  author?: string;
  team?: string;
  force?: boolean;
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const templates = readTemplateData<Record<string, Template>>('templates/templates.json');
  const templateNames = Object.keys(templates).filter((name) => !name.startsWith('$'));
  // Kinds the config defines are known only once it is loaded; the shipped ones are listed in the help.
  const shippedKinds = kindsOf({}).map((k) => k.name);
  const listed = [...new Set([...templateNames, ...shippedKinds])];
  const program = commandFor('new', io)
    .description(`Write a skeleton summary with the sections your config requires, or those of a kind of summary. Templates and kinds: ${listed.join(', ')}.`)
    .argument('[template]', `one of ${listed.join(', ')}, or a kind your config defines`)
    .option('--template <name>', 'the template or kind (the same as the argument)')
    .addOption(new Option('--lang <lang>', 'language of the skeleton: en, zh (Simplified) or zh-Hant (Traditional); default: the config\'s language, else en').choices(['en', 'zh', TRADITIONAL]))
    .option('-o, --output <file>', 'where to write it (default: <template>-<today>.md; "-" prints it)')
    .option('--period <text>', 'the period in the title and the front matter (default: the current day, week, month, quarter or year)')
    .option('--author <name>', 'the author in the front matter (default: the first name of settings.roster, else git\'s user.name)')
    .option('--team <name>', 'the team in the front matter, for a team\'s summary')
    .option('--force', 'overwrite the output file if it exists');
  program.parse(args, { from: 'user' });
  const options = program.opts<NewOptions>();
  const [positional] = program.processedArgs as [string | undefined];
  if (positional && options.template && positional !== options.template) throw new CommandError(`two templates given: '${positional}' and '${options.template}'`);
  const name = positional ?? options.template;
  if (!name) throw new CommandError(`name a template: summarylint new <template> (one of ${listed.join(', ')})`);

  const now = new Date();
  const output = options.output ?? `${name}-${isoDate(now)}.md`;
  const target = output === '-' ? undefined : path.resolve(io.cwd, output);
  if (target && existsSync(target) && !options.force) throw new CommandError(`${output} already exists; not overwriting it (use --force, or -o another file)`);

  const { loadConfig } = await import('../config/index.js');
  const config = await loadConfig(target ?? path.join(io.cwd, `${name}.md`), { cwd: io.cwd });
  // A kind's skeleton has its sections under its headings, and its template's title; `monthly` and the other
  // period templates have the config's sections. A config that lists its own sections keeps them for every kind.
  const kind = kindNamed(config, name);
  const template = templates[kind?.template ?? name];
  if (!template || name.startsWith('$')) {
    const known = [...new Set([...templateNames, ...kindsOf(config).map((k) => k.name)])];
    throw new CommandError(kind ? `kind '${name}' names the template '${kind.template}', which does not exist; expected one of ${templateNames.join(', ')}` : `unknown template or kind '${name}'; expected one of ${known.join(', ')}`);
  }
  const traditional = options.lang === TRADITIONAL;
  const lang: TemplateLang = traditional || options.lang === 'zh' || (!options.lang && config.language === 'zh') ? 'zh' : 'en';
  const sectionsOfKind = kind?.required && !setsOwnSections(config, DEFAULT_REQUIRED) ? kind : undefined;
  const title = options.period ?? periodOf(template.period, now, lang);
  const period = options.period === undefined ? currentPeriod(template.period, now) : parsePeriod(options.period);
  const front = frontMatter({ period: period?.label, team: options.team, author: options.author ?? (options.team ? undefined : ownerOf(config) ?? gitUser(io.cwd)) });
  const written = skeleton(template, readTemplateData<Sections>('templates/sections.json'), config, lang, title, sectionsOfKind);
  const text = front + (traditional ? toTraditional(written) : written);

  if (!target) {
    io.stdout.write(text);
    return 0;
  }
  await writeFileAtomic(target, text);
  io.stdout.write(`Wrote ${output}: replace each paragraph and item with your own, then run 'summarylint ${output}'.\n`);
  return 0;
}

export function skeleton(template: Template, sections: Sections, config: ResolvedConfig, lang: TemplateLang, period: string, kind?: Kind): string {
  const parts = [`# ${template.title[lang].replace('{{period}}', period)}`];
  // The kind's sections (review has none of its own: the config's), under the kind's headings.
  const roles = kind?.sections ?? kind?.required ?? requiredRoles(config);
  for (const role of roles) {
    const { heading, body } = sectionSkeleton(sections, config, role, lang, template, kind?.headings);
    parts.push(`## ${heading}`, body);
  }
  return `${parts.join('\n\n')}\n`;
}

/** Simplified Chinese text in Traditional characters, as zh-Hant messages are made. */
function toTraditional(text: string): string {
  const converter = convertedLocale(TRADITIONAL);
  if (!converter) throw new CommandError('Traditional Chinese is not available: the Chinese language pack is not registered');
  return converter.convert(text);
}

function periodOf(period: Template['period'], date: Date, lang: Lang): string {
  const year = date.getFullYear();
  const month = date.getMonth();
  const zh = lang === 'zh';
  switch (period) {
    case 'day':
      return zh ? `${year}年${month + 1}月${date.getDate()}日` : isoDate(date);
    case 'week': {
      const week = isoWeek(date);
      return zh ? `${week.year}年第${week.week}周` : `week ${week.week}, ${week.year}`;
    }
    case 'month':
      return zh ? `${year}年${month + 1}月` : `${date.toLocaleString('en', { month: 'long' })} ${year}`;
    case 'quarter': {
      const quarter = Math.floor(month / 3) + 1;
      return zh ? `${year}年第${'一二三四'[quarter - 1]}季度` : `Q${quarter} ${year}`;
    }
    case 'year':
      return zh ? `${year}年` : `${year}`;
  }
}

/** The period a template covers that holds `date`, as front matter writes it (`2026-11`, `2026-W46`). */
function currentPeriod(kind: Template['period'], date: Date): Period | undefined {
  const year = date.getFullYear();
  switch (kind) {
    case 'day':
      return dayPeriod(year, date.getMonth() + 1, date.getDate());
    case 'week': {
      const week = isoWeek(date);
      return weekPeriod(week.year, week.week);
    }
    case 'month':
      return monthPeriod(year, date.getMonth() + 1);
    case 'quarter':
      return quarterPeriod(year, Math.floor(date.getMonth() / 3) + 1);
    case 'year':
      return yearPeriod(year);
  }
}

/**
 * The front matter `require-metadata` asks for and `follow-up-plan` finds a series by: the period, and the team or
 * author. A value summarylint does not know is left out (a `--period` that is no period it reads).
 */
function frontMatter(fields: Record<string, string | undefined>): string {
  const lines = Object.entries(fields)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1].trim() !== '')
    .map(([key, value]) => `${key}: ${yamlScalar(value.trim())}`);
  return lines.length > 0 ? `---\n${lines.join('\n')}\n---\n` : '';
}

/** A name or period as YAML reads it back: plain when it is letters, digits, spaces, dots and dashes, else quoted. */
const yamlScalar = (value: string) => (/^[\p{L}\p{N}][\p{L}\p{N} ._-]*$/u.test(value) ? value : JSON.stringify(value));

/** Git's `user.name`, or undefined outside a repository or without git. */
function gitUser(cwd: string): string | undefined {
  try {
    return execFileSync('git', ['config', 'user.name'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

function isoWeek(date: Date): { year: number; week: number } {
  const day = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
  day.setUTCDate(day.getUTCDate() + 4 - (day.getUTCDay() || 7));
  const start = Date.UTC(day.getUTCFullYear(), 0, 1);
  return { year: day.getUTCFullYear(), week: Math.ceil(((day.getTime() - start) / 86_400_000 + 1) / 7) };
}

function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
