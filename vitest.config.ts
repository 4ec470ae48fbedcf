import os from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

// Two suites. `npm test` runs `unit` (and `unit-alone`): units, fixtures and CLI smoke tests, in well under 90 s. `npm run test:e2e`
// runs `e2e`: what installs and builds summarylint the way users' tools do (npm pack + install, the pre-commit
// framework, husky + lint-staged, the GitHub Action's install step), what feeds it huge, hostile or thousands of
// generated inputs, and the runs with workers, caches and shards; each keeps a core busy for a while.
const E2E = [
  'test/pack.test.ts', 'test/pre-commit.test.ts', 'test/lint-staged.test.ts', 'test/action-install.test.ts', 'test/vscode-extension.test.ts', 'test/robustness/nesting.test.ts', 'test/robustness/hostile.test.ts',
  // Many spawned runs with worker threads, caches and shards; thousands of generated documents and sentences.
  'test/runner.test.ts', 'test/properties.test.ts', 'test/text/segmenter.test.ts',
  // Spawned runs per route of --safe (issue 25), and documents of many megabytes parsed in pieces.
  'test/safe-mode.test.ts', 'test/parse-pieces.test.ts',
  // The quality report in headless Chromium (Debian's chromium package).
  'test/report-site.test.ts',
  // Each input shape of issue 25 at two sizes: time per KB may at most triple for 8× the input.
  'test/robustness/growth.test.ts',
];

// Files that change what a process holds for good (a language pack registered stays registered): each runs in a
// module graph of its own. The other unit files share one per worker thread, so the engine's modules are loaded once
// per worker instead of once per file (loading them was a third of the unit suite's time).
const ALONE = ['test/language-pack.test.ts'];
const UNIT_WORKERS = Math.max(2, os.availableParallelism());

export default defineConfig({
  test: {
    // Compile src/ and rules/ to dist/ once before the suite, so the CLI tests spawn the current code.
    globalSetup: ['test/support/build.ts'],
    // A test's timeout guards against hangs only: 30 s, so a loaded machine's slower spawns never fail a test
    // that is right.
    testTimeout: 30_000,
    projects: [
      // Vitest's default leaves a core idle on a two-core machine (cores − 1 workers); the unit files are
      // independent and short, so they use every core. The e2e files keep the default: each keeps a core busy.
      { extends: true, test: { name: 'unit', isolate: false, maxWorkers: UNIT_WORKERS, exclude: [...configDefaults.exclude, 'dist/**', ...E2E, ...ALONE] } },
      { extends: true, test: { name: 'unit-alone', maxWorkers: UNIT_WORKERS, include: ALONE } },
      { extends: true, test: { name: 'e2e', include: E2E } },
    ],
  },
});
