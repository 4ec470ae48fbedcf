import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import {
  buildConfigSchema,
  clearConfigCaches,
  ConfigError,
  skippedByConfig,
  loadConfig,
  loadSharedConfig,
  printConfig,
  resolveConfig,
} from '../src/config/index.js';
import { jsonErrorOffset } from '../src/config/parse.js';
import { SHIPPED_SCHEMA_OPTIONS } from '../src/config/schema.js';
import recommended from '../src/config/presets/recommended.json' with { type: 'json' };
import strict from '../src/config/presets/strict.json' with { type: 'json' };
import { lintDocument } from '../src/engine/run.js';
import type { Rule, UserConfig } from '../src/types.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ruleIds = Object.keys(builtinRules).sort();
const defaults = builtinRules['require-sections'].meta.defaultOptions as Record<string, unknown>;

let root: string;

/** Write files under a fresh project folder (it has a package.json, so the config search stops there). */
function project(files: Record<string, string | object>): string {
  for (const [name, content] of Object.entries({ 'package.json': {}, ...files })) {
    const file = path.join(root, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return root;
}

/** The ConfigError thrown by `promise`, which must reject. */
async function configError(promise: Promise<unknown> | (() => unknown)): Promise<ConfigError> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'summarylint-config-'));
  clearConfigCaches();
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('presets', () => {
  it('recommended gives every registered rule its meta.level', () => {
    expect(Object.keys(recommended.rules).sort()).toEqual(ruleIds);
    for (const id of ruleIds) expect([id, (recommended.rules as Record<string, string>)[id]]).toEqual([id, builtinRules[id].meta.level]);
  });

  it('strict names every registered rule, at error', () => {
    expect(Object.keys(strict.rules).sort()).toEqual(ruleIds);
    for (const entry of Object.values(strict.rules)) expect(Array.isArray(entry) ? entry[0] : entry).toBe('error');
    expect(strict.rules['require-problem-cause']).toEqual(['error', { requireImpact: true }]);
  });
});

describe('loadConfig: no config', () => {
  it('applies summarylint:recommended with default options', async () => {
    project({ 'docs/report.md': '# Report' });
    const config = await loadConfig(path.join(root, 'docs/report.md'));
    expect(config.language).toBe('auto');
    expect(config.locale).toBe('auto');
    expect(config.sources).toEqual(['summarylint:recommended']);
    for (const id of ruleIds) {
      expect(config.rules[id]).toEqual({ level: builtinRules[id].meta.level, options: builtinRules[id].meta.defaultOptions });
    }
  });
});

