// The eval's labels (eval/labels, written by readers before the linter ran; see eval/LABELLING.md) must keep
// pointing at the corpus lines they were written for, and every labelled document must be in the fixed split.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module without types
import { fingerprint } from '../eval/fingerprint.mjs';
import { builtinRules } from '../rules/index.js';
import { ROOT } from './support/cli.js';

const CORPUS = path.resolve(ROOT, '../shared/corpus/public');
const RULES = Object.keys(builtinRules);
const ROLES = ['overview', 'results', 'problems', 'plan'];

interface Pointer {
  line: number;
  fp: string;
}
interface Label {
  path: string;
  lang: string;
  kind: string;
  sections: Record<string, { line: number } | null>;
  missingMarked: string[];
  weaknesses: Array<Pointer & { rule: string; also?: string[]; note: string }>;
  clean: Pointer[];
}

const labels: Label[] = ['en', 'zh'].flatMap((dir) => {
  const folder = path.join(ROOT, 'eval/labels', dir);
  return readdirSync(folder).filter((name) => name.endsWith('.json')).map((name) => JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as Label);
});
const split = JSON.parse(readFileSync(path.join(ROOT, 'eval/split.json'), 'utf8')) as Record<string, string>;

describe('eval labels', () => {
  it('are well formed and cover the split exactly', () => {
    expect(labels.map((l) => l.path).sort()).toEqual(Object.keys(split).sort());
    expect(new Set(Object.values(split))).toEqual(new Set(['tune', 'check', 'holdout']));
    for (const label of labels) {
      expect(['en', 'zh-Hans', 'zh-Hant'], label.path).toContain(label.lang);
      expect(Object.keys(label.sections).sort(), label.path).toEqual([...ROLES].sort());
      for (const role of label.missingMarked) expect(label.sections[role], `${label.path}: ${role}`).toBeNull();
      for (const w of label.weaknesses) {
        expect(RULES, `${label.path}:${w.line}`).toContain(w.rule);
        for (const also of w.also ?? []) expect(RULES).toContain(also);
        expect(w.note.split(/\s+/).length, `${label.path}:${w.line} note`).toBeLessThanOrEqual(14);
      }
    }
  });

  it.skipIf(!existsSync(CORPUS))('point at the lines they were written for (needs ../shared/corpus)', () => {
    for (const label of labels) {
      const lines = readFileSync(path.join(CORPUS, label.path), 'utf8').split(/\r\n|\r|\n/);
      for (const pointer of [...label.weaknesses, ...label.clean]) {
        expect(fingerprint(lines[pointer.line - 1] ?? ''), `${label.path}:${pointer.line}`).toBe(pointer.fp);
      }
    }
  });
});

if (!existsSync(CORPUS)) console.warn(`test/eval-labels.test.ts: ${CORPUS} is absent, so the labels' line pointers are not checked.`);
