#!/usr/bin/env node
// The `summarylint` command. All the work is in dist/bundle/cli.js: src/cli.ts and everything it imports,
// compiled by `npm run build` (scripts/build.mjs) and bundled, because loading one file instead of ~250
// modules halves the start-up time of a one-file run.
import module from 'node:module';

// Node 22.1+ caches compiled code between runs: faster start-up in pre-commit hooks. A no-op on Node 20.
module.enableCompileCache?.();

const { main } = await import('../dist/bundle/cli.js');
main(process.argv).then((code) => {
  process.exitCode = code;
});
