// The explicit, sorted registry of built-in rules (a test checks it matches the files in rules/).
import type { Rule } from '../src/types.js';
import requireSections from './require-sections.js';

export const builtinRules: Readonly<Record<string, Rule>> = {
  'require-sections': requireSections,
};
