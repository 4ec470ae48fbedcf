// Finding and loading config files with cosmiconfig, cached per folder and per config file, so linting
// 1,000 files in one folder searches and validates once.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CosmiconfigResult, Loader, PublicExplorer } from 'cosmiconfig';
import { builtinRules } from '../../rules/index.js';
import { loadPlugins, registryFor } from '../plugins.js';
import type { Lang, ResolvedConfig, Rule, RuleEntry, UserConfig } from '../types.js';
import { ConfigError } from './errors.js';
import { applyRuleEntries } from './merge.js';
import { clearPackCache, withVocabularyPacks } from './packs.js';
import { parseConfigText } from './parse.js';
import { buildChain, DEFAULT_LAYERS, resolveLayers, type Layer } from './resolve.js';
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
  /** Only JSON and YAML configs load; a JavaScript config or config `plugins` is a ConfigError. */
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

const explorers = new Map<boolean, Promise<PublicExplorer>>();
const folderCache = new Map<string, Promise<Found | undefined>>();
const fileCache = new Map<string, Promise<Loaded>>();

/** Forget every loaded config, e.g. in an editor after a config file changed. */
export function clearConfigCaches(): void {
  explorers.clear();
  folderCache.clear();
  fileCache.clear();
  clearPackCache();
}

const parseLoader: Loader = (filePath, content) => parseConfigText(filePath, content);

/**
 * cosmiconfig is imported on first use: `lintText` and `--no-config-lookup` runs never pay for it. The CLI's bundle
 * holds it (esbuild inlines this `import()`), so its code is in the bundle's code cache: loaded by Node as ~10
 * CommonJS modules compiled from source, it took 15–20 ms of a one-file run.
 */
function explorerFor(safe: boolean): Promise<PublicExplorer> {
  let explorer = explorers.get(safe);
  if (!explorer) {
    explorer = import('cosmiconfig').then((module) => {
      // Named exports in Node and in the CLI's CommonJS bundle; the worker's ES bundle only has `default`, the
      // CommonJS module.exports (esbuild cannot see a CommonJS module's names in a split chunk).
      const { cosmiconfig, defaultLoaders } = ((module as { default?: unknown }).default ?? module) as typeof import('cosmiconfig');
      const js = (loader: Loader): Loader =>
        safe
          ? (filePath) => {
              throw new ConfigError('JavaScript configs are not loaded in safe mode; use JSON or YAML', { filePath });
            }
          : loader;
      return cosmiconfig('summarylint', {
        // From the file's folder up to the nearest folder with a package.json (cosmiconfig's "project").
        searchStrategy: 'project',
        searchPlaces: SEARCH_PLACES,
        loaders: {
          '.json': parseLoader,
          '.yaml': parseLoader,
          '.yml': parseLoader,
          noExt: parseLoader,
          '.js': js(importConfig),
          '.mjs': js(importConfig),
          '.cjs': js(defaultLoaders['.cjs']),
        },
      });
    });
    explorers.set(safe, explorer);
  }
  return explorer;
}

/**
 * An ES module or CommonJS config, as cosmiconfig's own loader imports it (its `default` export), but through
 * `importModule`: the CLI's bundle has no `import()` of its own (see src/import-module.ts).
 */
async function importConfig(filePath: string): Promise<unknown> {
  const { default: config } = await importModule<{ default: unknown }>(pathToFileURL(await fs.promises.realpath(filePath)).href);
  return config;
}

/** Errors from cosmiconfig or a JS config become ConfigErrors naming the file. */
function toConfigError(error: unknown, fallbackPath: string): ConfigError {
  if (error instanceof ConfigError) return error;
  const e = error as NodeJS.ErrnoException & { filepath?: string };
  const filePath = e?.filepath ?? fallbackPath;
  if (e?.code === 'ENOENT' && !e.filepath) return new ConfigError('file not found', { filePath, cause: e });
  return new ConfigError(`could not load: ${e?.message ?? String(e)}`, { filePath, cause: e });
}

