// Configs and caches that used to crash a run (issue 25 §4): each is now a clear config error naming the key, or
// is repaired, and never an "internal error".
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearConfigCaches, ConfigError, loadConfig } from '../../src/config/index.js';
import { lintText } from '../../src/lint.js';
import { LintCache } from '../../src/runner/cache.js';
import { workerCount } from '../../src/runner/index.js';
import { CLEAN_EN } from '../support/cli.js';

let top: string;
beforeEach(() => {
  top = mkdtempSync(path.join(os.tmpdir(), 'summarylint-limits-'));
  writeFileSync(path.join(top, 'package.json'), '{}');
  clearConfigCaches();
});
afterEach(() => rmSync(top, { recursive: true, force: true }));

/** The error of loading a `.summarylintrc.json` with this text. */
async function errorOf(text: string): Promise<unknown> {
  writeFileSync(path.join(top, '.summarylintrc.json'), text);
  return loadConfig(path.join(top, 'r.md')).then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('vocabulary concepts', () => {
  it.each(['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf', 'no.such.concept'])('%s is an unknown concept, named with its key', async (name) => {
    const error = await errorOf(`{ "vocabulary": { "en": { "${name}": { "add": ["x"] } } } }`);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toContain(`unknown concept '${name}'`);
  });

  it.each(['constructor', '__proto__'])('%s in a config object given in code is refused too', async (name) => {
    const config = JSON.parse(`{ "vocabulary": { "en": { "${name}": { "add": ["x"] } } } }`);
    await expect(lintText(CLEAN_EN, { config })).rejects.toThrow(`unknown concept '${name}'`);
  });
});

describe('config shapes', () => {
  it('a config nested 100,000 arrays deep is a config error', async () => {
    const error = await errorOf(`{ "settings": { "deep": ${'['.repeat(100_000)}${']'.repeat(100_000)} } }`);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toMatch(/settings\.deep: nested more than \d+ levels deep/);
  });

  it('a 100,000-character glob in ignores or overrides is a config error naming it', async () => {
    const glob = 'a'.repeat(100_000);
    for (const [text, key] of [
      [`{ "ignores": ["*.tmp", "${glob}"] }`, 'ignores[1]'],
      [`{ "overrides": [{ "files": ["${glob}"], "language": "en" }] }`, 'overrides[0].files[0]'],
    ]) {
      clearConfigCaches();
      const error = await errorOf(text);
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).message).toContain(`${key}: expected at most 1000 characters, got a string of 100000 characters`);
    }
  });
});

describe('the cache', () => {
  it('an entry with damaged findings is dropped (its file is linted again); the others are kept', async () => {
    const file = path.join(top, '.summarylintcache');
    // Each entry stores one message ('m') and one data object; a finding names them by their places (0).
    const finding = (line: unknown, message: unknown = 0) => ['no-vague-wording', 'warn', message, null, line, 1, 1, 2, 0, 1, 0];
    const entry = (name: string, findings: unknown[], counts = [0, findings.length, 0, 0], data: unknown[] = [{}]) =>
      JSON.stringify({ path: name, content: 'c', config: 'k', counts, urls: {}, messages: ['m'], data, findings });
    writeFileSync(
      file,
      [
        JSON.stringify({ format: 7, version: '1.0.0' }),
        entry('good.md', [finding(3)]),
        entry('string-line.md', [finding('\u001b[2J')]),
        entry('string-message.md', [finding(3, 'm')]),
        entry('missing-message.md', [finding(3, 1)]),
        entry('bad-severity.md', [['r', 'fatal!', 0, null, 1, 1, 1, 2, 0, 1, 0]]),
        entry('bad-counts.md', [finding(3)], [0, 'x', 0, 0]),
        entry('no-data.md', [['r', 'warn', 0, null, 1, 1, 1, 2, 0, 1, null]]),
        entry('data-not-object.md', [finding(3)], [0, 1, 0, 0], [null]),
        entry('good-fix.md', [[...finding(3), [4, 4, '## Plan\n']]]),
        entry('bad-fix.md', [[...finding(3), [4, 2, 5]]]),
      ].join('\n'),
    );
    const cache = await LintCache.load(file, '1.0.0');
    expect(cache.get(path.join(top, 'good.md'), 'c', 'k')?.findings).toHaveLength(1);
    expect(cache.get(path.join(top, 'good-fix.md'), 'c', 'k')?.findings[0].fix).toEqual({ range: [4, 4], text: '## Plan\n' });
    for (const name of ['string-line.md', 'string-message.md', 'missing-message.md', 'bad-severity.md', 'bad-counts.md', 'no-data.md', 'data-not-object.md', 'bad-fix.md']) {
      expect([name, cache.get(path.join(top, name), 'c', 'k')]).toEqual([name, undefined]);
    }
  });
});

describe('--concurrency', () => {
  it('is capped at the number of cores', () => {
    expect(workerCount(1000, 5000)).toBe(os.availableParallelism() > 1 ? os.availableParallelism() : 0);
  });
});
