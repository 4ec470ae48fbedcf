// The I/O floor: find and read every Markdown file under the folders given, and nothing else.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

let bytes = 0;
for (const folder of process.argv.slice(2)) {
  const entries = (await readdir(folder, { recursive: true })).filter((name) => name.endsWith('.md')).sort();
  for (const name of entries) bytes += (await readFile(path.join(folder, name))).length;
}
if (bytes === 0) process.exitCode = 1;
