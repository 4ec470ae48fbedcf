// Validate a parsed config against the generated JSON Schema and turn ajv's first error into one
// ConfigError that names the file, the key path and what was expected.
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { languagesVersion } from '../languages/index.js';
import type { Rule, UserConfig, VocabularyConfig } from '../types.js';
import { ConfigError, excerpt, EXCERPT_LENGTH, formatKeyPath, suggestion } from './errors.js';
import { buildConfigSchema, CONCEPT_CHANGES } from './schema.js';

const validators = new WeakMap<object, { languages: number; validate: ValidateFunction }>();

/**
 * Compiled lazily, once per rule registry (and language table, whose codes the schema lists): ajv's compile costs
 * start-up time, and most runs have no config.
 */
function validatorFor(rules: Readonly<Record<string, Rule>>): ValidateFunction {
  let made = validators.get(rules);
  if (made?.languages !== languagesVersion()) {
    const { Ajv } = createRequire(import.meta.url)('ajv') as typeof import('ajv');
    // verbose: errors carry the failing data and parent schema, used for messages and suggestions.
    // strict off: rule schemas may carry annotations ajv does not know.
    made = { languages: languagesVersion(), validate: new Ajv({ allErrors: false, verbose: true, strict: false }).compile(buildConfigSchema(rules)) };
    validators.set(rules, made);
  }
  return made.validate;
}

/**
 * Check `data` (a parsed config) and return it typed, or throw a ConfigError.
 * `keyPrefix` locates the config inside its file (`['summarylint']` for package.json).
 */
export function validateUserConfig(
  data: unknown,
  filePath: string,
  rules: Readonly<Record<string, Rule>>,
  keyPrefix: string[] = [],
): UserConfig {
  checkDepth(data, filePath, keyPrefix);
  const validate = validatorFor(rules);
  if (validate(data)) return data as UserConfig;
  const { segments, problem } = describe(pickError(validate.errors!), data);
  throw new ConfigError(problem, { filePath, keyPath: formatKeyPath([...keyPrefix, ...segments]) || '(root)' });
}

let packValidator: ValidateFunction | undefined;
let packValidatorLanguages: number | undefined;

/** Check a vocabulary pack (the `vocabulary` key's shape, plus an optional `$comment`) and return it typed. */
export function validateVocabularyPack(data: unknown, filePath: string): VocabularyConfig {
  checkDepth(data, filePath, []);
  if (!packValidator || packValidatorLanguages !== languagesVersion()) {
    packValidatorLanguages = languagesVersion();
    const { Ajv } = createRequire(import.meta.url)('ajv') as typeof import('ajv');
    const { definitions } = buildConfigSchema({}) as { definitions: Record<string, Record<string, unknown>> };
    const vocabulary = definitions.vocabulary;
    const schema = { ...vocabulary, properties: { ...(vocabulary.properties as object), $comment: { type: 'string' } }, definitions };
    packValidator = new Ajv({ allErrors: false, verbose: true, strict: false }).compile(schema);
  }
  if (packValidator(data)) {
    const { $comment: _comment, ...pack } = data as VocabularyConfig & { $comment?: string };
    return pack;
  }
  const { segments, problem } = describe(pickError(packValidator.errors!), data);
  throw new ConfigError(problem, { filePath, keyPath: formatKeyPath(segments) || '(root)' });
}

/** Deepest nesting of objects and arrays a config may have; far more than any option needs. */
const MAX_DEPTH = 64;

/**
 * A ConfigError when `data` nests deeper than MAX_DEPTH, before anything recursive (the validator, merging,
 * hashing) walks it and overflows the stack. Walked with a stack of its own, so it cannot overflow either.
 */
function checkDepth(data: unknown, filePath: string, keyPrefix: string[]): void {
  const stack: Array<{ value: unknown; depth: number; keys: (string | number)[] }> = [{ value: data, depth: 0, keys: [] }];
  while (stack.length > 0) {
    const { value, depth, keys } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_DEPTH) {
      // Name the keys down to the first array: the path through 64 levels would be a message of its own.
      const firstIndex = keys.findIndex((key) => typeof key === 'number');
      const named = firstIndex < 0 ? keys : keys.slice(0, Math.max(1, firstIndex));
      throw new ConfigError(`nested more than ${MAX_DEPTH} levels deep`, { filePath, keyPath: formatKeyPath([...keyPrefix, ...named]) || '(root)' });
    }
    for (const [key, child] of Object.entries(value)) stack.push({ value: child, depth: depth + 1, keys: [...keys, Array.isArray(value) ? Number(key) : key] });
  }
}

