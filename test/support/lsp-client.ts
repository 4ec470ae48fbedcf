// A real LSP client for the tests: it spawns a server (`node bin/summarylint.js lsp --stdio`, or an installed
// package's), speaks JSON-RPC to it over stdio with vscode-languageserver-protocol, and keeps every
// `textDocument/publishDiagnostics` it receives, so a test waits for the notification it expects, never a time.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { TextDocument, type TextEdit } from 'vscode-languageserver-textdocument';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type CodeAction,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { BIN, childEnv } from './cli.js';

export interface StartOptions {
  /** The workspace folder (the root the server lints from). */
  root: string;
  initializationOptions?: Record<string, unknown>;
  /** The command that runs the server; default: this repository's bin. */
  command?: string[];
}

export class LspClient {
  readonly published: PublishDiagnosticsParams[] = [];
  /** What the server asked the client to do for it (`client/registerCapability`), e.g. watch files. */
  readonly registrations: Array<{ method: string; registerOptions?: any }> = [];
  private readonly waiters: Array<{ matches(p: PublishDiagnosticsParams): boolean; resolve(p: PublishDiagnosticsParams): void; reject(error: Error): void }> = [];
  private readonly documents = new Map<string, TextDocument>();
  stderr = '';

  private constructor(
    readonly child: ChildProcessWithoutNullStreams,
    readonly connection: ProtocolConnection,
  ) {
    child.stderr.on('data', (chunk) => (this.stderr += chunk));
    // A server that dies fails the waits at once, with what it said, instead of at the test's timeout.
    child.on('exit', (code) => {
      for (const waiter of this.waiters.splice(0)) waiter.reject(new Error(`the server exited (code ${code}):\n${this.stderr}`));
    });
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.push(params);
      for (const waiter of [...this.waiters]) {
        if (!waiter.matches(params)) continue;
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(params);
      }
    });
    connection.onRequest('client/registerCapability', (params: { registrations: Array<{ method: string; registerOptions?: any }> }) => {
      this.registrations.push(...params.registrations);
      return null;
    });
    connection.onNotification('window/logMessage', () => {});
  }

  static async start(options: StartOptions): Promise<LspClient> {
    const [command, ...args] = options.command ?? [process.execPath, BIN, 'lsp', '--stdio'];
    const child = spawn(command, args, { cwd: options.root, env: childEnv(), stdio: 'pipe' });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    connection.listen();
    const client = new LspClient(child, connection);
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(options.root).href,
      workspaceFolders: [{ uri: pathToFileURL(options.root).href, name: 'test' }],
      initializationOptions: options.initializationOptions,
      capabilities: {
        workspace: { workspaceEdit: { documentChanges: true }, didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: { publishDiagnostics: { versionSupport: true }, hover: { contentFormat: ['markdown'] }, codeAction: {} },
      },
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  /** The diagnostics the server publishes next for this document version (or already published). */
  diagnostics(uri: string, version: number): Promise<Diagnostic[]> {
    const matches = (p: PublishDiagnosticsParams) => p.uri === uri && p.version === version;
    const done = this.published.find(matches);
    if (done) return Promise.resolve(done.diagnostics);
    return this.wait(matches);
  }

  private wait(matches: (p: PublishDiagnosticsParams) => boolean): Promise<Diagnostic[]> {
    return new Promise<PublishDiagnosticsParams>((resolve, reject) => this.waiters.push({ matches, resolve, reject })).then((p) => p.diagnostics);
  }

  /** The next diagnostics published for the document, whatever its version (after a config change, say). */
  nextDiagnostics(uri: string): Promise<Diagnostic[]> {
    return this.wait((p) => p.uri === uri);
  }

  async open(filePath: string, text: string, languageId = 'markdown'): Promise<Diagnostic[]> {
    const uri = pathToFileURL(filePath).href;
    this.documents.set(uri, TextDocument.create(uri, languageId, 1, text));
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return this.diagnostics(uri, 1);
  }

  /** Send an edit as the editor does (incremental), and return the new version. */
  async change(uri: string, edits: TextEdit[]): Promise<number> {
    const before = this.document(uri);
    const version = before.version + 1;
    // Each change applies to the text the previous one left: send them back to front so the ranges hold.
    const sorted = [...edits].sort((a, b) => before.offsetAt(b.range.start) - before.offsetAt(a.range.start));
    const after = TextDocument.create(uri, before.languageId, version, TextDocument.applyEdits(before, edits));
    this.documents.set(uri, after);
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: sorted.map((edit) => ({ range: edit.range, text: edit.newText })),
    });
    return version;
  }

  /** Apply a code action's workspace edit to the document as the editor would; the new version. */
  async apply(edit: WorkspaceEdit): Promise<number> {
    const [change] = edit.documentChanges as Array<{ textDocument: { uri: string; version: number }; edits: TextEdit[] }>;
    if (change.textDocument.version !== this.document(change.textDocument.uri).version) throw new Error('the edit is for another version');
    return this.change(change.textDocument.uri, change.edits);
  }

  codeActions(uri: string, range: Range, only?: string[]): Promise<CodeAction[]> {
    return this.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [], ...(only && { only }) } });
  }

  hover(uri: string, position: { line: number; character: number }): Promise<{ contents: { kind: string; value: string } } | null> {
    return this.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
  }

  document(uri: string): TextDocument {
    const document = this.documents.get(uri);
    if (!document) throw new Error(`not open: ${uri}`);
    return document;
  }

  /** `shutdown`, then `exit`: resolves to the server's exit code. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.child.once('exit', (code) => resolve(code)));
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await exited;
    this.connection.dispose();
    return code;
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill();
  }
}

/**
 * The text a range covers, counted here rather than by the library the server uses: LSP characters are UTF-16 code
 * units, as JavaScript string indices are, so a server that counted bytes or code points would be caught.
 */
export function textAt(text: string, range: Range): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((sum, line) => sum + line.length + 1, 0) + p.character;
  return text.slice(offset(range.start), offset(range.end));
}
