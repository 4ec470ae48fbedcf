// `summarylint init`: write a starting `.summarylintrc.json` in the current folder: `$schema` (so editors
// complete and check it), `extends`, every rule at the preset's level, the language, which files are summaries
// (`files`, only when given: without it every Markdown file but README and the like is one), and `overrides` that
// name the kind of summary each folder holds (read from its files, or given as kind=glob). It never replaces an
// existing config without --force, and asks questions only on an interactive terminal.
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
import { BUILTIN_KINDS, DEFAULT_KIND } from '../kinds/index.js';
import type { OverrideConfig, UserConfig } from '../types.js';
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
  /** `kind=glob` entries (`--kind`). */
  kind?: string[];
  /** `false` with `--no-kinds`: write no kinds at all. */
  kinds?: boolean;
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const program = commandFor('init', io)
    .description(`Write a ${CONFIG_FILE} in the current folder.`)
    .addOption(new Option('--preset <name>', 'the preset to extend (default: recommended)').choices(PRESETS))
    .addOption(new Option('--lang <lang>', 'the language of your summaries (default: auto, detected per document)').choices(LANGUAGES))
    .option('--files <globs...>', `globs of the files that are summaries, relative to this folder (default: ${DEFAULT_SUMMARIES})`)
    .option('--force', `overwrite an existing ${CONFIG_FILE}, or write one next to another config file`)
    .option('--kind <kind=glob...>', `the kind of summary of some files, e.g. sales=reports/sales/** (kinds: ${BUILTIN_KINDS.join(', ')}); without it, read from the files already here`)
    .option('--no-kinds', 'write no kinds: let each document\'s title and headings tell its kind')
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
  // Read before any question: a pause between questions would lose answers already typed (or piped).
  const found = options.kinds === false || options.kind ? [] : await kindsOfFiles(io.cwd);
  const answers = interactive ? await ask(io, options, found) : {};
  const preset = options.preset ?? answers.preset ?? 'recommended';
  const language = options.lang ?? answers.lang ?? 'auto';
  const files = options.files ?? answers.files;
  const overrides = options.kind ? parseKinds(options.kind) : (answers.overrides ?? found);

  const config = initialConfig(io.cwd, preset, language, files);
  if (overrides.length > 0) config.overrides = overrides;
  await writeFileAtomic(target, `${JSON.stringify(config, null, 2)}\n`);
  const described = [`summarylint:${preset}`, `language ${language}`, ...(files ? [`summaries: ${files.join(' ')}`] : [])].join(', ');
  io.stdout.write(`Wrote ${CONFIG_FILE} (${described}${overrides.length ? `; kinds: ${overrides.map((o) => `${o.kind} for ${o.files.join(', ')}`).join('; ')}` : ''}).\n`);
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

/** `--kind sales=reports/sales/**`: an override per entry. */
function parseKinds(entries: string[]): OverrideConfig[] {
  return entries.map((entry) => {
    const m = /^([a-z][a-z0-9-]*)=(.+)$/.exec(entry.trim());
    if (!m) throw new CommandError(`--kind takes kind=glob, e.g. sales=reports/sales/**; got '${entry}'`);
    if (!BUILTIN_KINDS.includes(m[1])) throw new CommandError(`unknown kind '${m[1]}' in --kind; expected one of ${BUILTIN_KINDS.join(', ')} (define others in the config's "kinds")`);
    return { files: [m[2]], kind: m[1] };
  });
}

/**
 * The kinds the Markdown files here already are, as overrides per folder: a folder (with its sub-folders) whose
 * files were all told one kind other than review, by their titles or headings, gets `kind` for `folder/**`.
 */
export async function kindsOfFiles(cwd: string): Promise<OverrideConfig[]> {
  const [{ expandPaths }, { lintText }] = await Promise.all([import('../files.js'), import('../lint.js')]);
  const { files } = await expandPaths(['.'], { cwd });
  const byFolder = new Map<string, Set<string>>();
  for (const file of files.slice(0, MAX_FILES_READ)) {
    const folder = path.relative(cwd, path.dirname(file)).split(path.sep).join('/');
    if (!folder) continue; // the top folder holds everything: say nothing about it
    const { kind } = await lintText(readFileSync(file, 'utf8'), { filePath: file, cwd, useConfigLookup: false });
    const kinds = byFolder.get(folder) ?? new Set<string>();
    kinds.add(kind && kind.source !== 'default' ? kind.name : DEFAULT_KIND);
    byFolder.set(folder, kinds);
  }
  return [...byFolder]
    .filter(([, kinds]) => kinds.size === 1 && !kinds.has(DEFAULT_KIND))
    .map(([folder, kinds]) => ({ files: [`${folder}/**`], kind: [...kinds][0] }))
    .sort((a, b) => a.files[0].localeCompare(b.files[0]));
}

/** Files init reads to tell the kinds: enough for a folder's pattern, quick on a large repository. */
const MAX_FILES_READ = 500;

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

async function ask(io: CliIO, options: InitOptions, found: OverrideConfig[]): Promise<Partial<InitOptions> & { overrides?: OverrideConfig[] }> {
  const rl = createInterface({ input: io.stdin, output: io.stdout });
  // Input that ends (Ctrl-D, a closed pipe) answers every question left with its default. A terminal's last
  // line arrives just after the close: it still answers its question.
  let ended = false;
  const closed = new Promise<string>((resolve) => rl.once('close', () => setImmediate(() => ((ended = true), resolve('')))));
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
    const preset = options.preset ?? (await choose('Preset: recommended warns, strict makes every rule an error.', PRESETS));
    const lang = options.lang ?? (await choose('Language of your summaries (auto detects it per document):', LANGUAGES));
    const files = options.files ?? (await globs());
    if (options.kind !== undefined || options.kinds === false || ended) return { preset, lang, files };
    if (found.length > 0) io.stdout.write(`Kinds of summary read from your files: ${found.map((o) => `${o.kind}=${o.files[0]}`).join(', ')}.\n`);
    for (;;) {
      const answer = (await question(`Which kinds of summary does this repository hold? kind=glob entries separated by spaces (kinds: ${BUILTIN_KINDS.join(', ')}) [${found.length ? 'the ones read from your files' : 'none: tell each by its title'}] `)).trim();
      if (answer === '') return { preset, lang, files, overrides: found };
      try {
        return { preset, lang, files, overrides: parseKinds(answer.split(/\s+/u)) };
      } catch (error) {
        io.stdout.write(`${(error as Error).message}\n`);
      }
    }
  } finally {
    rl.close();
  }
}
