// Built-in presets, named `summarylint:<name>` in `extends`. They are data (JSON): rule levels only.
// Tests keep them in step with the rule registry.
import type { UserConfig } from '../types.js';
import recommended from './presets/recommended.json' with { type: 'json' };
import strict from './presets/strict.json' with { type: 'json' };

export const PRESET_PREFIX = 'summarylint:';
export const DEFAULT_PRESET = `${PRESET_PREFIX}recommended`;

export const presets: Readonly<Record<string, UserConfig>> = {
  [`${PRESET_PREFIX}recommended`]: recommended as unknown as UserConfig,
  [`${PRESET_PREFIX}strict`]: strict as unknown as UserConfig,
};
