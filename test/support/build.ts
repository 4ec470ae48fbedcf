// Vitest global setup: build dist/ (`scripts/build.mjs`: tsc, then the bundle the binary runs) before any test
// file runs. The CLI and pack tests spawn bin/summarylint.js, which runs dist/bundle/, so without this
// `npm test` could test stale code.
//
// - The build is skipped when dist/ is already newer than every input (src/, rules/, tsconfig.json): a stamp
//   file records when the last build started, so a file saved during a build triggers the next one. This
//   keeps repeated runs (and runs of unrelated test files) from rewriting dist/ needlessly.
// - Type errors do not stop the suite (tsc still emits, and the tests say more about what broke); `npm ci`
//   (the `prepare` script) and `npm run typecheck` are strict about them.
// - SUMMARYLINT_BUILD=always forces a build; SUMMARYLINT_BUILD=never reuses whatever dist/ holds.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const entry = path.join(root, 'dist/bundle/cli.cjs');
const stamp = path.join(root, 'dist/.build-stamp');

export default function setup(): void {
  const mode = process.env.SUMMARYLINT_BUILD;
  if (mode === 'never' && existsSync(entry)) return;
  if (mode !== 'always' && isFresh()) return;

  const started = new Date();
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--keep-going'], { cwd: root, encoding: 'utf8' });
  if (build.error) throw new Error(`could not run the build: ${build.error.message}`);
  if (!existsSync(entry)) throw new Error(`the build did not produce ${entry}:\n${build.stdout}${build.stderr}`);
  if (build.status !== 0) {
    process.stderr.write(`\n[test/support/build.ts] tsc reported errors (dist/ was still written):\n${build.stdout}${build.stderr}\n`);
    return; // no stamp: the next run builds again
  }
  writeFileSync(stamp, 'written by test/support/build.ts after a successful build\n');
  utimesSync(stamp, started, started);
}

/** dist/ holds a successful build that started after the last change to any input. */
function isFresh(): boolean {
  if (!existsSync(entry) || !existsSync(stamp)) return false;
  const built = statSync(stamp).mtimeMs;
  const inputs = [path.join(root, 'tsconfig.json'), path.join(root, 'scripts/build.mjs'), path.join(root, 'bin/summarylint.js'), ...walk(path.join(root, 'src')), ...walk(path.join(root, 'rules'))];
  return inputs.every((file) => statSync(file).mtimeMs < built);
}

/** The folder, its sub-folders (a deleted or renamed file changes its folder's time) and their .ts/.json files. */
function walk(folder: string): string[] {
  const out: string[] = [folder];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) out.push(...walk(full));
    else if (/\.(ts|json)$/.test(entry.name)) out.push(full);
  }
  return out;
}