describe('loadConfig: discovery', () => {
  it('finds .summarylintrc.json in a parent folder, for a file that does not exist', async () => {
    project({ '.summarylintrc.json': { rules: { 'require-sections': 'info' } } });
    const config = await loadConfig(path.join(root, 'a/b/not-there.md'));
    expect(config.rules['require-sections'].level).toBe('info');
    expect(config.sources).toEqual([path.join(root, '.summarylintrc.json'), 'summarylint:recommended']);
    expect(config.basePath).toBe(root);
  });

  it('reads every supported file name', async () => {
    const cases: Record<string, string> = {
      '.summarylintrc': 'rules:\n  require-sections: info\n',
      '.summarylintrc.yaml': 'rules:\n  require-sections: info\n',
      '.summarylintrc.yml': 'rules: { require-sections: info }\n',
      'summarylint.config.mjs': "export default { rules: { 'require-sections': 'info' } };\n",
      'summarylint.config.cjs': "module.exports = { rules: { 'require-sections': 'info' } };\n",
      'summarylint.config.js': "export default { rules: { 'require-sections': 'info' } };\n",
    };
    for (const [name, text] of Object.entries(cases)) {
      project({ [`${name}-case/package.json`]: { type: 'module' }, [`${name}-case/${name}`]: text });
      const config = await loadConfig(path.join(root, `${name}-case/report.md`));
      expect([name, config.rules['require-sections'].level]).toEqual([name, 'info']);
    }
  });

  it('reads an extensionless .summarylintrc written as JSON', async () => {
    project({ '.summarylintrc': '{ "rules": { "require-sections": "off" } }' });
    expect((await loadConfig(path.join(root, 'r.md'))).rules['require-sections'].level).toBe('off');
  });

  it('reads the "summarylint" key of package.json', async () => {
    project({ 'package.json': { name: 'x', summarylint: { language: 'zh' } } });
    expect((await loadConfig(path.join(root, 'r.md'))).language).toBe('zh');
  });

  it('uses the nearest config only', async () => {
    project({
      '.summarylintrc.json': { language: 'zh', rules: { 'require-sections': 'info' } },
      'team/.summarylintrc.yaml': 'rules:\n  require-sections: warn\n',
    });
    const config = await loadConfig(path.join(root, 'team/sub/r.md'));
    expect(config.rules['require-sections'].level).toBe('warn');
    expect(config.language).toBe('auto'); // the outer config does not cascade
  });

  it('stops at the project root (the nearest package.json)', async () => {
    project({ '.summarylintrc.json': { language: 'zh' }, 'inner/package.json': { name: 'inner' } });
    expect((await loadConfig(path.join(root, 'inner/docs/r.md'))).language).toBe('auto');
  });

  it('caches per folder: later changes are seen only after clearConfigCaches()', async () => {
    project({ '.summarylintrc.json': { language: 'zh' } });
    expect((await loadConfig(path.join(root, 'a.md'))).language).toBe('zh');
    writeFileSync(path.join(root, '.summarylintrc.json'), '{ "language": "en" }');
    expect((await loadConfig(path.join(root, 'b.md'))).language).toBe('zh');
    clearConfigCaches();
    expect((await loadConfig(path.join(root, 'c.md'))).language).toBe('en');
  });

  it('returns independent objects for files sharing a config', async () => {
    project({ '.summarylintrc.json': { rules: { 'require-sections': ['warn', { required: ['plan'] }] } } });
    const a = await loadConfig(path.join(root, 'a.md'));
    (a.rules['require-sections'].options.required as string[]).push('mutated');
    const b = await loadConfig(path.join(root, 'b.md'));
    expect(b.rules['require-sections'].options.required).toEqual(['plan']);
    expect(builtinRules['require-sections'].meta.defaultOptions).toEqual(defaults);
  });
});

describe('a config shared by the runner', () => {
  it('is frozen, and a rule that changes its options or the settings changes only its own copies', async () => {
    project({ '.summarylintrc.json': { rules: { 'require-sections': ['warn', { required: ['plan'] }] }, settings: { team: { name: 'web' } } } });
    const config = await loadSharedConfig(path.join(root, 'a.md'));
    expect(await loadSharedConfig(path.join(root, 'b.md'))).toBe(config);
    expect(Object.isFrozen(config.settings.team)).toBe(true);
    const changing = {
      ...builtinRules['require-sections'],
      check: (_doc: unknown, context: { options: Record<string, unknown>; settings: Record<string, unknown> }) => {
        (context.options.required as string[]).push('mutated');
        (context.settings.team as Record<string, unknown>).name = 'mutated';
      },
    } as unknown as Rule;
    const rules = { ...builtinRules, 'require-sections': changing };
    for (const file of ['a.md', 'b.md']) {
      const { findings } = lintDocument('# Report\n\nText.\n', { config, rules, filePath: path.join(root, file) });
      expect(findings.filter((f) => f.ruleId === 'require-sections')).toEqual([]); // no crash of the rule
    }
    expect(config.rules['require-sections'].options.required).toEqual(['plan']);
    expect(config.settings).toEqual({ team: { name: 'web' } });
  });
});

