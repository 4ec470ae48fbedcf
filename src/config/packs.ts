// Vocabulary packs: a team's vocabulary (section names, metric names, …) in a JSON file of their own,
// named from config `vocabularyPacks` and shaped like the config's `vocabulary` key. Packs are data, never
// code, so they load in safe mode too. A config's packs apply in order, then its own `vocabulary`.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve as resolveImport } from 'import-meta-resolve';
import type { UserConfig, VocabularyConfig } from '../types.js';
import { ConfigError, formatKeyPath } from './errors.js';
import { mergeVocabulary } from './merge.js';
import { parseConfigText } from './parse.js';
import { readConfigFile, type Bounds } from './read-file.js';
import { validateVocabularyPack } from './validate.js';

const packCache = new Map<string, VocabularyConfig>();

/** `config` with its vocabulary packs folded into `vocabulary` (packs first, the file's own entries win). Packs
 *  must be inside `bounds` (the config's project) or in an installed package. */
export function withVocabularyPacks(config: UserConfig, configFile: string, bounds: Bounds, keyPrefix: readonly string[] = []): UserConfig {
  const packs = config.vocabularyPacks ?? [];
  if (packs.length === 0) return config;
  let vocabulary: VocabularyConfig = {};
  packs.forEach((specifier, i) => {
    const keyPath = formatKeyPath([...keyPrefix, 'vocabularyPacks', i]);
    vocabulary = mergeVocabulary(vocabulary, readPack(locatePack(specifier, configFile, keyPath), { filePath: configFile, keyPath }, bounds));
  });
  if (config.vocabulary) vocabulary = mergeVocabulary(vocabulary, config.vocabulary);
  return { ...config, vocabulary };
}

function locatePack(specifier: string, configFile: string, keyPath: string): string {
  if (/^\.{1,2}[\\/]/.test(specifier) || path.isAbsolute(specifier)) return path.resolve(path.dirname(configFile), specifier);
  try {
    return fileURLToPath(resolveImport(specifier, pathToFileURL(configFile).href));
  } catch (error) {
    throw new ConfigError(`cannot find vocabulary pack '${specifier}' (a path starting with ./ or ../, or a file in an installed package)`, {
      filePath: configFile,
      keyPath,
      cause: error,
    });
  }
}

/** Read and validate a pack. A missing or unreadable pack is the referencing config's error (at `keyPath`);
 *  a pack with invalid content is the pack file's own. */
function readPack(packFile: string, blame: { filePath: string; keyPath: string }, bounds: Bounds): VocabularyConfig {
  const key = `${bounds.root}\0${packFile}`;
  let pack = packCache.get(key);
  if (!pack) {
    const text = readConfigFile(packFile, blame, bounds, true);
    if (text === undefined) throw new ConfigError(`vocabulary pack not found: ${packFile}`, blame);
    pack = validateVocabularyPack(parseConfigText(packFile, text) ?? {}, packFile);
    packCache.set(key, pack);
  }
  return pack;
}

/** Forget read packs (with the config caches, when files changed). */
export function clearPackCache(): void {
  packCache.clear();
}
