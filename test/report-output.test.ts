// Writing a report as it grows: to a file (atomically) or to a stream, piece by piece.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { fileOutput, writeTo } from '../src/report-output.js';

// Large pieces, empty ones, and three- and four-byte characters.
const pieces: string[] = [
  '[',
  '中'.repeat(30_000),
  '😀a'.repeat(20_000),
  '{"filePath":"周报.md","messages":[{"message":"「有所提升」"}],"errorCount":1}',
  '',
  'x'.repeat(65_535),
  '文',
  ']\n',
];
const expected = '[' + '中'.repeat(30_000) + '😀a'.repeat(20_000) + '{"filePath":"周报.md","messages":[{"message":"「有所提升」"}],"errorCount":1}' + 'x'.repeat(65_535) + '文]\n';

describe('fileOutput', () => {
  it('writes every piece, byte for byte, and renames the file into place', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'summarylint-output-'));
    const file = path.join(dir, 'report.json');
    const output = await fileOutput(file);
    for (const piece of pieces) await output.write(piece);
    await output.close();
    expect(readFileSync(file, 'utf8')).toBe(expected);
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('leaves the old report as it was when the run fails', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'summarylint-output-'));
    const file = path.join(dir, 'report.json');
    writeFileSync(file, 'old');
    const output = await fileOutput(file);
    await output.write('x'.repeat(200_000));
    await output.abort();
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });
});

describe('writeTo', () => {
  it('hands every piece to the stream in order', async () => {
    const stream = new PassThrough();
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    for (const piece of pieces) await writeTo(stream, piece);
    stream.end();
    await new Promise((resolve) => stream.on('end', resolve));
    expect(Buffer.concat(chunks).toString('utf8')).toBe(expected);
  });
});
