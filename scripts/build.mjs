// `npm run build` (and `prepare`, so `npm ci` runs it): what ships in dist/.
//
// 1. tsc: src/ and rules/ → dist/src, dist/rules (the API, its types, and what the tests import).
// 2. The normalised forms of the shipped language packs' vocabulary → dist/src/vocabulary/normalized.json, computed
//    with the same `normalizeString` the linter uses, and its compiled matchers → dist/src/vocabulary/matchers.json
//    and matchers.bin, so start-up does not recompute them (see src/vocabulary.ts).
// 3. esbuild: the CLI and the worker thread, each bundled into dist/bundle/ (code split, so `--version` or
//    one formatter load only their part). One file instead of ~250 modules is what brings one-file runs near
//    `node -e 0`: Node spends more time resolving and compiling many small ES modules than running them.
//    bin/summarylint.js runs the bundle; the tests spawn bin/summarylint.js, so they test what ships.
//
// `--keep-going` goes on after type errors (tsc still writes dist/) and exits 1 at the end: the test setup uses
// it, since the tests say more about what broke. `npm ci` / `prepare` stop at the first error.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (...parts) => path.join(ROOT, 'dist', ...parts);

const tsc = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: ROOT, stdio: 'inherit' });
if (tsc.status !== 0 && !process.argv.includes('--keep-going')) process.exit(tsc.status ?? 1);

const { packWords, compileShippedMatchers } = await import(pathToFileURL(dist('src/vocabulary.js')).href);
const { normalizeString } = await import(pathToFileURL(dist('src/text/normalize.js')).href);
const table = Object.fromEntries(packWords().map((word) => [word, normalizeString(word)]));
mkdirSync(dist('src/vocabulary'), { recursive: true });
writeFileSync(dist('src/vocabulary/normalized.json'), JSON.stringify(table));
const matchers = compileShippedMatchers();
writeFileSync(dist('src/vocabulary/matchers.json'), JSON.stringify(matchers.index));
writeFileSync(dist('src/vocabulary/matchers.bin'), matchers.bytes);

const { build } = await import('esbuild');
// Built beside the old bundle and swapped in, so a CLI started during a rebuild never finds half a bundle.
const fresh = dist(`bundle.${process.pid}`);
const shared = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // Left to Node: tinypool starts its threads from its own entry file, found next to its module;
  // write-file-atomic (CommonJS) names its temp files from `__filename`.
  external: ['tinypool', 'write-file-atomic'],
  logLevel: 'warning',
};
// The CLI: one CommonJS script, which bin/summarylint.js compiles with a V8 code cache (see there). A script
// has no `import.meta`, and no module loader for `import()`: the URL is made from __filename, and
// src/import-module.ts is swapped for a call to the loader that bin/ provides.
const importThroughBin = {
  name: 'import-through-bin',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]dist[\\/]src[\\/]import-module\.js$/ }, () => ({
      contents: "export function importModule(specifier) { return globalThis[Symbol.for('summarylint.import')](specifier); }",
      loader: 'js',
    }));
  },
};
await build({
  ...shared,
  entryPoints: { cli: dist('src/cli.js') },
  outdir: fresh,
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  define: { 'import.meta.url': '__summarylintUrl' },
  banner: { js: "const __summarylintUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [importThroughBin],
});
// The worker thread: an ES module (tinypool imports it), code split like any bundle.
await build({
  ...shared,
  entryPoints: { worker: dist('src/runner/worker.js') },
  outdir: fresh,
  splitting: true,
  format: 'esm',
  // Dependencies that are CommonJS call `require`; an ES module has none, so give the bundle one.
  banner: { js: "import { createRequire as __summarylintRequire } from 'node:module'; const require = __summarylintRequire(import.meta.url);" },
});
// The CLI's few non-ASCII characters (in comments and regular expressions) as \u escapes, which mean the same in
// strings and expressions: an all-ASCII script is read and compiled as one-byte text, which is faster to decode
// and half the memory of two-byte text (docs/performance.md#start-up). A character escaped already (`\。`, an odd
// run of backslashes before it) means itself, so that backslash goes.
const cli = path.join(fresh, 'cli.cjs');
const ascii = readFileSync(cli, 'utf8').replace(/(\\*)([^\0-\x7f])/g, (_, slashes, c) =>
  `${slashes.slice(slashes.length % 2)}\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
writeFileSync(cli, ascii);
const old = dist(`bundle.old.${process.pid}`);
rmSync(old, { recursive: true, force: true });
try {
  renameSync(dist('bundle'), old);
} catch {
  // first build: nothing to move away
}
renameSync(fresh, dist('bundle'));
rmSync(old, { recursive: true, force: true });
// 4. The V8 code cache of the CLI (see bin/summarylint.js): a run over the examples, in English and Chinese,
//    compiles what a run uses; the cache holds it. A failed run leaves no cache, and the CLI still works.
const warm = spawnSync(process.execPath, [path.join(ROOT, 'bin/summarylint.js'), 'examples', '--no-config-lookup'], {
  cwd: ROOT,
  env: { ...process.env, SUMMARYLINT_WRITE_CODE_CACHE: '1' },
  encoding: 'utf8',
});
if (warm.status !== 0 && warm.status !== 1) {
  process.stderr.write(`build: the run that writes the code cache failed (exit ${warm.status}):\n${warm.stderr}`);
  process.exitCode = 1;
}
if (tsc.status !== 0) process.exitCode = 1;
