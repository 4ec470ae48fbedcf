// The single runner for every fixture and every rule's documented examples: each case is linted with
// ALL rules (cross-rule false positives show up here) and must produce exactly the findings its
// `<!-- expect: … -->` markers state.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { lintText } from '../src/lint.js';
import type { PreviousSummary } from '../src/previous.js';
import type { UserConfig } from '../src/types.js';
import { readExpectations, readFixtureConfig, type Expectation } from './support/expect.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

/** A fixture's previous summary, for rules that read one: `x.md` is linted with `x.previous.md` beside it. */
const PREVIOUS = '.previous.md';

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return markdownFiles(full);
    return name.endsWith('.md') && !name.endsWith(PREVIOUS) ? [full] : [];
  });
}

interface Case {
  name: string;
  text: string;
  config: UserConfig;
  previous?: PreviousSummary;
}

const fixtureCases: Case[] = markdownFiles(FIXTURES).map((file) => {
  const text = readFileSync(file, 'utf8');
  const previousPath = file.replace(/\.md$/, PREVIOUS);
  const previous = existsSync(previousPath) ? { path: previousPath, text: readFileSync(previousPath, 'utf8') } : undefined;
  return { name: path.relative(FIXTURES, file), text, config: readFixtureConfig(text), previous };
});

const exampleCases: Case[] = Object.values(builtinRules).flatMap((rule) =>
  rule.meta.examples.map((example) => ({
    name: `${rule.meta.id} example: ${example.title}`,
    text: example.markdown,
    // A rule that is off in the recommended preset runs in its examples at `warn`.
    config: example.options || rule.meta.level === 'off' ? { rules: { [rule.meta.id]: [rule.meta.level === 'off' ? 'warn' : rule.meta.level, example.options ?? {}] } } : {},
    previous: example.previous && { path: path.resolve(example.previous.path), text: example.previous.markdown },
  })),
);

/** Compare as multisets of `rule:line[@column]`; a column is compared only where the marker gives one. */
function keys(expected: Expectation[], actual: Array<{ ruleId: string | null; line: number; column: number }>) {
  const withColumn = new Set(expected.filter((e) => e.column !== undefined).map((e) => `${e.ruleId}:${e.line}`));
  const key = (ruleId: string | null, line: number, column?: number) =>
    `${ruleId ?? 'summarylint'}:${line}${column !== undefined && withColumn.has(`${ruleId}:${line}`) ? `@${column}` : ''}`;
  return {
    expected: expected.map((e) => key(e.ruleId, e.line, e.column)).sort(),
    actual: actual.map((f) => key(f.ruleId, f.line, f.column)).sort(),
  };
}

describe.each([...fixtureCases, ...exampleCases].map((c) => [c.name, c] as const))('%s', (_name, c) => {
  it('reports exactly the expected findings', async () => {
    const result = await lintText(c.text, { config: c.config, filePath: 'fixture.md', previous: c.previous });
    const { expected, actual } = keys(readExpectations(c.text), result.findings);
    const detail = result.findings.map((f) => `  ${f.line}:${f.column} ${f.ruleId}: ${f.message}`).join('\n');
    expect(actual, `should have ${expected.length} findings but had ${actual.length}:\n${detail}`).toEqual(expected);
  });
});

/** A fixture's language, from its name: `en-…`, `zh-…` (Simplified) or `zh-hant-…`. */
const languageOf = (name: string) => /^(en|zh-hant|zh)-/.exec(path.basename(name))?.[1];

/** Lines a rule could report: prose, items and table rows (not headings, blank lines, comments or table rules). */
const contentLines = (text: string) =>
  text.split('\n').filter((line) => line.trim() !== '' && !/^\s*(#|<!--|\|?\s*:?-{3})/.test(line)).length;

describe('fixture coverage', () => {
  // Issue 3: at least 10 failing and 10 passing cases per rule and language, in the rule's own folder.
  // A failing case is an expected finding of the rule; a passing case is a line of the rule's `-pass-` fixtures
  // that expects none.
  for (const rule of Object.values(builtinRules)) {
    for (const lang of ['en', 'zh', 'zh-hant']) {
      it(`${rule.meta.id} has 10 failing and 10 passing cases in ${lang}`, () => {
        const own = fixtureCases.filter((c) => c.name.startsWith(`${rule.meta.id}/`) && languageOf(c.name) === lang);
        const failing = own.flatMap((c) => readExpectations(c.text).filter((e) => e.ruleId === rule.meta.id));
        // A passing fixture may hold a contrasting failing line; it is not counted as passing.
        const passing = own
          .filter((c) => c.name.includes('-pass-'))
          .reduce((n, c) => n + contentLines(c.text) - readExpectations(c.text).filter((e) => e.ruleId === rule.meta.id).length, 0);
        expect(failing.length, 'failing cases').toBeGreaterThanOrEqual(10);
        expect(passing, 'passing cases').toBeGreaterThanOrEqual(10);
      });
    }
  }
});
