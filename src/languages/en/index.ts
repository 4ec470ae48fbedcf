// English.
import type { LanguagePack, VocabularyData } from '../../types.js';
import * as shapes from './shapes.js';
import vocabulary from './vocabulary.json' with { type: 'json' };

const english: LanguagePack = {
  code: 'en',
  name: 'English',
  script: 'Latin',
  weight: 1,
  vocabulary: vocabulary as VocabularyData,
  listNumbers: shapes.listNumbers,
  dates: shapes.dates,
  owners: shapes.owners,
  messages: { locales: ['en'] },
};

export default english;
