// File discovery: CLI paths and globs → the sorted list of Markdown files to lint.
//
// What is supported, and why:
// - No pattern means the current folder. Folders expand to `.md` / `.markdown` files (any letter case).
// - Globs (tinyglobby syntax, relative to cwd) keep only Markdown files too: the glob says where, the
//   extension says what. A glob ending in `.txt` keeps plain-text summaries, which are read as plain text
//   (src/parse/document.ts). To lint another extension, name the file explicitly.
// - An explicitly named file is linted whatever its extension (the user asked for it).
// - Ignore files are read the way git reads `.gitignore`: from every folder between the top (the nearest
//   ancestor of cwd holding `.git`, else cwd) and the file, shallow to deep, so a deeper file can override
//   (`!pattern`) a shallower one. In each folder `.gitignore` is read first, then `.summarylintignore`, so the
//   summarylint file wins on ties. `ignorePatterns` (`--ignore-pattern`, config `ignores`) use the same
//   gitignore syntax, are relative to cwd and apply last. Not read: `.git/info/exclude`, the global
//   `core.excludesFile`. As in git, nothing inside an ignored folder can be re-included.
//   Files outside the top folder only get the `node_modules`/`.git` rule. When cwd itself is ignored by a
//   folder above it (running inside `dist/`, say), the rules above cwd are dropped: the user asked for it.
// - `node_modules` and `.git` are always skipped, even with `--no-ignore`.
// - Symlinks: like git, the folder walk and globs do not follow symlinks (to files or folders), so loops
//   cannot hang the walk and links out of the project are never read. A symlink named explicitly on the
//   command line is followed, once. A path that cannot be resolved (broken link, `ELOOP`) is an error entry.
// - Explicitly named files that are ignored are skipped with a warning (ESLint's behaviour); a path or glob
//   that matches nothing is an entry in `errors` (the CLI exits 2), without stopping the other patterns.
import { lstat, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';

export interface ExpandOptions {
  cwd: string;
  /** `false` for `--no-ignore`: ignore files and `ignorePatterns` are not applied. Default `true`. */
  ignore?: boolean;
  /** `--ignore-pattern` values and config `ignores`, gitignore syntax, relative to cwd. */
  ignorePatterns?: string[];
}

export interface PathWarning {
  /** Absolute path of the skipped file. */
  filePath: string;
  message: string;
}

export interface PatternError {
  /** The pattern as given on the command line. */
  pattern: string;
  message: string;
}

export interface ExpandResult {
  /** Absolute paths, sorted (by UTF-16 code units, so the order does not depend on the locale), unique. */
  files: string[];
  /** The files named on the command line that are symbolic links: the only links a run reads. */
  links: string[];
  warnings: PathWarning[];
  errors: PatternError[];
  /** The files among `files` that a pattern named (not found in a folder or by a glob). */
  named: Set<string>;
}

const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown']);
const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);
const IGNORE_FILES = ['.gitignore', '.summarylintignore'];

export const IGNORED_FILE_WARNING =
  'File ignored because of a matching ignore pattern. Use --no-ignore to override, or --no-warn-ignored to hide this warning.';
export const DEFAULT_IGNORED_WARNING = 'File ignored by default: node_modules and .git folders are always skipped.';

export function isMarkdownFile(filePath: string): boolean {
  return MARKDOWN_EXTENSIONS.has(path.extname(filePath).toLowerCase());
}

/** Loaded only for a pattern that names no file or folder: a one-file run (a pre-commit hook) needs no globbing. */
async function isGlob(pattern: string): Promise<boolean> {
  const { isDynamicPattern } = await import('tinyglobby');
  return isDynamicPattern(pattern);
}

export async function expandPaths(patterns: string[], options: ExpandOptions): Promise<ExpandResult> {
  const cwd = path.resolve(options.cwd);
  const matcher = await IgnoreMatcher.create(cwd, options.ignore !== false, options.ignorePatterns ?? []);
  const files = new Set<string>();
  const named = new Set<string>();
  const links: string[] = [];
  const warnings: PathWarning[] = [];
  const errors: PatternError[] = [];

  for (const pattern of patterns.length > 0 ? patterns : ['.']) {
    const absolute = path.resolve(cwd, pattern);
    const stats = await stat(absolute).catch((error: NodeJS.ErrnoException) => error);

    if (!(stats instanceof Error)) {
      // An existing path wins over a glob reading: `notes[1].md` is a file name first.
      if (stats.isDirectory()) {
        await expandDirectory(pattern, absolute, matcher, files, warnings, errors);
      } else if (isAlwaysSkipped(cwd, absolute)) {
        warnings.push({ filePath: absolute, message: DEFAULT_IGNORED_WARNING });
      } else if (await matcher.isIgnored(absolute, false)) {
        warnings.push({ filePath: absolute, message: IGNORED_FILE_WARNING });
      } else {
        files.add(absolute);
        named.add(absolute);
        if ((await lstat(absolute)).isSymbolicLink()) links.push(absolute);
      }
    } else if (stats.code !== 'ENOENT' && stats.code !== 'ENOTDIR') {
      errors.push({ pattern, message: `Cannot read "${pattern}": ${stats.code ?? stats.message}.` });
    } else if (await isGlob(pattern)) {
      await expandGlob(pattern, cwd, matcher, files, errors);
    } else {
      errors.push({ pattern, message: `No files matching the pattern "${pattern}" were found.` });
    }
  }

  return { files: [...files].sort(compareCodeUnits), links, warnings, errors, named };
}

