// Whether to colour output: the CLI calls this for the stream it writes to.
export interface ColorStream {
  isTTY?: boolean;
  /** Node's `tty.WriteStream#hasColors`: knows `TERM=dumb`, CI terminals and the like. */
  hasColors?: (env?: object) => boolean;
}

/**
 * Precedence, as Node itself applies it: `FORCE_COLOR` wins (`0`/`false` turn colour off, anything else,
 * the empty string included, turns it on); then `NO_COLOR` set to a non-empty value turns it off
 * (https://no-color.org); otherwise colour only on a terminal that supports it. Writing to a file or a pipe
 * (`-o`, `| less`) gets no colour.
 */
export function shouldUseColor(stream: ColorStream, env: Record<string, string | undefined> = process.env): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env.NO_COLOR) return false;
  if (!stream.isTTY) return false;
  return typeof stream.hasColors === 'function' ? stream.hasColors(env) : env.TERM !== 'dumb';
}
