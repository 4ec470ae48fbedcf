// Public entry of the configuration layer.
//
// - `loadConfig(file, options)`: the config for a Markdown file, looked up from the file's folder up to the
//   project's top (the nearest folder with `.git` or `package.json`). The nearest config file wins; share settings
//   between configs with `extends`.
// - `resolveConfig(config, file, base)`: the same from a config object, synchronously and without I/O,
//   for `lintText(text, { config })`.
//
// Layering: a config always builds on a preset. Without `extends` it builds on `summarylint:recommended`
// (as does having no config at all); `extends` may name `summarylint:strict` or relative JSON/YAML files,
// and when no file in the chain names a preset, recommended still comes first. Then each config applies,
// base first, each followed by its matching `overrides`; `--rule` and `--lang` come last.
import path from 'node:path';
import { builtinRules } from '../../rules/index.js';
import type { ResolvedConfig, UserConfig } from '../types.js';
import { ConfigError } from './errors.js';
import { buildChain, resolveLayers, type Layer } from './resolve.js';
import { validateUserConfig } from './validate.js';

export { ConfigError, type ConfigErrorDetails } from './errors.js';
export { buildConfigSchema } from './schema.js';
export { clearConfigCaches, loadConfig, loadSharedConfig, SEARCH_PLACES, type ConfigOptions } from './load.js';
export { skippedByConfig } from './summaries.js';

/** The label a config object passed in code goes by in errors and `sources`. */
const INLINE_CONFIG = '<config>';
const inlineChains = new WeakMap<UserConfig, Layer[]>();

/**
 * The config for `filePath` from a config object (validated; ConfigError when invalid). `extends` may
 * name presets only. `overrides` globs are relative to `base` (default: the current directory).
 */
export function resolveConfig(userConfig: UserConfig, filePath: string, base: string = process.cwd()): ResolvedConfig {
  // Cached per object: lintText may be called many times with one config.
  let layers = inlineChains.get(userConfig);
  if (!layers) {
    const config = validateUserConfig(userConfig, INLINE_CONFIG, builtinRules);
    for (const key of ['plugins', 'vocabularyPacks'] as const) {
      if (config[key]?.length) throw new ConfigError(`${key} load from config files only: put the config in a file and lint with filePath or configFile`, { filePath: INLINE_CONFIG, keyPath: key });
    }
    layers = buildChain(config, INLINE_CONFIG);
    inlineChains.set(userConfig, layers);
  }
  return resolveLayers(layers, filePath, path.resolve(base), builtinRules);
}

/** The resolved config as `--print-config` shows it. */
export function printConfig(resolved: ResolvedConfig): string {
  return `${JSON.stringify(resolved, null, 2)}\n`;
}