/**
 * Why one path would be skipped if named on the command line, or undefined when it would be linted. The path
 * need not exist: `--stdin-filename` uses this so an editor linting an ignored file gets the same warning.
 */
export async function ignoredPathWarning(filePath: string, options: ExpandOptions): Promise<string | undefined> {
  const cwd = path.resolve(options.cwd);
  const absolute = path.resolve(cwd, filePath);
  if (isAlwaysSkipped(cwd, absolute)) return DEFAULT_IGNORED_WARNING;
  const matcher = await IgnoreMatcher.create(cwd, options.ignore !== false, options.ignorePatterns ?? []);
  return (await matcher.isIgnored(absolute, false)) ? IGNORED_FILE_WARNING : undefined;
}

async function expandDirectory(
  pattern: string,
  directory: string,
  matcher: IgnoreMatcher,
  files: Set<string>,
  warnings: PathWarning[],
  errors: PatternError[],
): Promise<void> {
  const ignored =
    directory !== matcher.cwd &&
    (isAlwaysSkipped(matcher.cwd, directory) || (await matcher.isIgnored(directory, true)));
  if (ignored) {
    errors.push({ pattern, message: `All files in "${pattern}" are ignored.` });
    return;
  }
  const walk: Walk = { matcher, files, warnings, found: 0, skipped: 0 };
  await walkFolder(directory, walk);
  if (walk.found === 0) {
    errors.push({
      pattern,
      message:
        walk.skipped > 0
          ? `No Markdown files found in "${pattern}" outside ignored paths. Use --no-ignore to include them.`
          : `No Markdown files (.md, .markdown) found in "${pattern}".`,
    });
  }
}

interface Walk {
  matcher: IgnoreMatcher;
  files: Set<string>;
  warnings: PathWarning[];
  /** Markdown files found (even if an earlier pattern had already added them). */
  found: number;
  /** Ignored files and folders, to explain an empty result. */
  skipped: number;
}

/** Depth-first walk that never follows symlinks and prunes ignored folders (as git does). */
async function walkFolder(directory: string, walk: Walk): Promise<void> {
  let entries;
  try {
    entries = await readdir(directory, { withFileTypes: true });
  } catch (error) {
    walk.warnings.push({ filePath: directory, message: `Cannot read folder: ${(error as NodeJS.ErrnoException).code}.` });
    return;
  }
  for (const entry of entries) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      if (ALWAYS_SKIPPED.has(entry.name)) continue;
      if (await walk.matcher.isIgnored(full, true)) walk.skipped++;
      else await walkFolder(full, walk);
    } else if (entry.isFile() && isMarkdownFile(entry.name)) {
      if (await walk.matcher.isIgnored(full, false)) walk.skipped++;
      else {
        walk.files.add(full);
        walk.found++;
      }
    }
    // Symlinks, sockets and the like are skipped on purpose (see the header).
  }
}

async function expandGlob(
  pattern: string,
  cwd: string,
  matcher: IgnoreMatcher,
  files: Set<string>,
  errors: PatternError[],
): Promise<void> {
  const { glob } = await import('tinyglobby');
  const matches = await glob(process.platform === 'win32' ? pattern.replaceAll('\\', '/') : pattern, {
    cwd,
    absolute: true,
    dot: true,
    followSymbolicLinks: false,
    onlyFiles: true,
    expandDirectories: false,
    ignore: ['**/node_modules/**', '**/.git/**'],
  });
  // A glob that names the text extension itself (`reports/*.txt`) asks for plain-text summaries.
  const text = /\.txt$/iu.test(pattern);
  const markdown = matches.map((match) => path.resolve(match)).filter((file) => isMarkdownFile(file) || (text && /\.txt$/iu.test(file)));
  let kept = 0;
  for (const file of markdown) {
    if (isAlwaysSkipped(cwd, file) || (await matcher.isIgnored(file, false))) continue;
    files.add(file);
    kept++;
  }
  if (kept === 0) {
    errors.push({
      pattern,
      message:
        markdown.length > 0
          ? `All files matched by "${pattern}" are ignored.`
          : `No files matching the pattern "${pattern}" were found.`,
    });
  }
}

