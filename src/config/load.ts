// Finding and loading config files with cosmiconfig, cached per folder and per config file, so linting
// 1,000 files in one folder searches and validates once.
import fs from 'node:fs';
import path from 'node:path';
import type { CosmiconfigResult, Loader, PublicExplorer } from 'cosmiconfig';
import { builtinRules } from '../../rules/index.js';
import type { Lang, ResolvedConfig, RuleEntry, UserConfig } from '../types.js';
import { ConfigError } from './errors.js';
import { applyRuleEntries } from './merge.js';
import { parseConfigText } from './parse.js';
import { buildChain, DEFAULT_LAYERS, resolveLayers, type Layer } from './resolve.js';
import { validateUserConfig } from './validate.js';

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
  /** Only JSON and YAML configs load; a JavaScript config is a ConfigError. */
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

interface Found {
  layers: Layer[];
  /** Folder the config's globs are relative to. */
  basePath: string;
}

const explorers = new Map<boolean, Promise<PublicExplorer>>();
const folderCache = new Map<string, Promise<Found | undefined>>();
const fileCache = new Map<string, Layer[]>();

/** Forget every loaded config, e.g. in an editor after a config file changed. */
export function clearConfigCaches(): void {
  explorers.clear();
  folderCache.clear();
  fileCache.clear();
}

const parseLoader: Loader = (filePath, content) => parseConfigText(filePath, content);

/** cosmiconfig is imported on first use: `lintText` and `--no-config-lookup` runs never pay for it. */
function explorerFor(safe: boolean): Promise<PublicExplorer> {
  let explorer = explorers.get(safe);
  if (!explorer) {
    explorer = import('cosmiconfig').then(({ cosmiconfig, defaultLoaders }) => {
      const js = (ext: '.js' | '.mjs' | '.cjs'): Loader =>
        safe
          ? (filePath) => {
              throw new ConfigError('JavaScript configs are not loaded in safe mode; use JSON or YAML', { filePath });
            }
          : defaultLoaders[ext];
      return cosmiconfig('summarylint', {
        // From the file's folder up to the nearest folder with a package.json (cosmiconfig's "project").
        searchStrategy: 'project',
        searchPlaces: SEARCH_PLACES,
        loaders: {
          '.json': parseLoader,
          '.yaml': parseLoader,
          '.yml': parseLoader,
          noExt: parseLoader,
          '.js': js('.js'),
          '.mjs': js('.mjs'),
          '.cjs': js('.cjs'),
        },
      });
    });
    explorers.set(safe, explorer);
  }
  return explorer;
}

/** Errors from cosmiconfig or a JS config become ConfigErrors naming the file. */
function toConfigError(error: unknown, fallbackPath: string): ConfigError {
  if (error instanceof ConfigError) return error;
  const e = error as NodeJS.ErrnoException & { filepath?: string };
  const filePath = e?.filepath ?? fallbackPath;
  if (e?.code === 'ENOENT' && !e.filepath) return new ConfigError('file not found', { filePath, cause: e });
  return new ConfigError(`could not load: ${e?.message ?? String(e)}`, { filePath, cause: e });
}

/** Read a file named in `extends` (JSON or YAML only, never code). */
function readExtendedConfig(filePath: string): UserConfig | undefined {
  let text: string;
  try {
    text = fs.readFileSync(filePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw toConfigError(error, filePath);
  }
  return validateUserConfig(parseConfigText(filePath, text) ?? {}, filePath, builtinRules);
}

/** Validate a loaded config and flatten its `extends`; cached per file. */
function layersOf(result: NonNullable<CosmiconfigResult>, safe: boolean): Layer[] {
  const key = `${safe}\0${result.filepath}`;
  let layers = fileCache.get(key);
  if (!layers) {
    // In package.json the config sits under the `summarylint` key; error key paths say so.
    const keyPrefix = path.basename(result.filepath) === 'package.json' ? ['summarylint'] : [];
    const config = validateUserConfig(result.config ?? {}, result.filepath, builtinRules, keyPrefix);
    layers = buildChain(config, result.filepath, readExtendedConfig);
    fileCache.set(key, layers);
  }
  return layers;
}

function findForFolder(folder: string, safe: boolean): Promise<Found | undefined> {
  const key = `${safe}\0${folder}`;
  let found = folderCache.get(key);
  if (!found) {
    found = explorerFor(safe)
      .then((explorer) => explorer.search(folder))
      .catch((error) => Promise.reject(toConfigError(error, folder)))
      .then((result) => (result ? { layers: layersOf(result, safe), basePath: path.dirname(result.filepath) } : undefined));
    folderCache.set(key, found);
  }
  return found;
}

async function loadFile(configFile: string, safe: boolean): Promise<Layer[]> {
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
  if (options.configFile) found = { layers: await loadFile(path.resolve(cwd, options.configFile), safe), basePath: cwd };
  else if (options.useConfigLookup !== false) found = await findForFolder(path.dirname(file), safe);
  const resolved = resolveLayers(found?.layers ?? DEFAULT_LAYERS, file, found?.basePath ?? cwd, builtinRules);
  // Command-line settings come last.
  if (options.rules) {
    applyRuleEntries(resolved.rules, validateUserConfig({ rules: options.rules }, '--rule', builtinRules).rules!);
  }
  if (options.language) resolved.language = options.language;
  return resolved;
}
