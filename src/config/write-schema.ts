// `npm run schema`: write schema/summarylintrc.schema.json from the rule registry (run from dist/), for
// editors: it also accepts the ids of plugin rules, which only summarylint can check. And the schema of a
// language pack's vocabulary, schema/vocabulary.schema.json, from the concepts.
import { writeFileSync } from 'node:fs';
import { builtinRules } from '../../rules/index.js';
import { buildVocabularySchema } from '../languages/concepts.js';
import { buildConfigSchema, SHIPPED_SCHEMA_OPTIONS } from './schema.js';

for (const [file, schema] of [
  ['summarylintrc.schema.json', buildConfigSchema(builtinRules, SHIPPED_SCHEMA_OPTIONS)],
  ['vocabulary.schema.json', buildVocabularySchema()],
] as const) {
  const target = new URL(`../../../schema/${file}`, import.meta.url);
  writeFileSync(target, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${target.pathname}`);
}
