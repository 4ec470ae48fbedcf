// Built-in presets, named `summarylint:<name>` in `extends`. They are data (JSON): rule levels and options,
// plus, for a preset only, `defaultLevel`: the level every rule starts at when no config names it (rules of
// plugins included, which no preset can list). Tests keep them in step with the rule registry.
import type { Level, UserConfig } from '../types.js';
import recommended from './presets/recommended.json' with { type: 'json' };
import strict from './presets/strict.json' with { type: 'json' };

/** A preset: a config, plus the starting level of the rules it cannot name. */
export interface PresetConfig extends UserConfig {
  $comment?: string;
  /** Every rule, built-in or from a plugin, starts at this level instead of its own `meta.level`. */
  defaultLevel?: Level;
}

export const PRESET_PREFIX = 'summarylint:';
export const DEFAULT_PRESET = `${PRESET_PREFIX}recommended`;

export const presets: Readonly<Record<string, PresetConfig>> = {
  [`${PRESET_PREFIX}recommended`]: recommended as unknown as PresetConfig,
  [`${PRESET_PREFIX}strict`]: strict as unknown as PresetConfig,
};
