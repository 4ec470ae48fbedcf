// summarylint's own package.json (version, homepage), found at run time by walking up from this module.
// It is not imported as JSON: from `dist/src/` that would compile a copy into `dist/`, which `files` does not
// ship, so the published package would break.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface PackageInfo {
  name: string;
  version: string;
  homepage?: string;
}

let cached: PackageInfo | undefined;

export function packageInfo(): PackageInfo {
  if (cached) return cached;
  for (let folder = path.dirname(fileURLToPath(import.meta.url)); ; folder = path.dirname(folder)) {
    const data = readJson(path.join(folder, 'package.json'));
    if (data?.name === 'summarylint' && typeof data.version === 'string') {
      cached = { name: data.name, version: data.version, homepage: homepageOf(data) };
      return cached;
    }
    if (path.dirname(folder) === folder) throw new Error('summarylint: cannot find its own package.json');
  }
}

function readJson(file: string): Record<string, any> | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** `homepage`, else a `https://` repository URL (`git+https://…/x.git` → `https://…/x`). */
function homepageOf(data: Record<string, any>): string | undefined {
  if (typeof data.homepage === 'string') return data.homepage;
  const repository = typeof data.repository === 'string' ? data.repository : data.repository?.url;
  if (typeof repository !== 'string') return undefined;
  const url = repository.replace(/^git\+/, '').replace(/\.git$/, '');
  return url.startsWith('https://') ? url : undefined;
}

/** A file of this package, found by walking up from this module (it runs from src/ in tests, dist/src/ when built). */
export function packageFile(relativePath: string): string | undefined {
  for (let folder = path.dirname(fileURLToPath(import.meta.url)); ; folder = path.dirname(folder)) {
    const candidate = path.join(folder, relativePath);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(folder) === folder) return undefined;
  }
}
