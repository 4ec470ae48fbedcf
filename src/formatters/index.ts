// Formatter registry. Each formatter is imported only when chosen: start-up time matters for a CLI run on
// every save or commit, and vfile-reporter is the heaviest module of the four.
import type { Formatter } from './types.js';

export type { Formatter, FormatterContext } from './types.js';
export { shouldUseColor } from './color.js';

export const formatterNames = ['stylish', 'json', 'github', 'sarif', 'junit', 'unix'] as const;
export type FormatterName = (typeof formatterNames)[number];

const loaders: Record<FormatterName, () => Promise<{ format: Formatter }>> = {
  stylish: () => import('./stylish.js'),
  json: () => import('./json.js'),
  github: () => import('./github.js'),
  sarif: () => import('./sarif.js'),
  junit: () => import('./junit.js'),
  unix: () => import('./unix.js'),
};

export function isFormatterName(name: string): name is FormatterName {
  return (formatterNames as readonly string[]).includes(name);
}

export async function getFormatter(name: string): Promise<Formatter> {
  if (!isFormatterName(name)) {
    throw new Error(`Unknown format "${name}". Choose one of: ${formatterNames.join(', ')}.`);
  }
  return (await loaders[name]()).format;
}
