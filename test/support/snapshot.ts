// A copy of this working tree's files (tracked and new, not ignored: no node_modules or dist/), as a user's clone
// of the repository would hold them, for tests that install or build summarylint the way users' tools do.
import { spawnSync } from 'node:child_process';
import { cpSync, lstatSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './cli.js';

export function copyWorkingTree(dir: string): void {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    // Never a link, and never node_modules: a worktree's node_modules may be a link to a shared folder, which an
    // install in the copy would then rewrite.
    if (file.split('/')[0] === 'node_modules' || lstatSync(path.join(ROOT, file), { throwIfNoEntry: false })?.isSymbolicLink()) continue;
    try {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      cpSync(path.join(ROOT, file), path.join(dir, file));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error; // deleted but not yet committed
    }
  }
}
