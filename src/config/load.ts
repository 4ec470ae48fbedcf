// Finding and loading config files, cached per folder and per config file, so linting 1,000 files in one folder
// searches and validates once.
//
// The lookup is summarylint's own, not cosmiconfig's: cosmiconfig loads its own settings from `.config/config.*`
// in the current folder with its default loaders (JavaScript and TypeScript included) before any option applies,
// follows `$import` keys in JSON configs, and looks in places summarylint does not document. Under `--safe` no
// file of the repository may run, so every file read here is read as data, and only the names below are looked at.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtinRules } from '../../rules/index.js';
import { loadPlugins, registryFor } from '../plugins.js';
import type { Lang, ResolvedConfig, Rule, RuleEntry, UserConfig } from '../types.js';
import { ConfigError } from './errors.js';
import { applyRuleEntries } from './merge.js';
import { clearPackCache, withVocabularyPacks } from './packs.js';
import { parseConfigText } from './parse.js';
import { boundsOf, findProjectRoot, readConfigFile, realFolder, type Bounds } from './read-file.js';
import { buildChain, DEFAULT_LAYERS, overridesKey, relativePosix, resolveLayers, type Layer } from './resolve.js';
import { validateUserConfig } from './validate.js';
import { importModule } from '../import-module.js';

export interface ConfigOptions {
  /** Folder that relative paths (the file, `configFile`) resolve from; default `process.cwd()`. */
  cwd?: string;
  /** Use this config file instead of looking one up (`-c`). Its `overrides` and `ignores` globs are
   *  relative to `cwd`, as ESLint does for `--config`. */
  configFile?: string;
  /** `false` for `--no-config-lookup`: only the defaults (and `configFile`, if given) apply. */
  useConfigLookup?: boolean;
  /** `--rule` entries, applied after every config. */
  rules?: Record<string, RuleEntry>;
  /** `--lang`: wins over the config's `language`. */
  language?: 'auto' | Lang;
  /** Only JSON and YAML configs load; a JavaScript config or config `plugins` is a ConfigError. No file of
   *  the project is ever run. */
  safe?: boolean;
}

/** Where configs are looked for in each folder, in this order; the nearest folder with one wins. */
export const SEARCH_PLACES = [
  'package.json',
  '.summarylintrc',
  '.summarylintrc.json',
  '.summarylintrc.yaml',
  '.summarylintrc.yml',
  'summarylint.config.js',
  'summarylint.config.mjs',
  'summarylint.config.cjs',
];

const JAVASCRIPT = new Set(['.js', '.mjs', '.cjs']);
const DATA = new Set(['.json', '.yaml', '.yml', '']);

/** A config file, validated, with its `extends` chain flattened and its plugins loaded. */
interface Loaded {
  layers: Layer[];
  /** Module paths of its plugins. */
  plugins: string[];
  /** Built-in rules plus the plugins' rules. */
  rules: Readonly<Record<string, Rule>>;
}

interface Found extends Loaded {
  /** Folder the config's globs are relative to. */
  basePath: string;
}

/** A config file's content before validation. */
interface RawConfig {
  filePath: string;
  config: unknown;
  /** Where the files it names may be. */
  bounds: Bounds;
}

const folderCache = new Map<string, Promise<Found | undefined>>();
const fileCache = new Map<string, Promise<Loaded>>();

/** Forget every loaded config, e.g. in an editor after a config file changed. */
export function clearConfigCaches(): void {
  folderCache.clear();
  fileCache.clear();
  sharedConfigs = new WeakMap();
  clearPackCache();
}

/**
 * The content of a config file: JSON and YAML parsed as data, JavaScript imported (never in safe mode).
 * `undefined` when the file does not exist, or is empty, or is a package.json without a `summarylint` key.
 */
async function readConfig(filePath: string, safe: boolean, bounds: Bounds | undefined): Promise<RawConfig | undefined> {
  const ext = path.extname(filePath).toLowerCase();
  const blame = { filePath };
  if (JAVASCRIPT.has(ext)) {
    if (!fs.existsSync(filePath)) return undefined;
    if (safe) throw new ConfigError('JavaScript configs are not loaded in safe mode; use JSON or YAML', blame);
    return { filePath, config: await importConfig(filePath).catch((error) => Promise.reject(toConfigError(error, filePath))), bounds: bounds ?? boundsOf(filePath) };
  }
  if (!DATA.has(ext)) {
    throw new ConfigError(`unsupported config file type '${ext}': use JSON or YAML${safe ? '' : ' (or JavaScript: .js, .mjs, .cjs)'}`, blame);
  }
  const text = readConfigFile(filePath, blame, bounds);
  if (text === undefined) return undefined;
  let config = parseConfigText(filePath, text);
  if (path.basename(filePath) === 'package.json') config = (config as Record<string, unknown> | undefined)?.summarylint;
  if (config === undefined) return undefined;
  // `root: true`: this folder is the top of the project, for what the config may read.
  const root = (config as { root?: unknown }).root === true ? { root: realFolder(path.dirname(filePath)) } : undefined;
  return { filePath, config, bounds: root ?? bounds ?? boundsOf(filePath) };
}

