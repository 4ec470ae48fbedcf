// Reading the files a config names: the config itself, configs it extends and vocabulary packs. In CI the
// repository is a pull request's checkout, so a config is hostile input: it must not make summarylint read a
// file outside the project (`/etc/shadow`, `/proc/self/environ`, through a path or a symlink), nor a device
// or an endless file (`/dev/zero`), and what it read must never reach an error message.
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError } from './errors.js';

/** Largest config, extended config or vocabulary pack read. */
export const MAX_CONFIG_BYTES = 4 * 1024 * 1024;

/** Where the files named by a config may be: under `root` (a real path), or in an installed package. */
export interface Bounds {
  root: string;
}

/** Who is to blame when a file cannot be read: the config that names it, at which key. */
export interface Blame {
  filePath: string;
  keyPath?: string;
}

/** The nearest folder at or above `folder` that holds `.git` or `package.json`: the project's top. */
export function findProjectRoot(folder: string): string | undefined {
  for (let dir = path.resolve(folder); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, '.git')) || fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** The bounds of the config file at `configFile`: its project, or its own folder outside any project. */
export function boundsOf(configFile: string): Bounds {
  const folder = path.dirname(configFile);
  return { root: realFolder(findProjectRoot(folder) ?? folder) };
}

/** `folder` with its links resolved (as given when it does not exist). */
export function realFolder(folder: string): string {
  try {
    return fs.realpathSync(folder);
  } catch {
    return path.resolve(folder);
  }
}

const isWithin = (file: string, folder: string) => file === folder || file.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep);
const inPackage = (file: string) => file.split(path.sep).includes('node_modules');

/**
 * The text of `filePath` (UTF-8), or `undefined` when it does not exist. ConfigError (blaming `blame`) when its
 * real path is outside `bounds` (a package's file is allowed when `packages`), when it is not a regular file, or
 * when it is larger than MAX_CONFIG_BYTES. Without `bounds` (a file named on the command line) only the kind and
 * size are checked.
 */
export function readConfigFile(filePath: string, blame: Blame, bounds?: Bounds, packages = false): string | undefined {
  const fail = (problem: string, cause?: unknown) => new ConfigError(problem, { ...blame, cause });
  let real: string;
  try {
    real = fs.realpathSync(filePath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw fail(`cannot read ${filePath}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`, error);
  }
  if (bounds && !isWithin(real, bounds.root) && !(packages && inPackage(real))) {
    const where = real === path.resolve(filePath) ? filePath : `${filePath} (a link to ${real})`;
    throw fail(`${where} is outside the project ${bounds.root}; a config reads only files inside its project${packages ? ' or in installed packages' : ''}`);
  }
  let fd: number;
  try {
    // Not following links: a file swapped for one since realpath is not opened. Non-blocking: nor does a FIFO wait.
    fd = fs.openSync(real, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK | fs.constants.O_NOFOLLOW);
  } catch (error) {
    throw fail(`cannot read ${filePath}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`, error);
  }
  try {
    const stats = fs.fstatSync(fd);
    if (!stats.isFile()) throw fail(`${filePath} is not a regular file`);
    if (stats.size > MAX_CONFIG_BYTES) throw fail(`${filePath} is larger than ${MAX_CONFIG_BYTES / 1024 / 1024} MB`);
    // Read to the end, but never past the cap: files in /proc say they are empty and are not.
    const chunks: Buffer[] = [];
    let length = 0;
    for (let n = 1; n > 0 && length <= MAX_CONFIG_BYTES; length += n) {
      const chunk = Buffer.allocUnsafe(Math.max(stats.size + 1, 64 * 1024));
      n = fs.readSync(fd, chunk, 0, chunk.length, null);
      chunks.push(chunk.subarray(0, n));
    }
    if (length > MAX_CONFIG_BYTES) throw fail(`${filePath} is larger than ${MAX_CONFIG_BYTES / 1024 / 1024} MB`);
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    fs.closeSync(fd);
  }
}
