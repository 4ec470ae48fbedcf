// Vocabulary packs: a team's word lists (section names, metric names, …) in a JSON file of their own,
// named from config `vocabularyPacks` and shaped like the config's `vocabulary` key. Packs are data, never
// code, so they load in safe mode too. A config's packs apply in order, then its own `vocabulary`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve as resolveImport } from 'import-meta-resolve';
import type { UserConfig, VocabularyConfig } from '../types.js';
import { ConfigError } from './errors.js';
import { mergeVocabulary } from './merge.js';
import { parseConfigText } from './parse.js';
import { validateVocabularyPack } from './validate.js';

const packCache = new Map<string, VocabularyConfig>();

/** `config` with its vocabulary packs folded into `vocabulary` (packs first, the file's own entries win). */
export function withVocabularyPacks(config: UserConfig, configFile: string): UserConfig {
  const packs = config.vocabularyPacks ?? [];
  if (packs.length === 0) return config;
  let vocabulary: VocabularyConfig = {};
  packs.forEach((specifier, i) => {
    vocabulary = mergeVocabulary(vocabulary, readPack(locatePack(specifier, configFile, `vocabularyPacks[${i}]`)));
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

function readPack(packFile: string): VocabularyConfig {
  let pack = packCache.get(packFile);
  if (!pack) {
    let text: string;
    try {
      text = fs.readFileSync(packFile, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new ConfigError(code === 'ENOENT' ? 'vocabulary pack not found' : `cannot read vocabulary pack: ${code}`, { filePath: packFile, cause: error });
    }
    pack = validateVocabularyPack(parseConfigText(packFile, text) ?? {}, packFile);
    packCache.set(packFile, pack);
  }
  return pack;
}

/** Forget read packs (with the config caches, when files changed). */
export function clearPackCache(): void {
  packCache.clear();
}
