// Custom rules from config `plugins`: local modules (`./rules/my-rule.js`) and packages
// (`summarylint-plugin-acme`), resolved from the config file's folder as Node resolves imports there.
//
// A plugin module's default export (or the module itself) is either one rule (`{ meta, check }`) or
// `{ rules: { id: rule } }` / `{ rules: [rule, …] }`. Rules have the built-in API (`import type { Rule } from
// 'summarylint'`); their id is `meta.id` and must not clash with a built-in rule or another plugin's.
//
// Loaded plugins are kept per resolved module path, so a config's registry (built-ins plus its plugins) is
// one object per set of plugins: validators and vocabularies are cached by that object's identity.
import { pathToFileURL, fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { resolve as resolveImport } from 'import-meta-resolve';
import { builtinRules } from '../rules/index.js';
import { ConfigError } from './config/errors.js';
import type { Rule, RuleMeta } from './types.js';
import { importModule } from './import-module.js';

const RULE_ID = /^[a-z0-9]+(?:[-/][a-z0-9]+)*$/;
const loaded = new Map<string, Promise<Rule[]>>();
const registries = new Map<string, Readonly<Record<string, Rule>>>();
/** Rules of every plugin loaded by this process, by module path (for report metadata such as SARIF's). */
const settled = new Map<string, Rule[]>();

export interface PluginOrigin {
  /** The config file that names the plugins (specifiers resolve from its folder). */
  configFile: string;
  /** Where in that file, for errors: `plugins`. */
  keyPath?: string;
  /** Safe mode (`--safe`): plugins run code, so naming one is a config error. */
  safe?: boolean;
}

/** Resolve and import the plugins a config names; their module paths, in order. */
export async function loadPlugins(specifiers: readonly string[], origin: PluginOrigin): Promise<string[]> {
  const { configFile, keyPath = 'plugins' } = origin;
  if (specifiers.length === 0) return [];
  if (origin.safe) {
    throw new ConfigError('plugins are not loaded in safe mode (they run code); remove `plugins` or run without --safe', {
      filePath: configFile,
      keyPath,
    });
  }
  const paths = specifiers.map((specifier, i) => resolvePlugin(specifier, configFile, `${keyPath}[${i}]`));
  await Promise.all(paths.map((modulePath, i) => importPlugin(modulePath, configFile, `${keyPath}[${i}]`)));
  registryFor(paths, configFile); // checks for clashing ids, with the config file to blame
  return paths;
}

function resolvePlugin(specifier: string, configFile: string, keyPath: string): string {
  const parent = pathToFileURL(configFile).href;
  let url: string;
  try {
    url = resolveImport(specifier, parent);
  } catch (error) {
    const relative = /^\.{1,2}[\\/]/.test(specifier) || path.isAbsolute(specifier);
    const hint = relative
      ? `no such file from ${path.dirname(configFile)}`
      : `install it (npm i -D ${specifier}) in the project of ${path.dirname(configFile)}`;
    throw new ConfigError(`cannot find plugin '${specifier}': ${hint}`, { filePath: configFile, keyPath, cause: error });
  }
  if (!url.startsWith('file:')) {
    throw new ConfigError(`plugin '${specifier}' is not a file (resolved to ${url})`, { filePath: configFile, keyPath });
  }
  const modulePath = fileURLToPath(url);
  // Relative specifiers resolve without touching the disk; say plainly when the file is not there.
  if (!existsSync(modulePath)) {
    throw new ConfigError(`cannot find plugin '${specifier}': no such file ${modulePath}`, { filePath: configFile, keyPath });
  }
  return modulePath;
}

function importPlugin(modulePath: string, configFile: string, keyPath: string): Promise<Rule[]> {
  let rules = loaded.get(modulePath);
  if (!rules) {
    const fail = (problem: string, cause?: unknown) =>
      new ConfigError(`plugin ${modulePath}: ${problem}`, { filePath: configFile, keyPath, cause });
    rules = importModule<Record<string, unknown>>(pathToFileURL(modulePath).href).then(
      (module: Record<string, unknown>) => {
        const list = rulesOf(module.default ?? module, fail);
        settled.set(modulePath, list);
        return list;
      },
      (error: unknown) => {
        throw fail(`could not load: ${(error as Error)?.message ?? String(error)}`, error);
      },
    );
    // A failed import is not cached: the user may fix the file while an editor keeps the process.
    rules.catch(() => loaded.delete(modulePath));
    loaded.set(modulePath, rules);
  }
  return rules;
}

type Fail = (problem: string) => ConfigError;

function rulesOf(exported: unknown, fail: Fail): Rule[] {
  if (!isObject(exported)) throw fail('expected the module to export a rule or { rules }');
  if ('meta' in exported || 'check' in exported) return [checkRule(exported, 'the exported rule', fail)];
  const { rules } = exported as { rules?: unknown };
  if (Array.isArray(rules)) return rules.map((rule, i) => checkRule(rule, `rules[${i}]`, fail));
  if (isObject(rules)) {
    return Object.entries(rules).map(([id, rule]) => {
      const checked = checkRule(rule, `rules["${id}"]`, fail);
      if (checked.meta.id !== id) throw fail(`rules["${id}"] has meta.id '${checked.meta.id}'; the key and meta.id must be equal`);
      return checked;
    });
  }
  throw fail('expected the module to export a rule ({ meta, check }) or { rules: { id: rule } }');
}

/** A plugin rule, checked for what the engine relies on and completed with the optional parts of `meta`. */
function checkRule(candidate: unknown, where: string, fail: Fail): Rule {
  if (!isObject(candidate)) throw fail(`${where} is not a rule object`);
  const rule = candidate as Partial<Rule>;
  const meta = rule.meta as Partial<RuleMeta> | undefined;
  if (typeof rule.check !== 'function') throw fail(`${where} has no check(doc, context) function`);
  if (!isObject(meta)) throw fail(`${where} has no meta object`);
  const id = meta.id;
  if (typeof id !== 'string' || !RULE_ID.test(id)) throw fail(`${where}: meta.id must be a kebab-case id such as 'acme/no-tbd', got ${JSON.stringify(id)}`);
  const bad = (key: string, expected: string) => fail(`rule '${id}': meta.${key} must be ${expected}`);
  if (typeof meta.description !== 'string') throw bad('description', 'a one-line string');
  if (!['info', 'warn', 'error'].includes(meta.level as string)) throw bad('level', '"info", "warn" or "error" (its default level)');
  if (!isObject(meta.schema)) throw bad('schema', 'a JSON Schema object for its options (`{ "type": "object", "properties": {} }` when it has none)');
  if (!isObject(meta.messages) || Object.keys(meta.messages).length === 0) throw bad('messages', 'an object of message templates by messageId');
  if (meta.defaultOptions !== undefined && !isObject(meta.defaultOptions)) throw bad('defaultOptions', 'an object');
  if (builtinRules[id]) throw fail(`rule id '${id}' is a built-in rule's; give the plugin rule another id (e.g. 'acme/${id}')`);
  return {
    ...(rule as Rule),
    meta: {
      languages: ['en', 'zh'],
      defaultOptions: {},
      examples: [],
      ...meta,
      docs: { why: '', url: '', ...meta.docs },
    } as RuleMeta,
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The rule registry for a set of loaded plugins: the built-in rules plus theirs, one object per set.
 * Plugins must have been loaded with `loadPlugins` first.
 */
export function registryFor(modulePaths: readonly string[], configFile = '<config>'): Readonly<Record<string, Rule>> {
  if (modulePaths.length === 0) return builtinRules;
  const key = modulePaths.join('\0');
  let registry = registries.get(key);
  if (!registry) {
    const rules: Record<string, Rule> = { ...builtinRules };
    const from = new Map<string, string>();
    for (const modulePath of modulePaths) {
      const list = settled.get(modulePath);
      if (!list) throw new Error(`plugin ${modulePath} was not loaded before use`);
      for (const rule of list) {
        const id = rule.meta.id;
        if (from.has(id) && from.get(id) !== modulePath) {
          throw new ConfigError(`rule id '${id}' is defined by two plugins: ${from.get(id)} and ${modulePath}`, { filePath: configFile, keyPath: 'plugins' });
        }
        from.set(id, modulePath);
        rules[id] = rule;
      }
    }
    registry = Object.freeze(rules);
    registries.set(key, registry);
  }
  return registry;
}

/** Every rule this process knows: built-ins and the rules of plugins loaded so far. */
export function knownRules(): Readonly<Record<string, Rule>> {
  const rules: Record<string, Rule> = { ...builtinRules };
  for (const list of settled.values()) for (const rule of list) rules[rule.meta.id] ??= rule;
  return rules;
}
