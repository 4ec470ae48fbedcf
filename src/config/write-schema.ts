// `npm run schema`: write schema/summarylintrc.schema.json from the rule registry (run from dist/).
import { writeFileSync } from 'node:fs';
import { builtinRules } from '../../rules/index.js';
import { buildConfigSchema } from './schema.js';

const target = new URL('../../../schema/summarylintrc.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(buildConfigSchema(builtinRules), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
