// Large documents are parsed in pieces (src/parse/markdown.ts, `parsePieces`); the tree must be the one a single
// parse of the whole document gives, positions included. Pieces are made tiny here so that every document is cut
// many times, at blank lines and between the items of long lists.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { parseMarkdown, parsePieces } from '../src/parse/markdown.js';
import { projectMarkdown } from './support/project-markdown.js';

vi.setConfig({ testTimeout: 60_000 });

/** Link reference definitions apply only within their own piece (documented), so texts with them are left out. */
const DEFINITION = /^ {0,3}\[[^\]]+\]:/m;

const documents = projectMarkdown().filter((t) => !DEFINITION.test(t));

const list = (n: number, item: (i: number) => string, join = '\n') => Array.from({ length: n }, (_, i) => item(i)).join(join);

const lists: Record<string, string> = {
  'a tight bullet list': `# Plan\n\n## Next steps\n\n${list(400, (i) => `- Task ${i} for the team`)}\n\nAfter the list.\n`,
  'a tight ordered list': `## 下月计划\n\n${list(300, (i) => `${i + 1}. 第${i + 1}项任务，12月${(i % 28) + 1}日前完成`)}\n`,
  'a loose list': `## Next steps\n\n${list(200, (i) => `- Task ${i}`, '\n\n')}\n`,
  'items with sub-items and continuation lines': `## Plan\n\n${list(150, (i) => `- Task ${i}\n  continued here\n  - sub ${i}\n    - deeper ${i}`)}\n`,
  'task lists': `## Action items\n\n${list(200, (i) => `- [${i % 2 ? 'x' : ' '}] Item ${i} (owner: Kim)`)}\n`,
  'two lists with different markers, side by side': `${list(100, (i) => `- dash ${i}`)}\n${list(100, (i) => `* star ${i}`)}\n${list(100, (i) => `${i + 1}) paren ${i}`)}\n`,
  'list-like lines in code and quotes': `\`\`\`\n${list(200, (i) => `- not an item ${i}`)}\n\`\`\`\n\n${list(200, (i) => `> - quoted ${i}`)}\n\n- a real item\n`,
  'a list that a paragraph line interrupts': `Intro line\n${list(200, (i) => `- item ${i}`)}\nlazy continuation\n- next\n`,
  'a list ending the document without a newline': list(300, (i) => `- item ${i}`),
};

describe('parsePieces', () => {
  it('gives the same tree as one parse, for every fixture and example', () => {
    expect(documents.length).toBeGreaterThan(100);
    for (const text of documents) expect(parsePieces(text, 200)).toEqual(parseMarkdown(text));
    const all = documents.join('\n\n');
    expect(parsePieces(all, 2000)).toEqual(parseMarkdown(all));
  });

  for (const [what, text] of Object.entries(lists)) {
    it(`gives the same tree as one parse: ${what}`, () => {
      for (const size of [50, 300, 2000]) expect(parsePieces(text, size)).toEqual(parseMarkdown(text));
    });
  }

  it('cuts a long tight list between its items (so no piece holds the whole list)', () => {
    const text = lists['a tight bullet list'];
    const tree = parsePieces(text, 300);
    expect(tree.children.map((c) => c.type)).toEqual(['heading', 'heading', 'list', 'paragraph']);
    expect(tree.children[2]).toMatchObject({ type: 'list', spread: false });
    expect((tree.children[2] as { children: unknown[] }).children).toHaveLength(400);
  });

  it('gives the same tree as one parse for random documents of lists, paragraphs, quotes and code', () => {
    const line = fc.constantFrom('- item', '* star', '1. one', '2) two', '  - nested', '    deeper text', '> quote', '> - quoted item', 'plain text', '', '```', '- [ ] task', '---', '# Heading', '| a | b |', '| - | - |', '销售额增长5%。');
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 120 }), fc.integer({ min: 10, max: 400 }), (lines, size) => {
        // After a title: a document that opens with an unclosed `---` is read differently by remark-frontmatter's
        // attempt at front matter (its next lines become paragraphs), a quirk of the whole parse, not of pieces.
        const text = `# Report\n\n${lines.join('\n')}`;
        expect(parsePieces(text, size)).toEqual(parseMarkdown(text));
      }),
      { numRuns: 1000 },
    );
  });
});
