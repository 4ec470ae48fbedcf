// Chinese, Simplified and Traditional (folded to Simplified for matching).
import type { LanguagePack, VocabularyData } from '../../types.js';
import vocabulary from './vocabulary.json' with { type: 'json' };

const chinese: LanguagePack = {
  code: 'zh',
  name: 'Chinese (Simplified and Traditional)',
  vocabulary: vocabulary as VocabularyData,
};

export default chinese;
