// Rule levels. The canonical names are what summarylint prints; the aliases are what users bring from ESLint
// (`0`, `1`, `2`) and from markdownlint-cli2 and SARIF (`"warning"`), accepted in config files and `--rule`.
import type { Level } from '../types.js';

export const LEVELS = ['off', 'info', 'warn', 'error'] as const;

export const LEVEL_ALIASES: Readonly<Record<string, Level>> = { 0: 'off', 1: 'warn', 2: 'error', warning: 'warn' };

/** Every value a config may give as a level: the names, then the aliases (numbers as numbers). */
export const LEVEL_VALUES: readonly (string | number)[] = [...LEVELS, 0, 1, 2, 'warning'];

/** The canonical level for a name or alias (`2` and `"2"` alike, for `--rule id:2`), or undefined. */
export function toLevel(value: unknown): Level | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const key = String(value);
  if ((LEVELS as readonly string[]).includes(key)) return key as Level;
  return Object.hasOwn(LEVEL_ALIASES, key) ? LEVEL_ALIASES[key] : undefined;
}
