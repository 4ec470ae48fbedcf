// The VS Code extension in editors/vscode/ packages as a user would package it: its own dependencies installed
// from its lock file into a copy of the folder, then `vsce package`. The .vsix must hold the extension, its
// licence and the language client, and nothing of this repository besides. (Spawned installs: the e2e project.)
import { execFileSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCommand, TempProjects } from './support/cli.js';

const projects = new TempProjects();
// The copy holds vsce's ~250 installed packages: removing them takes a while on a busy machine.
afterAll(() => projects.cleanup(), 120_000);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

describe('VS Code extension', () => {
  it('installs its dependencies and packages with vsce', { timeout: 400_000 }, async () => {
    const dir = path.join(projects.create({}, 'summarylint-vscode-'), 'vscode');
    cpSync(path.join(ROOT, 'editors/vscode'), dir, { recursive: true, filter: (source) => !/[\\/](node_modules|.*\.vsix)$/.test(source) });
    const install = await runCommand(npm, ['ci', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: dir, timeout: 300_000 });
    expect(install.code, install.stderr).toBe(0);

    const vsix = path.join(dir, 'summarylint.vsix');
    const pack = await runCommand(npx, ['--no-install', 'vsce', 'package', '--out', vsix], { cwd: dir, timeout: 120_000 });
    expect(pack.code, `${pack.stdout}\n${pack.stderr}`).toBe(0);

    const entries = execFileSync('zipinfo', ['-1', vsix], { encoding: 'utf8' }).trim().split('\n');
    for (const needed of ['extension/package.json', 'extension/extension.js', 'extension/server.js', 'extension/LICENSE.txt', 'extension/node_modules/vscode-languageclient/package.json']) {
      expect(entries).toContain(needed);
    }
    const own = entries.filter((entry) => entry.startsWith('extension/') && !entry.startsWith('extension/node_modules/'));
    expect(own.sort()).toEqual(['extension/LICENSE.txt', 'extension/extension.js', 'extension/package.json', 'extension/server.js']);
    // Only the production dependencies: the language client, not vsce.
    expect(entries.some((entry) => entry.startsWith('extension/node_modules/@vscode/'))).toBe(false);
    const manifest = JSON.parse(execFileSync('unzip', ['-p', vsix, 'extension/package.json'], { encoding: 'utf8' }));
    expect(manifest.main).toBe('./extension.js');
    expect(manifest.activationEvents).toContain('onLanguage:markdown');
  });
});
