// `summarylint lsp`: the Language Server over standard input and output (src/lsp/server.ts), for editors.
import type { CliIO } from '../cli.js';
import { commandFor } from './index.js';

export async function run(args: string[], io: CliIO): Promise<number> {
  const program = commandFor('lsp', io)
    .description('Run the summarylint Language Server over standard input and output (for editors; see docs/editors.md).')
    .option('--stdio', 'talk over standard input and output (the default; accepted because editors pass it)')
    .option('--safe', 'for untrusted folders: load only JSON and YAML configs, never JavaScript configs or plugins');
  program.parse(args, { from: 'user' });
  const { safe } = program.opts<{ safe?: boolean }>();
  const { startServer } = await import('../lsp/server.js');
  return startServer(io, { safe });
}
