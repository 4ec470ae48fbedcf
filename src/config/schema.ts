// The JSON Schema of the config file. It embeds each rule's options schema, so it is built from the rule
// registry: at run time for validation, and by `npm run schema` into schema/summarylintrc.schema.json for
// editors (a test keeps the committed file equal to this function's output).
import { CONCEPTS } from '../languages/concepts.js';
import { languageCodes, messageLocales } from '../languages/index.js';
import type { Rule } from '../types.js';
import { PATTERN_FIELDS } from '../series.js';
import { LEVEL_VALUES } from './levels.js';
import { DEFAULT_SUMMARIES } from './summaries.js';

type Schema = Record<string, unknown>;

/** The title of the schema of one language's vocabulary changes: its unknown keys are unknown concepts. */
export const CONCEPT_CHANGES = 'Vocabulary changes by concept';

const stringList = (description: string): Schema => ({ description, type: 'array', items: { type: 'string' } });
/** Longest glob: picomatch refuses longer patterns (65,536), and no path needs more. */
const MAX_GLOB_LENGTH = 1000;
const globList = (description: string): Schema => ({ description, type: 'array', items: { type: 'string', maxLength: MAX_GLOB_LENGTH } });

/**
 * A rule entry: `"warn"`, `["warn"]`, `["warn", { ...options }]` or `{ "level": "warn", "options": { ... } }`
 * (the shape `--print-config` prints, so its output can be used as a config).
 */
function entrySchema(options: Schema, description: string): Schema {
  // if/then/else rather than anyOf, so a wrong entry yields one error from the branch the user meant.
  return {
    description,
    if: { type: 'array' },
    then: {
      type: 'array',
      minItems: 1,
      items: [{ $ref: '#/definitions/level' }, options],
      additionalItems: false,
    },
    else: {
      if: { type: 'object' },
      then: {
        type: 'object',
        additionalProperties: false,
        required: ['level'],
        properties: { level: { $ref: '#/definitions/level' }, options },
      },
      else: { $ref: '#/definitions/level' },
    },
  };
}

function ruleEntrySchema(rule: Rule): Schema {
  const options: Schema = { ...rule.meta.schema };
  // Unknown options are config errors unless the rule's schema says otherwise.
  if (options.type === 'object' && !('additionalProperties' in options)) options.additionalProperties = false;
  return entrySchema(options, rule.meta.description);
}

export interface SchemaOptions {
  /**
   * Accept rule ids the registry does not know, with a generic entry (a level, or a level and an options
   * object), as SchemaStore's ESLint schema does. The schema shipped for editors sets it: it cannot know the
   * rules of a project's plugins. summarylint itself validates against the plugins it loaded, so an unknown
   * id stays an error there, with its "did you mean".
   */
  otherRules?: boolean;
}

/** The options of the schema shipped in the package (schema/summarylintrc.schema.json). */
export const SHIPPED_SCHEMA_OPTIONS: SchemaOptions = { otherRules: true };

