// Running many files: worker threads (--concurrency), the cache (--cache, --cache-location), shards (--shard)
// and merge-reports. Each behaviour is checked against the plain single-threaded run of the same files: the
// fast paths must report exactly what it reports. Speed is measured by `npm run bench`, never here.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, it, vi } from 'vitest';
// @ts-expect-error: a plain ES module without types (the benchmark's seeded corpus generator)
import { random, summary } from '../scripts/bench/corpus.mjs';
import { clearConfigCaches, loadConfig } from '../src/config/index.js';
import { lintFile, lintInTurn, lintText, sharedConfigFor } from '../src/lint.js';
import { formatterNames } from '../src/formatters/index.js';
import { format as jsonFormat } from '../src/formatters/json.js';
import { LintCache, cacheFilePath } from '../src/runner/cache.js';
import { openSuppressions } from '../src/suppressions.js';
import { CORES_FOR_WORKERS, FILES_PER_WORKER, workerCount } from '../src/runner/index.js';
import { inShard, parseShard, stableHash } from '../src/runner/shard.js';
import type { FileResult } from '../src/types.js';
import { CLEAN_EN, INCOMPLETE_EN, runCli, runMain, TempProjects } from './support/cli.js';

vi.setConfig({ testTimeout: 90_000 });

const projects = new TempProjects();
afterAll(() => projects.cleanup());

/** 24 generated summaries (English and Chinese, with findings) in three folders, plus two hand-written ones. */
function corpus(): Record<string, string> {
  const rand = random(7);
  const files: Record<string, string> = { 'a/clean.md': CLEAN_EN, 'c/notes.md': INCOMPLETE_EN };
  for (let i = 0; i < 24; i++) {
    const lang = i % 2 === 0 ? 'en' : 'zh';
    files[`${'abc'[i % 3]}/${lang}-${i}.md`] = summary(rand, lang, 1500 + 300 * i);
  }
  return files;
}

const json = (stdout: string) => JSON.parse(stdout) as Array<{ filePath: string; messages: Array<Record<string, unknown>>; errorCount: number }>;

