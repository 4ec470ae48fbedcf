// Invariants every rule and language pack's vocabulary keeps (ESLint's registry check, remark-lint's metadata checks).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { lintText } from '../src/lint.js';
import { conceptKeys } from '../src/vocabulary.js';

const RULES_DIR = path.resolve(import.meta.dirname, '../rules');
const rules = Object.values(builtinRules);

describe('rule registry', () => {
  it('lists exactly the rule modules in rules/, sorted', () => {
    const files = readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.slice(0, -3));
    expect(Object.keys(builtinRules)).toEqual([...files].sort());
  });

  it.each(Object.entries(builtinRules))('%s has complete metadata', (id, rule) => {
    const { meta } = rule;
    expect(meta.id, 'the registry key, the file name and meta.id are one').toBe(id);
    expect(meta.docs.url).toBe(`https://github.com/summarylint/summarylint/blob/main/docs/rules/${id}.md`);
    expect(meta.description).toMatch(/^[A-Z]/);
    expect(meta.docs.why.length).toBeGreaterThan(20);
    // `off`: a rule only summarylint:strict or a config turns on (require-metadata).
    expect(['off', 'info', 'warn', 'error']).toContain(meta.level);
    expect(meta.languages.length).toBeGreaterThan(0);
    for (const template of Object.values(meta.messages)) {
      expect(typeof template === 'string' || (template.en && template['zh-Hans'])).toBeTruthy();
    }
    // Each option's description is its meaning in the rule's page and in editors' schema hover.
    for (const [name, option] of Object.entries((meta.schema.properties ?? {}) as Record<string, { description?: string }>)) {
      expect(option.description, `${id} option ${name} has no description`).toMatch(/^\S.{10,}/);
    }
    const validate = new Ajv({ strict: false }).compile(meta.schema);
    expect(validate(meta.defaultOptions), JSON.stringify(validate.errors)).toBe(true);
    for (const lang of ['en', 'zh', 'zh-Hant']) {
      expect(meta.examples.some((e) => e.lang === lang), `${id} has no ${lang} example`).toBe(true);
    }
  });

  it.each(rules.map((r) => [r.meta.id, r] as const))('%s stamps its id and docs URL on every finding of its examples', async (id, rule) => {
    for (const example of rule.meta.examples) {
      const result = await lintText(example.markdown, { config: {} });
      for (const finding of result.findings.filter((f) => f.ruleId === id)) {
        expect(finding.url).toBe(rule.meta.docs.url);
        expect(finding.range[1]).toBeGreaterThanOrEqual(finding.range[0]);
      }
    }
  });
});

describe('vocabulary', () => {
  it('have the same concept keys in every language', () => {
    expect(conceptKeys('zh').sort()).toEqual(conceptKeys('en').sort());
  });
});
