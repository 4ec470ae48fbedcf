// Which files a config lints. The one place that decides it, for walked folders, globs, files named on the
// command line, standard input with --stdin-filename, worker threads and the cache alike.
//
// - `ignores` (globs relative to the config file) skip files, as ignore files and --ignore-pattern do;
//   --no-ignore turns them off.
// - `files` (globs relative to the config file) says which files are summaries. Without it, every Markdown file
//   is one except the repository's own documents: README, CHANGELOG, CONTRIBUTING, LICENSE, CODE_OF_CONDUCT and
//   SECURITY (any letter case, with any extensions: `README.zh-CN.md` too, but not `security-review.md`) and
//   everything under `.github/` (issue and pull-request templates). Those describe the project; linted as
//   summaries, a one-line README.md failed with four missing sections. Naming one in `files` lints it. `files`
//   is not an ignore, so --no-ignore keeps it.
import path from 'node:path';
import picomatch from 'picomatch';
import { IGNORED_FILE_WARNING } from '../files.js';
import type { ResolvedConfig } from '../types.js';
import { relativePosix } from './resolve.js';

const PROJECT_DOCUMENTS = ['README', 'CHANGELOG', 'CONTRIBUTING', 'LICENSE', 'CODE_OF_CONDUCT', 'SECURITY'];

/** The repository's own documents, never summaries unless a config's `files` names them. */
const NOT_SUMMARIES = [`**/{${PROJECT_DOCUMENTS.join(',')}}{,.*}`, '**/.github/**'];

/** What is a summary without `files`, for help texts and the schema. */
export const DEFAULT_SUMMARIES = `every Markdown file except ${PROJECT_DOCUMENTS.join(', ')} and files under .github/`;

// By the array first: a runner's files share one frozen config (src/config/load.ts), so its globs are looked up
// without joining them. Then by the globs' text: configs from `loadConfig` have arrays of their own, but most
// share the same globs.
const matchersByArray = new WeakMap<readonly string[], (path: string) => boolean>();
const matchers = new Map<string, (path: string) => boolean>();

function matcher(globs: readonly string[]): (path: string) => boolean {
  let isMatch = matchersByArray.get(globs);
  if (!isMatch) {
    const key = globs.join('\0');
    isMatch = matchers.get(key);
    if (!isMatch) matchers.set(key, (isMatch = picomatch(globs as string[], { dot: true })));
    // Only a frozen array keeps its globs: another may change after this.
    if (Object.isFrozen(globs)) matchersByArray.set(globs, isMatch);
  }
  return isMatch;
}

let notSummaries: ((path: string) => boolean) | undefined;

/**
 * Why the config does not lint `filePath` (the warning for a file named on the command line), or undefined
 * when it does. `ignore: false` is --no-ignore: `ignores` then skip nothing.
 */
export function skippedByConfig(resolved: ResolvedConfig, filePath: string, ignore = true): string | undefined {
  const relative = relativePosix(resolved.basePath ?? process.cwd(), filePath);
  if (ignore && resolved.ignores.length > 0 && matcher(resolved.ignores)(relative)) return IGNORED_FILE_WARNING;
  if (resolved.files) {
    return matcher(resolved.files)(relative) ? undefined : `File ignored: it is not among the summaries the config's "files" names (${resolved.files.join(', ')}).`;
  }
  // Above the config's folder, only the path's own part below it can be a README or under .github/.
  const inside = relative.split('/').filter((segment) => segment !== '..').join('/');
  if ((notSummaries ??= picomatch(NOT_SUMMARIES, { dot: true, nocase: true }))(inside)) {
    return `File ignored: ${path.basename(filePath)} is not a summary by default. To lint it, name it in "files" in your summarylint config.`;
  }
  return undefined;
}
