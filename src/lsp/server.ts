// `summarylint lsp`: a Language Server over standard input and output. Open documents are linted as the CLI lints
// a file (the config that applies to the document's path, its plugins, its ignores), on open at once and on change
// after a pause in typing; the diagnostics go back with the version they were made from. Hover shows a finding's
// rule docs, and code actions fix, complete or disable (src/lsp/code-actions.ts).
//
// vscode-languageserver and vscode-languageserver-textdocument are loaded here, at run time, through
// `importModule`: the CLI's bundle does not carry them, so a lint run never loads them.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import type * as Protocol from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CliIO } from '../cli.js';
import { clearConfigCaches, SEARCH_PLACES, skippedByConfig } from '../config/index.js';
import { lintDocument } from '../engine/run.js';
import { ignoredPathWarning } from '../files.js';
import { importModule } from '../import-module.js';
import { localeFor } from '../languages/index.js';
import { configFor, rulesFor } from '../lint.js';
import { detectLang } from '../text/script.js';
import type { Finding, Locale, ResolvedConfig, Rule } from '../types.js';
import { FIX_ALL_KIND, fixAll, quickFixes, type ActionContext } from './code-actions.js';
import { covers, hoverText, toDiagnostic } from './diagnostics.js';

export interface ServerOptions {
  /** Load only JSON and YAML configs, never JavaScript configs or plugins (`--safe`; an untrusted workspace). */
  safe?: boolean;
}

/** What the editor may send in `initializationOptions`. */
interface InitializationOptions {
  /** Milliseconds without typing before a changed document is linted again (default 250). */
  debounce?: number;
  safe?: boolean;
}

const DEFAULT_DEBOUNCE = 250;
/** Files whose change can change findings: config files and the ignore file. */
const WATCHED = [...SEARCH_PLACES, '.summarylintignore'];

/** One lint of one version of a document: the findings, and what code actions are made from. */
interface Linted {
  /** The text as linted (the editor's copy changes in place as the writer types). */
  document: TextDocument;
  findings: Finding[];
  /** Absent when the config could not be loaded (the findings then say why). */
  config?: ResolvedConfig;
  rules?: Readonly<Record<string, Rule>>;
  locale: Locale;
}