/**
 * The error to show: the deepest one, since it is nearest to the mistake. `if`, `oneOf` and `anyOf` only
 * summarise their branches; when every branch failed on type at one place, they merge: `a boolean or an array`.
 */
function pickError(errors: ErrorObject[]): ErrorObject {
  const specific = errors.filter((e) => !['if', 'oneOf', 'anyOf'].includes(e.keyword));
  if (specific.length === 0) return errors[0];
  const depth = (e: ErrorObject) => e.instancePath.split('/').length;
  const deepest = specific.reduce((a, b) => (depth(b) > depth(a) ? b : a));
  const here = specific.filter((e) => e.instancePath === deepest.instancePath);
  if (here.length > 1 && here.every((e) => e.keyword === 'type')) {
    return { ...deepest, params: { type: here.map((e) => e.params.type).join(',') } };
  }
  return deepest;
}

function describe(error: ErrorObject, root: unknown): { segments: (string | number)[]; problem: string } {
  const segments = pointerSegments(error.instancePath, root);
  const params = error.params as Record<string, any>;
  const isRuleEntry = /^(?:\/overrides\/\d+)?\/rules\/[^/]+$/.test(error.instancePath);
  switch (error.keyword) {
    case 'additionalProperties': {
      const name: string = params.additionalProperty;
      const known = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
      const isRules = segments[segments.length - 1] === 'rules';
      if (error.parentSchema?.title === CONCEPT_CHANGES) {
        const hint = suggestion(name, known) || ' (schema/vocabulary.schema.json lists the concepts)';
        return { segments: [...segments, name], problem: `unknown concept '${excerpt(name)}'${hint}` };
      }
      return {
        segments: [...segments, name],
        problem: `unknown ${isRules ? 'rule' : 'key'} '${excerpt(name)}'${suggestion(name, known)}`,
      };
    }
    case 'required':
      return { segments: [...segments, params.missingProperty], problem: 'missing; this key is required' };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
      const expected = isRuleEntry ? `a level (${allowed}), [level, options] or { level, options }` : `one of ${allowed}`;
      return { segments, problem: `expected ${expected}, got ${show(error.data)}` };
    }
    case 'type':
      return { segments, problem: `expected ${String(params.type).split(',').map(article).join(' or ')}, got ${show(error.data)}` };
    case 'pattern':
      return { segments, problem: `expected a string matching /${params.pattern}/, got ${show(error.data)}` };
    case 'additionalItems':
      return { segments, problem: `expected at most ${params.limit} items${isRuleEntry ? ': [level, options]' : ''}` };
    case 'maxLength':
      return { segments, problem: `expected at most ${params.limit} characters, got ${show(error.data)}` };
    case 'minItems':
      return { segments, problem: `expected at least ${params.limit} item${params.limit === 1 ? '' : 's'}` };
    default:
      return { segments, problem: `${error.message ?? 'is invalid'}, got ${show(error.data)}` };
  }
}

/** JSON Pointer → key segments; array positions become numbers (checked against the data, not guessed). */
function pointerSegments(pointer: string, root: unknown): (string | number)[] {
  const segments: (string | number)[] = [];
  let node: any = root;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    segments.push(Array.isArray(node) ? Number(key) : key);
    node = node?.[key];
  }
  return segments;
}

function article(type: string): string {
  const words: Record<string, string> = { object: 'an object', array: 'an array', integer: 'an integer' };
  return words[type] ?? `a ${type}`;
}

/** A value as an error quotes it: as JSON when short, else only by its kind (a config may hold secrets). */
function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  if ([...text].length <= EXCERPT_LENGTH) return excerpt(text);
  if (typeof value === 'string') return `a string of ${[...value].length} characters`;
  return Array.isArray(value) ? `an array of ${value.length} items` : 'an object';
}
