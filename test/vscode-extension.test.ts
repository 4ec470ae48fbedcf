// The VS Code extension in editors/vscode/ packages as a user would package it: its own dependencies installed
// from its lock file into a copy of the folder, then `vsce package`. The .vsix must hold the extension, its
// licence and the language client, and nothing of this repository besides. (Spawned installs: the e2e project.)
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
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

    const zip = readZip(readFileSync(vsix));
    const entries = [...zip.keys()];
    for (const needed of ['extension/package.json', 'extension/extension.js', 'extension/server.js', 'extension/LICENSE.txt', 'extension/node_modules/vscode-languageclient/package.json']) {
      expect(entries).toContain(needed);
    }
    const own = entries.filter((entry) => entry.startsWith('extension/') && !entry.startsWith('extension/node_modules/'));
    expect(own.sort()).toEqual(['extension/LICENSE.txt', 'extension/extension.js', 'extension/package.json', 'extension/server.js']);
    // Only the production dependencies: the language client, not vsce.
    expect(entries.some((entry) => entry.startsWith('extension/node_modules/@vscode/'))).toBe(false);
    const manifest = JSON.parse(zip.get('extension/package.json')!().toString('utf8'));
    expect(manifest.main).toBe('./extension.js');
    expect(manifest.activationEvents).toContain('onLanguage:markdown');
  });
});

/**
 * A .vsix is a zip: its entries by name, each read on demand (stored or deflated). Read here rather than with
 * `unzip`, which CI machines need not have.
 */
function readZip(zip: Buffer): Map<string, () => Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  const entries = new Map<string, () => Buffer>();
  for (let i = 0, at = zip.readUInt32LE(end + 16); i < count; i++) {
    const [method, size, nameLength, extraLength, commentLength, local] = [
      zip.readUInt16LE(at + 10), zip.readUInt32LE(at + 20), zip.readUInt16LE(at + 28), zip.readUInt16LE(at + 30), zip.readUInt16LE(at + 32), zip.readUInt32LE(at + 42),
    ];
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    entries.set(name, () => {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return method === 8 ? inflateRawSync(data) : data;
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
