import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_IGNORED_WARNING, expandPaths, IGNORED_FILE_WARNING } from '../src/files.js';

let root: string;

beforeEach(async () => {
  // realpath: on macOS the temp folder is behind a symlink (/var → /private/var).
  root = await realpath(await mkdtemp(path.join(tmpdir(), 'summarylint-files-')));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Create files from `{ 'relative/path': 'content' }`. */
async function tree(files: Record<string, string>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(root, name);
    await mkdir(path.dirname(full), { recursive: true });
    await writeFile(full, content);
  }
}

const abs = (...names: string[]) => names.map((name) => path.join(root, name));
const rel = (files: string[]) => files.map((file) => path.relative(root, file).split(path.sep).join('/'));

describe('expandPaths', () => {
  it('expands the current folder to Markdown files, sorted and absolute', async () => {
    await tree({ 'b.md': '', 'a.markdown': '', 'c.txt': '', 'sub/d.MD': '', 'sub/deeper/e.md': '' });
    const result = await expandPaths([], { cwd: root });
    expect(result.files).toEqual(abs('a.markdown', 'b.md', 'sub/d.MD', 'sub/deeper/e.md'));
    expect(result.warnings).toEqual([]);
    expect(result.errors).toEqual([]);
  });

  it('deduplicates overlapping patterns', async () => {
    await tree({ 'a.md': '', 'sub/b.md': '' });
    const result = await expandPaths(['.', 'sub', 'a.md', '**/*.md', './sub/b.md'], { cwd: root });
    expect(rel(result.files)).toEqual(['a.md', 'sub/b.md']);
    expect(result.errors).toEqual([]);
  });

  it('lints an explicitly named file whatever its extension', async () => {
    await tree({ 'notes.txt': '' });
    expect(rel((await expandPaths(['notes.txt'], { cwd: root })).files)).toEqual(['notes.txt']);
  });

  it('expands globs, keeping Markdown files only', async () => {
    await tree({ 'docs/a.md': '', 'docs/b.txt': '', 'docs/x/c.markdown': '', 'other/d.md': '' });
    const result = await expandPaths(['docs/**/*'], { cwd: root });
    expect(rel(result.files)).toEqual(['docs/a.md', 'docs/x/c.markdown']);
    expect((await expandPaths(['*/*.md'], { cwd: root })).files).toEqual(abs('docs/a.md', 'other/d.md'));
  });

  it('keeps plain-text summaries when the glob names the .txt extension', async () => {
    await tree({ 'docs/a.md': '', 'docs/b.txt': '', 'docs/x/c.TXT': '' });
    expect(rel((await expandPaths(['docs/**/*.txt'], { cwd: root })).files)).toEqual(['docs/b.txt']);
  });

  it('treats an existing path with glob characters as a path', async () => {
    await tree({ 'notes[1].md': '', 'notes1.md': '' });
    expect(rel((await expandPaths(['notes[1].md'], { cwd: root })).files)).toEqual(['notes[1].md']);
  });

  it('skips node_modules and .git, even with --no-ignore', async () => {
    await tree({ 'a.md': '', 'node_modules/pkg/README.md': '', 'sub/node_modules/x.md': '', '.git/x.md': '' });
    for (const ignore of [true, false]) {
      expect(rel((await expandPaths([], { cwd: root, ignore })).files)).toEqual(['a.md']);
      expect(rel((await expandPaths(['**/*.md'], { cwd: root, ignore })).files)).toEqual(['a.md']);
    }
    const explicit = await expandPaths(['node_modules/pkg/README.md'], { cwd: root, ignore: false });
    expect(explicit.files).toEqual([]);
    expect(explicit.warnings).toEqual([{ filePath: abs('node_modules/pkg/README.md')[0], message: DEFAULT_IGNORED_WARNING }]);
  });

  it('honours .gitignore and .summarylintignore, --no-ignore turns them off', async () => {
    await tree({
      '.gitignore': 'build/\n*.draft.md\n',
      '.summarylintignore': 'CHANGELOG.md\n',
      'a.md': '',
      'CHANGELOG.md': '',
      'x.draft.md': '',
      'build/out.md': '',
    });
    expect(rel((await expandPaths([], { cwd: root })).files)).toEqual(['a.md']);
    expect(rel((await expandPaths(['**/*.md'], { cwd: root })).files)).toEqual(['a.md']);
    // Sorted by code unit: capitals first, whatever the locale.
    expect(rel((await expandPaths([], { cwd: root, ignore: false })).files)).toEqual([
      'CHANGELOG.md',
      'a.md',
      'build/out.md',
      'x.draft.md',
    ]);
  });

  it('honours nested .gitignore files, deeper ones overriding shallower ones', async () => {
    await tree({
      '.gitignore': '*.private.md\n',
      'team/.gitignore': 'drafts/\n!keep.private.md\n',
      'team/a.md': '',
      'team/keep.private.md': '',
      'team/other.private.md': '',
      'team/drafts/d.md': '',
      'top.private.md': '',
      'elsewhere/drafts/e.md': '',
    });
    expect(rel((await expandPaths([], { cwd: root })).files)).toEqual([
      'elsewhere/drafts/e.md',
      'team/a.md',
      'team/keep.private.md',
    ]);
    // The same rules when a file is named explicitly.
    const explicit = await expandPaths(['team/drafts/d.md', 'team/keep.private.md'], { cwd: root });
    expect(rel(explicit.files)).toEqual(['team/keep.private.md']);
    expect(explicit.warnings).toEqual([{ filePath: abs('team/drafts/d.md')[0], message: IGNORED_FILE_WARNING }]);
  });

  it("reads the repository root's .gitignore when run from a subfolder", async () => {
    await tree({ '.git/HEAD': '', '.gitignore': 'sub/secret.md\n', 'sub/secret.md': '', 'sub/open.md': '' });
    const result = await expandPaths([], { cwd: path.join(root, 'sub') });
    expect(rel(result.files)).toEqual(['sub/open.md']);
  });

  it('lints a folder the repository ignores when run from inside it', async () => {
    await tree({ '.git/HEAD': '', '.gitignore': 'dist/\n', 'dist/a.md': '' });
    expect(rel((await expandPaths([], { cwd: path.join(root, 'dist') })).files)).toEqual(['dist/a.md']);
  });

  it('applies ignorePatterns (gitignore syntax, relative to cwd), which can re-include', async () => {
    await tree({ '.gitignore': 'old/\n*.gen.md\n', 'a.md': '', 'drafts/b.md': '', 'c.gen.md': '', 'old/d.md': '' });
    const result = await expandPaths([], { cwd: root, ignorePatterns: ['drafts/', '!c.gen.md'] });
    expect(rel(result.files)).toEqual(['a.md', 'c.gen.md']);
    // --no-ignore drops them too.
    const all = await expandPaths([], { cwd: root, ignore: false, ignorePatterns: ['drafts/'] });
    expect(rel(all.files)).toEqual(['a.md', 'c.gen.md', 'drafts/b.md', 'old/d.md']);
  });

  it('warns about an explicitly named ignored file and still lints the others', async () => {
    await tree({ '.summarylintignore': 'skip.md\n', 'skip.md': '', 'ok.md': '' });
    const result = await expandPaths(['skip.md', 'ok.md'], { cwd: root });
    expect(rel(result.files)).toEqual(['ok.md']);
    expect(result.warnings).toEqual([{ filePath: abs('skip.md')[0], message: IGNORED_FILE_WARNING }]);
    expect(result.errors).toEqual([]);
    expect(rel((await expandPaths(['skip.md'], { cwd: root, ignore: false })).files)).toEqual(['skip.md']);
  });

  it('reports missing paths and unmatched globs as errors without stopping the others', async () => {
    await tree({ 'ok.md': '', '.gitignore': 'gone/\n', 'gone/x.md': '' });
    const result = await expandPaths(['missing.md', 'ok.md', 'nothing/**/*.md', 'gone/*.md'], { cwd: root });
    expect(rel(result.files)).toEqual(['ok.md']);
    expect(result.errors).toEqual([
      { pattern: 'missing.md', message: 'No files matching the pattern "missing.md" were found.' },
      { pattern: 'nothing/**/*.md', message: 'No files matching the pattern "nothing/**/*.md" were found.' },
      { pattern: 'gone/*.md', message: 'All files matched by "gone/*.md" are ignored.' },
    ]);
  });

  it('reports folders without Markdown files, and ignored folders, as errors', async () => {
    await tree({ 'empty/readme.txt': '', 'hidden/.summarylintignore': '*.md\n', 'hidden/a.md': '', '.gitignore': 'out/\n', 'out/b.md': '' });
    const result = await expandPaths(['empty', 'hidden', 'out'], { cwd: root });
    expect(result.files).toEqual([]);
    expect(result.errors).toEqual([
      { pattern: 'empty', message: 'No Markdown files (.md, .markdown) found in "empty".' },
      {
        pattern: 'hidden',
        message: 'No Markdown files found in "hidden" outside ignored paths. Use --no-ignore to include them.',
      },
      { pattern: 'out', message: 'All files in "out" are ignored.' },
    ]);
  });

  it('does not hang on symlink loops and does not follow symlinks while walking', async () => {
    await tree({ 'docs/a.md': '', 'outside/b.md': '' });
    await symlink('..', path.join(root, 'docs/up')); // docs/up → root: a loop
    await symlink('loop', path.join(root, 'docs/loop')); // points to itself
    await symlink(path.join(root, 'outside'), path.join(root, 'docs/out'));
    await symlink('a.md', path.join(root, 'docs/alias.md'));
    const cwd = path.join(root, 'docs');

    for (const patterns of [[], ['.'], ['**/*.md'], ['**']]) {
      const result = await expandPaths(patterns, { cwd });
      expect(rel(result.files), patterns.join(' ')).toEqual(['docs/a.md']);
      expect(result.errors).toEqual([]);
    }
    // Symlinks the user spells out in a path are resolved by the system, once; nothing below is followed.
    const spelled = await expandPaths(['up/docs/up/docs/**/*.md'], { cwd });
    expect(rel(spelled.files)).toEqual(['docs/up/docs/up/docs/a.md']);
  }, 10_000);

  it('follows a symlink named explicitly, and reports one that cannot be resolved', async () => {
    await tree({ 'outside/b.md': '', 'docs/a.md': '' });
    await symlink(path.join(root, 'outside'), path.join(root, 'docs/out'));
    await symlink('loop', path.join(root, 'docs/loop'));
    await symlink('nowhere.md', path.join(root, 'docs/broken.md'));
    const result = await expandPaths(['out', 'loop', 'broken.md'], { cwd: path.join(root, 'docs') });
    expect(rel(result.files)).toEqual(['docs/out/b.md']);
    expect(result.errors).toEqual([
      { pattern: 'loop', message: 'Cannot read "loop": ELOOP.' },
      { pattern: 'broken.md', message: 'No files matching the pattern "broken.md" were found.' },
    ]);
  });

  it('accepts paths outside cwd; only node_modules/.git rules apply there', async () => {
    await tree({ 'project/.gitignore': '*.md\n', 'shared/x.md': '' });
    const result = await expandPaths(['../shared'], { cwd: path.join(root, 'project') });
    expect(rel(result.files)).toEqual(['shared/x.md']);
  });
});