describe('rule entries', () => {
  it('merges options over defaultOptions, arrays replacing', async () => {
    project({ '.summarylintrc.json': { rules: { 'require-sections': ['warn', { required: ['plan'] }] } } });
    const { rules } = await loadConfig(path.join(root, 'r.md'));
    expect(rules['require-sections']).toEqual({ level: 'warn', options: { ...defaults, required: ['plan'] } });
  });

  it('keeps options set earlier when a later entry gives only a level', async () => {
    project({
      '.summarylintrc.json': {
        rules: { 'require-sections': ['warn', { required: ['plan'] }] },
        overrides: [{ files: ['x/**'], rules: { 'require-sections': 'off' } }],
      },
    });
    const { rules } = await loadConfig(path.join(root, 'x/r.md'));
    expect(rules['require-sections']).toEqual({ level: 'off', options: { ...defaults, required: ['plan'] } });
  });

  it('reads ESLint\'s 0, 1, 2 and "warning" as off, warn, error and warn, in every entry form', async () => {
    project({
      '.summarylintrc.json': {
        rules: { 'require-sections': 0, 'no-vague-wording': [1], 'no-placeholder': { level: 2 }, 'require-action-owner': 'warning' },
      },
    });
    const { rules } = await loadConfig(path.join(root, 'r.md'));
    expect([rules['require-sections'].level, rules['no-vague-wording'].level, rules['no-placeholder'].level, rules['require-action-owner'].level])
      .toEqual(['off', 'warn', 'error', 'warn']);
  });
});

describe('overrides', () => {
  const config = {
    language: 'en',
    rules: { 'require-sections': 'warn' },
    settings: { roster: ['Dana'], team: { name: 'all' } },
    overrides: [
      { files: ['sales/**/*.md'], language: 'zh', locale: 'zh-Hant', rules: { 'require-sections': ['error', { order: true }] }, settings: { team: { lead: '王敏' } } },
      { files: ['sales/archive/**'], rules: { 'require-sections': 'off' } },
    ],
  };

  it('apply to matching files only, relative to the config folder, later ones winning', async () => {
    project({ 'reports/.summarylintrc.json': config });
    const sales = await loadConfig(path.join(root, 'reports/sales/q3.md'));
    expect(sales.language).toBe('zh');
    expect(sales.locale).toBe('zh-Hant');
    expect(sales.rules['require-sections']).toEqual({ level: 'error', options: { ...defaults, order: true } });
    expect(sales.settings).toEqual({ roster: ['Dana'], team: { name: 'all', lead: '王敏' } });

    const archived = await loadConfig(path.join(root, 'reports/sales/archive/q1.md'));
    expect(archived.rules['require-sections'].level).toBe('off');
    expect(archived.rules['require-sections'].options.order).toBe(true);

    const engineering = await loadConfig(path.join(root, 'reports/engineering/q3.md'));
    expect(engineering.language).toBe('en');
    expect(engineering.rules['require-sections']).toEqual({ level: 'warn', options: defaults });
    expect(engineering.settings).toEqual({ roster: ['Dana'], team: { name: 'all' } });
  });

  it('merge vocabulary changes, the later layer winning per word', async () => {
    project({
      '.summarylintrc.json': {
        vocabulary: { zh: { 'section.plan': { add: ['打算'], remove: ['规划'] } } },
        overrides: [{ files: ['*.md'], vocabulary: { zh: { 'section.plan': { add: ['规划'], remove: ['打算'] } }, en: { 'section.plan': { add: ['roadmap'] } } } }],
      },
    });
    const { vocabulary } = await loadConfig(path.join(root, 'r.md'));
    expect(vocabulary).toEqual({
      zh: { 'section.plan': { add: ['规划'], remove: ['打算'] } },
      en: { 'section.plan': { add: ['roadmap'], remove: [] } },
    });
  });
});