/** Serve until the client sends `exit`, which ends the process (the library's exit handler). */
export async function startServer(io: CliIO, options: ServerOptions = {}): Promise<number> {
  const lsp = await importModule<typeof import('vscode-languageserver/node')>('vscode-languageserver/node');
  const { TextDocument } = await importModule<typeof import('vscode-languageserver-textdocument')>('vscode-languageserver-textdocument');
  const connection = lsp.createConnection(io.stdin, io.stdout);
  // Standard output carries the protocol: what a plugin rule logs goes to the editor's log instead.
  for (const level of ['log', 'info', 'debug'] as const) console[level] = (...args: unknown[]) => connection.console.log(format(...args));
  console.warn = (...args: unknown[]) => connection.console.warn(format(...args));
  console.error = (...args: unknown[]) => connection.console.error(format(...args));
  const documents = new lsp.TextDocuments(TextDocument);

  let folders: string[] = [];
  let debounce = DEFAULT_DEBOUNCE;
  let safe = options.safe ?? false;
  let watchFiles = false;
  const linted = new Map<string, Linted>();
  // Bumped when a config or ignore file changes: a lint started before that must not publish after it.
  let generation = 0;
  const running = new Map<string, Promise<Linted>>();
  const timers = new Map<string, NodeJS.Timeout>();

  connection.onInitialize((params: Protocol.InitializeParams): Protocol.InitializeResult => {
    const given = (params.initializationOptions ?? {}) as InitializationOptions;
    if (typeof given.debounce === 'number' && given.debounce >= 0) debounce = given.debounce;
    if (given.safe === true) safe = true;
    const uris = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    folders = uris.flatMap((uri) => pathOf(uri) ?? []);
    watchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: lsp.TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND] },
      },
      serverInfo: { name: 'summarylint' },
    };
  });

  connection.onInitialized(() => {
    // The editor watches the files a config change comes from (VS Code, Neovim and others can).
    if (watchFiles) {
      void connection.client.register(lsp.DidChangeWatchedFilesNotification.type, {
        watchers: WATCHED.map((name) => ({ globPattern: `**/${name}` })),
      });
    }
  });

  /** The document's findings for its current version: the last lint's, or a lint now. */
  function current(uri: string): Promise<Linted> | undefined {
    const document = documents.get(uri);
    if (!document) return undefined;
    const last = linted.get(uri);
    if (last?.document.version === document.version) return Promise.resolve(last);
    const key = `${uri}\u0000${document.version}\u0000${generation}`;
    const started = generation;
    let pending = running.get(key);
    if (!pending) {
      clearTimeout(timers.get(uri));
      const snapshot = TextDocument.create(uri, document.languageId, document.version, document.getText());
      pending = lint(snapshot).finally(() => running.delete(key));
      running.set(key, pending);
      void pending.then((result) => {
        // A newer version may have come while this one was linted: its own lint publishes.
        if (documents.get(uri)?.version !== result.document.version || started !== generation) return;
        linted.set(uri, result);
        void connection.sendDiagnostics({ uri, version: result.document.version, diagnostics: result.findings.map((f) => toDiagnostic(result.document, f)) });
      });
    }
    return pending;
  }

  async function lint(document: TextDocument): Promise<Linted> {
    const text = document.getText();
    const filePath = pathOf(document.uri);
    const cwd = folderOf(filePath, folders);
    const configPath = filePath ?? path.join(cwd, 'untitled.md');
    try {
      const config = await configFor(configPath, { cwd, safe });
      const locale = config.locale !== 'auto' ? config.locale : localeFor(config.language === 'auto' ? detectLang(text) : config.language, text);
      // An ignored file is not a summary: the editor shows nothing for it.
      if (filePath && ((await ignoredPathWarning(filePath, { cwd })) || skippedByConfig(config, filePath))) return { document, findings: [], locale };
      const rules = rulesFor(config);
      const { findings } = lintDocument(text, { config, rules, filePath });
      return { document, findings, config, rules, locale };
    } catch (error) {
      // A config error (or a crash) is the document's problem to show, at its top, not the server's end.
      const message = error instanceof Error && error.name === 'ConfigError' ? error.message : `internal error: ${(error as Error)?.message ?? error}`;
      connection.console.error(`summarylint: ${(error as Error)?.stack ?? message}`);
      const finding: Finding = { ruleId: null, severity: 'error', message: `summarylint: ${message}`, line: 1, column: 1, endLine: 1, endColumn: 1, range: [0, 0], data: {} };
      return { document, findings: [finding], locale: 'en' };
    }
  }

  function schedule(uri: string): void {
    clearTimeout(timers.get(uri));
    timers.set(uri, setTimeout(() => {
      timers.delete(uri);
      void current(uri);
    }, debounce));
  }

  documents.onDidOpen(({ document }) => void current(document.uri));
  documents.onDidChangeContent(({ document }) => {
    if (linted.get(document.uri)?.document.version !== document.version) schedule(document.uri);
  });
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    linted.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onDidChangeWatchedFiles(() => {
    // A config, plugin list or ignore file changed: forget what was loaded and lint every open document again.
    clearConfigCaches();
    generation++;
    linted.clear();
    for (const document of documents.all()) void current(document.uri);
  });

  connection.onHover(async ({ textDocument, position }) => {
    const result = await current(textDocument.uri);
    if (!result) return null;
    const here = result.findings.filter((finding) => covers(result.document, finding, position));
    if (here.length === 0) return null;
    return { contents: hoverText(here, result.rules ?? {}) };
  });

  connection.onCodeAction(async ({ textDocument, range, context }) => {
    const result = await current(textDocument.uri);
    if (!result?.config || !result.rules) return [];
    const actionContext: ActionContext = { document: result.document, config: result.config, rules: result.rules, locale: result.locale, filePath: pathOf(textDocument.uri) };
    const only = context.only;
    const wants = (kind: string) => !only || only.some((asked) => kind === asked || kind.startsWith(`${asked}.`));
    const actions: Protocol.CodeAction[] = [];
    if (wants('quickfix')) {
      const start = result.document.offsetAt(range.start);
      const end = result.document.offsetAt(range.end);
      const here = result.findings.filter((f) => (f.range[0] <= end && start <= f.range[1]) || covers(result.document, f, range.start));
      actions.push(...quickFixes(actionContext, here));
    }
    const all = wants(FIX_ALL_KIND) ? fixAll(actionContext, result.findings) : undefined;
    if (all) actions.push(all);
    return actions;
  });

  documents.listen(connection);
  connection.listen();
  // The library ends the process on `exit`; until then the server keeps running.
  return new Promise<number>(() => {});
}

/** The file system path of a `file:` URI; other schemes (unsaved buffers) have none. */
function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** Where a document's ignore files are looked up and relative paths resolve: its workspace folder (the innermost). */
function folderOf(filePath: string | undefined, folders: readonly string[]): string {
  if (!filePath) return folders[0] ?? process.cwd();
  const containing = folders.filter((folder) => !path.relative(folder, filePath).startsWith('..'));
  return containing.sort((a, b) => b.length - a.length)[0] ?? path.dirname(filePath);
}
