// `summarylint init`: write a starting `.summarylintrc.json` in the current folder: `$schema` (so editors
// complete and check it), `extends`, every rule at the preset's level, and the language. It never replaces
// an existing config without --force, and asks questions only on an interactive terminal.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve as resolveImport } from 'import-meta-resolve';
import { Option } from 'commander';
import writeFileAtomic from 'write-file-atomic';
import type { CliIO } from '../cli.js';
import { SEARCH_PLACES } from '../config/load.js';
import { PRESET_PREFIX, presets } from '../config/presets.js';
import { languageCodes } from '../languages/index.js';
import { packageInfo } from '../package-info.js';
import type { UserConfig } from '../types.js';
import { commandFor, CommandError } from './index.js';

export const CONFIG_FILE = '.summarylintrc.json';
const PRESETS = ['recommended', 'strict'] as const;
/** `auto` and the registered languages' codes. */
const LANGUAGES = ['auto', ...languageCodes()];

interface InitOptions {
  preset?: (typeof PRESETS)[number];
  lang?: string;
  force?: boolean;
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const program = commandFor('init', io)
    .description(`Write a ${CONFIG_FILE} in the current folder.`)
    .addOption(new Option('--preset <name>', 'the preset to extend (default: recommended)').choices(PRESETS))
    .addOption(new Option('--lang <lang>', 'the language of your summaries (default: auto, detected per document)').choices(LANGUAGES))
    .option('--force', `overwrite an existing ${CONFIG_FILE}, or write one next to another config file`)
    .addHelpText('after', '\nOn an interactive terminal, init asks for what the options do not say; otherwise it never asks.');
  program.parse(args, { from: 'user' });
  const options = program.opts<InitOptions>();

  const target = path.join(io.cwd, CONFIG_FILE);
  const existing = existingConfigs(io.cwd);
  if (existing.length > 0 && !options.force) {
    const what = existing.includes(CONFIG_FILE) ? `${CONFIG_FILE} already exists` : `a config already exists here (${existing.join(', ')})`;
    throw new CommandError(`${what}; not overwriting it. Run 'summarylint init --force' to write ${CONFIG_FILE} anyway.`);
  }

  const interactive = Boolean((io.stdin as { isTTY?: boolean }).isTTY && (io.stdout as { isTTY?: boolean }).isTTY);
  const answers = interactive ? await ask(io, options) : {};
  const preset = options.preset ?? answers.preset ?? 'recommended';
  const language = options.lang ?? answers.lang ?? 'auto';

  await writeFileAtomic(target, `${JSON.stringify(initialConfig(io.cwd, preset, language), null, 2)}\n`);
  io.stdout.write(`Wrote ${CONFIG_FILE} (summarylint:${preset}, language ${language}).\n`);
  // A file earlier in the lookup order would still win over the one just written.
  const winner = existing.find((name) => SEARCH_PLACES.indexOf(name) < SEARCH_PLACES.indexOf(CONFIG_FILE));
  if (winner) io.stderr.write(`summarylint: note: ${winner} is found before ${CONFIG_FILE}, so it still applies; remove its summarylint config.\n`);
  io.stdout.write(`Next: 'summarylint new monthly' writes a report skeleton; 'summarylint rules' lists the rules.\n`);
  return 0;
}

export function initialConfig(cwd: string, preset: string, language: string): UserConfig {
  const { rules } = presets[`${PRESET_PREFIX}${preset}`];
  return { $schema: schemaReference(cwd), extends: `${PRESET_PREFIX}${preset}`, language: language as UserConfig['language'], rules: structuredClone(rules) };
}

/** Config files summarylint would find in `folder` (package.json only when it has a `summarylint` key). */
function existingConfigs(folder: string): string[] {
  return SEARCH_PLACES.filter((name) => {
    const file = path.join(folder, name);
    if (!existsSync(file)) return false;
    if (name !== 'package.json') return true;
    try {
      return JSON.parse(readFileSync(file, 'utf8'))?.summarylint !== undefined;
    } catch {
      return false;
    }
  });
}

const SCHEMA_FILE = 'schema/summarylintrc.schema.json';

/**
 * Where editors find the schema, from the folder of the config being written: the schema of the summarylint
 * that project has installed (found as Node resolves `summarylint` from that folder: its node_modules or a
 * parent's, or summarylint's own repo), as a path relative to the folder; when none is installed there (an
 * `npx` run, a global install), the published schema of this version.
 */
export function schemaReference(folder: string): string {
  const schema = installedSchema(folder);
  if (!schema) return `https://unpkg.com/summarylint@${packageInfo().version}/${SCHEMA_FILE}`;
  const relative = path.relative(folder, schema).split(path.sep).join('/');
  return relative.startsWith('../') ? relative : `./${relative}`;
}

function installedSchema(folder: string): string | undefined {
  // Node's own resolution walks up the node_modules folders (and finds summarylint's own repo by its name).
  try {
    const manifest = fileURLToPath(resolveImport('summarylint/package.json', pathToFileURL(path.join(folder, CONFIG_FILE)).href));
    const schema = path.join(path.dirname(manifest), SCHEMA_FILE);
    return existsSync(schema) ? schema : undefined;
  } catch {
    return undefined; // not installed there
  }
}

async function ask(io: CliIO, options: InitOptions): Promise<Partial<InitOptions>> {
  const rl = createInterface({ input: io.stdin, output: io.stdout });
  try {
    const choose = async <T extends string>(question: string, choices: readonly T[]): Promise<T> => {
      for (;;) {
        const answer = (await rl.question(`${question} (${choices.join('/')}) [${choices[0]}] `)).trim() as T | '';
        if (answer === '') return choices[0];
        if (choices.includes(answer)) return answer;
        io.stdout.write(`Please answer one of: ${choices.join(', ')}.\n`);
      }
    };
    return {
      preset: options.preset ?? (await choose('Preset: recommended warns, strict makes every rule an error.', PRESETS)),
      lang: options.lang ?? (await choose('Language of your summaries (auto detects it per document):', LANGUAGES)),
    };
  } finally {
    rl.close();
  }
}
