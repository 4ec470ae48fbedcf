#!/usr/bin/env node
// The `summarylint` command. All the work is in dist/src/cli.js (built from src/cli.ts by `npm run build`).
import module from 'node:module';

// Node 22.1+ caches compiled code between runs: faster start-up in pre-commit hooks. A no-op on Node 20.
module.enableCompileCache?.();

const { main } = await import('../dist/src/cli.js');
main(process.argv).then((code) => {
  process.exitCode = code;
});