describe('extends', () => {
  it('summarylint:strict sets every rule to error', async () => {
    project({ '.summarylintrc.json': { extends: 'summarylint:strict' } });
    const config = await loadConfig(path.join(root, 'r.md'));
    for (const id of ruleIds) expect(config.rules[id].level).toBe('error');
    expect(config.sources).toEqual([path.join(root, '.summarylintrc.json'), 'summarylint:strict']);
  });

  it('follows relative files, from the extending file, later entries winning', async () => {
    project({
      'shared/base.yaml': 'language: zh\nsettings:\n  roster: [Dana]\nrules:\n  require-sections: [info, { order: true }]\n',
      'shared/locale.json': { extends: './base.yaml', locale: 'zh-Hans' },
      'team/.summarylintrc.json': { extends: ['../shared/locale.json'], rules: { 'require-sections': 'warn' } },
    });
    const config = await loadConfig(path.join(root, 'team/r.md'));
    expect(config).toMatchObject({ language: 'zh', locale: 'zh-Hans', settings: { roster: ['Dana'] } });
    expect(config.rules['require-sections']).toEqual({ level: 'warn', options: { ...defaults, order: true } });
    expect(config.sources).toEqual([
      path.join(root, 'team/.summarylintrc.json'),
      path.join(root, 'shared/locale.json'),
      path.join(root, 'shared/base.yaml'),
      'summarylint:recommended',
    ]);
  });

  it('keeps a preset named earlier in the chain instead of adding recommended', async () => {
    project({
      'base.json': { rules: {} },
      '.summarylintrc.json': { extends: ['summarylint:strict', './base.json'] },
    });
    const config = await loadConfig(path.join(root, 'r.md'));
    expect(config.sources).toEqual([path.join(root, '.summarylintrc.json'), path.join(root, 'base.json'), 'summarylint:strict']);
    expect(config.rules['require-sections'].level).toBe('error');
  });

  it('reports a missing file, naming the extending file', async () => {
    project({ '.summarylintrc.json': { extends: ['summarylint:recommended', './nope.json'] } });
    const error = await configError(loadConfig(path.join(root, 'r.md')));
    expect(error.filePath).toBe(path.join(root, '.summarylintrc.json'));
    expect(error.keyPath).toBe('extends[1]');
    expect(error.message).toContain(path.join(root, 'nope.json'));
  });

  it('reports a circular chain', async () => {
    project({ 'a.json': { extends: './b.json' }, 'b.json': { extends: './a.json' }, '.summarylintrc.json': { extends: './a.json' } });
    const error = await configError(loadConfig(path.join(root, 'r.md')));
    expect(error.filePath).toBe(path.join(root, 'b.json'));
    expect(error.keyPath).toBe('extends');
    expect(error.message).toContain('circular chain: .summarylintrc.json → a.json → b.json → a.json');
  });

  it('rejects unknown presets, package names and JavaScript files', async () => {
    for (const [name, expected] of [
      ['summarylint:all', /unknown preset 'summarylint:all'/],
      ['summarylint-config-acme', /expected a preset .* or a path starting with/],
      ['./base.js', /only JSON and YAML configs can be extended/],
    ] as const) {
      clearConfigCaches();
      project({ '.summarylintrc.json': { extends: name } });
      const error = await configError(loadConfig(path.join(root, 'r.md')));
      expect(error.keyPath).toBe('extends');
      expect(error.message).toMatch(expected);
    }
  });

  it('validates extended files too', async () => {
    project({ 'base.json': { rules: { 'require-sections': 'loud' } }, '.summarylintrc.json': { extends: './base.json' } });
    const error = await configError(loadConfig(path.join(root, 'r.md')));
    expect(error.filePath).toBe(path.join(root, 'base.json'));
    expect(error.keyPath).toBe('rules.require-sections');
  });
});

