// scripts/eval-compare.mjs: two eval runs side by side, each cell "before → after" only where the numbers moved.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/cli.js';

const tally = (caught: number) => ({ marked: 10, caught, clean: 20, flagged: 1, findings: 8, labelled: 6 });
const run = (caught: number, wrongNow: number) => ({
  tallies: { tune: { 'no-vague-wording': { all: tally(caught) } }, check: { 'no-vague-wording': { all: tally(5) } }, holdout: {} },
  precision: { 'no-vague-wording': { findings: 30 + caught } },
  stillReported: { 'no-vague-wording': { right: 9, rightNow: 9, wrong: 4, wrongNow } },
});

describe('eval-compare', () => {
  it('prints a changed cell as before → after and an unchanged one once', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'eval-compare-'));
    writeFileSync(path.join(dir, 'before.json'), JSON.stringify(run(4, 3)));
    writeFileSync(path.join(dir, 'after.json'), JSON.stringify(run(7, 1)));
    const out = execFileSync(process.execPath, [path.join(ROOT, 'scripts/eval-compare.mjs'), path.join(dir, 'before.json'), path.join(dir, 'after.json')], { encoding: 'utf8' });
    expect(out).toContain('| no-vague-wording | all | 40% (4/10) → 70% (7/10) | 50% (5/10) | – |');
    expect(out).toContain('| no-vague-wording | 9 → 9 | 3 → 1 | 75% → 90% |');
    expect(out).toContain('- no-vague-wording: 34 → 37');
  });
});
