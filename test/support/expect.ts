// Expected findings written inside fixtures as invisible HTML comments (markdownlint's method, but with
// comments so prose rules never see the markers):
//   <!-- expect: rule-id[:LINE][@COLUMN], … -->   LINE: absolute N, or +N / -N relative to the marker's line
//   <!-- summarylint-fixture {"rules": {…}} -->    per-fixture config, on the first line (after the front matter, if any)
import type { UserConfig } from '../../src/types.js';

export interface Expectation {
  ruleId: string;
  line: number;
  column?: number;
}

const MARKER = /<!--\s*expect:\s*([\s\S]*?)-->/g;
const ITEM = /^([a-z][a-z0-9-]*)(?::([+-]?\d+))?(?:@(\d+))?$/;

export function readExpectations(text: string): Expectation[] {
  const out: Expectation[] = [];
  for (const m of text.matchAll(MARKER)) {
    const markerLine = text.slice(0, m.index).split('\n').length;
    const body = m[1].trim();
    if (body === 'none') continue;
    for (const raw of body.split(',').map((s) => s.trim()).filter(Boolean)) {
      const item = ITEM.exec(raw);
      if (!item) throw new Error(`bad expect item "${raw}" on line ${markerLine}`);
      const [, ruleId, line, column] = item;
      const target = line === undefined ? markerLine : /^[+-]/.test(line) ? markerLine + Number(line) : Number(line);
      out.push({ ruleId, line: target, ...(column ? { column: Number(column) } : {}) });
    }
  }
  return out;
}

export function readFixtureConfig(text: string): UserConfig {
  const m = /^(?:---\r?\n[\s\S]*?\r?\n---\r?\n)?<!--\s*summarylint-fixture\s+([\s\S]*?)-->/.exec(text);
  return m ? (JSON.parse(m[1]) as UserConfig) : {};
}

/** `rule:line[@col]` keys, sorted, for an exact multiset comparison with a readable diff. */
export function expectationKeys(items: Array<{ ruleId: string | null; line: number; column?: number }>, withColumn: (e: { ruleId: string | null; line: number }) => boolean): string[] {
  return items
    .map((e) => `${e.ruleId ?? 'summarylint'}:${e.line}${withColumn(e) && e.column !== undefined ? `@${e.column}` : ''}`)
    .sort();
}
