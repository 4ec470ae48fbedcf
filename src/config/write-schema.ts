// `npm run schema`: write schema/summarylintrc.schema.json from the rule registry (run from dist/), for
// editors: it also accepts the ids of plugin rules, which only summarylint can check.
import { writeFileSync } from 'node:fs';
import { builtinRules } from '../../rules/index.js';
import { buildConfigSchema, SHIPPED_SCHEMA_OPTIONS } from './schema.js';

const target = new URL('../../../schema/summarylintrc.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(buildConfigSchema(builtinRules, SHIPPED_SCHEMA_OPTIONS), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
