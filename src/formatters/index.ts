// Formatter registry. Each formatter is imported only when chosen: start-up time matters for a CLI run on
// every save or commit.
import type { CreateReportWriter, Formatter } from './types.js';

export type { CreateReportWriter, Formatter, FormatterContext, ReportWriter } from './types.js';
export { shouldUseColor } from './color.js';

export const formatterNames = ['stylish', 'json', 'github', 'sarif', 'junit', 'unix', 'markdown'] as const;
export type FormatterName = (typeof formatterNames)[number];

const loaders: Record<FormatterName, () => Promise<{ format: Formatter; createWriter: CreateReportWriter }>> = {
  stylish: () => import('./stylish.js'),
  json: () => import('./json.js'),
  github: () => import('./github.js'),
  sarif: () => import('./sarif.js'),
  junit: () => import('./junit.js'),
  unix: () => import('./unix.js'),
  markdown: () => import('./markdown.js'),
};

export function isFormatterName(name: string): name is FormatterName {
  return (formatterNames as readonly string[]).includes(name);
}

/** A format given as a file (`./report.js`, `/abs/x.mjs`, `fmt.cjs`) rather than a built-in name. */
export function isFormatterPath(format: string): boolean {
  return /[\\/]/.test(format) || /\.[cm]?js$/i.test(format);
}

async function load(name: string) {
  if (!isFormatterName(name)) {
    throw new Error(`Unknown format "${name}". Choose one of: ${formatterNames.join(', ')}.`);
  }
  return loaders[name]();
}

/** The formatter that turns all results into a report at once. */
export async function getFormatter(name: string): Promise<Formatter> {
  return (await load(name)).format;
}

/** The same format written file by file, as results come (what the CLI uses). */
export async function getReportWriter(name: string): Promise<CreateReportWriter> {
  return (await load(name)).createWriter;
}
