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

// Keyed by the globs' text: each resolved config has its own arrays, but most share the same globs.
const matchers = new Map<string, (path: string) => boolean>();

function matcher(globs: string[], nocase = false): (path: string) => boolean {
  const key = `${nocase}\0${globs.join('\0')}`;
  let isMatch = matchers.get(key);
  if (!isMatch) {
    isMatch = picomatch(globs, { dot: true, nocase });
    matchers.set(key, isMatch);
  }
  return isMatch;
}

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
  if (matcher(NOT_SUMMARIES, true)(inside)) {
    return `File ignored: ${path.basename(filePath)} is not a summary by default. To lint it, name it in "files" in your summarylint config.`;
  }
  return undefined;
}
