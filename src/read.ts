// Reading a file as text the way editors do: UTF-8 (with or without BOM) or UTF-16 with a BOM, invalid
// bytes replaced (and reported), binary files and files over the size limit skipped with a reason.
import type { Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';

/** Generous for a summary (10 MB of text is thousands of pages); linting takes about 100–250 bytes of memory per byte. */
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

export type ReadOutcome =
  | { kind: 'text'; text: string; notes: string[] }
  | { kind: 'skipped'; reason: string };

export async function readSummaryFile(filePath: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): Promise<ReadOutcome> {
  const reason = skipReason(await stat(filePath), maxFileSize);
  return reason === undefined ? decode(await readFile(filePath)) : { kind: 'skipped', reason };
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
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { kind: 'text', text: new TextDecoder('utf-16le').decode(bytes), notes: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { kind: 'text', text: new TextDecoder('utf-16be').decode(bytes), notes: [] };
  if (looksBinary(bytes)) return { kind: 'skipped', reason: 'File skipped: it contains NUL bytes, so it is binary, not Markdown' };
  const bad = firstInvalidUtf8(bytes);
  const text = new TextDecoder('utf-8').decode(bytes); // drops a UTF-8 BOM, replaces invalid bytes with U+FFFD
  const notes = bad === -1 ? [] : [`Invalid UTF-8 at byte ${bad}: the file was read with replacement characters (U+FFFD)`];
  return { kind: 'text', text, notes };
}

/** Why a file could not be read, for its fatal finding. */
export function readErrorMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const why: Record<string, string> = {
    ENOENT: 'it no longer exists (deleted or moved during the run)',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'it is a folder',
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
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return -1;
  } catch {
    // Slow path only for broken files: walk the sequences to find where it breaks.
  }
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
