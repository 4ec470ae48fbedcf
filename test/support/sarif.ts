// A validator for the official SARIF 2.1.0 JSON schema, shared by the formatter and CLI tests.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The official SARIF 2.1.0 schema shipped by @microsoft/jest-sarif is draft-04, which Ajv 8 does not load.
 * The only draft-04 feature it uses is the root `id` (draft-06+ `$id`; no boolean `exclusiveMinimum`), so
 * renaming that key lets Ajv's default draft-07 validate it unchanged. Formats get small checkers
 * (ajv-formats is not a dependency).
 */
export function sarifValidator(): ValidateFunction {
  const file = path.join(root, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const { $schema, id, ...rest } = JSON.parse(readFileSync(file, 'utf8'));
  // Guard the assumptions above: a schema update that breaks them should fail loudly, not validate loosely.
  if ($schema !== 'http://json-schema.org/draft-04/schema#') throw new Error(`unexpected SARIF schema dialect ${$schema}`);
  if (JSON.stringify(rest).includes('exclusiveM')) throw new Error('the SARIF schema now uses exclusiveMinimum/Maximum');
  // unicodeRegExp: false, because the schema's `language` pattern (`…{2}]?$`) is not valid with the `u` flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  const noSpaces = (value: string) => !/[\s<>"{}|\\^`]/.test(value);
  ajv.addFormat('uri', (value: string) => noSpaces(value) && /^[a-z][a-z0-9+.-]*:/i.test(value) && URL.canParse(value));
  ajv.addFormat('uri-reference', (value: string) => noSpaces(value) && URL.canParse(value, 'file:///base/'));
  ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)));
  return ajv.compile({ $id: id, ...rest });
}
