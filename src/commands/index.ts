// Subcommands: `summarylint <command> …`. The first argument picks one; anything else is a lint run (so a
// folder named like a command is linted as `./rules`). Each command module is imported only when run.
import { Command } from 'commander';
import type { CliIO } from '../cli.js';

export interface Subcommand {
  /** Runs the command with its own arguments (after the command name); resolves to the exit code. */
  run(args: string[], io: CliIO): Promise<number>;
}

export const subcommands: Readonly<Record<string, () => Promise<Subcommand>>> = {
  init: () => import('./init.js'),
  new: () => import('./new.js'),
  rules: () => import('./rules.js'),
  'merge-reports': () => import('./merge-reports.js'),
  lsp: () => import('./lsp.js'),
  report: () => import('./report.js'),
};

export function isSubcommand(name: string | undefined): name is string {
  return name !== undefined && Object.hasOwn(subcommands, name);
}

/** A commander program for a subcommand, with the CLI's conventions: usage errors exit 2, output to `io`. */
export function commandFor(name: string, io: CliIO): Command {
  return new Command(`summarylint ${name}`)
    .helpOption('-h, --help', 'show this help')
    .showHelpAfterError(`Run 'summarylint ${name} --help' for the options.`)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => void io.stderr.write(text),
      outputError: (text, write) => write(`summarylint: ${text}`),
    });
}

/** A problem the user can fix (exit 2), reported in one line without a stack trace. */
export class CommandError extends Error {
  override name = 'CommandError';
}
