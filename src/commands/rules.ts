// `summarylint rules` (also `summarylint --list-rules`): every rule with its default level, languages and
// description, the rules of the plugins the current folder's config loads included.
// `summarylint rules <id>`: that rule's full documentation and examples, as the README shows them.
import path from 'node:path';
import type { CliIO } from '../cli.js';
import { suggestion } from '../config/errors.js';
import type { Rule } from '../types.js';
import { commandFor, CommandError } from './index.js';

const LANGUAGE_NAMES: Record<string, string> = { en: 'en', zh: 'zh' };

export async function run(args: string[], io: CliIO): Promise<number> {
  const program = commandFor('rules', io)
    .description('List the rules, or show one rule\'s documentation.')
    .argument('[id]', 'a rule id: print its documentation and examples')
    .option('-c, --config <file>', 'use this config file (for its plugins) instead of looking one up');
  program.parse(args, { from: 'user' });
  const [id] = program.processedArgs as [string | undefined];
  const rules = await rulesHere(io.cwd, program.opts<{ config?: string }>().config);

  if (id === undefined) {
    io.stdout.write(rulesTable(rules));
    return 0;
  }
  const rule = rules[id];
  if (!rule) throw new CommandError(`unknown rule '${id}'${suggestion(id, Object.keys(rules).sort())}. Run 'summarylint rules' for the list.`);
  const { renderRule } = await import('../rule-docs.js');
  io.stdout.write(`${await renderRule(rule)}\n`);
  return 0;
}

/** The built-in rules and those of the plugins that the config for this folder loads. */
async function rulesHere(cwd: string, configFile: string | undefined): Promise<Readonly<Record<string, Rule>>> {
  const [{ loadConfig }, { rulesFor }] = await Promise.all([import('../config/index.js'), import('../lint.js')]);
  return rulesFor(await loadConfig(path.join(cwd, 'summary.md'), { cwd, configFile }));
}

export function rulesTable(rules: Readonly<Record<string, Rule>>): string {
  const rows = Object.keys(rules)
    .sort()
    .map((id) => {
      const { meta } = rules[id];
      return [id, meta.level, meta.languages.map((l) => LANGUAGE_NAMES[l] ?? l).join(', '), meta.description];
    });
  const header = ['rule', 'default', 'languages', 'description'];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ');
  return [line(header), ...rows.map(line), '', "Levels are those of summarylint:recommended (summarylint:strict makes every built-in rule an error). 'summarylint rules <id>' shows a rule's documentation."]
    .join('\n') + '\n';
}
