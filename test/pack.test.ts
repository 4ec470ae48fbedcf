// The published package works: `npm pack` the project, install the tarball into an empty project outside this
// repository (so nothing resolves from this repository's node_modules), check that none of the dev dependencies
// came with it, and run `npx summarylint` there. dist/ is already built by test/support/build.ts, so packing skips `prepare`
// (which would rebuild dist/ while the CLI tests run it). Dependencies come from the npm cache when they
// can (--prefer-offline); one install, so the test stays within a couple of minutes even on a cold cache.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLEAN_EN, INCOMPLETE_EN, ROOT, runCommand, TempProjects, writeFiles } from './support/cli.js';
import { LspClient } from './support/lsp-client.js';

const projects = new TempProjects();
afterAll(() => projects.cleanup(), 120_000); // node_modules take a while to delete on a busy machine

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

describe('npm package', () => {
  it('packs only what users need, installs, and runs with npx', { timeout: 180_000 }, async () => {
    const dir = projects.create({}, 'summarylint-pack-');

    const pack = await runCommand(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: ROOT });
    expect(pack.code, pack.stderr).toBe(0);
    const [{ filename, files }] = JSON.parse(pack.stdout) as Array<{ filename: string; files: Array<{ path: string; mode: number }> }>;
    const paths = files.map((file) => file.path);

    // What the CLI, the API and the rules need at run time…
    for (const needed of [
      'package.json',
      'LICENSE', // package.json says MIT; npm always packs LICENSE, whatever `files` lists
      'bin/summarylint.js',
      'bin/package.json', // makes the bin CommonJS in a "type": "module" package
      'dist/src/cli.js',
      'dist/bundle/cli.cjs',
      'dist/bundle/cli.cjs.cache',
      'dist/bundle/worker.js',
      'dist/src/vocabulary/normalized.json',
      'dist/src/lint.js',
      'dist/src/types.d.ts',
      'dist/rules/index.js',
      'dist/src/languages/en/vocabulary.json',
      'dist/src/languages/zh/vocabulary.json',
      'schema/summarylintrc.schema.json',
      'templates/templates.json',
      'templates/sections.json',
      'templates/report/report.js',
      'templates/report/report.css',
    ]) {
      expect(paths).toContain(needed);
    }
    // … and nothing else: no sources, tests, fixtures or examples.
    const allowed = /^(package\.json|README\.md|LICENSE|bin\/[^/]+\.js|bin\/package\.json|dist\/(src|rules|bundle)\/.+|schema\/.+|templates\/[^/]+\.json|templates\/report\/report\.(js|css))$/;
    expect(paths.filter((file) => !allowed.test(file))).toEqual([]);
    expect(paths.some((file) => /\.test\.|^(src|test|fixtures|examples)\//.test(file))).toBe(false);
    // The bin shim keeps its executable bit.
    expect(files.find((file) => file.path === 'bin/summarylint.js')!.mode & 0o111).not.toBe(0);

    // Install into an empty project.
    const project = path.join(dir, 'project');
    writeFiles(project, {
      'package.json': JSON.stringify({ name: 'pack-test', version: '1.0.0', private: true }),
      'reports/march.md': CLEAN_EN,
      'reports/notes.md': INCOMPLETE_EN,
    });
    const install = await runCommand(
      npm,
      ['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-save', path.join(dir, filename)],
      { cwd: project, timeout: 150_000 },
    );
    expect(install.code, install.stderr).toBe(0);
    const installed = JSON.parse(readFileSync(path.join(project, 'node_modules/summarylint/package.json'), 'utf8'));
    expect(installed.name).toBe('summarylint');
    // No package that only the dev dependencies bring (the lock file marks them `dev`) came with it.
    const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
    const devOnly = Object.entries(lock.packages).filter(([key, entry]) => entry.dev && /^node_modules\/(@[^/]+\/)?[^/]+$/.test(key));
    expect(devOnly.length).toBeGreaterThan(100);
    expect(devOnly.map(([key]) => key).filter((key) => existsSync(path.join(project, key)))).toEqual([]);

    const clean = await runCommand(npx, ['--no-install', 'summarylint', 'reports/march.md'], { cwd: project });
    expect(clean.stdout).toBe('1 file checked: 0 errors, 0 warnings\n');
    expect(clean.code, clean.stderr).toBe(0);

    const all = await runCommand(npx, ['--no-install', 'summarylint', '--format', 'json', 'reports'], { cwd: project });
    expect(all.code, all.stderr).toBe(1);
    const results = JSON.parse(all.stdout) as Array<{ filePath: string; errorCount: number }>;
    expect(results.map((result) => [path.basename(result.filePath), result.errorCount > 0])).toEqual([
      ['march.md', false],
      ['notes.md', true],
    ]);

    // The installed package finds its templates and schema: init, then a skeleton that reports only its guidance lines.
    expect((await runCommand(npx, ['--no-install', 'summarylint', 'init'], { cwd: project })).code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(project, '.summarylintrc.json'), 'utf8')).$schema).toBe('./node_modules/summarylint/schema/summarylintrc.schema.json');
    expect((await runCommand(npx, ['--no-install', 'summarylint', 'new', 'weekly', '-o', 'reports/week.md'], { cwd: project })).code).toBe(0);
    const skeleton = JSON.parse((await runCommand(npx, ['--no-install', 'summarylint', '--format', 'json', 'reports/week.md'], { cwd: project })).stdout);
    expect(new Set(skeleton[0].messages.map((m: { ruleId: string }) => m.ruleId))).toEqual(new Set(['no-placeholder']));

    // The quality report finds its page script and styles in the installed package.
    const report = await runCommand(npx, ['--no-install', 'summarylint', 'report', 'reports', '-o', 'site'], { cwd: project });
    expect(report, report.stderr).toMatchObject({ code: 0, stdout: 'Wrote the report of 3 documents to site/index.html\n' });
    for (const file of ['index.html', 'assets/report.js', 'assets/report.css', 'data/meta.js', 'data/docs-0001.js']) expect(existsSync(path.join(project, 'site', file)), file).toBe(true);

    const version = await runCommand(npx, ['--no-install', 'summarylint', '--version'], { cwd: project });
    expect(version.stdout.trim()).toBe(installed.version);

    // The Language Server runs from the installed package (its dependencies installed with it), started as the
    // VS Code extension starts it: the project's own summarylint, with `--stdio` added by the language client.
    const { serverFor } = createRequire(import.meta.url)('../editors/vscode/server.js');
    const server = serverFor(project);
    expect(server).toEqual({ module: path.join(project, 'node_modules/summarylint/bin/summarylint.js'), args: ['lsp'] });
    const client = await LspClient.start({ root: project, command: [process.execPath, server.module, ...server.args, '--stdio'] });
    try {
      const notes = path.join(project, 'reports/notes.md');
      const diagnostics = await client.open(notes, INCOMPLETE_EN);
      expect(diagnostics.map((d) => d.code)).toEqual(['require-sections', 'require-sections', 'require-sections']);
      expect(await client.stop()).toBe(0);
    } finally {
      client.kill();
    }
  });
});
