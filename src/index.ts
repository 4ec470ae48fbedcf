// summarylint's public API. The CLI is a thin shell over these functions.
export { findFiles, lintBytes, lintFiles, lintMany, lintText, type FoundFiles, type LintFilesOptions, type LintFilesResult, type LintOptions, type LintTextOptions, type OnResult } from './lint.js';
export { ConfigError, loadConfig, resolveConfig, type ConfigOptions } from './config/index.js';
export { builtinRules } from '../rules/index.js';
export { defineRule } from './types.js';
export type * from './types.js';
