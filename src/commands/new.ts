// `summarylint new <template>`: write a skeleton summary with the sections the config in force requires
// (require-sections' `required`, in its `order`, custom roles under their own headings), in English or
// Chinese, so a writer starts from a structure that already passes. Templates are data in templates/.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Option } from 'commander';
import writeFileAtomic from 'write-file-atomic';
import type { CliIO } from '../cli.js';
import { readTemplateData, requiredRoles, sectionSkeleton, type Sections, type Template, type TemplateLang } from '../templates.js';
import type { ResolvedConfig } from '../types.js';
import { commandFor, CommandError } from './index.js';

interface NewOptions {
  template?: string;
  lang?: TemplateLang;
  output?: string;
  period?: string;
  force?: boolean;
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const templates = readTemplateData<Record<string, Template>>('templates/templates.json');
  const names = Object.keys(templates).filter((name) => !name.startsWith('$'));
  const program = commandFor('new', io)
    .description(`Write a skeleton summary with the sections your config requires. Templates: ${names.join(', ')}.`)
    .argument('[template]', `one of ${names.join(', ')}`)
    .option('--template <name>', 'the template (the same as the argument)')
    .addOption(new Option('--lang <lang>', 'language of the skeleton (default: the config\'s language, else en)').choices(['en', 'zh']))
    .option('-o, --output <file>', 'where to write it (default: <template>-<today>.md; "-" prints it)')
    .option('--period <text>', 'the period in the title (default: the current week, month, quarter or year)')
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
  const lang: TemplateLang = options.lang ?? (config.language === 'zh' ? 'zh' : 'en');
  const text = skeleton(template, readTemplateData<Sections>('templates/sections.json'), config, lang, options.period ?? periodOf(template.period, now, lang));

  if (!target) {
    io.stdout.write(text);
    return 0;
  }
  await writeFileAtomic(target, text);
  io.stdout.write(`Wrote ${output}: replace each paragraph and item with your own, then run 'summarylint ${output}'.\n`);
  return 0;
}

export function skeleton(template: Template, sections: Sections, config: ResolvedConfig, lang: TemplateLang, period: string): string {
  const parts = [`# ${template.title[lang].replace('{{period}}', period)}`];
  for (const role of requiredRoles(config)) {
    const { heading, body } = sectionSkeleton(sections, config, role, lang, template);
    parts.push(`## ${heading}`, body);
  }
  return `${parts.join('\n\n')}\n`;
}

function periodOf(period: Template['period'], date: Date, lang: TemplateLang): string {
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
