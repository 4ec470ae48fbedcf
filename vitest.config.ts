import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Compile src/ and rules/ to dist/ once before the suite, so the CLI tests spawn the current code.
    globalSetup: ['test/support/build.ts'],
    exclude: [...configDefaults.exclude, 'dist/**'],
  },
});
