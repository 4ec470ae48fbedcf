// Parse config text (JSON or YAML) with errors that point at a line and column.
// JSON.parse's messages carry no position for many errors on Node 20, so a tiny scanner finds it.
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { ConfigError } from './errors.js';

/** Parse a config file's text by its name: `.json` (and package.json) as JSON, `.yaml`/`.yml` as YAML,
 *  an extensionless `.summarylintrc` as JSON when it starts with `{`, else YAML. `undefined` when empty. */
export function parseConfigText(filePath: string, text: string): unknown {
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') return undefined;
  const ext = path.extname(filePath).toLowerCase();
  const isJson = ext === '.json' || (ext === '' && text.trimStart().startsWith('{'));
  return isJson ? parseJson(filePath, text) : parseYaml(filePath, text);
}

export function parseJson(filePath: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const offset = jsonErrorOffset(text);
    const found = offset >= text.length ? 'end of input' : JSON.stringify(text[offset]);
    const { line, column } = lineColumn(text, offset);
    throw new ConfigError(`invalid JSON: unexpected ${found}`, { filePath, line, column, cause: error });
  }
}

export function parseYaml(filePath: string, text: string): unknown {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const [error] = doc.errors;
  if (error) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    throw new ConfigError(`invalid YAML: ${error.message}`, { filePath, line, column: col, cause: error });
  }
  try {
    return doc.toJS();
  } catch (error) {
    // An alias with no anchor, or too many aliases (a "billion laughs" bomb): the yaml library's ReferenceError.
    const problem = /alias count/i.test((error as Error).message) ? 'too many aliases' : 'an alias (*name) with no anchor (&name) before it';
    throw new ConfigError(`invalid YAML: ${problem}`, { filePath, cause: error });
  }
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** Offset of the first character that makes `text` invalid JSON (`text.length` for an early end), or -1. */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const literal = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
  const string = () => {
    i++; // opening quote
    while (i < text.length) {
      const c = text[i];
      if (c === '"') return void i++;
      if (c < ' ') fail();
      if (c === '\\') {
        if (/^(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(text.slice(i + 1, i + 6))) i += text[i + 1] === 'u' ? 6 : 2;
        else {
          i++; // point at the bad escape character
          fail();
        }
      } else i++;
    }
    fail();
  };
  // `{...}` and `[...]`: members separated by commas, no trailing comma.
  const container = (close: string, member: () => void) => {
    i++;
    space();
    if (text[i] === close) return void i++;
    for (;;) {
      member();
      space();
      if (text[i] === ',') i++;
      else if (text[i] === close) return void i++;
      else fail();
    }
  };
  const value = (): void => {
    space();
    if (text[i] === '{') {
      return container('}', () => {
        space();
        if (text[i] !== '"') fail();
        string();
        space();
        if (text[i] !== ':') fail();
        i++;
        value();
      });
    }
    if (text[i] === '[') return container(']', value);
    if (text[i] === '"') return string();
    literal.lastIndex = i;
    // A literal must not run into letters (`truex`), which the sticky match alone would accept.
    if (!literal.test(text) || /[\w.]/.test(text[literal.lastIndex] ?? '')) fail();
    i = literal.lastIndex;
  };
  try {
    value();
    space();
    return i < text.length ? i : -1;
  } catch (offset) {
    if (typeof offset === 'number') return offset;
    throw offset;
  }
}
