// Where the CLI writes a report as it grows: standard output, or a file given with `-o`. A file is written to a
// temporary name beside it and renamed over it at the end, so a reader (a CI upload step, an editor) never sees
// half a report, and a run that fails leaves the old report as it was. (write-file-atomic does the same for a
// whole string; it cannot take a report that is written in pieces.)
import { unlinkSync } from 'node:fs';
import { chmod, open, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

export interface ReportOutput {
  write(text: string): Promise<void>;
  /** The report is complete: make it visible. */
  close(): Promise<void>;
  /** The run failed: drop what was written to a file. */
  abort(): Promise<void>;
}

/**
 * Resolves once the text is handed over (or the stream is gone); never rejects: a closed pipe (`| head`) is
 * not the linter's failure, and the rest of the report is dropped.
 */
export function writeTo(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (text.length === 0) return Promise.resolve();
  return new Promise((resolve) => {
    try {
      stream.write(text, () => resolve());
    } catch {
      resolve();
    }
  });
}

/** Waits for each piece to be handed to the stream, so a slow reader holds the run back instead of memory. */
export function streamOutput(stream: NodeJS.WritableStream): ReportOutput {
  return { write: (text) => writeTo(stream, text), close: async () => {}, abort: async () => {} };
}

export async function fileOutput(file: string): Promise<ReportOutput> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  const mode = await stat(file).then((stats) => stats.mode & 0o7777, () => undefined);
  // Ctrl-C or a CI timeout mid-run: remove the temporary file, then die of the signal as if not caught. Listening
  // starts before the file exists, so there is no moment when it exists and a signal would leave it behind.
  const onSignal = (signal: NodeJS.Signals) => {
    try {
      unlinkSync(temp);
    } catch {
      // not created yet, or already gone
    }
    process.kill(process.pid, signal);
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of signals) process.once(signal, onSignal);
  const release = () => {
    for (const signal of signals) process.off(signal, onSignal);
  };
  let handle: FileHandle;
  try {
    handle = await open(temp, 'wx');
  } catch (error) {
    release();
    throw error;
  }
  let done = false;
  return {
    async write(text) {
      if (text.length > 0) await handle.write(text);
    },
    async close() {
      if (done) return;
      done = true;
      release();
      try {
        await handle.close();
        // A report that already exists keeps its permissions, as with write-file-atomic.
        if (mode !== undefined) await chmod(temp, mode);
        await rename(temp, file);
      } catch (error) {
        await handle.close().catch(() => {});
        await unlink(temp).catch(() => {});
        throw error;
      }
    },
    async abort() {
      if (done) return;
      done = true;
      release();
      await handle.close().catch(() => {});
      await unlink(temp).catch(() => {});
    },
  };
}