/**
 * The nearest config from `folder` upward: the first of SEARCH_PLACES found in a folder wins, and the search
 * stops at the project's top (a folder with `.git` or `package.json`), so a config above a repository never applies.
 */
async function searchConfig(folder: string, safe: boolean): Promise<RawConfig | undefined> {
  const top = findProjectRoot(folder);
  const bounds = top === undefined ? undefined : { root: realFolder(top) };
  for (let dir = folder; ; dir = path.dirname(dir)) {
    for (const place of SEARCH_PLACES) {
      const filePath = path.join(dir, place);
      const stats = fs.statSync(filePath, { throwIfNoEntry: false });
      if (!stats || stats.isDirectory()) continue;
      // Outside any project, a config may read only what is in its own folder.
      const found = await readConfig(filePath, safe, bounds ?? { root: realFolder(dir) });
      if (found) return found;
    }
    if (dir === top || path.dirname(dir) === dir) return undefined;
  }
}

/**
 * An ES module or CommonJS config, imported (its `default` export) through `importModule`: the CLI's bundle has
 * no `import()` of its own (see src/import-module.ts).
 */
async function importConfig(filePath: string): Promise<unknown> {
  const { default: config } = await importModule<{ default: unknown }>(pathToFileURL(await fs.promises.realpath(filePath)).href);
  return config;
}

/** Errors from a JS config become ConfigErrors naming the file. */
function toConfigError(error: unknown, filePath: string): ConfigError {
  if (error instanceof ConfigError) return error;
  const e = error as NodeJS.ErrnoException;
  return new ConfigError(`could not load: ${e?.code ?? e?.name ?? 'error'}: ${e?.message ?? String(e)}`, { filePath, cause: e });
}

/**
 * Read a file named in `extends` (JSON or YAML only, never code), inside the bounds of the config that names it.
 * Its rules may be the using config's plugin rules; it cannot load plugins itself (loading is asynchronous and
 * belongs to the config in use).
 */
function readExtendedConfig(filePath: string, rules: Readonly<Record<string, Rule>>, bounds: Bounds, blame: { filePath: string; keyPath: string }): UserConfig | undefined {
  const text = readConfigFile(filePath, blame, bounds);
  if (text === undefined) return undefined;
  const config = validateUserConfig(parseConfigText(filePath, text) ?? {}, filePath, rules);
  if (config.plugins?.length) {
    throw new ConfigError('plugins load only from the config file in use, not from a config it extends; move `plugins` there', { filePath, keyPath: 'plugins' });
  }
  return withVocabularyPacks(config, filePath, bounds);
}

/** Load a config's plugins, validate it against the rules they add, and flatten its `extends`; cached per file. */
function layersOf(raw: RawConfig, safe: boolean): Promise<Loaded> {
  const { filePath, bounds } = raw;
  const key = `${safe}\0${filePath}`;
  let loaded = fileCache.get(key);
  if (!loaded) {
    loaded = (async () => {
      // In package.json the config sits under the `summarylint` key; error key paths say so.
      const keyPrefix = path.basename(filePath) === 'package.json' ? ['summarylint'] : [];
      const content = (raw.config ?? {}) as { plugins?: unknown };
      // Plugins first: their rule ids and options schemas are part of what the config is validated against.
      const specifiers = Array.isArray(content.plugins) && content.plugins.every((p) => typeof p === 'string') ? (content.plugins as string[]) : [];
      const plugins = await loadPlugins(specifiers, { configFile: filePath, keyPath: [...keyPrefix, 'plugins'].join('.'), safe });
      const rules = registryFor(plugins, filePath);
      const config = withVocabularyPacks(validateUserConfig(content, filePath, rules, keyPrefix), filePath, bounds, keyPrefix);
      return { layers: buildChain(config, filePath, (file, blame) => readExtendedConfig(file, rules, bounds, blame)), plugins, rules };
    })();
    fileCache.set(key, loaded);
  }
  return loaded;
}

