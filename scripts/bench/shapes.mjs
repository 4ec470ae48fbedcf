// The input shapes of issue 25 §3: each one line or item repeated `n` times, the shapes that once made a run's time
// grow faster than its input. `npm run bench -- --only growth` lints each at three sizes, and
// test/robustness/growth.test.ts lints each at two; both import these generators so they measure the same text.
//
// Each shape returns `{ text, config }`: the Markdown to lint and the config object (rules and settings) it runs
// with. `base` is the repeat count of the benchmark's smallest size.

const heading = (title) => `# ${title}\n\n`;

/** Every roster name is distinct, Latin, and not a word the owner rules know. */
const rosterNames = (count) => Array.from({ length: count }, (_, i) => `Zed${i.toString(36)}q`);

export const SHAPES = [
  {
    name: 'zh claim clause',
    what: '`销售额有所提升，` ×n',
    base: 1_000,
    make: (n) => ({ text: `${heading('月报')}## 成果\n\n${'销售额有所提升，'.repeat(n)}\n` }),
  },
  {
    name: 'en claim clause',
    what: '`sales saw some improvement and ` ×n',
    base: 1_000,
    make: (n) => ({ text: `${heading('Monthly report')}## Results\n\n${'sales saw some improvement and '.repeat(n)}\n` }),
  },
  {
    name: 'zh amount words',
    what: '`我们拜访了大量客户和` ×n',
    base: 1_000,
    make: (n) => ({ text: `${heading('月报')}## 成果\n\n${'我们拜访了大量客户和'.repeat(n)}\n` }),
  },
  {
    name: 'one long list item',
    what: '`- we met several customers and ` ×n, one item',
    base: 1_000,
    make: (n) => ({ text: `${heading('Monthly report')}## Results\n\n- ${'we met several customers and '.repeat(n)}\n` }),
  },
  {
    name: 'zh judgement clauses',
    what: '`效果很好，` ×n',
    base: 1_000,
    make: (n) => ({ text: `${heading('月报')}## 成果\n\n${'效果很好，'.repeat(n)}\n` }),
  },
  {
    name: 'one item of many sentences',
    what: '`花了大量时间。` ×n, one item',
    base: 1_000,
    make: (n) => ({ text: `${heading('月报')}## 成果\n\n- ${'花了大量时间。'.repeat(n)}\n` }),
  },
  {
    name: 'unclosed quotes',
    what: '`“sales ` ×n',
    base: 5_000,
    make: (n) => ({ text: `${heading('Monthly report')}## Results\n\n${'“sales '.repeat(n)}\n` }),
  },
  {
    name: 'wide table row',
    what: 'a table row of n cells',
    base: 1_000,
    make: (n) => ({
      text: `${heading('Monthly report')}## Next steps\n\n|${' Task |'.repeat(n)}\n|${' --- |'.repeat(n)}\n|${' fix it soon |'.repeat(n)}\n`,
    }),
  },
  {
    name: 'disable/enable pairs',
    what: 'n pairs of disable/enable comments',
    base: 250,
    make: (n) => ({
      text: `${heading('Monthly report')}## Results\n\n${
        '<!-- summarylint-disable no-vague-wording -->\nWe made significant progress.\n<!-- summarylint-enable no-vague-wording -->\n\nSales improved a lot.\n\n'.repeat(n)
      }`,
    }),
  },
  {
    name: 'one long problem item',
    what: 'one problems item `the build failed and ` ×n',
    base: 1_000,
    make: (n) => ({ text: `${heading('Monthly report')}## Problems\n\n- ${'the build failed and '.repeat(n)}\n` }),
  },
  {
    name: 'one long plan item',
    what: 'one plan item `fix the cache soon and ` ×n',
    base: 1_000,
    make: (n) => ({ text: `${heading('Monthly report')}## Next steps\n\n- ${'fix the cache soon and '.repeat(n)}\n` }),
  },
  {
    name: 'roster, many items',
    what: 'a 500-name roster with n action items',
    base: 1_000,
    make: (n) => ({
      text: `${heading('Monthly report')}## Next steps\n\n${Array.from({ length: n }, (_, i) => `- Fix cache ${i} by Friday.\n`).join('')}`,
      config: { settings: { roster: rosterNames(500) } },
    }),
  },
  {
    name: 'roster, many names',
    what: 'an n-name roster with 200 action items',
    base: 5_000,
    make: (n) => ({
      text: `${heading('Monthly report')}## Next steps\n\n${Array.from({ length: 200 }, (_, i) => `- Fix cache ${i} by Friday.\n`).join('')}`,
      config: { settings: { roster: rosterNames(n) } },
    }),
  },
];

/** The input's size in KB: the Markdown, plus the config when it is part of what grows. */
export const inputKb = ({ text, config }) => (Buffer.byteLength(text) + (config ? Buffer.byteLength(JSON.stringify(config)) : 0)) / 1024;
