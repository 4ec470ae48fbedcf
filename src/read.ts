// Reading a file as text the way editors do: UTF-8 (with or without BOM) or UTF-16 with a BOM, invalid
// bytes replaced (and reported), binary files and files over the size limit skipped with a reason.
import { isUtf8 } from 'node:buffer';
import { constants, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';

/** Generous for a summary (10 MB of text is thousands of pages); linting takes about 100–250 bytes of memory per byte. */
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

export type ReadOutcome =
  | { kind: 'text'; text: string; notes: string[] }
  | { kind: 'skipped'; reason: string };

/**
 * Read a file to lint. Opened once and checked through that handle, so the file checked is the file read; without
 * `follow`, a symbolic link is not opened (ELOOP). Non-blocking, so opening a FIFO does not wait for a writer.
 */
export async function readSummaryFile(filePath: string, maxFileSize = DEFAULT_MAX_FILE_SIZE, follow = true): Promise<ReadOutcome> {
  const handle = await open(filePath, constants.O_RDONLY | constants.O_NONBLOCK | (follow ? 0 : constants.O_NOFOLLOW));
  try {
    const reason = skipReason(await handle.stat(), maxFileSize);
    return reason === undefined ? decode(await handle.readFile()) : { kind: 'skipped', reason };
  } finally {
    await handle.close();
  }
}

/**
 * Why a file is not read at all, from its `stat` (taken by path), or `undefined` to read it: the one place that
 * decides it, for linting and for `--cache`'s key.
 */
export function skipReason(stats: Stats, maxFileSize = DEFAULT_MAX_FILE_SIZE): string | undefined {
  // A FIFO or a device named `x.md` would block the run or never end (`/dev/zero`): only regular files are read.
  if (!stats.isFile()) return 'File skipped: it is not a regular file (a pipe, socket or device)';
  if (stats.size > maxFileSize) return `File skipped: ${formatBytes(stats.size)} is over the ${formatBytes(maxFileSize)} limit (--max-file-size)`;
  return undefined;
}

export function decode(bytes: Uint8Array): ReadOutcome {
  // UTF-32 first: its little-endian BOM starts with UTF-16's.
  if (startsWith(bytes, [0xff, 0xfe, 0, 0])) return decodeUtf32(bytes, true);
  if (startsWith(bytes, [0, 0, 0xfe, 0xff])) return decodeUtf32(bytes, false);
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes, 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes, 'utf-16be');
  if (looksBinary(bytes)) return { kind: 'skipped', reason: 'File skipped: it contains NUL bytes, so it is binary, not Markdown' };
  const bad = firstInvalidUtf8(bytes);
  const text = new TextDecoder('utf-8').decode(bytes); // drops a UTF-8 BOM, replaces invalid bytes with U+FFFD
  const notes = bad === -1 ? [] : [`Invalid UTF-8 at byte ${bad}: the file was read with replacement characters (U+FFFD)`];
  return { kind: 'text', text, notes };
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

const replaced = (encoding: string, offset: number) => `Invalid ${encoding} at byte ${offset}: the file was read with replacement characters (U+FFFD)`;

/** UTF-16 with a BOM; an odd last byte or an unpaired surrogate is replaced and noted, as invalid UTF-8 is. */
function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): ReadOutcome {
  const text = new TextDecoder(encoding).decode(bytes); // drops the BOM, replaces what is invalid with U+FFFD
  const bad = firstInvalidUtf16(bytes, encoding === 'utf-16le');
  return { kind: 'text', text, notes: bad === -1 ? [] : [replaced('UTF-16', bad)] };
}

/** Offset of the first unpaired surrogate or of an odd last byte, or -1. */
function firstInvalidUtf16(bytes: Uint8Array, littleEndian: boolean): number {
  try {
    new TextDecoder(littleEndian ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(bytes);
    return -1;
  } catch {
    // Slow path only for broken files.
  }
  const unit = (i: number) => (i + 1 >= bytes.length ? -1 : littleEndian ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1]);
  for (let i = 2; i + 1 < bytes.length; i += 2) {
    const code = unit(i);
    if (code >= 0xd800 && code <= 0xdbff && unit(i + 2) >= 0xdc00 && unit(i + 2) <= 0xdfff) i += 2;
    else if (code >= 0xd800 && code <= 0xdfff) return i;
  }
  return bytes.length - 1; // the odd last byte
}

/** UTF-32 with a BOM (TextDecoder has no UTF-32): code points above U+10FFFF and surrogates are replaced. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): ReadOutcome {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  let bad = bytes.length % 4 === 0 ? -1 : bytes.length - (bytes.length % 4);
  for (let i = 4; i + 4 <= bytes.length; i += 4) {
    const code = view.getUint32(i, littleEndian);
    const valid = code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    if (!valid && (bad === -1 || i < bad)) bad = i;
    parts.push(String.fromCodePoint(valid ? code : 0xfffd));
  }
  if (bytes.length % 4 !== 0) parts.push('\ufffd');
  return { kind: 'text', text: parts.join(''), notes: bad === -1 ? [] : [replaced('UTF-32', bad)] };
}

/** Why a file could not be read, for its fatal finding. */
export function readErrorMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const why: Record<string, string> = {
    ENOENT: 'it no longer exists (deleted or moved during the run)',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'it is a folder',
    ELOOP: 'it became a symbolic link after it was found, and links are only read when named on the command line',
  };
  if (code && why[code]) return `Cannot read file: ${why[code]} (${code})`;
  return `Cannot read file: ${code ?? (error as Error).message}`;
}

/** Text files have no NUL bytes; looking at the first 8 KiB is what git does too. */
function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8192).includes(0);
}

/** Offset of the first byte that is not valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  // Validating alone is many times faster than a strict decode, which built a string only to throw it away.
  if (isUtf8(bytes)) return -1;
  // Slow path only for broken files: walk the sequences to find where it breaks.
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return -1;
}

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** `--max-file-size` values: a number of bytes, or with a unit (`500KB`, `10MB`, `1.5GB`; powers of 1,024). */
export function parseByteSize(value: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  const unit = match ? UNITS[match[2].toLowerCase()] : undefined;
  if (!match || unit === undefined) return undefined;
  const bytes = Math.floor(Number(match[1]) * unit);
  return bytes > 0 ? bytes : undefined;
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}
