// What a config may read (issue 25 §2) and where the lookup stops (issue 23 item 5): configs, the configs they
// extend and vocabulary packs are regular files inside the project (or an installed package), at most
// MAX_CONFIG_BYTES, and errors never quote what a file holds beyond a short, escaped excerpt.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearConfigCaches, ConfigError, loadConfig } from '../src/config/index.js';
import { MAX_CONFIG_BYTES } from '../src/config/read-file.js';

let top: string;

/** Files under `top`; objects are written as JSON. */
function files(entries: Record<string, string | object>): void {
  for (const [name, content] of Object.entries(entries)) {
    const file = path.join(top, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  }
}

async function configError(promise: Promise<unknown>): Promise<ConfigError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return error as ConfigError;
}

beforeEach(() => {
  top = mkdtempSync(path.join(tmpdir(), 'summarylint-files-'));
  clearConfigCaches();
});
afterEach(() => rmSync(top, { recursive: true, force: true }));

describe('the lookup stops at the project top', () => {
  it('a config above the git root never applies', async () => {
    files({ '.summarylintrc.json': { language: 'zh' }, 'repo/.git/HEAD': 'ref: refs/heads/main\n' });
    expect((await loadConfig(path.join(top, 'repo/docs/r.md'))).language).toBe('auto');
    // The same folders without .git: the outer config applies.
    rmSync(path.join(top, 'repo/.git'), { recursive: true });
    clearConfigCaches();
    expect((await loadConfig(path.join(top, 'repo/docs/r.md'))).language).toBe('zh');
  });

  it('a git worktree (.git is a file) is a top too; a config at the top applies', async () => {
    files({ '.summarylintrc.json': { language: 'zh' }, 'wt/.git': 'gitdir: /elsewhere\n', 'wt/.summarylintrc.yaml': 'language: en\n' });
    expect((await loadConfig(path.join(top, 'wt/a/b/r.md'))).language).toBe('en');
  });

  it('root: true is accepted and bounds what the config may extend', async () => {
    files({
      '.git/HEAD': 'x',
      'base.json': { language: 'zh' },
      'team/.summarylintrc.json': { root: true, extends: '../base.json' },
      'open/.summarylintrc.json': { extends: '../base.json' },
    });
    expect((await loadConfig(path.join(top, 'open/r.md'))).language).toBe('zh');
    const error = await configError(loadConfig(path.join(top, 'team/r.md')));
    expect(error.message).toContain('extends: ');
    expect(error.message).toContain('is outside the project');
  });

  it('.config/ folders and other tools\' file names are not config files', async () => {
    files({ '.git/HEAD': 'x', '.config/summarylintrc.json': { language: 'zh' }, '.config/config.json': { summarylint: { language: 'zh' } } });
    expect((await loadConfig(path.join(top, 'r.md'))).language).toBe('auto');
  });
});

