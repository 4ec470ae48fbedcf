// From config objects to the ResolvedConfig of one file: follow `extends`, then apply each layer and the
// overrides that match the file. Everything here is synchronous and does no I/O of its own.
import path from 'node:path';
import picomatch from 'picomatch';
import type { Level, Rule, ResolvedConfig, ResolvedRule, UserConfig } from '../types.js';
import { ConfigError } from './errors.js';
import { applyRuleEntries, clone, deepMerge, mergeVocabulary } from './merge.js';
import { DEFAULT_PRESET, PRESET_PREFIX, presets, type PresetConfig } from './presets.js';

/** One config of an `extends` chain. `source` is its file path or preset name. */
export interface Layer {
  /** A config file's content, or a preset (only presets carry `defaultLevel`). */
  config: PresetConfig;
  source: string;
}

/** What applies when there is no config at all. */
export const DEFAULT_LAYERS: readonly Layer[] = [{ config: presets[DEFAULT_PRESET], source: DEFAULT_PRESET }];

/** Reads, parses and validates a config file named in `extends`; `undefined` when it does not exist. `blame`
 *  is the config and key that name it, for errors about reading it. */
export type ReadExtendedConfig = (absolutePath: string, blame: { filePath: string; keyPath: string }) => UserConfig | undefined;

/**
 * Flatten `extends` into layers, base first. A chain always starts from a preset: when no config in it
 * extends `summarylint:*`, `summarylint:recommended` goes first, so configs only state their differences.
 * `readFile` is absent where files cannot be read (the pure `resolveConfig`).
 */
export function buildChain(config: UserConfig, source: string, readFile?: ReadExtendedConfig): Layer[] {
  const layers: Layer[] = [];
  const visit = (current: UserConfig, currentSource: string, stack: string[]) => {
    const names = current.extends === undefined ? [] : [current.extends].flat();
    names.forEach((name, i) => {
      const blame = { filePath: currentSource, keyPath: Array.isArray(current.extends) ? `extends[${i}]` : 'extends' };
      const error = (problem: string) => new ConfigError(problem, blame);
      if (name.startsWith(PRESET_PREFIX)) {
        const preset = presets[name];
        if (!preset) throw error(`unknown preset '${name}'; expected one of ${Object.keys(presets).join(', ')}`);
        layers.push({ config: preset, source: name });
        return;
      }
      if (!/^\.{1,2}[\\/]/.test(name) && !path.isAbsolute(name)) {
        throw error(`expected a preset (${Object.keys(presets).join(', ')}) or a path starting with ./ or ../, got '${name}'`);
      }
      if (!/\.(json|ya?ml)$/i.test(name) && path.extname(name) !== '') {
        throw error(`only JSON and YAML configs can be extended, got '${name}'`);
      }
      if (!readFile) throw error(`cannot extend '${name}' here: files are read only by loadConfig()`);
      const target = path.resolve(path.dirname(currentSource), name);
      if (stack.includes(target)) {
        const chain = [...stack, target].map((p) => path.relative(path.dirname(stack[0]), p) || p);
        throw error(`circular chain: ${chain.join(' → ')}`);
      }
      const extended = readFile(target, blame);
      if (!extended) throw error(`extended config not found: ${target}`);
      visit(extended, target, [...stack, target]);
    });
    layers.push({ config: current, source: currentSource });
  };
  visit(config, source, [source]);
  if (!layers.some((layer) => layer.source.startsWith(PRESET_PREFIX))) {
    layers.unshift(...DEFAULT_LAYERS);
  }
  return layers;
}

const matchers = new WeakMap<readonly string[], (path: string) => boolean>();

/** Whether a file path (relative to the config's folder, `/`-separated) matches an override's `files`. */
function matches(globs: readonly string[], relativePath: string): boolean {
  let isMatch = matchers.get(globs);
  if (!isMatch) {
    isMatch = picomatch(globs as string[], { dot: true });
    matchers.set(globs, isMatch);
  }
  return isMatch(relativePath);
}

/**
 * Which overrides of `layers` apply to a file (its path relative to the config's folder), as a key: files with the
 * same key get the same config from `resolveLayers`, which reads nothing else of the file.
 */
export function overridesKey(layers: readonly Layer[], relativePath: string): string {
  let key = '';
  layers.forEach(({ config }, layer) => {
    config.overrides?.forEach((override, i) => {
      if (matches(override.files, relativePath)) key += `${layer}.${i},`;
    });
  });
  return key;
}

/** `filePath` relative to `basePath`, with `/` separators as globs expect. */
export function relativePosix(basePath: string, filePath: string): string {
  return path.relative(basePath, path.resolve(basePath, filePath)).split(path.sep).join('/');
}

/**
 * The config for one file. Each layer applies in order, each followed by its overrides that match the
 * file (globs relative to `basePath`); later layers and later overrides win.
 */
export function resolveLayers(
  layers: readonly Layer[],
  filePath: string,
  basePath: string,
  rules: Readonly<Record<string, Rule>>,
  plugins: readonly string[] = [],
): ResolvedConfig {
  const relativePath = relativePosix(basePath, filePath);
  // Every registered rule is present. A rule no layer names runs at its starting level: the `defaultLevel`
  // of a preset in the chain (the last one that has it; summarylint:strict's is `error`), else the rule's own
  // `meta.level`. The presets name every built-in rule, so this is how a plugin's rules start.
  const startLevel = layers.reduce<Level | undefined>((level, layer) => layer.config.defaultLevel ?? level, undefined);
  const resolvedRules: Record<string, ResolvedRule> = {};
  for (const [id, rule] of Object.entries(rules)) {
    resolvedRules[id] = { level: startLevel ?? rule.meta.level, options: clone(rule.meta.defaultOptions) as Record<string, unknown> };
  }
  const out: ResolvedConfig = {
    language: 'auto',
    locale: 'auto',
    rules: resolvedRules,
    vocabulary: {},
    settings: {},
    ignores: [],
    sources: layers.map((layer) => layer.source).reverse(),
    basePath,
    plugins: [...plugins],
  };
  const apply = (part: Omit<UserConfig, 'files' | 'ignores' | 'overrides' | 'extends'>) => {
    if (part.language) out.language = part.language;
    if (part.kind) out.kind = part.kind;
    if (part.kinds) out.kinds = deepMerge(out.kinds ?? {}, part.kinds as Record<string, unknown>) as ResolvedConfig['kinds'];
    if (part.locale) out.locale = part.locale;
    if (part.rules) applyRuleEntries(out.rules, part.rules);
    if (part.vocabulary) out.vocabulary = mergeVocabulary(out.vocabulary, part.vocabulary);
    if (part.settings) out.settings = deepMerge(out.settings, part.settings);
    if (part.series) out.series = clone(part.series);
  };
  for (const { config } of layers) {
    apply(config);
    if (config.files) out.files = [...config.files];
    for (const glob of config.ignores ?? []) if (!out.ignores.includes(glob)) out.ignores.push(glob);
    for (const override of config.overrides ?? []) if (matches(override.files, relativePath)) apply(override);
  }
  return out;
}
