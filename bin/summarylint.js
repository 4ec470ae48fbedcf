#!/usr/bin/env node
// The `summarylint` command. All the work is in dist/bundle/cli.cjs: src/cli.ts and everything it imports,
// compiled by `npm run build` (scripts/build.mjs) into one CommonJS script, because loading one file instead of
// ~250 modules is most of a one-file run's start-up (docs/performance.md#start-up).
//
// The script is compiled here with V8's code cache (dist/bundle/cli.cjs.cache, written by the build after a run
// over the examples), which holds the bytecode of the functions a run uses: V8 then neither parses nor compiles
// them again. A cache from another Node version or V8 flags is rejected by V8,
// and the script is compiled from source as usual. Nothing is written here unless the build asks for it.
//
// This file is CommonJS (bin/package.json says so): Node starts a CommonJS entry without its ES module loader, which
// a one-file run then never needs.
'use strict';
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const vm = require('node:vm');

const bundle = path.join(__dirname, '../dist/bundle/cli.cjs');
const cacheFile = `${bundle}.cache`;
const writeCache = process.env.SUMMARYLINT_WRITE_CODE_CACHE === '1';

let cachedData;
try {
  if (!writeCache) cachedData = readFileSync(cacheFile);
} catch {
  // no cache: compile from source
}
const script = new vm.Script(Module.wrap(readFileSync(bundle, 'utf8')), { filename: bundle, cachedData });
// A script has no module loader of its own: `import()` of tinypool, write-file-atomic and of plugin and
// JavaScript config files goes through this module (src/import-module.ts), resolved from the package as before.
globalThis[Symbol.for('summarylint.import')] = (specifier) => import(specifier);
const cli = { exports: {} };
script.runInThisContext().call(cli.exports, cli.exports, Module.createRequire(bundle), cli, bundle, path.dirname(bundle));

cli.exports.main(process.argv).then((code) => {
  process.exitCode = code;
  if (writeCache) {
    const temp = `${cacheFile}.${process.pid}`;
    writeFileSync(temp, script.createCachedData());
    renameSync(temp, cacheFile);
  }
});
