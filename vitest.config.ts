import { configDefaults, defineConfig } from 'vitest/config';

// Tests that install and build summarylint the way users' tools do (npm pack + install, the pre-commit
// framework, husky + lint-staged): each keeps a core busy for a minute with npm and the build, which would
// starve the timing-sensitive unit tests on a two-core machine. They run as a second group, after the rest.
const INSTALLING = ['test/pack.test.ts', 'test/pre-commit.test.ts', 'test/lint-staged.test.ts'];

export default defineConfig({
  test: {
    // Compile src/ and rules/ to dist/ once before the suite, so the CLI tests spawn the current code.
    globalSetup: ['test/support/build.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', exclude: [...configDefaults.exclude, 'dist/**', ...INSTALLING], sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: { name: 'installing', include: INSTALLING, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