describe('validation errors', () => {
  async function errorFor(content: string | object, name = '.summarylintrc.json'): Promise<ConfigError> {
    project({ [name]: content });
    const error = await configError(loadConfig(path.join(root, 'r.md')));
    expect(error.filePath).toBe(path.join(root, name));
    expect(error.message).toContain(path.join(root, name));
    return error;
  }

  it('suggests the nearest rule id for an unknown one', async () => {
    const error = await errorFor({ rules: { 'require-section': 'warn' } });
    expect(error.keyPath).toBe('rules.require-section');
    expect(error.message).toContain("unknown rule 'require-section' (did you mean 'require-sections'?)");
  });

  it('lists the rules when no id is close', async () => {
    const error = await errorFor({ overrides: [{ files: ['*.md'], rules: { 'no-such-thing-at-all': 'warn' } }] });
    expect(error.keyPath).toBe('overrides[0].rules.no-such-thing-at-all');
    expect(error.message).toContain(`expected one of: ${ruleIds.join(', ')}`);
  });

  it('suggests the nearest top-level key', async () => {
    const error = await errorFor({ rule: {} });
    expect(error.keyPath).toBe('rule');
    expect(error.message).toContain("unknown key 'rule' (did you mean 'rules'?)");
  });

  it('names the expected level', async () => {
    const error = await errorFor({ rules: { 'require-sections': 3 } });
    expect(error.message).toBe(
      `Invalid config ${path.join(root, '.summarylintrc.json')}: rules.require-sections: expected a level ("off", "info", "warn", "error", 0, 1, 2, "warning"), [level, options] or { level, options }, got 3`,
    );
  });

  it('accepts the object form { level, options } in rules and overrides, validated like the other forms', async () => {
    project({
      '.summarylintrc.json': {
        rules: { 'no-vague-wording': { level: 'info' }, 'require-sections': { level: 'warn', options: { order: true } } },
        overrides: [{ files: ['sales/**'], rules: { 'require-sections': { level: 'error', options: { required: ['results'] } } } }],
      },
    });
    const config = await loadConfig(path.join(root, 'r.md'));
    expect(config.rules['no-vague-wording'].level).toBe('info');
    expect(config.rules['require-sections']).toMatchObject({ level: 'warn', options: { order: true } });
    const sales = await loadConfig(path.join(root, 'sales/q3.md'));
    expect(sales.rules['require-sections']).toMatchObject({ level: 'error', options: { order: true, required: ['results'] } });

    clearConfigCaches();
    const badOption = await errorFor({ rules: { 'require-sections': { level: 'warn', options: { order: 'yes' } } } });
    expect(badOption.keyPath).toBe('rules.require-sections.options.order');
    clearConfigCaches();
    const badLevel = await errorFor({ rules: { 'require-sections': { level: 'loud' } } });
    expect(badLevel.keyPath).toBe('rules.require-sections.level');
    clearConfigCaches();
    const noLevel = await errorFor({ overrides: [{ files: ['*.md'], rules: { 'require-sections': { options: {} } } }] });
    expect(noLevel.keyPath).toBe('overrides[0].rules.require-sections.level');
    clearConfigCaches();
    const typo = await errorFor({ rules: { 'require-sections': { level: 'warn', option: {} } } });
    expect(typo.message).toContain("unknown key 'option' (did you mean 'options'?)");
  });

  it('checks rule options against the rule schema, with the key path into the array', async () => {
    const wrongType = await errorFor({ rules: { 'require-sections': ['error', { order: 'yes' }] } });
    expect(wrongType.keyPath).toBe('rules.require-sections[1].order');
    expect(wrongType.message).toContain('expected a boolean or an array, got "yes"');

    clearConfigCaches();
    const nested = await errorFor({ rules: { 'require-sections': ['error', { required: ['plan', 3] }] } });
    expect(nested.keyPath).toBe('rules.require-sections[1].required[1]');
    expect(nested.message).toContain('expected a string, got 3');

    clearConfigCaches();
    const unknownOption = await errorFor({ rules: { 'require-sections': ['error', { requried: [] }] } });
    expect(unknownOption.message).toContain("unknown key 'requried' (did you mean 'required'?)");

    clearConfigCaches();
    const badLevel = await errorFor({ rules: { 'require-sections': ['loud', {}] } });
    expect(badLevel.keyPath).toBe('rules.require-sections[0]');

    clearConfigCaches();
    const tooLong = await errorFor({ rules: { 'require-sections': ['warn', {}, {}] } });
    expect(tooLong.message).toContain('expected at most 2 items: [level, options]');
  });

  it('requires files in overrides and quotes odd keys in the key path', async () => {
    expect((await errorFor({ overrides: [{ rules: {} }] })).keyPath).toBe('overrides[0].files');
    clearConfigCaches();
    const error = await errorFor({ vocabulary: { zh: { 'section.plan': { add: '计划' } } } });
    expect(error.keyPath).toBe('vocabulary.zh["section.plan"].add');
    expect(error.message).toContain('expected an array, got "计划"');
  });

  it('names an unknown vocabulary concept, with the concept it is close to', async () => {
    const misspelt = await errorFor({ vocabulary: { en: { vauge: { add: ['kind of'] } } } });
    expect(misspelt.keyPath).toBe('vocabulary.en.vauge');
    expect(misspelt.message).toContain("unknown concept 'vauge' (did you mean 'vague'?)");
    clearConfigCaches();
    const unknown = await errorFor({ overrides: [{ files: ['*.md'], vocabulary: { zh: { 'my-words': { add: ['尽量'] } } } }] });
    expect(unknown.keyPath).toBe('overrides[0].vocabulary.zh.my-words');
    expect(unknown.message).toContain("unknown concept 'my-words' (schema/vocabulary.schema.json lists the concepts)");
  });

  it('prefixes key paths in package.json with "summarylint"', async () => {
    const error = await errorFor({ summarylint: { language: 'fr' } }, 'package.json');
    expect(error.keyPath).toBe('summarylint.language');
    expect(error.message).toContain('expected one of "auto", "en", "zh", got "fr"');
  });

  it('gives the line and column of a JSON syntax error', async () => {
    const error = await errorFor('{\n  "rules": {\n    "require-sections": \n  }\n}\n');
    expect([error.line, error.column]).toEqual([4, 3]);
    expect(error.message).toBe(`Invalid config ${path.join(root, '.summarylintrc.json')}:4:3: invalid JSON: unexpected "}"`);
  });

  it('gives the line and column of a YAML syntax error', async () => {
    const error = await errorFor('rules:\n  require-sections: warn\n  require-sections: error\n', '.summarylintrc.yaml');
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/:3:3: invalid YAML: .*unique/i);
  });

  it('names a JavaScript config that fails to load', async () => {
    const error = await errorFor('export default {;\n', 'summarylint.config.mjs');
    expect(error.message).toContain('could not load');
  });

  it('rejects a config that is not an object', async () => {
    const error = await errorFor('- a\n- b\n', '.summarylintrc.yml');
    expect(error.message).toContain('(root): expected an object, got ["a","b"]');
  });
});

