// Chinese, Simplified and Traditional (folded to Simplified for matching).
import type { LanguagePack, VocabularyData } from '../../types.js';
import { isTraditional, toSimplified, toTraditionalChinese } from './traditional.js';
import * as shapes from './shapes.js';
import vocabulary from './vocabulary.json' with { type: 'json' };

const chinese: LanguagePack = {
  code: 'zh',
  name: 'Chinese (Simplified and Traditional)',
  script: 'Han',
  // One Han character says about as much as a short English word.
  weight: 3,
  // One vocabulary serves both scripts: Traditional text is matched in Simplified characters.
  fold: toSimplified,
  vocabulary: vocabulary as VocabularyData,
  listNumbers: shapes.listNumbers,
  dates: shapes.dates,
  owners: shapes.owners,
  messages: {
    locales: ['zh-Hans', 'zh-Hant'],
    localeOf: (text) => (isTraditional(text) ? 'zh-Hant' : 'zh-Hans'),
    // Converted whole, so vocabulary terms quoted in a message match the document's script.
    converted: { 'zh-Hant': { from: 'zh-Hans', convert: toTraditionalChinese } },
  },
};

export default chinese;
