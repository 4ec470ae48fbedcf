// npm's `prepare` script: build dist/ wherever npm prepares this package (`npm ci` in a clone, `npm pack`, and
// npm's install of summarylint from its git repository), so it also works where the dev dependencies are missing.
//
// - With the dev dependencies installed (`npm ci`, pre-commit 3's `npm install` in its clone, a local
//   `npm i github:…`, which installs them in its temporary clone), this is `npm run build`.
// - Installed globally from git (`npm install -g git+…`, which pre-commit 4 runs for a `language: node` hook),
//   npm runs `prepare` in its clone with no dependency installed at all (npm/cli#8440: the install it starts
//   there inherits `--global`, so it installs into the global folder). Then this installs, into the clone, what
//   the build reads: the run-time dependencies at the lock file's versions, and only the build's tools
//   (TypeScript, esbuild and the `@types/` packages), not the 1,200 packages the tests, eval and benchmark use.
//   The tools go to node_modules/.build-tools and are linked into node_modules, so the package's own
//   dependencies stay exactly as `npm ci --omit=dev` lays them out. npm packs the built clone without any of it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const installed = (name) => existsSync(path.join(ROOT, 'node_modules', name, 'package.json'));

/** The dev dependencies the build runs: the compiler, the bundler, and the type packages tsc reads. */
const buildTools = Object.keys(manifest.devDependencies).filter((name) => name === 'typescript' || name === 'esbuild' || name.startsWith('@types/'));
// Settings a global install exports to the scripts it runs (see npm() below).
const INHERITED = /^npm_config_(global|global_prefix|local_prefix|prefix|include|omit|only|production|dev|install_links|save|save_dev|save_prod|package_lock|package_lock_only|dry_run)$/i;

const missingDependencies = Object.keys(manifest.dependencies).filter((name) => !installed(name));
if (missingDependencies.length > 0) {
  log(`installing the run-time dependencies the build bundles (${missingDependencies.length} missing)`);
  npm(['ci', '--omit=dev', '--ignore-scripts'], ROOT);
}
const missingTools = buildTools.filter((name) => !installed(name));
if (missingTools.length > 0) installTools(missingTools);
const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'inherit' });
process.exit(build.status ?? 1);

/** Install the tools at the lock file's versions into node_modules/.build-tools and link each into node_modules. */
function installTools(names) {
  const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));
  const specs = names.map((name) => `${name}@${lock.packages[`node_modules/${name}`].version}`);
  log(`installing the build's tools: ${specs.join(', ')}`);
  const prefix = path.join(ROOT, 'node_modules/.build-tools');
  mkdirSync(prefix, { recursive: true });
  npm(['install', '--no-save', '--no-package-lock', '--ignore-scripts', '--prefix', prefix, ...specs], prefix);
  for (const name of names) {
    const link = path.join(ROOT, 'node_modules', name);
    mkdirSync(path.dirname(link), { recursive: true });
    symlinkSync(path.join(prefix, 'node_modules', name), link, 'junction');
  }
}

function npm(args, cwd) {
  // The npm that runs this script (npm sets npm_execpath), without the settings a global install exports to its
  // children: they would send these installs to the global folder, or keep the dev dependencies `--omit` drops.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !INHERITED.test(key)));
  const command = process.env.npm_execpath ? [process.execPath, [process.env.npm_execpath, ...args]] : ['npm', args];
  const flags = ['--global=false', '--no-audit', '--no-fund', '--loglevel=error'];
  const result = spawnSync(command[0], [...command[1], ...flags], { cwd, env, stdio: 'inherit', shell: !process.env.npm_execpath && process.platform === 'win32' });
  if (result.status !== 0) {
    log(`npm ${args[0]} failed (exit ${result.status ?? result.signal}); the build cannot run without it`);
    process.exit(result.status || 1);
  }
}

function log(message) {
  process.stderr.write(`summarylint prepare: ${message}\n`);
}
