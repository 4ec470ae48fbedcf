// The GitHub Action's install step (action.yml), for real, in a fresh copy of this working tree as the action's
// checkout: it installs only what runs (the run-time dependencies and the build's tools, none of the dev
// dependencies of the tests, eval and benchmark), builds, and its lint step then works from that checkout.
// Needs the npm registry or an npm cache holding the packages; outside CI it is skipped when the registry is
// unreachable, in CI (CI=true) it fails instead.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runStep, stepNamed } from './support/action.js';
import { CLEAN_EN, INCOMPLETE_EN, ROOT, TempProjects } from './support/cli.js';
import { copyWorkingTree } from './support/snapshot.js';

const projects = new TempProjects();
const checkout = mkdtempSync(path.join(os.tmpdir(), 'summarylint-action-'));
afterAll(() => {
  projects.cleanup();
  rmSync(checkout, { recursive: true, force: true });
}, 120_000);

const missing = spawnSync('npm', ['ping'], { timeout: 20_000 }).status === 0 ? undefined : 'the npm registry is unreachable';
if (missing && process.env.CI) throw new Error(`action install test cannot run in CI: ${missing}`);

describe.skipIf(missing)(`the action's install step${missing ? ` (skipped: ${missing})` : ''}`, () => {
  it('installs only what runs, builds, and the lint step writes annotations and SARIF from that checkout', { timeout: 900_000 }, async () => {
    copyWorkingTree(checkout);
    const install = await runStep(stepNamed('Install summarylint'), checkout, {}, { actionPath: checkout, timeout: 800_000 });
    expect(install.code, `${install.stdout}${install.stderr}`).toBe(0);
    expect(existsSync(path.join(checkout, 'dist/bundle/cli.cjs'))).toBe(true);

    // The dev dependencies are all absent, but for the build's own tools and those a run-time dependency needs too
    // (the lock file marks the packages only the tests, eval and bench use as `dev`).
    const { devDependencies } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    const { packages } = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
    const buildTools = (name: string) => name === 'typescript' || name === 'esbuild' || name.startsWith('@types/');
    const installed = Object.keys(devDependencies)
      .filter((name) => packages[`node_modules/${name}`]?.dev === true)
      .filter((name) => existsSync(path.join(checkout, 'node_modules', name)));
    expect(installed.filter((name) => !buildTools(name))).toEqual([]);
    expect(installed).toContain('esbuild');

    const cwd = projects.create({ 'reports/week.md': INCOMPLETE_EN, 'reports/good.md': CLEAN_EN });
    const lint = await runStep(stepNamed('Lint summaries'), cwd, { paths: 'reports/', 'sarif-file': 'out.sarif' }, { actionPath: checkout });
    expect(lint.code).toBe(1);
    expect(lint.stdout).toMatch(/^::error file=reports\/week\.md,line=\d+/);
    expect(JSON.parse(readFileSync(path.join(cwd, 'out.sarif'), 'utf8')).runs[0].results).toHaveLength(3);
  });
});
