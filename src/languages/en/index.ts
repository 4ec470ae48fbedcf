// English.
import type { LanguagePack, VocabularyData } from '../../types.js';
import vocabulary from './vocabulary.json' with { type: 'json' };

const english: LanguagePack = {
  code: 'en',
  name: 'English',
  vocabulary: vocabulary as VocabularyData,
};

export default english;
