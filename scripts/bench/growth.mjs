// One shape of the growth benchmark, in its own process (a quadratic shape may hold gigabytes, and a fresh heap
// keeps one shape's garbage from billing the next): `node scripts/bench/growth.mjs NAME N1 N2 N3` lints the shape
// NAME (scripts/bench/shapes.mjs) repeated N1, N2 and N3 times with summarylint's API on one thread, and prints
// one JSON line per size: `{ n, kb, ms, findings }`, `ms` being the least CPU time of a few runs.
import { lintText } from '../../dist/src/index.js';
import { inputKb, SHAPES } from './shapes.mjs';

const [name, ...counts] = process.argv.slice(2);
const shape = SHAPES.find((s) => s.name === name);
if (!shape) throw new Error(`unknown shape ${JSON.stringify(name)}; known: ${SHAPES.map((s) => s.name).join(', ')}`);

/** CPU time of this process (all threads: the work and its garbage collection), in ms. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

async function lint(input) {
  const started = cpuMs();
  const result = await lintText(input.text, { config: input.config ?? {}, filePath: 'growth.md' });
  return { ms: cpuMs() - started, findings: result.findings.length };
}

// Warm up on a small size, so the JIT's compilation is not billed to the first size measured.
await lint(shape.make(Math.max(1, Math.floor(Number(counts[0]) / 10))));

for (const count of counts.map(Number)) {
  const input = shape.make(count);
  let best;
  // The least of three runs (one when a run takes over 5 s: a slow run is not short of precision).
  for (let run = 0; run < 3; run++) {
    const m = await lint(input);
    if (!best || m.ms < best.ms) best = m;
    if (m.ms > 5000) break;
  }
  process.stdout.write(`${JSON.stringify({ n: count, kb: inputKb(input), ms: best.ms, findings: best.findings })}\n`);
}
