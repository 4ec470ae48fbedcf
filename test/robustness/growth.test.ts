// Time linear in the input (issue 25 §3), the quick version of `npm run bench -- --only growth`: each input shape of
// scripts/bench/shapes.mjs is linted at a quarter of its base size and at twice it (8× the input), by the bench's
// own measuring script in a fresh process (dist/, which the suite's setup builds), and its time per KB may at most
// triple.
//
// Why noise cannot fail it: the time is the process's CPU time (not wall time, which a loaded machine stretches),
// the least of three runs after a warm-up run, in a process of its own (no other test's garbage to collect). A
// linear shape's time per KB stays flat or falls as the size grows (fixed costs spread), so it has 3× of headroom;
// a quadratic one's grows up to 8× at these sizes, where before the fix its quadratic part was most of the time
// (npm run bench -- --only growth measured 3× to over 100× per KB), far past the bound.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, it, vi } from 'vitest';
import { SHAPES } from '../../scripts/bench/shapes.mjs';
import { ROOT } from '../support/cli.js';

vi.setConfig({ testTimeout: 180_000 });

type Size = { n: number; kb: number; ms: number };

describe('time grows linearly with the input', () => {
  for (const shape of SHAPES) {
    it(shape.what, async ({ expect }) => {
      const counts = [Math.round(shape.base / 4), shape.base * 2];
      const { stdout } = await promisify(execFile)(process.execPath, [path.join(ROOT, 'scripts/bench/growth.mjs'), shape.name, ...counts.map(String)]);
      const [small, large] = stdout.trim().split('\n').map((line) => JSON.parse(line) as Size);
      const growth = large.ms / large.kb / (small.ms / small.kb);
      expect(growth, `time per KB grew ${growth.toFixed(2)}× for ${(large.kb / small.kb).toFixed(1)}× the input`).toBeLessThan(3);
    });
  }
});