function findForFolder(folder: string, safe: boolean): Promise<Found | undefined> {
  const key = `${safe}\0${folder}`;
  let found = folderCache.get(key);
  if (!found) {
    found = searchConfig(folder, safe).then(async (raw) => (raw ? { ...(await layersOf(raw, safe)), basePath: path.dirname(raw.filePath) } : undefined));
    folderCache.set(key, found);
  }
  return found;
}

/** The file of `-c`: named on the command line, so it may be anywhere; what it names stays in its project. */
async function loadFile(configFile: string, safe: boolean): Promise<Loaded> {
  const raw = await readConfig(configFile, safe, undefined);
  if (!raw && !fs.existsSync(configFile)) throw new ConfigError('file not found', { filePath: configFile });
  return layersOf(raw ?? { filePath: configFile, config: {}, bounds: boundsOf(configFile) }, safe);
}

/** The configs that apply to a file, before they are resolved for it. */
interface Applicable {
  /** The file, absolute. */
  file: string;
  layers: readonly Layer[];
  basePath: string;
  rules: Readonly<Record<string, Rule>>;
  plugins?: string[];
}

async function applicableTo(filePath: string, options: ConfigOptions): Promise<Applicable> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const file = path.resolve(cwd, filePath);
  const safe = options.safe ?? false;
  let found: Loaded & { basePath?: string } | undefined;
  if (options.configFile) found = await loadFile(path.resolve(cwd, options.configFile), safe);
  else if (options.useConfigLookup !== false) found = await findForFolder(path.dirname(file), safe);
  // The globs of `-c`'s file are relative to cwd, as ESLint does for `--config`.
  return { file, layers: found?.layers ?? DEFAULT_LAYERS, basePath: found?.basePath ?? cwd, rules: found?.rules ?? builtinRules, plugins: found?.plugins };
}

function resolveApplicable({ file, layers, basePath, rules, plugins }: Applicable, options: ConfigOptions): ResolvedConfig {
  const resolved = resolveLayers(layers, file, basePath, rules, plugins);
  // Command-line settings come last.
  if (options.rules) {
    applyRuleEntries(resolved.rules, validateUserConfig({ rules: options.rules }, '--rule', rules).rules!);
  }
  if (options.language) resolved.language = options.language;
  return resolved;
}

/** The config that applies to the Markdown file at `filePath` (which need not exist, e.g. for --stdin). Each call
 *  returns an object of its own: the caller may change it. */
export async function loadConfig(filePath: string, options: ConfigOptions = {}): Promise<ResolvedConfig> {
  return resolveApplicable(await applicableTo(filePath, options), options);
}

/** Shared configs per chain of layers, by what else decides them (see `sharedConfigKey`). */
let sharedConfigs = new WeakMap<readonly Layer[], Map<string, ResolvedConfig>>();
/** Configs kept per chain: a long-lived caller passing ever new `--rule` entries must not grow memory without end. */
const SHARED_PER_CHAIN = 64;

/**
 * `loadConfig` for a runner linting many files: files that the same configs and overrides apply to get one
 * resolved object, frozen, so it is resolved, hashed for the cache and matched against globs once, not per file.
 * Nothing may change it (the engine hands rules copies of their options and settings); callers that want to
 * change what they get use `loadConfig`.
 */
export async function loadSharedConfig(filePath: string, options: ConfigOptions = {}): Promise<ResolvedConfig> {
  const applicable = await applicableTo(filePath, options);
  const key = sharedConfigKey(applicable, options);
  let configs = sharedConfigs.get(applicable.layers);
  if (!configs) sharedConfigs.set(applicable.layers, (configs = new Map()));
  let config = configs.get(key);
  if (!config) {
    config = deepFreeze(resolveApplicable(applicable, options));
    if (configs.size >= SHARED_PER_CHAIN) configs.clear();
    configs.set(key, config);
  }
  return config;
}

/** What decides a resolved config besides its chain of layers (which also fixes its rules and plugins). */
function sharedConfigKey({ file, layers, basePath }: Applicable, options: ConfigOptions): string {
  const rules = options.rules ? JSON.stringify(options.rules) : '';
  return `${basePath}\0${overridesKey(layers, relativePosix(basePath, file))}\0${options.language ?? ''}\0${rules}`;
}

/** Freeze plain objects and arrays all the way down; anything else (a JS config's function) is left as it is. */
function deepFreeze<T>(value: T): T {
  if (Array.isArray(value) || (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype)) {
    if (Object.isFrozen(value)) return value;
    Object.freeze(value);
    for (const item of Object.values(value as object)) deepFreeze(item);
  }
  return value;
}
