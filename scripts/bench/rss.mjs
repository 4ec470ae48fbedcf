// Preloaded into every process the benchmark measures (`node --import …/rss.mjs`): writes the process's peak
// resident memory (KB, worker threads included) to BENCH_RSS_FILE when it exits, so memory is measured the
// same way for summarylint, the floors and the other linters, on any platform.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
