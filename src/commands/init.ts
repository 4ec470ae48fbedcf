// `summarylint init`: write a starting `.summarylintrc.json` in the current folder: `$schema` (so editors
// complete and check it), `extends`, every rule at the preset's level, the language, and which files are
// summaries (`files`, only when given: without it every Markdown file but README and the like is one). It never
// replaces an existing config without --force, and asks questions only on an interactive terminal.
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
import { DEFAULT_SUMMARIES } from '../config/summaries.js';
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
  files?: string[];
  force?: boolean;
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const program = commandFor('init', io)
    .description(`Write a ${CONFIG_FILE} in the current folder.`)
    .addOption(new Option('--preset <name>', 'the preset to extend (default: recommended)').choices(PRESETS))
    .addOption(new Option('--lang <lang>', 'the language of your summaries (default: auto, detected per document)').choices(LANGUAGES))
    .option('--files <globs...>', `globs of the files that are summaries, relative to this folder (default: ${DEFAULT_SUMMARIES})`)
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
  const files = options.files ?? answers.files;

  await writeFileAtomic(target, `${JSON.stringify(initialConfig(io.cwd, preset, language, files), null, 2)}\n`);
  io.stdout.write(`Wrote ${CONFIG_FILE} (summarylint:${preset}, language ${language}${files ? `, summaries: ${files.join(' ')}` : ''}).\n`);
  // A file earlier in the lookup order would still win over the one just written.
  const winner = existing.find((name) => SEARCH_PLACES.indexOf(name) < SEARCH_PLACES.indexOf(CONFIG_FILE));
  if (winner) io.stderr.write(`summarylint: note: ${winner} is found before ${CONFIG_FILE}, so it still applies; remove its summarylint config.\n`);
  io.stdout.write(`Next: 'summarylint new monthly' writes a report skeleton; 'summarylint rules' lists the rules.\n`);
  return 0;
}

export function initialConfig(cwd: string, preset: string, language: string, files?: string[]): UserConfig {
  const { rules } = presets[`${PRESET_PREFIX}${preset}`];
  return {
    $schema: schemaReference(cwd),
    extends: `${PRESET_PREFIX}${preset}`,
    language: language as UserConfig['language'],
    ...(files && files.length > 0 ? { files } : {}),
    rules: structuredClone(rules),
  };
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
  // Input that ends (Ctrl-D, a closed pipe) answers every question left with its default. A terminal's last
  // line arrives just after the close: it still answers its question.
  const closed = new Promise<string>((resolve) => rl.once('close', () => setImmediate(resolve, '')));
  const question = (text: string) => Promise.race([closed, rl.question(text).catch(() => '')]);
  try {
    const choose = async <T extends string>(text: string, choices: readonly T[]): Promise<T> => {
      for (;;) {
        const answer = (await question(`${text} (${choices.join('/')}) [${choices[0]}] `)).trim() as T | '';
        if (answer === '') return choices[0];
        if (choices.includes(answer)) return answer;
        io.stdout.write(`Please answer one of: ${choices.join(', ')}.\n`);
      }
    };
    const globs = async () => {
      const answer = await question(
        `Which files are summaries? Globs separated by spaces, e.g. reports/**/*.md [${DEFAULT_SUMMARIES}] `,
      );
      const given = answer.split(/\s+/).filter(Boolean);
      return given.length > 0 ? given : undefined;
    };
    return {
      preset: options.preset ?? (await choose('Preset: recommended warns, strict makes every rule an error.', PRESETS)),
      lang: options.lang ?? (await choose('Language of your summaries (auto detects it per document):', LANGUAGES)),
      files: options.files ?? (await globs()),
    };
  } finally {
    rl.close();
  }
}