export function buildConfigSchema(rules: Readonly<Record<string, Rule>>, options: SchemaOptions = {}): Schema {
  const ruleProperties = Object.fromEntries(
    Object.keys(rules)
      .sort()
      .map((id) => [id, ruleEntrySchema(rules[id])]),
  );
  // The registered language packs' codes and message locales.
  const language = { description: 'Document language; `auto` detects it per document and block.', enum: ['auto', ...languageCodes()] };
  const locale = { description: 'Language of the messages; `auto` follows the document.', enum: ['auto', ...messageLocales()] };
  const settings = { description: 'Shared settings read by rules, e.g. `roster`.', type: 'object' };
  const kind = {
    description: 'The kind of summary these files are: `sales`, `weekly`, `review`, `postmortem`, `retrospective`, `minutes`, or one of `kinds`. A document\'s front matter `kind:` wins; without either, the kind is told from the title and headings.',
    type: 'string',
    pattern: '^[a-z][a-z0-9-]*$',
  };
  const series = {
    description: 'How summaries group into series (the summaries of one team or person over periods), for `follow-up-plan`.',
    type: 'object',
    additionalProperties: false,
    properties: {
      patterns: {
        ...stringList('Path patterns relative to the config file, such as `reports/{team}/{yyyy}-{mm}.md`: `{team}`, `{author}`, `{yyyy}`, `{mm}`, `{dd}`, `{ww}` (ISO week), `{q}`, `{h}`, `{period}` (any period shape), `*` and `**/`.'),
        items: { type: 'string', pattern: `^(?:[^{}]|\\{(?:${PATTERN_FIELDS.join('|')})\\})*$` },
      },
    },
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'summarylint configuration',
    description: 'Configuration for summarylint (.summarylintrc.json, .summarylintrc.yaml, package.json "summarylint").',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { description: 'URL or path of this schema, for editors.', type: 'string' },
      root: {
        description: 'This config\'s folder is the top of its project: the configs it extends and its vocabulary packs must be inside this folder (by default: inside the nearest folder with `.git` or `package.json`).',
        type: 'boolean',
      },
      extends: {
        description: '`summarylint:recommended` (the default), `summarylint:strict`, or relative paths to JSON/YAML configs; later entries win.',
        type: ['string', 'array'],
        items: { type: 'string' },
      },
      language,
      locale,
      rules: { $ref: '#/definitions/rules' },
      files: globList(
        `Globs of the files that are summaries, relative to the config file. Default: ${DEFAULT_SUMMARIES}.`,
      ),
      ignores: globList('Globs of files not to lint, relative to the config file.'),
      overrides: {
        description: 'Settings for some files only; later overrides win.',
        type: 'array',
        items: { $ref: '#/definitions/override' },
      },
      vocabulary: { $ref: '#/definitions/vocabulary' },
      settings,
      series,
      plugins: stringList('Modules with custom rules: paths relative to this config file (`./rules/my-rule.js`) or package names (`summarylint-plugin-acme`). Not loaded in safe mode.'),
      vocabularyPacks: stringList('JSON files of vocabulary changes, shaped like `vocabulary`, relative to this config file or in a package; applied before this file\'s `vocabulary`.'),
      kind,
      kinds: {
        description: 'Kinds of summary this config defines, or refines (a shipped kind\'s name), e.g. `{"board": {"extends": "review", "detect": ["Board report"], "required": ["overview", "results", "plan"]}}`.',
        type: 'object',
        propertyNames: { pattern: '^[a-z][a-z0-9-]*$' },
        additionalProperties: { $ref: '#/definitions/kind' },
      },
    },
    definitions: {
      level: { description: 'Severity of the rule\'s findings, or `off` (ESLint\'s `0`, `1`, `2` and `"warning"` are accepted too).', enum: [...LEVEL_VALUES] },
      rules: {
        description: 'Rule levels and options: `"warn"`, `["warn", { ...options }]` or `{ "level": "warn", "options": { ... } }`.',
        type: 'object',
        additionalProperties: options.otherRules ? { $ref: '#/definitions/otherRule' } : false,
        properties: ruleProperties,
      },
      otherRule: entrySchema(
        { type: 'object' },
        'A rule of a plugin: `"warn"`, `["warn", { ...options }]` or `{ "level": "warn", "options": { ... } }` (its options are checked by summarylint, against the plugin).',
      ),
      override: {
        type: 'object',
        additionalProperties: false,
        required: ['files'],
        properties: {
          files: { ...globList('Globs matched against the file path relative to the config file.'), minItems: 1 },
          language,
          locale,
          rules: { $ref: '#/definitions/rules' },
          vocabulary: { $ref: '#/definitions/vocabulary' },
          settings,
          kind,
          series,
        },
      },
      kind: {
        type: 'object',
        additionalProperties: false,
        properties: {
          extends: { description: 'A shipped kind to start from.', type: 'string' },
          description: { description: 'What the kind is, for people (a string, or one per language).', type: ['string', 'object'] },
          detect: stringList('Words of a title that name this kind ("Board report", 董事会报告); checked before the shipped kinds\' words.'),
          required: { description: 'Section roles a document of this kind owes, in order.', type: 'array', items: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' }, uniqueItems: true },
          sections: { description: 'The roles `summarylint new <kind>` writes, when more than `required`.', type: 'array', items: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' }, uniqueItems: true },
          order: { description: 'Whether the sections must come in the order of `required`.', type: 'boolean' },
          headings: { description: 'Headings per role and language (`{"plan": {"en": "Next steps", "zh": "下一步计划"}}`), for messages and `summarylint new`.', type: 'object', additionalProperties: { type: 'object', additionalProperties: { type: 'string', minLength: 1 } } },
          mustState: { description: 'What a section must state, by role: `attainment` (actual against target) or `counts` (customer counts).', type: 'object', additionalProperties: { enum: ['attainment', 'counts'] } },
          inProse: { description: 'A role and the vocabulary concept whose words, in any sentence, stand for its section (`{"decisions": "decision"}`).', type: 'object', additionalProperties: { enum: Object.keys(CONCEPTS) } },
          satisfiedBy: { description: 'A role and the roles whose sections answer for it (`{"results": ["targets"]}`).', type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
          rules: { $ref: '#/definitions/rules' },
          template: { description: 'The `summarylint new` template whose title the kind\'s skeleton takes (`weekly`, `monthly`, `sales`, …).', type: 'string' },
        },
      },
      vocabulary: {
        description: 'Vocabulary changes per language and concept, e.g. `{ "zh": { "vague": { "add": ["尽量"] } } }`.',
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(languageCodes().map((code) => [code, { $ref: '#/definitions/conceptChanges' }])),
      },
      conceptChanges: {
        title: CONCEPT_CHANGES,
        description: 'Changes by concept; schema/vocabulary.schema.json says what each concept holds and which rules read it.',
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(Object.entries(CONCEPTS).map(([name, { description }]) => [name, { description, allOf: [{ $ref: '#/definitions/conceptChange' }] }])),
      },
      conceptChange: {
        type: 'object',
        additionalProperties: false,
        properties: { add: stringList('Entries to add.'), remove: stringList('Entries to remove.') },
      },
    },
  };
}
