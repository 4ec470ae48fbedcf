// `--changed-since <ref>`: the files changed since a git ref, for pull requests on a large repository.
// "Changed" is what a pull request shows plus local work: files that differ between the merge base of
// <ref> and HEAD and the working tree (committed, staged or not), and untracked files that are not ignored.
// Deleted files are left out. The CLI still expands its paths as usual and lints only those in this set.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export class ChangedFilesError extends Error {
  override name = 'ChangedFilesError';
}

async function git(args: string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await run('git', args, { cwd, maxBuffer: 256 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === 'ENOENT') throw new ChangedFilesError('--changed-since needs git, which was not found on the PATH');
    const reason = (e.stderr ?? e.message).trim().split('\n')[0];
    throw new ChangedFilesError(`--changed-since: git ${args[0]} failed: ${reason}`);
  }
}

/** Absolute paths of the files changed since `ref` (see above). */
export async function changedFiles(ref: string, cwd: string): Promise<Set<string>> {
  if (ref.startsWith('-')) throw new ChangedFilesError(`--changed-since: '${ref}' is not a git ref`);
  const top = (await git(['rev-parse', '--show-toplevel'], cwd)).trim();
  const base = (await git(['merge-base', ref, 'HEAD'], cwd).catch(async (error) => {
    // Say which: a ref that does not exist is the common mistake (a shallow CI clone without the base branch).
    await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd).catch(() => {
      throw new ChangedFilesError(`--changed-since: unknown git ref '${ref}' (in CI, fetch it first: git fetch origin ${ref.replace(/^origin\//, '')})`);
    });
    throw error;
  })).trim();
  const [diff, untracked] = await Promise.all([
    git(['diff', '--name-only', '-z', '--no-renames', '--diff-filter=d', base, '--'], top),
    git(['ls-files', '-z', '--others', '--exclude-standard'], top),
  ]);
  const names = `${diff}${untracked}`.split('\0').filter(Boolean);
  return new Set(names.map((name) => path.resolve(top, name)));
}
