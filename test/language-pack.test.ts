// A language is one pack, registered in one table (src/languages/index.ts). This registers a toy language written
// in Cyrillic, with a handful of words, and lints a document in it: how it is detected, normalised and numbered,
// its words, its dates and the locale of its messages all come from the pack.
import { describe, expect, it } from 'vitest';
import { CONCEPTS } from '../src/languages/concepts.js';
import { languageCodes, registerLanguage } from '../src/languages/index.js';
import { lintText } from '../src/lint.js';
import { detectLang } from '../src/text/script.js';
import type { LanguagePack, VocabularyData } from '../src/types.js';

// Every concept, empty but for the words this document needs.
const vocabulary: VocabularyData = {
  ...Object.fromEntries(Object.keys(CONCEPTS).map((concept) => [concept, []])),
  'section.overview': ['обзор'],
  'section.results': ['итоги'],
  'section.problems': ['проблемы'],
  'section.plan': ['план'],
  claim: ['выросла'],
  // Written with е: the pack folds ё to е, so the document's ещё matches.
  vague: [{ term: 'еще больше', category: 'amount', suggest: 'назовите число' }],
  owner: ['ответственный'],
};

const toy: LanguagePack = {
  code: 'xx',
  name: 'Toy (Cyrillic)',
  script: 'Cyrillic',
  weight: 1,
  fold: (text) => text.replace(/ё/gu, 'е'),
  vocabulary,
  // а) б) в): its items are numbered with letters.
  listNumbers: [{ style: 'letter', kind: 'item', pattern: /^[а-е]\)\s*/u }],
  // 20 апреля: a day and a month.
  dates: { dates: [/(?<!\d)\d{1,2}\s+(?:марта|апреля|мая)/gu] },
  // (Иван и Мария): its names, and its "and".
  owners: { name: /^[А-Я][а-я]+$/u, and: ['и'] },
  // Messages are the English ones, marked: made the way Traditional Chinese messages are made from Simplified ones.
  messages: { locales: ['xx'], converted: { xx: { from: 'en', convert: (message) => `[xx] ${message}` } } },
};

const DOCUMENT = `# Отчёт за март

## Обзор

Команда закрыла квартал.

## Итоги

Выручка выросла.

Клиентов стало ещё больше.

## План

а) Обновить сайт, ответственный: Иван, 15 апреля
б) Подготовить отчёт к 20 апреля
в) Позвонить клиентам, ответственный: Мария
г) Проверить счета к 20 мая (Иван и Мария)
`;

describe('a language pack', () => {
  it('is unknown until registered', async () => {
    expect(detectLang('Выручка выросла')).toBe('en'); // no letter of a registered script: the first language
    await expect(lintText(DOCUMENT, { config: { language: 'xx' } })).rejects.toThrow(/language: expected one of "auto", "en", "zh", got "xx"/);
  });

  it('is registered in the table', () => {
    registerLanguage(toy);
    expect(languageCodes()).toEqual(['en', 'zh', 'xx']);
    expect(detectLang('Выручка выросла, revenue')).toBe('xx');
  });

  it('lints a document in its language: detection, vocabulary, list numbers, dates, owners and messages from the pack', async () => {
    const { findings } = await lintText(DOCUMENT, { config: {} });
    expect(findings.map((f) => `${f.line}: ${f.ruleId}: ${f.message}`)).toEqual([
      '1: require-sections: [xx] Missing the problems section: add a heading such as "проблемы"',
      '9: no-unquantified-claims: [xx] Unquantified claim "выросла": add the number behind it, such as how much, how many or from what to what',
      '11: no-vague-wording: [xx] Vague amount "ещё больше": назовите число',
      // Items by the pack's list numbers (б), labels past them; 20 апреля is a date by the pack's shape.
      '16: require-action-owner: [xx] Missing owner in action item "Подготовить отчёт к 20 апреля": name who does it, e.g. "Owner: @alice" or "Alice to …"',
      '17: require-action-deadline: [xx] Missing deadline in action item "Позвонить клиентам, ответственный: Мария": say when it is due, e.g. "by 2026-12-01", "by Friday" or "within 2 weeks"',
    ]);
  });

  it('takes its code in the config, and vocabulary changes for it', async () => {
    // A heading no vocabulary names reads as a topic of the results; taught, it names the plan.
    const text = DOCUMENT.replace('## План', '## Дальше');
    const missing = (await lintText(text, { config: {} })).findings.filter((f) => f.ruleId === 'require-sections');
    expect(missing.map((f) => f.data.section)).toEqual(['problems', 'plan']);
    const config = { language: 'xx', vocabulary: { xx: { 'section.plan': { add: ['дальше'] } } } };
    const taught = (await lintText(text, { config })).findings.filter((f) => f.ruleId === 'require-sections');
    expect(taught.map((f) => f.data.section)).toEqual(['problems']);
  });
});
