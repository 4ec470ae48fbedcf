// The young generation ("nursery") of the CLI's own thread. With workers, this thread only finds the files and
// writes their findings to the report; what it allocates dies at once, and the nursery it has after start-up is
// enough. But V8 doubles a nursery whenever the bytes that survived its collections since the last doubling add
// up to its size, however slowly they do: over a long run the CLI's thread reached V8's largest (16 MB per half,
// both halves touched), and dead report bytes waited there for a collection. Over the bench's 10,000 files the
// process then peaked at 243–252 MB; with the nursery kept as it was, 212 MB, in the same time.
// A thread that lints needs room for a document's tokens and tree instead: a one-thread run over 1,000 files took
// a fifth longer in a small nursery, so it grows again as soon as this thread lints.
import { setFlagsFromString } from 'node:v8';

let kept = false;

/** From now on V8 grows no nursery (a growth factor of 1). The CLI calls this before finding files. */
export function keepNurserySmall(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
  kept = true;
}

/**
 * V8 sets the growth factor back to 2 whenever a thread starts (it clamps the flag as it sizes each new heap), so
 * the pool calls this once its threads run. The workers start with their nurseries at full size (pool.ts).
 */
export function renewNurseryLimit(): void {
  if (kept) setFlagsFromString('--semi-space-growth-factor=1');
}

/** This thread lints: its nursery may grow again (V8's factor, 2). Nothing to undo if it was never kept small. */
export function letNurseryGrow(): void {
  if (!kept) return;
  setFlagsFromString('--semi-space-growth-factor=2');
  kept = false;
}