/**
 * Read a file named in `extends` (JSON or YAML only, never code). Its rules may be the using config's plugin
 * rules; it cannot load plugins itself (loading is asynchronous and belongs to the config in use).
 */
function readExtendedConfig(filePath: string, rules: Readonly<Record<string, Rule>>): UserConfig | undefined {
  let text: string;
  try {
    text = fs.readFileSync(filePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw toConfigError(error, filePath);
  }
  const config = validateUserConfig(parseConfigText(filePath, text) ?? {}, filePath, rules);
  if (config.plugins?.length) {
    throw new ConfigError('plugins load only from the config file in use, not from a config it extends; move `plugins` there', { filePath, keyPath: 'plugins' });
  }
  return withVocabularyPacks(config, filePath);
}

/** Load a config's plugins, validate it against the rules they add, and flatten its `extends`; cached per file. */
function layersOf(result: NonNullable<CosmiconfigResult>, safe: boolean): Promise<Loaded> {
  const key = `${safe}\0${result.filepath}`;
  let loaded = fileCache.get(key);
  if (!loaded) {
    loaded = (async () => {
      // In package.json the config sits under the `summarylint` key; error key paths say so.
      const keyPrefix = path.basename(result.filepath) === 'package.json' ? ['summarylint'] : [];
      const raw = (result.config ?? {}) as { plugins?: unknown };
      // Plugins first: their rule ids and options schemas are part of what the config is validated against.
      const specifiers = Array.isArray(raw.plugins) && raw.plugins.every((p) => typeof p === 'string') ? (raw.plugins as string[]) : [];
      const plugins = await loadPlugins(specifiers, { configFile: result.filepath, keyPath: [...keyPrefix, 'plugins'].join('.'), safe });
      const rules = registryFor(plugins, result.filepath);
      const config = withVocabularyPacks(validateUserConfig(raw, result.filepath, rules, keyPrefix), result.filepath, keyPrefix);
      return { layers: buildChain(config, result.filepath, (file) => readExtendedConfig(file, rules)), plugins, rules };
    })();
    fileCache.set(key, loaded);
  }
  return loaded;
}

function findForFolder(folder: string, safe: boolean): Promise<Found | undefined> {
  const key = `${safe}\0${folder}`;
  let found = folderCache.get(key);
  if (!found) {
    found = explorerFor(safe)
      .then((explorer) => explorer.search(folder))
      .catch((error) => Promise.reject(toConfigError(error, folder)))
      .then(async (result) => (result ? { ...(await layersOf(result, safe)), basePath: path.dirname(result.filepath) } : undefined));
    folderCache.set(key, found);
  }
  return found;
}

async function loadFile(configFile: string, safe: boolean): Promise<Loaded> {
  const result = await explorerFor(safe)
    .then((explorer) => explorer.load(configFile))
    .catch((error) => Promise.reject(toConfigError(error, configFile)));
  return layersOf(result ?? { filepath: configFile, config: {} }, safe);
}

/** The config that applies to the Markdown file at `filePath` (which need not exist, e.g. for --stdin). */
export async function loadConfig(filePath: string, options: ConfigOptions = {}): Promise<ResolvedConfig> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const file = path.resolve(cwd, filePath);
  const safe = options.safe ?? false;
  let found: Found | undefined;
  if (options.configFile) found = { ...(await loadFile(path.resolve(cwd, options.configFile), safe)), basePath: cwd };
  else if (options.useConfigLookup !== false) found = await findForFolder(path.dirname(file), safe);
  const rules = found?.rules ?? builtinRules;
  const resolved = resolveLayers(found?.layers ?? DEFAULT_LAYERS, file, found?.basePath ?? cwd, rules, found?.plugins);
  // Command-line settings come last.
  if (options.rules) {
    applyRuleEntries(resolved.rules, validateUserConfig({ rules: options.rules }, '--rule', rules).rules!);
  }
  if (options.language) resolved.language = options.language;
  return resolved;
}
