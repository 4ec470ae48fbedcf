// The growth benchmark (issue 25 §3): every input shape of scripts/bench/shapes.mjs at ×1, ×2 and ×4 its base size,
// each shape in a fresh process (scripts/bench/growth.mjs). A row FAILS when its time per KB at ×4 is over 1.5×
// that at ×1: time linear in the input keeps it flat (or falling, as fixed costs spread).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHAPES } from './shapes.mjs';

const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'growth.mjs');
export const MULTIPLIERS = [1, 2, 4];
export const LIMIT = 1.5;

/** Runs one shape's sizes; resolves with the sizes measured before `timeoutMs` (fewer than asked when it ran out). */
function measure(shape, timeoutMs) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SCRIPT, shape.name, ...MULTIPLIERS.map((m) => String(m * shape.base))], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code !== 0 && !timedOut) return reject(new Error(`growth shape ${shape.name} exited ${code}:\n${stderr.slice(-2000)}`));
      resolve({ sizes: stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line)), timedOut });
    });
  });
}

const perKb = (size) => size.ms / size.kb;

/**
 * The growth table (Markdown) and whether every row passed. `timeoutMs` bounds each shape: a shape still running
 * then fails, with the sizes it finished.
 */
export async function growthTable({ timeoutMs = 300_000, log = () => {} } = {}) {
  const lines = [
    `| input shape | ${MULTIPLIERS.map((m) => `×${m}`).join(' | ')} | ms/KB ×${MULTIPLIERS[0]} → ×${MULTIPLIERS.at(-1)} | growth | result |`,
    `| --- | ${MULTIPLIERS.map(() => '---:').join(' | ')} | ---: | ---: | --- |`,
  ];
  let passed = true;
  for (const shape of SHAPES) {
    const { sizes, timedOut } = await measure(shape, timeoutMs);
    const cells = MULTIPLIERS.map((_, i) => (sizes[i] ? `${sizes[i].kb.toFixed(0)} KB: ${(sizes[i].ms / 1000).toFixed(2)} s` : `> ${timeoutMs / 1000} s`));
    const complete = sizes.length === MULTIPLIERS.length && !timedOut;
    const growth = complete ? perKb(sizes.at(-1)) / perKb(sizes[0]) : Infinity;
    const pass = growth <= LIMIT;
    passed &&= pass;
    const rate = complete ? `${perKb(sizes[0]).toFixed(2)} → ${perKb(sizes.at(-1)).toFixed(2)}` : 'timed out';
    lines.push(`| ${shape.what} (n = ${shape.base.toLocaleString('en')}) | ${cells.join(' | ')} | ${rate} | ${complete ? `${growth.toFixed(2)}×` : '—'} | ${pass ? 'PASS' : 'FAIL'} |`);
    log(`  ${shape.name.padEnd(24)} ${cells.join('  ')}  ${complete ? `${growth.toFixed(2)}×` : 'timed out'} ${pass ? 'PASS' : 'FAIL'}`);
  }
  return { table: lines.join('\n'), passed };
}