describe('--concurrency', () => {
  it('worker threads report exactly what one thread reports, in the same order', async ({ expect }) => {
    const cwd = projects.create(corpus());
    const [single, workers] = await Promise.all([
      runCli(['--format', 'json', '--concurrency', 'off'], { cwd }),
      runCli(['--format', 'json', '--concurrency', '2'], { cwd }),
    ]);
    expect(single.code).toBe(1);
    expect(single.stderr).toBe('');
    const results = json(single.stdout);
    expect(results).toHaveLength(26);
    expect(results.reduce((n, r) => n + r.messages.length, 0)).toBeGreaterThan(50);
    expect(workers).toEqual(single);
  });

  it('a broken config found on a worker reads as on this thread: the config error and exit code 2, not a crash', async ({ expect }) => {
    const cwd = projects.create({ ...corpus(), 'd/.summarylintrc.json': '{ "rules": ', 'd/notes.md': INCOMPLETE_EN });
    const [single, workers] = await Promise.all([
      runCli(['--format', 'json', '--concurrency', 'off'], { cwd }),
      runCli(['--format', 'json', '--concurrency', '2'], { cwd }),
    ]);
    expect(single.code).toBe(2);
    expect(single.stderr).toContain('.summarylintrc.json');
    expect(single.stderr).not.toContain('internal error');
    expect(workers.code).toBe(2);
    expect(workers.stderr).toBe(single.stderr);
  });

  it('in every format: results from workers read as results from this thread', async ({ expect }) => {
    const cwd = projects.create(corpus());
    for (const format of formatterNames) {
      const single = await runMain(['--format', format, '--concurrency', 'off'], { cwd });
      expect(await runMain(['--format', format, '--concurrency', '2'], { cwd }), format).toEqual(single);
    }
  });

  it('one thread opens the next file while it lints one: the same results as lintFile, in order; a broken config fails at its turn', async ({ expect }) => {
    const cwd = projects.create({
      ...corpus(),
      'c/.summarylintrc.json': '{ "ignores": ["ignored.md"] }\n',
      'c/ignored.md': INCOMPLETE_EN,
      'd/.summarylintrc.json': '{ "rules": ',
      'd/notes.md': INCOMPLETE_EN,
    });
    const files = [...Object.keys(corpus()), 'c/ignored.md', 'missing.md'].map((file) => path.join(cwd, file));
    const inTurn = [];
    for await (const result of lintInTurn(files, { cwd })) inTurn.push(result);
    const oneByOne = [];
    for (const file of files) oneByOne.push(await lintFile(file, { cwd }));
    expect(inTurn).toEqual(oneByOne);
    expect(inTurn.at(-2)).toBeUndefined(); // ignored by its config
    expect(inTurn.at(-1)?.findings[0]).toMatchObject({ fatal: true });
    // The broken config of the second file is found while the first is linted; it surfaces after the first result.
    const seen = [];
    const broken = (async () => {
      for await (const result of lintInTurn([files[0], path.join(cwd, 'd/notes.md')], { cwd })) seen.push(result);
    })();
    await expect(broken).rejects.toThrow(/summarylintrc\.json/);
    expect(seen).toEqual([oneByOne[0]]);
  });

  it('auto uses workers only when there are enough files and cores to pay for starting them', ({ expect }) => {
    expect(workerCount('off', 10_000, 8)).toBe(0);
    expect(workerCount('auto', 1, 8)).toBe(0);
    expect(workerCount('auto', FILES_PER_WORKER * 2 - 1, 8)).toBe(0);
    expect(workerCount('auto', FILES_PER_WORKER * 2, 8)).toBe(2);
    expect(workerCount('auto', 100_000, 8)).toBe(8);
    expect(workerCount('auto', 100_000, CORES_FOR_WORKERS)).toBe(CORES_FOR_WORKERS);
    // Below that many cores, one thread beats workers however many files there are; asked for, they still start.
    expect(workerCount('auto', 100_000, CORES_FOR_WORKERS - 1)).toBe(0);
    expect(workerCount(2, 100_000, 2)).toBe(2);
    // Never more threads than files, nor than cores (a thread each is all a core can run).
    const threads = Math.min(3, os.availableParallelism());
    expect(workerCount(4, 3)).toBe(threads > 1 ? threads : 0);
    expect(workerCount(1, 100)).toBe(0); // one thread is this thread
  });

  it('rejects a bad value with exit code 2', async ({ expect }) => {
    const cwd = projects.create({ 'a.md': CLEAN_EN });
    const run = await runMain(['--concurrency', 'many'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("option '--concurrency <n>' argument 'many' is invalid. Expected auto, off, or a number");
  });
});

describe('--cache', () => {
  /** The cache file's header and its entries (the layout is in src/runner/cache.ts). */
  function readCache(cacheFile: string) {
    const [header, ...lines] = readFileSync(cacheFile, 'utf8').split('\n').filter(Boolean);
    const entries = lines.map((line) => JSON.parse(line) as { path: string; content: string; config: string; counts: number[]; urls: Record<string, string>; messages: string[]; data: object[]; findings: unknown[] });
    return { header: JSON.parse(header) as { format: number; version: string }, entries };
  }
  function writeCache(cacheFile: string, { header, entries }: ReturnType<typeof readCache>): void {
    writeFileSync(cacheFile, [JSON.stringify(header), ...entries.map((entry) => JSON.stringify(entry)), ''].join('\n'));
  }
  /** Replace every cached result's findings with one marker finding: a later run that shows it read the cache. */
  function poison(cacheFile: string): void {
    const cache = readCache(cacheFile);
    const finding = [null, 'info', 0, null, 1, 1, 1, 1, 0, 0, 0];
    for (const entry of cache.entries) Object.assign(entry, { counts: [0, 0, 1, 0], urls: {}, messages: ['FROM THE CACHE'], data: [{}], findings: [finding] });
    writeCache(cacheFile, cache);
  }
  const fromCache = (stdout: string) => json(stdout).filter((r) => r.messages.some((m) => m.message === 'FROM THE CACHE')).map((r) => path.basename(r.filePath));

  it('a warm run reports what a cold run reported, and reads the cache rather than linting again', async ({ expect }) => {
    const cwd = projects.create(corpus());
    const plain = await runMain(['--format', 'json'], { cwd });
    const cold = await runMain(['--format', 'json', '--cache'], { cwd });
    expect(existsSync(path.join(cwd, '.summarylintcache'))).toBe(true);
    const warm = await runMain(['--format', 'json', '--cache'], { cwd });
    expect(cold).toEqual(plain);
    expect(warm).toEqual(plain);

    poison(path.join(cwd, '.summarylintcache'));
    const poisoned = await runMain(['--format', 'json', '--cache'], { cwd });
    expect(fromCache(poisoned.stdout)).toHaveLength(26);
  });

  it('a warm run prints byte for byte what a plain run prints, in every format, with --quiet and with bulk suppressions', async ({ expect }) => {
    const cwd = projects.create(corpus());
    const variants = [...formatterNames.map((format) => ['--format', format]), ['--format', 'json', '--quiet'], ['--quiet']];
    const plain = [];
    for (const args of variants) plain.push(await runMain(args, { cwd }));
    await runMain(['--cache'], { cwd });
    for (const [i, args] of variants.entries()) expect(await runMain([...args, '--cache'], { cwd })).toEqual(plain[i]);
    // Suppressions apply to cached results as to fresh ones.
    await runMain(['--suppress-rule', 'no-vague-wording'], { cwd });
    const suppressed = await runMain(['--format', 'json'], { cwd });
    expect(json(suppressed.stdout).flatMap((r) => r.messages.map((m) => m.ruleId))).not.toContain('no-vague-wording');
    expect(await runMain(['--format', 'json', '--cache'], { cwd })).toEqual(suppressed);
  });

  it('gives back the result it was given, for the same content and config only', async ({ expect }) => {
    const cwd = projects.create({ 'one.md': INCOMPLETE_EN });
    const file = path.join(cwd, 'one.md');
    const fresh = (await lintFile(file, { cwd }))!;
    const cache = await LintCache.load(path.join(cwd, 'cache'));
    cache.set(fresh, 'content', 'config');
    expect(cache.get(file, 'content', 'config')).toEqual(fresh);
    expect(cache.get(file, 'content', 'other config')).toBeUndefined();
    expect(cache.get(file, 'other content', 'config')).toBeUndefined();
    const report = (result: FileResult) => jsonFormat([result], { cwd, rulesMeta: {} });
    await cache.save();
    expect(report((await LintCache.load(path.join(cwd, 'cache'))).get(file, 'content', 'config')!)).toBe(report(fresh));
    cache.set({ ...fresh, findings: [{ ...fresh.findings[0], fatal: true }] }, 'new', 'config');
    expect(cache.get(file, 'new', 'config')).toBeUndefined(); // a crash is never stored
  });

  it('stores a message and data that several findings share once, and gives each finding them back', async ({ expect }) => {
    const cwd = projects.create({ 'one.md': '# Review\n\nWe met many customers. We fixed many bugs.\n' });
    const file = path.join(cwd, 'one.md');
    const fresh = (await lintFile(file, { cwd, rules: { 'require-sections': 'off' } }))!;
    const vague = fresh.findings.filter((f) => f.ruleId === 'no-vague-wording');
    expect(vague).toHaveLength(2);
    expect(vague[1].message).toBe(vague[0].message);
    const cache = await LintCache.load(path.join(cwd, 'cache'));
    cache.set(fresh, 'content', 'config');
    await cache.save();
    const [entry] = readCache(path.join(cwd, 'cache')).entries;
    expect(entry.messages).toHaveLength(new Set(fresh.findings.map((f) => f.message)).size);
    expect(entry.data).toHaveLength(new Set(fresh.findings.map((f) => JSON.stringify(f.data))).size);
    expect((await LintCache.load(path.join(cwd, 'cache'))).get(file, 'content', 'config')).toEqual(fresh);
  });

  it('keeps paths with tabs and newlines, ignores an older format, and lints a damaged line again', async ({ expect }) => {
    const names = ['tab\there.md', 'new\nline.md', '报告.md'];
    const cwd = projects.create(Object.fromEntries(names.map((name) => [name, INCOMPLETE_EN])));
    await runMain(['--format', 'json', '--cache'], { cwd });
    const file = path.join(cwd, '.summarylintcache');
    expect(readCache(file).entries.map((entry) => entry.path).sort()).toEqual([...names].sort());
    poison(file);
    expect(fromCache((await runMain(['--format', 'json', '--cache'], { cwd })).stdout).sort()).toEqual([...names].sort());

    const [header, first, ...rest] = readFileSync(file, 'utf8').split('\n');
    writeFileSync(file, [header, first.slice(0, -1), ...rest].join('\n')); // the first line loses its last byte
    const damaged = await runMain(['--format', 'json', '--cache'], { cwd });
    expect(fromCache(damaged.stdout)).toHaveLength(2);
    expect(json(damaged.stdout).find((r) => r.filePath.endsWith(JSON.parse(first).path))!.errorCount).toBe(3);

    poison(file);
    const odd = readCache(file);
    odd.entries[0].findings = [['three']]; // not a finding: linted again
    writeCache(file, odd);
    expect(fromCache((await runMain(['--format', 'json', '--cache'], { cwd })).stdout)).toHaveLength(2);

    writeFileSync(file, JSON.stringify({ format: 6, version: readCache(file).header.version }) + '\n');
    expect(fromCache((await runMain(['--format', 'json', '--cache'], { cwd })).stdout)).toEqual([]);
    expect(readCache(file).header.format).toBe(7);
  });

  it('reads only the entries of the files it lints, and writes the others back as they were', async ({ expect }) => {
    const cwd = projects.create({ 'one.md': CLEAN_EN, 'two.md': INCOMPLETE_EN });
    await runMain(['--format', 'json', '--cache'], { cwd });
    const file = path.join(cwd, '.summarylintcache');
    const [header, ...lines] = readFileSync(file, 'utf8').split('\n').filter(Boolean);
    const damagedTwo = '{"path":"two.md","content":"not JSON after this';
    writeFileSync(file, [header, ...lines.map((line) => (JSON.parse(line).path === 'two.md' ? damagedTwo : line)), ''].join('\n'));
    writeFileSync(path.join(cwd, 'one.md'), INCOMPLETE_EN); // one.md's entry changes, so the cache is written again
    expect(json((await runMain(['--format', 'json', '--cache', 'one.md'], { cwd })).stdout)[0].errorCount).toBe(3);
    expect(readFileSync(file, 'utf8').split('\n')).toContain(damagedTwo); // never parsed: kept as it was
    const two = await runMain(['--format', 'json', '--cache', 'two.md'], { cwd });
    expect(json(two.stdout)[0].errorCount).toBe(3); // the damaged entry is dropped and the file linted again
    expect(readCache(file).entries.map((entry) => entry.path).sort()).toEqual(['one.md', 'two.md']);
  });

  it('a changed file is linted again; the others still come from the cache', async ({ expect }) => {
    const cwd = projects.create({ 'one.md': CLEAN_EN, 'two.md': CLEAN_EN });
    await runMain(['--format', 'json', '--cache'], { cwd });
    poison(path.join(cwd, '.summarylintcache'));
    writeFileSync(path.join(cwd, 'two.md'), INCOMPLETE_EN);
    const run = await runMain(['--format', 'json', '--cache'], { cwd });
    expect(fromCache(run.stdout)).toEqual(['one.md']);
    expect(json(run.stdout).find((r) => r.filePath.endsWith('two.md'))!.errorCount).toBe(3);
  });

  it('is invalidated by a config change, and only for the files the config applies to', async ({ expect }) => {
    const cwd = projects.create({ 'one.md': INCOMPLETE_EN, 'team/two.md': INCOMPLETE_EN, 'team/.summarylintrc.json': '{ "rules": {} }\n' });
    await runMain(['--format', 'json', '--cache'], { cwd });
    poison(path.join(cwd, '.summarylintcache'));
    writeFileSync(path.join(cwd, 'team/.summarylintrc.json'), '{ "rules": { "require-sections": "warn" } }\n');
    clearConfigCaches(); // in-process runs share the loaded configs; a new process would read the file again
    const run = await runMain(['--format', 'json', '--cache'], { cwd });
    expect(fromCache(run.stdout)).toEqual(['one.md']);
    const two = json(run.stdout).find((r) => r.filePath.endsWith('two.md'))!;
    expect(two.messages.map((m) => [m.ruleId, m.level])).toContainEqual(['require-sections', 'warn']);
    // Command-line settings are part of the config too.
    const withRule = await runMain(['--format', 'json', '--cache', '--rule', 'require-sections:off'], { cwd });
    expect(fromCache(withRule.stdout)).toEqual([]);
  });

  it('is invalidated by a new summarylint version', async ({ expect }) => {
    const cwd = projects.create({ 'one.md': CLEAN_EN });
    await runMain(['--format', 'json', '--cache'], { cwd });
    const file = path.join(cwd, '.summarylintcache');
    poison(file);
    expect((await LintCache.load(file)).get(path.join(cwd, 'one.md'), '', '')).toBeUndefined(); // keys differ
    const data = readCache(file);
    expect(fromCache((await runMain(['--format', 'json', '--cache'], { cwd })).stdout)).toEqual(['one.md']);
    writeCache(file, { ...data, header: { ...data.header, version: '0.0.0-older' } });
    expect(fromCache((await runMain(['--format', 'json', '--cache'], { cwd })).stdout)).toEqual([]);
    // The rewritten cache carries the running version.
    expect(readCache(file).header.version).not.toBe('0.0.0-older');
  });

  it('--cache-location names the file, or a folder to put .summarylintcache in; a damaged cache is rebuilt', async ({ expect }) => {
    const cwd = projects.create({ 'one.md': CLEAN_EN, 'tmp/.keep': '' });
    expect(await cacheFilePath(cwd)).toBe(path.join(cwd, '.summarylintcache'));
    expect(await cacheFilePath(cwd, 'tmp')).toBe(path.join(cwd, 'tmp/.summarylintcache'));
    expect(await cacheFilePath(cwd, 'new-folder/')).toBe(path.join(cwd, 'new-folder/.summarylintcache'));
    expect(await cacheFilePath(cwd, 'tmp/lint.json')).toBe(path.join(cwd, 'tmp/lint.json'));

    await runMain(['--cache', '--cache-location', 'tmp'], { cwd });
    expect(existsSync(path.join(cwd, 'tmp/.summarylintcache'))).toBe(true);
    await runMain(['--cache', '--cache-location', '.cache/deep/lint.json'], { cwd }); // folders are created
    expect(existsSync(path.join(cwd, '.cache/deep/lint.json'))).toBe(true);
    expect(existsSync(path.join(cwd, '.summarylintcache'))).toBe(false);
    writeFileSync(path.join(cwd, 'tmp/.summarylintcache'), '{ not json');
    const run = await runMain(['--cache', '--cache-location', 'tmp'], { cwd });
    expect(run).toEqual({ code: 0, stdout: '1 file checked: 0 errors, 0 warnings\n', stderr: '' });
    expect(readCache(path.join(cwd, 'tmp/.summarylintcache')).entries.map((entry) => entry.path)).toEqual(['../one.md']);
  });

  it('a cache that cannot be written is reported (exit 2), with the findings still complete', async ({ expect }) => {
    const cwd = projects.create({ 'one.md': INCOMPLETE_EN });
    const run = await runMain(['--format', 'json', '--cache', '--cache-location', 'one.md/cache.json'], { cwd });
    expect(run.code).toBe(2);
    expect(json(run.stdout)[0].errorCount).toBe(3);
    expect(run.stderr).toMatch(/Cannot write the cache ".*cache\.json": (ENOTDIR|EEXIST)/);
  });

  it('cached and freshly linted files come out in path order, on one thread and on workers', async ({ expect }) => {
    const files = corpus();
    const cwd = projects.create(files);
    const plain = json((await runMain(['--format', 'json'], { cwd })).stdout).map((r) => r.filePath);
    await runMain(['--format', 'json', '--cache'], { cwd });
    const changed = Object.keys(files).filter((_, i) => i % 3 === 0);
    const unchanged = Object.keys(files).filter((file) => !changed.includes(file)).map((file) => path.basename(file)).sort();
    for (const concurrency of ['off', '2']) {
      poison(path.join(cwd, '.summarylintcache'));
      for (const file of changed) writeFileSync(path.join(cwd, file), `${readFileSync(path.join(cwd, file), 'utf8')}\n`);
      const run = await runCli(['--format', 'json', '--cache', '--concurrency', concurrency], { cwd });
      expect(json(run.stdout).map((r) => r.filePath)).toEqual(plain);
      expect(fromCache(run.stdout).sort()).toEqual(unchanged);
    }
  });

  it('works with worker threads (the binary)', async ({ expect }) => {
    const cwd = projects.create(corpus());
    const cold = await runCli(['--format', 'json', '--cache', '--concurrency', '2'], { cwd });
    poison(path.join(cwd, '.summarylintcache'));
    const warm = await runCli(['--format', 'json', '--cache', '--concurrency', '2'], { cwd });
    expect(json(cold.stdout)).toHaveLength(26);
    expect(fromCache(warm.stdout)).toHaveLength(26);
  });
});

describe('one resolved config per set of overrides', () => {
  // Overrides that change findings by folder and by name, and an ignore: a file given another file's config
  // would show in its findings.
  const config = {
    rules: { 'require-sections': ['warn', { required: ['plan'] }] },
    ignores: ['c/zh-5.md'],
    overrides: [
      { files: ['a/**'], rules: { 'no-vague-wording': 'off' } },
      { files: ['**/zh-*.md'], locale: 'en' },
      { files: ['b/**', 'c/en-*.md'], rules: { 'no-unquantified-claims': 'error', 'require-sections': ['warn', { required: ['results', 'plan'] }] } },
    ],
  };
  const project = () => projects.create({ ...corpus(), '.summarylintrc.json': JSON.stringify(config) });
  const findings = (results: Array<{ filePath: string; messages: Array<Record<string, unknown>> }>) =>
    Object.fromEntries(results.map((r) => [path.basename(path.dirname(r.filePath)) + '/' + path.basename(r.filePath), r.messages.map((m) => `${m.ruleId} ${m.severity} ${m.line}:${m.column} ${m.message}`)]));

  it('files sharing a set of overrides share one frozen config, equal to what loadConfig gives each', async ({ expect }) => {
    const cwd = project();
    clearConfigCaches();
    const configs = new Map<string, object>();
    for (const file of Object.keys(corpus())) {
      const filePath = path.join(cwd, file);
      const shared = await sharedConfigFor(filePath, { cwd });
      expect(shared).toEqual(await loadConfig(filePath, { cwd }));
      expect(Object.isFrozen(shared.rules['require-sections'].options)).toBe(true);
      const set = `${file.startsWith('a/')} ${path.basename(file).startsWith('zh-')} ${file.startsWith('b/') || file.startsWith('c/en-')}`;
      if (configs.has(set)) expect(shared).toBe(configs.get(set));
      else configs.set(set, shared);
    }
    expect(configs.size).toBe(6); // a/, b/ and c/ files, English and Chinese
    // loadConfig's objects stay the caller's to change.
    const own = await loadConfig(path.join(cwd, 'a/en-0.md'), { cwd });
    own.rules['require-sections'].options.required = ['mutated'];
    expect((await sharedConfigFor(path.join(cwd, 'a/en-0.md'), { cwd })).rules['require-sections'].options.required).toEqual(['plan']);
  });

  it('each file gets its own config on one thread and on workers, cold and warm', async ({ expect }) => {
    const cwd = project();
    clearConfigCaches();
    // Each file alone, with a config resolved for it only.
    const expected: Array<{ filePath: string; messages: Array<Record<string, unknown>> }> = [];
    for (const file of Object.keys(corpus()).sort()) {
      if (file === 'c/zh-5.md') continue;
      const filePath = path.join(cwd, file);
      const result = await lintText(readFileSync(filePath, 'utf8'), { cwd, filePath: file });
      expected.push({ filePath, messages: result.findings.map((f) => ({ ...f, severity: { error: 2, warn: 1, info: 1 }[f.severity] })) });
    }
    const want = findings(expected);
    // The overrides show: no vague wording under a/, errors under b/.
    expect(Object.entries(want).filter(([file]) => file.startsWith('a/')).flatMap(([, f]) => f).join('\n')).not.toContain('no-vague-wording');
    const errorsIn = (folder: string) => Object.entries(want).filter(([file]) => file.startsWith(folder)).flatMap(([, f]) => f).filter((m) => m.startsWith('no-unquantified-claims 2'));
    expect(errorsIn('b/').length).toBeGreaterThan(0);
    expect(errorsIn('a/')).toEqual([]);
    for (const concurrency of ['off', '2']) {
      const cacheLocation = path.join(cwd, `cache-${concurrency}`);
      const cold = await runCli(['--format', 'json', '--concurrency', concurrency, '--cache', '--cache-location', cacheLocation], { cwd });
      const warm = await runCli(['--format', 'json', '--concurrency', concurrency, '--cache', '--cache-location', cacheLocation], { cwd });
      expect(findings(json(cold.stdout))).toEqual(want);
      expect(warm).toEqual(cold);
    }
    const inProcess = await runMain(['--format', 'json', '--cache', '--cache-location', path.join(cwd, 'cache-off')], { cwd });
    expect(findings(json(inProcess.stdout))).toEqual(want);
  });
});

describe('--shard and merge-reports', () => {
  it('parses i/n and rejects the rest', ({ expect }) => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
    for (const bad of ['0/2', '3/2', '1', 'a/b', '1/0', '-1/2']) expect(() => parseShard(bad)).toThrow(/Expected --shard <i>\/<n>/);
  });

  it('puts every file in exactly one shard, by a hash that never changes', ({ expect }) => {
    expect(stableHash('reports/2026-01.md')).toBe(stableHash('reports/2026-01.md'));
    expect(stableHash('')).toBe(0x811c9dc5); // FNV-1a's offset basis: the algorithm, pinned
    expect(stableHash('a')).toBe(0xe40c292c);
    const cwd = '/repo';
    const files = Array.from({ length: 300 }, (_, i) => `/repo/team-${i % 7}/report-${i}.md`);
    const counts = [1, 2, 3].map((index) => files.filter((f) => inShard(f, cwd, { index, count: 3 })).length);
    expect(counts.reduce((a, b) => a + b)).toBe(300);
    for (const count of counts) expect(count).toBeGreaterThan(60); // roughly even
    for (const file of files) expect([1, 2, 3].filter((index) => inShard(file, cwd, { index, count: 3 }))).toHaveLength(1);
  });

  it('shards together report exactly what one run reports: JSON and SARIF, merged', async ({ expect }) => {
    const cwd = projects.create(corpus());
    for (const format of ['json', 'sarif']) {
      const full = await runMain(['--format', format], { cwd });
      const shards = [];
      for (let i = 1; i <= 3; i++) {
        const run = await runMain(['--format', format, '--shard', `${i}/3`, '-o', `shard-${i}.${format}`], { cwd });
        expect(run.code === 0 || run.code === 1).toBe(true);
        shards.push(`shard-${i}.${format}`);
      }
      const sizes = shards.map((file) => readFileSync(path.join(cwd, file), 'utf8').length);
      expect(Math.min(...sizes)).toBeLessThan(full.stdout.length); // each shard holds only part of the files
      const merged = await runMain(['merge-reports', ...shards], { cwd });
      expect(merged.stderr).toBe('');
      expect(merged.stdout).toBe(full.stdout);
      expect(merged.code).toBe(1); // INCOMPLETE_EN has errors
    }
  });

  it('merge-reports runs from the binary, writes -o, and refuses mixed or overlapping reports', async ({ expect }) => {
    const cwd = projects.create({ 'a.md': CLEAN_EN, 'b.md': CLEAN_EN });
    await runMain(['--format', 'json', '-o', 'all.json'], { cwd });
    await runMain(['--format', 'sarif', '-o', 'all.sarif'], { cwd });
    const written = await runCli(['merge-reports', 'all.json', '-o', 'merged.json'], { cwd });
    expect(written).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(path.join(cwd, 'merged.json'), 'utf8')).toBe(readFileSync(path.join(cwd, 'all.json'), 'utf8'));

    const mixed = await runMain(['merge-reports', 'all.json', 'all.sarif'], { cwd });
    expect(mixed).toMatchObject({ code: 2, stderr: 'summarylint: the reports mix JSON and SARIF; merge reports of one format\n' });
    const twice = await runMain(['merge-reports', 'all.json', 'merged.json'], { cwd });
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/a\.md" is in both "all\.json" and "merged\.json"/);
    const missing = await runMain(['merge-reports', 'nope.json'], { cwd });
    expect(missing).toMatchObject({ code: 2, stderr: 'summarylint: cannot read the report "nope.json": no such file\n' });
  });
});