describe('options', () => {
  it('configFile replaces lookup; its globs are relative to cwd', async () => {
    project({
      '.summarylintrc.json': { language: 'zh' },
      'configs/team.yaml': 'locale: en\noverrides:\n  - files: ["docs/**"]\n    language: en\n',
    });
    const config = await loadConfig('docs/r.md', { cwd: root, configFile: 'configs/team.yaml' });
    expect(config).toMatchObject({ locale: 'en', language: 'en', basePath: root });
    const missing = await configError(loadConfig('r.md', { cwd: root, configFile: 'nope.json' }));
    expect(missing.filePath).toBe(path.join(root, 'nope.json'));
    expect(missing.message).toContain('file not found');
  });

  it('useConfigLookup: false ignores config files', async () => {
    project({ '.summarylintrc.json': { language: 'zh' } });
    const config = await loadConfig(path.join(root, 'r.md'), { useConfigLookup: false });
    expect(config.language).toBe('auto');
    expect(config.sources).toEqual(['summarylint:recommended']);
  });

  it('rules and language from the command line win', async () => {
    project({ '.summarylintrc.json': { language: 'zh', rules: { 'require-sections': ['warn', { order: true }] } } });
    const config = await loadConfig(path.join(root, 'r.md'), { rules: { 'require-sections': 'info' }, language: 'en' });
    expect(config.language).toBe('en');
    expect(config.rules['require-sections']).toEqual({ level: 'info', options: { ...defaults, order: true } });
    const error = await configError(loadConfig(path.join(root, 'r.md'), { rules: { 'require-sectoins': 'off' } }));
    expect(error.filePath).toBe('--rule');
    expect(error.message).toContain("did you mean 'require-sections'?");
  });

  it('safe: JSON and YAML load, a JavaScript config is an error', async () => {
    project({ 'js/summarylint.config.mjs': 'export default {};\n', 'js/package.json': {}, '.summarylintrc.yaml': 'language: zh\n' });
    expect((await loadConfig(path.join(root, 'r.md'), { safe: true })).language).toBe('zh');
    const error = await configError(loadConfig(path.join(root, 'js/r.md'), { safe: true }));
    expect(error.filePath).toBe(path.join(root, 'js/summarylint.config.mjs'));
    expect(error.message).toContain('not loaded in safe mode');
    expect((await loadConfig(path.join(root, 'js/r.md'))).language).toBe('auto');
  });
});

