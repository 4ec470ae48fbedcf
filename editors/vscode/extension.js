// The summarylint extension for VS Code: starts `summarylint lsp` (see server.js for which one) and leaves the rest
// to the Language Server: diagnostics as you type, hover with the rule's docs, quick fixes. The server asks the
// client to watch the config and ignore files it depends on (dynamic registration), so nothing is watched here.
'use strict';
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');
const { serverFor } = require('./server.js');

let client;

async function activate(context) {
  const settings = vscode.workspace.getConfiguration('summarylint');
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const server = serverFor(folder, settings.get('path'));
  const run = server.module ? { module: server.module, args: server.args, transport: TransportKind.stdio } : { command: server.command, args: server.args, transport: TransportKind.stdio };
  client = new LanguageClient('summarylint', 'summarylint', { run, debug: run }, {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    initializationOptions: {
      debounce: settings.get('debounce'),
      // In a folder VS Code does not trust, configs that run code (JavaScript configs, plugins) are not loaded.
      safe: !vscode.workspace.isTrusted,
    },
  });
  context.subscriptions.push(client);
  await client.start();
}

function deactivate() {
  return client?.stop();
}

module.exports = { activate, deactivate };
