// From lint results (summarylint's JSON) to the report's documents: the path relative to the report's root, the
// series and period, the language, and each finding's quoted words. The file itself is read when it is still
// there (front matter, language, the words a finding points at); a results file from another machine still
// makes a report, from what the JSON says.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import type { JsonResult } from '../formatters/json.js';
import { localeFor } from '../languages/index.js';
import { seriesOf, type SeriesInfo } from '../series.js';
import { detectLang } from '../text/script.js';
import type { Locale } from '../types.js';
import type { FindingLevel, ReportDocument, ReportFinding } from './model.js';

/** A result as `-f json` writes it, with the optional per-file `series` a newer run may add. */
export type ResultEntry = JsonResult & { series?: SeriesInfo };

export interface DocumentOptions {
  /** Paths in the report are relative to this folder. */
  root: string;
  /** Path patterns for series and periods, such as 'reports/{team}/{yyyy}-{mm}.md'. */
  seriesPatterns: readonly string[];
}

const MAX_QUOTE = 160;
/** Data fields of the rules that hold the words a finding is about, for when the file cannot be read. */
const QUOTE_FIELDS = ['phrase', 'claim', 'item', 'quote', 'text', 'words'] as const;
/** Files read at a time. */
const PARALLEL = 16;

export async function reportDocuments(results: readonly ResultEntry[], options: DocumentOptions): Promise<ReportDocument[]> {
  const documents: ReportDocument[] = new Array(results.length);
  let next = 0;
  const worker = async () => {
    while (next < results.length) {
      const i = next++;
      const result = results[i];
      const text = await readFile(path.resolve(options.root, result.filePath), 'utf8').catch(() => undefined);
      documents[i] = toDocument(result, text, options);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, results.length) }, worker));
  return documents;
}

export function toDocument(result: ResultEntry, text: string | undefined, options: DocumentOptions): ReportDocument {
  const relative = path.relative(options.root, path.resolve(options.root, result.filePath)).split(path.sep).join('/');
  const lines = text === undefined ? undefined : text.split(/\r?\n|\r/);
  const findings: ReportFinding[] = result.messages.map((message) => {
    const finding: ReportFinding = {
      ruleId: message.ruleId,
      level: levelOf(message),
      line: message.line,
      column: message.column,
      message: message.message,
    };
    const quote = (lines && quoteOf(lines, message)) ?? dataQuote(message.data);
    if (quote !== undefined) finding.quote = quote;
    return finding;
  });
  return {
    path: relative,
    series: result.series ?? seriesOf(relative, text === undefined ? undefined : frontMatterOf(text), options.seriesPatterns),
    locale: localeOfText(text ?? result.messages.map((m) => m.message).join('\n')),
    findings,
  };
}

function levelOf(message: JsonResult['messages'][number]): FindingLevel {
  if (message.level === 'error' || message.level === 'warn' || message.level === 'info') return message.level;
  return message.severity === 2 ? 'error' : 'warn';
}

function localeOfText(text: string): Locale {
  return localeFor(detectLang(text), text);
}

/** The text between a finding's start and end (1-based lines and columns), on one line, shortened. */
function quoteOf(lines: readonly string[], m: { line: number; column: number; endLine: number; endColumn: number }): string | undefined {
  if (!(m.line >= 1 && m.endLine >= m.line && m.endLine <= lines.length)) return undefined;
  let text: string;
  if (m.line === m.endLine) text = lines[m.line - 1].slice(m.column - 1, m.endColumn - 1);
  else text = [lines[m.line - 1].slice(m.column - 1), ...lines.slice(m.line, m.endLine - 1), lines[m.endLine - 1].slice(0, m.endColumn - 1)].join(' ');
  text = text.replace(/\s+/g, ' ').trim();
  if (text === '') return undefined;
  return text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1)}…` : text;
}

function dataQuote(data: Record<string, unknown> | undefined): string | undefined {
  for (const field of QUOTE_FIELDS) {
    const value = data?.[field];
    if (typeof value === 'string' && value.trim() !== '') return value.length > MAX_QUOTE ? `${value.slice(0, MAX_QUOTE - 1)}…` : value;
  }
  return undefined;
}

/** The YAML front matter at the top of a Markdown file, as the linter reads it; undefined when absent or broken. */
function frontMatterOf(text: string): Record<string, unknown> | undefined {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return undefined;
  try {
    const data: unknown = loadYaml(match[1], { schema: CORE_SCHEMA });
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