describe('a config reads only regular files inside its project', () => {
  it('a .summarylintrc linked to /proc/self/environ is refused, naming the link and not quoting it', async () => {
    files({ '.git/HEAD': 'x' });
    symlinkSync('/proc/self/environ', path.join(top, '.summarylintrc'));
    const error = await configError(loadConfig(path.join(top, 'r.md')));
    expect(error.message).toContain(`${path.join(top, '.summarylintrc')} (a link to /proc/`);
    expect(error.message).toContain('is outside the project');
    expect(error.message).not.toContain('PATH=');
  });

  it.each([
    ['an absolute path outside', '/etc/passwd'],
    ['a ../ path leaving the project', '../outside.json'],
    ['a device', '/dev/zero'],
  ])('extends: %s is refused', async (_, target) => {
    files({ '.git/HEAD': 'x', 'sub/.summarylintrc.json': { extends: target.startsWith('..') ? '../../outside.json' : target } });
    writeFileSync(path.join(path.dirname(top), 'outside.json'), '{}');
    const error = await configError(loadConfig(path.join(top, 'sub/r.md')));
    expect(error.keyPath).toBe('extends');
    expect(error.message).toMatch(/is outside the project/);
    expect(error.message).not.toContain('root:');
  });

  it('vocabularyPacks: absolute and ../ paths out of the project are refused; ../ inside it is fine', async () => {
    files({ '.git/HEAD': 'x', 'words.json': { en: { 'section.plan': { add: ['Roadmap'] } } } });
    writeFileSync(path.join(path.dirname(top), 'outside-pack.json'), '{}');
    files({ 'a/.summarylintrc.json': { vocabularyPacks: ['../words.json'] } });
    expect((await loadConfig(path.join(top, 'a/r.md'))).vocabulary.en?.['section.plan'].add).toEqual(['Roadmap']);
    for (const pack of ['/etc/passwd', '../../outside-pack.json']) {
      files({ 'b/.summarylintrc.json': { vocabularyPacks: [pack] } });
      clearConfigCaches();
      const error = await configError(loadConfig(path.join(top, 'b/r.md')));
      expect([pack, error.keyPath, error.message]).toEqual([pack, 'vocabularyPacks[0]', expect.stringContaining('is outside the project')]);
    }
  });

  it('a pack in an installed package is read even when node_modules is above the project', async () => {
    files({
      'node_modules/acme-words/package.json': { name: 'acme-words', version: '1.0.0' },
      'node_modules/acme-words/plan.json': { en: { 'section.plan': { add: ['Roadmap'] } } },
      'repo/.git/HEAD': 'x',
      'repo/.summarylintrc.json': { vocabularyPacks: ['acme-words/plan.json'] },
    });
    expect((await loadConfig(path.join(top, 'repo/r.md'))).vocabulary.en?.['section.plan'].add).toEqual(['Roadmap']);
  });

  it('a FIFO or a folder named as a config is not a regular file', async () => {
    files({ '.git/HEAD': 'x', '.summarylintrc.json': { extends: './pipe.json' } });
    execFileSync('mkfifo', [path.join(top, 'pipe.json')]);
    const error = await configError(loadConfig(path.join(top, 'r.md')));
    expect(error.message).toContain(`${path.join(top, 'pipe.json')} is not a regular file`);
  });

  it(`a config over ${MAX_CONFIG_BYTES / 1024 / 1024} MB is refused before it is parsed`, async () => {
    files({ '.git/HEAD': 'x', '.summarylintrc.json': { extends: './big.json' }, 'big.json': `{"language":"en"}${' '.repeat(MAX_CONFIG_BYTES)}` });
    const error = await configError(loadConfig(path.join(top, 'r.md')));
    expect(error.message).toContain('big.json is larger than 4 MB');
  });

  it('-c may name a file anywhere, but what it extends stays in its project', async () => {
    files({ 'elsewhere/.git/HEAD': 'x', 'elsewhere/c.json': { extends: '/etc/passwd' }, 'elsewhere/ok.json': { language: 'zh' } });
    expect((await loadConfig('r.md', { cwd: path.join(top, 'work'), configFile: path.join(top, 'elsewhere/ok.json') })).language).toBe('zh');
    const error = await configError(loadConfig('r.md', { cwd: path.join(top, 'work'), configFile: path.join(top, 'elsewhere/c.json') }));
    expect(error.message).toContain('is outside the project');
  });
});

describe('errors quote no file content beyond a short excerpt', () => {
  const secret = 'AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

  it('a config that is one long string says only what it is', async () => {
    files({ '.git/HEAD': 'x', '.summarylintrc': `${secret}\n` });
    const error = await configError(loadConfig(path.join(top, 'r.md')));
    expect(error.message).toContain('expected an object, got a string of 62 characters');
    expect(error.message).not.toContain('wJalr');
  });

  it('a YAML alias without an anchor is a config error that does not quote it', async () => {
    files({ '.git/HEAD': 'x', '.summarylintrc.yaml': 'language: *SECRETVALUE123\n' });
    const error = await configError(loadConfig(path.join(top, 'r.md')));
    expect(error.message).toContain('invalid YAML: an alias (*name) with no anchor (&name) before it');
    expect(error.message).not.toContain('SECRET');
    clearConfigCaches();
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`), 'language: *h'].join('\n');
    files({ '.summarylintrc.yaml': bomb });
    expect((await configError(loadConfig(path.join(top, 'r.md')))).message).toContain('invalid YAML: too many aliases');
  });

  it('an unknown key is quoted short and escaped', async () => {
    files({ '.git/HEAD': 'x', '.summarylintrc.json': { [`${secret}\u001b[2J`]: 1 } });
    const error = await configError(loadConfig(path.join(top, 'r.md')));
    expect(error.message).toMatch(/unknown key 'AWS_SECRET_ACCESS_KEY=wJalrXUtnF…'/);
    expect(error.message).not.toContain('EXAMPLEKEY');
    expect(error.message).not.toContain('\u001b');
  });
});
