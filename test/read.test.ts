// Reading files as editors do: encodings, BOMs, invalid bytes, binary files, the size limit.
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFiles, lintBytes, lintFiles, lintMany } from '../src/lint.js';
import type { FileResult } from '../src/types.js';
import { decode, firstInvalidUtf8, readSummaryFile } from '../src/read.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decode', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decode(utf8('# 标题'))).toEqual({ kind: 'text', text: '# 标题', notes: [] });
    expect(decode(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('# T')]))).toEqual({ kind: 'text', text: '# T', notes: [] });
  });

  it('reads UTF-16 with a BOM, little- and big-endian', () => {
    const le = Uint8Array.from([0xff, 0xfe, ...Buffer.from('# 周报', 'utf16le')]);
    const be = Uint8Array.from([0xfe, 0xff, ...Buffer.from('# 周报', 'utf16le').swap16()]);
    expect(decode(le)).toMatchObject({ kind: 'text', text: '# 周报' });
    expect(decode(be)).toMatchObject({ kind: 'text', text: '# 周报' });
  });

  it('replaces invalid UTF-8 and names the first bad byte', () => {
    const bytes = Uint8Array.from([...utf8('ab'), 0xff, ...utf8('c'), 0xe4, 0xb8]);
    const outcome = decode(bytes);
    expect(outcome).toMatchObject({ kind: 'text', text: 'ab\uFFFDc\uFFFD' });
    expect(outcome.kind === 'text' && outcome.notes).toEqual(['Invalid UTF-8 at byte 2: the file was read with replacement characters (U+FFFD)']);
    expect(firstInvalidUtf8(Uint8Array.from([...utf8('中'), 0xe4, 0xb8]))).toBe(3);
    expect(firstInvalidUtf8(utf8('中文 ok'))).toBe(-1);
  });

  it('skips binary files', () => {
    expect(decode(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toMatchObject({ kind: 'skipped' });
  });
});

describe('decode: UTF-32 and broken UTF-16', () => {
  const utf32 = (text: string, littleEndian: boolean) => {
    const points = [0xfeff, ...[...text].map((c) => c.codePointAt(0)!)];
    const view = new DataView(new ArrayBuffer(points.length * 4));
    points.forEach((p, i) => view.setUint32(i * 4, p, littleEndian));
    return new Uint8Array(view.buffer);
  };

  it('reads UTF-32 LE and BE with a BOM (LE was read as UTF-16, BE skipped as binary)', () => {
    for (const littleEndian of [true, false]) expect(decode(utf32('# 标题 😀\n', littleEndian))).toEqual({ kind: 'text', text: '# 标题 😀\n', notes: [] });
  });

  it('UTF-32 code points past U+10FFFF, surrogates and a short tail are replaced and noted', () => {
    const bytes = Uint8Array.from([...utf32('# A', true), 0x00, 0xd8, 0, 0, 0x41, 0, 0, 0, 0x01]);
    expect(decode(bytes)).toEqual({ kind: 'text', text: '# A\ufffdA\ufffd', notes: ['Invalid UTF-32 at byte 16: the file was read with replacement characters (U+FFFD)'] });
  });

  it('UTF-16 with an odd byte count or an unpaired surrogate is noted', () => {
    const le = (units: number[]) => Uint8Array.from([0xff, 0xfe, ...units.flatMap((u) => [u & 0xff, u >> 8])]);
    expect(decode(Uint8Array.from([...le([0x23, 0x20, 0x41]), 0x42]))).toMatchObject({ text: '# A\ufffd', notes: ['Invalid UTF-16 at byte 8: the file was read with replacement characters (U+FFFD)'] });
    expect(decode(le([0x23, 0xd83d, 0x41]))).toMatchObject({ text: '#\ufffdA', notes: ['Invalid UTF-16 at byte 4: the file was read with replacement characters (U+FFFD)'] });
    expect(decode(le([0x23, 0xde00]))).toMatchObject({ notes: ['Invalid UTF-16 at byte 4: the file was read with replacement characters (U+FFFD)'] });
    expect(decode(le([0x23, 0xd83d, 0xde00]))).toEqual({ kind: 'text', text: '#😀', notes: [] });
  });

  it('standard input goes through the same decoding: NUL bytes are skipped, not linted', async () => {
    const binary = await lintBytes(Uint8Array.from([...utf8('# Notes\n\nSales improved a lot.\n'), 0, 1, 2]));
    expect(binary.findings.map((f) => f.message)).toEqual(['File skipped: it contains NUL bytes, so it is binary, not Markdown']);
    const broken = await lintBytes(Uint8Array.from([...utf8('# Notes\n\n'), 0xff, ...utf8('Sales improved a lot.\n')]));
    expect(broken.findings[0].message).toBe('Invalid UTF-8 at byte 9: the file was read with replacement characters (U+FFFD)');
  });
});

describe('a file swapped for a symbolic link during the run', () => {
  it('is not read when the walk found it as a file; a link named on the command line still is', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'summarylint-swap-'));
    const secret = path.join(dir, 'outside-secret.txt');
    writeFileSync(secret, '# Secret\n\nroot:x:0:0 some vague words here.\n');
    writeFileSync(path.join(dir, 'package.json'), '{}');
    for (const name of ['a.md', 'b.md']) writeFileSync(path.join(dir, name), '# Notes\n\nSales improved.\n');
    symlinkSync(secret, path.join(dir, 'named.md'));
    const found = await findFiles(['a.md', 'named.md', 'b.md'].map((name) => path.join(dir, name)), { cwd: dir });
    expect(found.links).toEqual([path.join(dir, 'named.md')]);
    // After the walk: a.md becomes a link to the secret.
    rmSync(path.join(dir, 'a.md'));
    symlinkSync(secret, path.join(dir, 'a.md'));
    const results: FileResult[] = [];
    await lintMany(found.files, { cwd: dir, namedLinks: found.links }, (result) => void results.push(result));
    const byName = Object.fromEntries(results.map((r) => [path.basename(r.filePath), r.findings]));
    expect(byName['a.md']).toMatchObject([{ fatal: true, message: expect.stringContaining('it became a symbolic link after it was found') }]);
    expect(JSON.stringify(byName['a.md'])).not.toContain('root:x');
    expect(byName['named.md'].some((f) => f.fatal)).toBe(false);
    expect(byName['b.md'].some((f) => f.fatal)).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('reading files', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'summarylint-read-'));

  it('skips a file over the size limit', async () => {
    const file = path.join(dir, 'big.md');
    writeFileSync(file, 'x'.repeat(5000));
    expect(await readSummaryFile(file, 1000)).toEqual({ kind: 'skipped', reason: 'File skipped: 5 KB is over the 1 KB limit (--max-file-size)' });
  });

  it('reports a binary .md file as a warning naming it, and still lints the others', async () => {
    writeFileSync(path.join(dir, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    writeFileSync(path.join(dir, 'good.md'), '# Notes\n\nText.\n');
    const { results } = await lintFiles([path.join(dir, 'binary.md'), path.join(dir, 'good.md')], { cwd: dir, useConfigLookup: false });
    const [binary, good] = results;
    expect(binary.filePath).toBe(path.join(dir, 'binary.md'));
    expect(binary.findings).toMatchObject([{ ruleId: null, severity: 'warn', message: expect.stringContaining('binary') }]);
    expect(good.findings.length).toBeGreaterThan(0);
  });
});
