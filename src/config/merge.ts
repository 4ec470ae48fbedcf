// How config layers combine. Objects merge key by key, arrays and scalars replace, and results never
// share arrays or objects with their inputs (a rule that mutates its options cannot leak into other files).
import type { ConceptChange, LevelInput, ResolvedRule, RuleEntry, VocabularyConfig } from '../types.js';
import { toLevel } from './levels.js';

type Plain = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/** Deep copy of plain objects and arrays; anything else (functions from JS configs, …) is kept as is. */
export function clone<T>(value: T): T {
  if (Array.isArray(value)) return value.map(clone) as T;
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clone(v)])) as T;
  return value;
}

/** `over` merged onto `base`: nested objects merge, arrays replace. */
export function deepMerge(base: Plain, over: Plain): Plain {
  const out = clone(base);
  for (const [key, value] of Object.entries(over)) {
    out[key] = isPlainObject(out[key]) && isPlainObject(value) ? deepMerge(out[key] as Plain, value) : clone(value);
  }
  return out;
}

/**
 * Apply rule entries onto resolved rules (in place): a level, `[level, options]` or `{ level, options }`
 * (validated before). A bare level keeps the options set so far; options
 * merge over them, so a folder override can change one option and keep the rest.
 */
export function applyRuleEntries(target: Record<string, ResolvedRule>, entries: Record<string, RuleEntry>): void {
  for (const [id, entry] of Object.entries(entries)) {
    const [level, options] = (Array.isArray(entry) ? entry : typeof entry === 'object' ? [entry.level, entry.options] : [entry]) as [LevelInput, Plain?];
    const current = target[id] ?? { level: 'off', options: {} };
    target[id] = { level: toLevel(level) ?? current.level, options: options ? deepMerge(current.options, options) : current.options };
  }
}

/**
 * Merge vocabulary changes. Per word, the later layer wins: adding a word a base config removed
 * takes it out of `remove`, and the other way round.
 */
export function mergeVocabulary(base: VocabularyConfig, over: VocabularyConfig): VocabularyConfig {
  const out = clone(base);
  for (const [lang, concepts] of Object.entries(over) as [keyof VocabularyConfig, Record<string, ConceptChange>][]) {
    const target = (out[lang] ??= {});
    for (const [concept, change] of Object.entries(concepts)) {
      const current = Object.hasOwn(target, concept) ? target[concept] : {};
      const add = new Set(current.add), remove = new Set(current.remove);
      for (const word of change.add ?? []) {
        add.add(word);
        remove.delete(word);
      }
      for (const word of change.remove ?? []) {
        remove.add(word);
        add.delete(word);
      }
      target[concept] = { add: [...add], remove: [...remove] };
    }
  }
  return out;
}