describe('resolveConfig', () => {
  it('resolves a config object against a base folder, without I/O', () => {
    const userConfig: UserConfig = {
      extends: 'summarylint:strict',
      overrides: [{ files: ['sales/**'], rules: { 'require-sections': 'warn' } }],
    };
    const base = path.join(root, 'repo');
    expect(resolveConfig(userConfig, path.join(base, 'sales/q3.md'), base).rules['require-sections'].level).toBe('warn');
    expect(resolveConfig(userConfig, 'sales/q3.md', base).rules['require-sections'].level).toBe('warn');
    expect(resolveConfig(userConfig, path.join(base, 'eng/q3.md'), base).rules['require-sections'].level).toBe('error');
    expect(resolveConfig({}, 'r.md').rules['require-sections'].level).toBe(builtinRules['require-sections'].meta.level);
  });

  it('validates, and refuses to read extended files', async () => {
    const invalid = await configError(() => resolveConfig({ rules: { nope: 'warn' } } as UserConfig, 'r.md'));
    expect(invalid.filePath).toBe('<config>');
    expect(invalid.keyPath).toBe('rules.nope');
    const extendsFile = await configError(() => resolveConfig({ extends: './base.json' }, 'r.md'));
    expect(extendsFile.message).toContain('loadConfig()');
  });
});

describe('ignores and printing', () => {
  it('ignores globs relative to the config folder, from every layer', async () => {
    project({
      'base.json': { ignores: ['**/CHANGELOG.md'] },
      'notes/.summarylintrc.json': { extends: '../base.json', ignores: ['drafts/**'] },
    });
    const config = await loadConfig(path.join(root, 'notes/r.md'));
    expect(config.ignores).toEqual(['**/CHANGELOG.md', 'drafts/**']);
    const ignored = (file: string) => skippedByConfig(config, path.join(root, file)) !== undefined;
    expect(ignored('notes/drafts/q3.md')).toBe(true);
    expect(ignored('notes/a/CHANGELOG.old.md')).toBe(true);
    expect(ignored('notes/final/q3.md')).toBe(false);
    expect(ignored('drafts/q3.md')).toBe(false);
    expect(skippedByConfig(config, path.join(root, 'notes/drafts/q3.md'), false)).toBeUndefined(); // --no-ignore
  });

  it('files: the nearest config that sets it says which files are summaries; without it, README and the like are not', async () => {
    project({
      'base.json': { files: ['**/*.md'] },
      '.summarylintrc.json': {},
      'team/.summarylintrc.json': { extends: '../base.json' },
      'sales/.summarylintrc.json': { extends: '../base.json', files: ['reports/**'] },
    });
    const skipped = async (file: string) => skippedByConfig(await loadConfig(path.join(root, file)), path.join(root, file));
    for (const file of ['README.md', 'readme.markdown', 'docs/README.zh-CN.md', 'CHANGELOG.md', 'CONTRIBUTING.md', 'LICENSE.md', 'CODE_OF_CONDUCT.md', 'SECURITY.md', '.github/PULL_REQUEST_TEMPLATE.md']) {
      expect(await skipped(file), file).toBe(`File ignored: ${path.basename(file)} is not a summary by default. To lint it, name it in "files" in your summarylint config.`);
    }
    for (const file of ['reports/week.md', 'READMEs/week.md', 'docs/security-review.md']) expect(await skipped(file), file).toBeUndefined();
    expect(await skipped('team/README.md')).toBeUndefined(); // named by the base's **/*.md
    expect(await skipped('sales/reports/README.md')).toBeUndefined();
    expect(await skipped('sales/notes.md')).toBe(`File ignored: it is not among the summaries the config's "files" names (reports/**).`);
  });

  it('printConfig shows the merged result as JSON', async () => {
    project({ '.summarylintrc.json': { rules: { 'require-sections': ['warn', { order: true }] } } });
    const printed = JSON.parse(printConfig(await loadConfig(path.join(root, 'r.md'))));
    expect(printed.rules['require-sections']).toEqual({ level: 'warn', options: { ...defaults, order: true } });
    expect(printed.sources[0]).toBe(path.join(root, '.summarylintrc.json'));
  });
});

