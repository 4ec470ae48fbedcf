// `--shard i/n`: split the file list across CI machines. A file's shard comes from a stable hash of its path
// relative to the folder summarylint runs in (`/`-separated), never from its position in the list, so adding
// a file does not move the others between shards, and every machine of a matrix agrees without talking.
import path from 'node:path';

export interface Shard {
  /** 1-based, as CI matrices count. */
  index: number;
  count: number;
}

/** `"2/4"` → `{ index: 2, count: 4 }`; a clear message for anything else. */
export function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new Error(`Expected --shard <i>/<n> with 1 <= i <= n, e.g. 1/4; got "${text}".`);
  }
  return { index, count };
}

/** FNV-1a (32 bits) of the path's UTF-8 bytes: tiny, fast, and the same on every platform and Node version. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function inShard(filePath: string, cwd: string, shard: Shard): boolean {
  const relative = path.relative(cwd, filePath).split(path.sep).join('/');
  return stableHash(relative) % shard.count === shard.index - 1;
}
