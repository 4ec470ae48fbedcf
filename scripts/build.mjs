// `npm run build` (and `prepare`, so `npm ci` runs it): what ships in dist/.
//
// 1. tsc: src/ and rules/ → dist/src, dist/rules (the API, its types, and what the tests import).
// 2. The normalised forms of the built-in word lists → dist/rules/lexicon/normalized.json, computed with the
//    same `normalizeString` the linter uses, so start-up does not recompute them (see src/vocabulary.ts).
// 3. esbuild: the CLI and the worker thread, each bundled into dist/bundle/ (code split, so `--version` or
//    one formatter load only their part). One file instead of ~250 modules is what brings one-file runs near
//    `node -e 0`: Node spends more time resolving and compiling many small ES modules than running them.
//    bin/summarylint.js runs the bundle; the tests spawn bin/summarylint.js, so they test what ships.
//
// `--keep-going` goes on after type errors (tsc still writes dist/) and exits 1 at the end: the test setup uses
// it, since the tests say more about what broke. `npm ci` / `prepare` stop at the first error.
import { spawnSync } from 'node:child_process';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (...parts) => path.join(ROOT, 'dist', ...parts);

const tsc = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: ROOT, stdio: 'inherit' });
if (tsc.status !== 0 && !process.argv.includes('--keep-going')) process.exit(tsc.status ?? 1);

const { builtinWords } = await import(pathToFileURL(dist('src/vocabulary.js')).href);
const { normalizeString } = await import(pathToFileURL(dist('src/text/normalize.js')).href);
const table = Object.fromEntries(builtinWords().map((word) => [word, normalizeString(word)]));
writeFileSync(dist('rules/lexicon/normalized.json'), JSON.stringify(table));

const { build } = await import('esbuild');
// Built beside the old bundle and swapped in, so a CLI started during a rebuild never finds half a bundle.
const fresh = dist(`bundle.${process.pid}`);
await build({
  entryPoints: { cli: dist('src/cli.js'), worker: dist('src/runner/worker.js') },
  outdir: fresh,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Left to Node: cosmiconfig is CommonJS whose named exports esbuild's interop cannot see through `import()`;
  // tinypool starts its threads from its own entry file, found next to its module; write-file-atomic (CommonJS)
  // names its temp files from `__filename`, which an ES module bundle does not have.
  external: ['cosmiconfig', 'tinypool', 'write-file-atomic'],
  // Dependencies that are CommonJS call `require`; an ES module has none, so give the bundle one.
  banner: { js: "import { createRequire as __summarylintRequire } from 'node:module'; const require = __summarylintRequire(import.meta.url);" },
  logLevel: 'warning',
});
const old = dist(`bundle.old.${process.pid}`);
rmSync(old, { recursive: true, force: true });
try {
  renameSync(dist('bundle'), old);
} catch {
  // first build: nothing to move away
}
renameSync(fresh, dist('bundle'));
rmSync(old, { recursive: true, force: true });
if (tsc.status !== 0) process.exitCode = 1;
