// Which summarylint the extension starts, kept apart from extension.js (which needs VS Code) so a test can run it:
// the workspace's own install (node_modules/summarylint, found as Node resolves it from the folder), so the editor
// uses the version and the plugins the project's CLI and CI use; else `summarylint` on the PATH.
'use strict';
const path = require('node:path');

/**
 * The server for a workspace folder: `{ module, args }` to run with VS Code's Node, or `{ command, args }`.
 * `configured` is the `summarylint.path` setting: a path to a summarylint bin, or a command.
 */
function serverFor(folder, configured) {
  const args = ['lsp'];
  if (configured) return configured.endsWith('.js') ? { module: path.resolve(folder ?? '.', configured), args } : { command: configured, args };
  if (folder) {
    try {
      const manifest = require.resolve('summarylint/package.json', { paths: [folder] });
      return { module: path.join(path.dirname(manifest), 'bin', 'summarylint.js'), args };
    } catch {
      // not installed in this project
    }
  }
  return { command: process.platform === 'win32' ? 'summarylint.cmd' : 'summarylint', args };
}

module.exports = { serverFor };