/** `node_modules` or `.git` among the path's segments below cwd (or anywhere, for paths outside cwd). */
function isAlwaysSkipped(cwd: string, file: string): boolean {
  return path
    .relative(cwd, file)
    .split(path.sep)
    .some((segment) => ALWAYS_SKIPPED.has(segment));
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** gitignore-style matching across nested ignore files, loaded lazily per folder and cached. */
class IgnoreMatcher {
  private readonly perFolder = new Map<string, Promise<Ignore | undefined>>();
  private readonly verdicts = new Map<string, Promise<boolean>>();

  private constructor(
    readonly cwd: string,
    private readonly top: string,
    private readonly enabled: boolean,
    private readonly extra: Ignore,
  ) {}

  static async create(cwd: string, enabled: boolean, patterns: string[]): Promise<IgnoreMatcher> {
    const extra = ignore().add(patterns);
    const top = await findTop(cwd);
    const matcher = new IgnoreMatcher(cwd, top, enabled, extra);
    // Running inside a folder the repository ignores (say `dist/`) lints it: rules above cwd are dropped then.
    if (enabled && top !== cwd && (await matcher.isIgnored(cwd, true))) return new IgnoreMatcher(cwd, cwd, enabled, extra);
    return matcher;
  }

  /** Whether `file` (absolute) is ignored, itself or through an ignored parent folder. */
  isIgnored(file: string, isDirectory: boolean): Promise<boolean> {
    if (!this.enabled) return Promise.resolve(false);
    const key = isDirectory ? file + path.sep : file;
    let verdict = this.verdicts.get(key);
    if (!verdict) {
      verdict = this.compute(file, isDirectory);
      this.verdicts.set(key, verdict);
    }
    return verdict;
  }

  private async compute(file: string, isDirectory: boolean): Promise<boolean> {
    if (!isInside(this.top, file) || file === this.top) return false;
    const parent = path.dirname(file);
    if (parent !== this.top && (await this.isIgnored(parent, true))) return true;

    // Git semantics: the last matching rule decides; deeper files are read later and so win.
    let ignored = false;
    const folders: string[] = [];
    for (let folder = parent; ; folder = path.dirname(folder)) {
      folders.unshift(folder);
      if (folder === this.top) break;
    }
    for (const folder of folders) {
      const rules = await this.rulesOf(folder);
      if (rules) ignored = applyRules(rules, toIgnorePath(folder, file, isDirectory), ignored);
    }
    if (file !== this.cwd && isInside(this.cwd, file)) ignored = applyRules(this.extra, toIgnorePath(this.cwd, file, isDirectory), ignored);
    return ignored;
  }

  private rulesOf(folder: string): Promise<Ignore | undefined> {
    let rules = this.perFolder.get(folder);
    if (!rules) {
      rules = loadIgnoreFiles(folder);
      this.perFolder.set(folder, rules);
    }
    return rules;
  }
}

function applyRules(rules: Ignore, relative: string, current: boolean): boolean {
  const { ignored, unignored } = rules.test(relative);
  return ignored ? true : unignored ? false : current;
}

async function loadIgnoreFiles(folder: string): Promise<Ignore | undefined> {
  let rules: Ignore | undefined;
  for (const name of IGNORE_FILES) {
    const text = await readFile(path.join(folder, name), 'utf8').catch(() => undefined);
    if (text !== undefined) rules = (rules ?? ignore()).add(text);
  }
  return rules;
}

/** The nearest ancestor of cwd (cwd included) that holds `.git`, so a repository's root `.gitignore` applies. */
async function findTop(cwd: string): Promise<string> {
  for (let folder = cwd; ; folder = path.dirname(folder)) {
    if (await lstat(path.join(folder, '.git')).then(() => true, () => false)) return folder;
    if (path.dirname(folder) === folder) return cwd;
  }
}

function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '..' && !relative.startsWith('..' + path.sep) && !path.isAbsolute(relative);
}

/** The `ignore` package wants POSIX paths relative to the rules' folder, folders with a trailing slash. */
function toIgnorePath(folder: string, file: string, isDirectory: boolean): string {
  const relative = path.relative(folder, file).split(path.sep).join('/');
  return isDirectory ? relative + '/' : relative;
}
