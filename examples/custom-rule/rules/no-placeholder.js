// A custom summarylint rule: flag placeholders (TBD, TODO, 待定) left in a summary.
// It uses the same API as the built-in rules; the JSDoc type gives editors completion and checking:
// `import type { Rule } from 'summarylint'` in TypeScript.

/** @type {import('summarylint').Rule<{ words: string[] }>} */
const noPlaceholder = {
  meta: {
    id: 'acme/no-placeholder',
    description: 'Disallow placeholders such as TBD or 待定 in a finished summary',
    docs: {
      why: 'A placeholder tells the reader the summary is not finished; fill it in or remove it before sharing.',
      url: 'https://example.com/summarylint-rules/acme-no-placeholder',
    },
    level: 'warn',
    languages: ['en', 'zh'],
    // Options are validated against this schema when the config loads, like a built-in rule's.
    schema: {
      type: 'object',
      properties: {
        words: { description: 'Placeholders to flag (matched as written).', type: 'array', items: { type: 'string', minLength: 1 } },
      },
      additionalProperties: false,
    },
    defaultOptions: { words: ['TBD', 'TODO', '待定'] },
    messages: {
      placeholder: {
        en: 'Placeholder "{{word}}" left in the summary: replace it with the real content',
        'zh-Hans': '总结里留有占位符“{{word}}”：请补上实际内容',
      },
    },
    examples: [],
  },
  check(doc, context) {
    // A sentence's prose leaves out code, HTML comments and link URLs; `sourceRange` maps a part of the
    // prose back to the document, across any markup in between.
    for (const sentence of doc.sentences) {
      const { prose } = sentence.block;
      const text = prose.text.slice(sentence.start, sentence.end);
      for (const word of context.options.words) {
        for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
          const from = sentence.start + at;
          context.report({ messageId: 'placeholder', data: { word }, range: prose.sourceRange(from, from + word.length) });
        }
      }
    }
  },
};

export default noPlaceholder;
