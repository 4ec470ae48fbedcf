// `summarylint new <template>`: write a skeleton summary with the sections the config in force requires
// (require-sections' `required`, in its `order`, custom roles under their own headings), in English or
// Chinese, so a writer starts from a structure that already passes, under front matter that names its period and
// author or team (require-metadata, follow-up-plan). Templates are data in templates/.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Option } from 'commander';
import writeFileAtomic from 'write-file-atomic';
import type { CliIO } from '../cli.js';
import { monthPeriod, parsePeriod, quarterPeriod, weekPeriod, yearPeriod, type Period } from '../series.js';
import { phraseLang } from '../text/script.js';
import type { Lang, ResolvedConfig } from '../types.js';
import { commandFor, CommandError } from './index.js';
import { packageFile } from './init.js';

type PerLang<T> = Record<Lang, T>;
interface Template {
  period: 'week' | 'month' | 'quarter' | 'year';
  title: PerLang<string>;
  headings?: Record<string, PerLang<string>>;
}
type Sections = Record<string, PerLang<{ heading?: string; body: string }>> & { $owner?: PerLang<string> };

const DEFAULT_REQUIRED = ['overview', 'results', 'problems', 'plan'];

interface NewOptions {
  template?: string;
  lang?: Lang;
  output?: string;
  period?: string;
  author?: string;
  team?: string;
  force?: boolean;
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const templates = readData<Record<string, Template>>('templates/templates.json');
  const names = Object.keys(templates).filter((name) => !name.startsWith('$'));
  const program = commandFor('new', io)
    .description(`Write a skeleton summary with the sections your config requires. Templates: ${names.join(', ')}.`)
    .argument('[template]', `one of ${names.join(', ')}`)
    .option('--template <name>', 'the template (the same as the argument)')
    .addOption(new Option('--lang <lang>', 'language of the skeleton (default: the config\'s language, else en)').choices(['en', 'zh']))
    .option('-o, --output <file>', 'where to write it (default: <template>-<today>.md; "-" prints it)')
    .option('--period <text>', 'the period in the title and the front matter (default: the current week, month, quarter or year)')
    .option('--author <name>', 'the author in the front matter (default: the first name of settings.roster, else git\'s user.name)')
    .option('--team <name>', 'the team in the front matter, for a team\'s summary')
    .option('--force', 'overwrite the output file if it exists');
  program.parse(args, { from: 'user' });
  const options = program.opts<NewOptions>();
  const [positional] = program.processedArgs as [string | undefined];
  if (positional && options.template && positional !== options.template) throw new CommandError(`two templates given: '${positional}' and '${options.template}'`);
  const name = positional ?? options.template;
  if (!name) throw new CommandError(`name a template: summarylint new <template> (one of ${names.join(', ')})`);
  const template = templates[name];
  if (!template || name.startsWith('$')) throw new CommandError(`unknown template '${name}'; expected one of ${names.join(', ')}`);

  const now = new Date();
  const output = options.output ?? `${name}-${isoDate(now)}.md`;
  const target = output === '-' ? undefined : path.resolve(io.cwd, output);
  if (target && existsSync(target) && !options.force) throw new CommandError(`${output} already exists; not overwriting it (use --force, or -o another file)`);

  const { loadConfig } = await import('../config/index.js');
  const config = await loadConfig(target ?? path.join(io.cwd, `${name}.md`), { cwd: io.cwd });
  const lang: Lang = options.lang ?? (config.language === 'zh' ? 'zh' : 'en');
  const title = options.period ?? periodOf(template.period, now, lang);
  const period = options.period === undefined ? currentPeriod(template.period, now) : parsePeriod(options.period);
  const front = frontMatter({ period: period?.label, team: options.team, author: options.author ?? (options.team ? undefined : ownerOf(config) ?? gitUser(io.cwd)) });
  const text = front + skeleton(template, readData<Sections>('templates/sections.json'), config, lang, title);

  if (!target) {
    io.stdout.write(text);
    return 0;
  }
  await writeFileAtomic(target, text);
  io.stdout.write(`Wrote ${output}: replace each paragraph and item with your own, then run 'summarylint ${output}'.\n`);
  return 0;
}

export function skeleton(template: Template, sections: Sections, config: ResolvedConfig, lang: Lang, period: string): string {
  const parts = [`# ${template.title[lang].replace('{{period}}', period)}`];
  const owner = ownerOf(config) ?? sections.$owner?.[lang] ?? '';
  for (const role of requiredRoles(config)) {
    const known = role.startsWith('$') ? undefined : sections[role]?.[lang];
    const heading = template.headings?.[role]?.[lang] ?? known?.heading ?? customHeading(config, role, lang);
    parts.push(`## ${heading}`, (known?.body ?? sections.custom[lang].body).replaceAll('{{owner}}', owner));
  }
  return `${parts.join('\n\n')}\n`;
}

/** The owner an action item of the skeleton names: the first person on `settings.roster`, when there is one
 *  (summarylint:strict accepts no one else as an owner then). */
function ownerOf(config: ResolvedConfig): string | undefined {
  const roster = config.settings.roster;
  return Array.isArray(roster) ? roster.find((name): name is string => typeof name === 'string' && name.trim() !== '')?.trim() : undefined;
}

/** The roles require-sections asks for under this config, in the order it checks (if any). */
function requiredRoles(config: ResolvedConfig): string[] {
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

function periodOf(period: Template['period'], date: Date, lang: Lang): string {
  const year = date.getFullYear();
  const month = date.getMonth();
  const zh = lang === 'zh';
  switch (period) {
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

function readData<T>(relativePath: string): T {
  const file = packageFile(relativePath);
  if (!file) throw new Error(`summarylint: ${relativePath} is missing from the package`);
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}
