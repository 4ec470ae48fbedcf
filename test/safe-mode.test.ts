// `--safe` runs no file of the repository as code, by any route (issue 25 §1). Each case puts code that would
// write a marker file where some config mechanism could load it, runs the built CLI in that folder (cosmiconfig
// looked for its own settings in the current folder, so the routes differ by cwd), and checks the marker is absent.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, it, vi } from 'vitest';
import { CLEAN_EN, runCli, writeFiles } from './support/cli.js';

vi.setConfig({ testTimeout: 60_000 });
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A folder without package.json or .git above it in the temp dir: the run's cwd and the repository. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'summarylint-safe-'));
  made.push(dir);
  writeFiles(dir, { 'r.md': CLEAN_EN, '.git/HEAD': 'ref: refs/heads/main\n', ...files });
  return dir;
}

/** Code that writes `marker` next to itself when run, as CommonJS, an ES module or TypeScript. */
const evil = {
  cjs: "require('node:fs').writeFileSync(require('node:path').join(__dirname, 'marker'), 'ran');\nmodule.exports = {};\n",
  mjs: "import { writeFileSync } from 'node:fs';\nwriteFileSync(new URL('./marker', import.meta.url), 'ran');\nexport default {};\n",
  ts: "import { writeFileSync } from 'node:fs';\nconst at: string = __dirname + '/marker';\nwriteFileSync(at, 'ran');\nexport default {};\n",
};

/** Every way a run reads configs: lookup, `-c`, standard input, `--print-config`. */
const ROUTES: Record<string, string[]> = {
  lookup: ['--safe', 'r.md'],
  'config file': ['--safe', '-c', 'plain.json', 'r.md'],
  stdin: ['--safe', '--stdin', '--stdin-filename', 'r.md'],
  'print-config': ['--safe', '--print-config', 'r.md'],
};

describe.concurrent('--safe executes no repository file', () => {
  const metaConfigs: Record<string, string> = {
    '.config/config.js': evil.cjs,
    '.config/config.cjs': evil.cjs,
    '.config/config.mjs': evil.mjs,
    '.config/config.ts': evil.ts,
  };
  for (const [file, code] of Object.entries(metaConfigs)) {
    for (const [route, args] of Object.entries(ROUTES)) {
      it(`${file}, ${route}: not run, and the run is not disturbed`, async ({ expect }) => {
        const cwd = folder({ [file]: code, 'plain.json': '{ "language": "en" }\n' });
        const run = await runCli(args, { cwd, input: CLEAN_EN });
        expect(existsSync(path.join(cwd, '.config/marker'))).toBe(false);
        expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
      });
    }
  }

  for (const ext of ['ts', 'cjs', 'mjs', 'js']) {
    it(`$import of a .${ext} file in a JSON config is not followed`, async ({ expect }) => {
      const cwd = folder({ [`evil.${ext}`]: ext === 'mjs' ? evil.mjs : ext === 'ts' ? evil.ts : evil.cjs, '.summarylintrc.json': `{ "$import": "./evil.${ext}" }\n` });
      const run = await runCli(['--safe', 'r.md'], { cwd });
      expect(existsSync(path.join(cwd, 'marker'))).toBe(false);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("unknown key '$import'");
    });
  }

  for (const name of ['summarylint.config.ts', 'summarylint.config.js', 'summarylint.config.mjs', 'summarylint.config.cjs', '.summarylintrc.ts', '.summarylintrc.js']) {
    it(`-c ${name} is refused without running it`, async ({ expect }) => {
      const code = name.endsWith('.mjs') ? evil.mjs : name.endsWith('.ts') ? evil.ts : evil.cjs;
      const cwd = folder({ [name]: code });
      const run = await runCli(['--safe', '-c', name, 'r.md'], { cwd });
      expect(existsSync(path.join(cwd, 'marker'))).toBe(false);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/not loaded in safe mode|unsupported config file type '.ts': use JSON or YAML$/m);
    });
  }

  it('.summarylintrc.ts, .config/summarylintrc.* and .summarylintrc.cjs are not looked up', async ({ expect }) => {
    const cwd = folder({ '.summarylintrc.ts': evil.ts, '.config/summarylintrc.js': evil.cjs, '.config/summarylintrc.ts': evil.ts, '.summarylintrc.cjs': evil.cjs });
    const run = await runCli(['--safe', 'r.md'], { cwd });
    expect(existsSync(path.join(cwd, 'marker')) || existsSync(path.join(cwd, '.config/marker'))).toBe(false);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
  });

  it('a summarylint.config.js found by lookup is refused without running it', async ({ expect }) => {
    const cwd = folder({ 'summarylint.config.js': evil.cjs });
    const run = await runCli(['--safe', 'r.md'], { cwd });
    expect(existsSync(path.join(cwd, 'marker'))).toBe(false);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('not loaded in safe mode');
  });
});

describe('without --safe', () => {
  it('a .config/config.mjs with top-level await neither runs nor crashes the run', async ({ expect }) => {
    const cwd = folder({ '.config/config.mjs': `await new Promise((r) => setTimeout(r, 1));\n${evil.mjs}` });
    const run = await runCli(['r.md'], { cwd });
    expect(existsSync(path.join(cwd, '.config/marker'))).toBe(false);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
  });
});
