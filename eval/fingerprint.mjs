#!/usr/bin/env node
// The short fingerprint a label uses to point at a corpus line without copying it: the first 8 hex digits of the
// SHA-1 of the line with all whitespace removed. Labels keep pointing at the right line if lines move (the eval
// looks for the fingerprint nearby) and say so when the line's words changed.
//   node eval/fingerprint.mjs <file> <line> [<line> …]
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function fingerprint(line) {
  return createHash('sha1').update(line.replace(/\s+/gu, '')).digest('hex').slice(0, 8);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [file, ...lines] = process.argv.slice(2);
  const text = readFileSync(file, 'utf8').split(/\r\n|\r|\n/);
  for (const n of lines) console.log(`${n}\t${fingerprint(text[Number(n) - 1] ?? '')}`);
}
