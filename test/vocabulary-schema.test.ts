// The vocabulary's schema (schema/vocabulary.schema.json, built from src/languages/concepts.ts): every concept of
// the language packs, which rules read it and the keys its entries may have. A misspelt concept or key is an error.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { buildVocabularySchema, CONCEPTS, vocabularyProblems } from '../src/languages/concepts.js';
import { languages, registerLanguage } from '../src/languages/index.js';
import type { VocabularyData } from '../src/types.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const committed = JSON.parse(readFileSync(path.join(ROOT, 'schema/vocabulary.schema.json'), 'utf8'));
const { Ajv } = createRequire(import.meta.url)('ajv') as typeof import('ajv');
const english = () => structuredClone(languages().find((pack) => pack.code === 'en')!.vocabulary) as Record<string, any>;

describe('the vocabulary schema', () => {
  it('is committed as built (run `npm run schema` to update)', () => {
    expect(committed).toEqual(buildVocabularySchema());
  });

  it('holds every shipped pack, checked by ajv in strict mode', () => {
    const validate = new Ajv({ allErrors: true, strict: true }).compile(committed);
    for (const pack of languages()) {
      expect(validate(pack.vocabulary), `${pack.code}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(vocabularyProblems(pack.vocabulary)).toEqual([]);
    }
  });

  it('names the rules (or the document model) that read each concept', () => {
    const readers = [...Object.keys(builtinRules), 'the document model'];
    for (const [name, { description }] of Object.entries(CONCEPTS)) {
      expect(description, name).toMatch(/ Read by /);
      expect(readers.some((reader) => description.split(' Read by ')[1].includes(reader)), name).toBe(true);
    }
  });

  it('makes a misspelt concept an error, with the concept meant', () => {
    const vocabulary = english();
    vocabulary.vauge = vocabulary.vague;
    delete vocabulary.vague;
    expect(vocabularyProblems(vocabulary as VocabularyData)).toEqual(["unknown concept 'vauge' (did you mean 'vague'?)"]);
    expect(new Ajv({ strict: true }).compile(committed)(vocabulary)).toBe(false);
  });

  it('makes a misspelt key of an entry, or a value it does not know, an error', () => {
    const vocabulary = english();
    vocabulary.vague[0].categroy = vocabulary.vague[0].category;
    delete vocabulary.vague[0].category;
    vocabulary['number-label'][0].position = 'bofere';
    expect(vocabularyProblems(vocabulary as VocabularyData).sort()).toEqual([
      'number-label[0].position: expected one of "before", "after", "both", got "bofere"',
      "vague[0]: unknown key 'categroy' (did you mean 'category'?)",
    ]);
  });

  it('makes a missing concept an error', () => {
    const vocabulary = english();
    delete vocabulary.surname;
    expect(vocabularyProblems(vocabulary as VocabularyData)).toEqual(["missing concept 'surname' (give it an empty list if the language has no words for it)"]);
  });

  it('is checked when a language pack is registered', () => {
    const vocabulary = english();
    vocabulary.metrc = vocabulary.metric;
    delete vocabulary.metric;
    expect(() => registerLanguage({ code: 'xx', name: 'Misspelt', vocabulary: vocabulary as VocabularyData })).toThrow(
      "language pack 'xx': its vocabulary does not fit the schema:\n  unknown concept 'metrc' (did you mean 'metric'?)",
    );
    expect(languages().map((pack) => pack.code)).toEqual(['en', 'zh']);
  });
});