describe('schema', () => {
  it('the committed schema file is generated from the registry (npm run schema)', () => {
    const committed = JSON.parse(readFileSync(path.join(repoRoot, 'schema/summarylintrc.schema.json'), 'utf8'));
    expect(committed).toEqual(buildConfigSchema(builtinRules, SHIPPED_SCHEMA_OPTIONS));
  });

  it('the shipped schema accepts plugin rule ids (the custom-rule example validates against the schema it names)', () => {
    const { Ajv } = createRequire(import.meta.url)('ajv') as typeof import('ajv');
    const example = path.join(repoRoot, 'examples/custom-rule/.summarylintrc.json');
    const config = JSON.parse(readFileSync(example, 'utf8'));
    const shipped = path.resolve(path.dirname(example), config.$schema);
    expect(shipped).toBe(path.join(repoRoot, 'schema/summarylintrc.schema.json'));
    const validate = new Ajv({ strict: false }).compile(JSON.parse(readFileSync(shipped, 'utf8')));
    expect(validate.errors ?? validate(config)).toBe(true);
    // A plugin rule's entry still has the shape of one; built-in rules keep their own options schema.
    expect(validate({ rules: { 'acme/no-tbd': 'warnings' } })).toBe(false);
    expect(validate({ rules: { 'acme/no-tbd': ['warn', { x: 1 }, 2] } })).toBe(false);
    expect(validate({ rules: { 'require-sections': ['warn', { nope: true }] } })).toBe(false);
  });

  it('is a valid draft-07 schema', () => {
    const { Ajv } = createRequire(import.meta.url)('ajv') as typeof import('ajv');
    const ajv = new Ajv();
    expect(ajv.validateSchema(buildConfigSchema(builtinRules))).toBe(true);
  });

  it('includes every rule with its options schema', () => {
    const schema = buildConfigSchema(builtinRules) as any;
    expect(Object.keys(schema.definitions.rules.properties).sort()).toEqual(ruleIds);
    for (const id of ruleIds) {
      expect(schema.definitions.rules.properties[id].then.items[1].properties).toEqual((builtinRules[id].meta.schema as any).properties);
    }
  });

  it('the example config is valid', async () => {
    const config = await loadConfig('sales/q3.md', { cwd: repoRoot, configFile: '.summarylintrc.example.json' });
    expect(config.rules['require-sections'].level).toBe('warn');
    expect(skippedByConfig(config, path.join(repoRoot, 'drafts/x.md'))).toBeDefined();
  });
});

describe('JSON error offsets', () => {
  it('finds nothing wrong in any valid JSON', () => {
    fc.assert(fc.property(fc.jsonValue(), fc.constantFrom(0, 2, '\t'), (value, indent) => jsonErrorOffset(JSON.stringify(value, null, indent)) === -1));
  });

  it('points at the first bad character', () => {
    expect(jsonErrorOffset('{"a": 1,}')).toBe(8);
    expect(jsonErrorOffset('{"a": tru}')).toBe(6);
    expect(jsonErrorOffset('{"a": "\\x"}')).toBe(8);
    expect(jsonErrorOffset('[1 2]')).toBe(3);
    expect(jsonErrorOffset('{"a": 1')).toBe(7);
    expect(jsonErrorOffset('{} x')).toBe(3);
  });

  it('reports an offset whenever JSON.parse fails', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        return valid === (jsonErrorOffset(text) === -1);
      }),
    );
  });
});
