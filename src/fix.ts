// `--fix` and `--fix-dry-run`: apply the fixes rules attach to findings, ESLint's way. Each pass applies the
// fixes that do not overlap, in order of position, to the text the previous pass wrote; the text is linted again
// between passes (a fix may make room for another, or make one moot), for at most MAX_PASSES passes.
// Only UTF-8 files are rewritten (a BOM is kept); the file is written atomically, and only when its text changed.
import { readFile, stat } from 'node:fs/promises';
import { createTwoFilesPatch } from 'diff';
import writeFileAtomic from 'write-file-atomic';
import { lintText, type LintTextOptions } from './lint.js';
import { decode } from './read.js';
import type { FileResult, Finding, Fix } from './types.js';

/** As ESLint: enough for fixes that enable others, bounded against two rules undoing each other. */
export const MAX_PASSES = 10;

/** `text` with the non-overlapping fixes applied, in order; a fix that overlaps an earlier one waits a pass. */
export function applyFixes(text: string, findings: readonly Finding[]): { text: string; applied: number } {
  const fixes = findings.flatMap((finding) => (finding.fix ? [finding.fix] : [])).sort(byRange);
  let output = '';
  let copied = 0;
  let applied = 0;
  let previous: Fix | undefined;
  for (const fix of fixes) {
    const [start, end] = fix.range;
    if (previous && previous.range[0] === start && previous.range[1] === end && previous.text === fix.text) continue;
    // Touching is overlapping for insertions: two inserts at one place would land in an order no rule chose.
    if (start < copied || (previous && start === copied && (start === end || previous.range[0] === previous.range[1]))) continue;
    output += text.slice(copied, start) + fix.text;
    copied = end;
    applied++;
    previous = fix;
  }
  return { text: output + text.slice(copied), applied };
}

function byRange(a: Fix, b: Fix): number {
  return a.range[0] - b.range[0] || a.range[1] - b.range[1];
}

export interface FixOutcome {
  /** The findings that remain once the fixes are applied. */
  result: FileResult;
  before: string;
  after: string;
}

/** Lint and fix one file's text, pass by pass. */
export async function fixText(text: string, options: LintTextOptions): Promise<{ result: FileResult; text: string }> {
  let result = await lintText(text, options);
  for (let pass = 0; pass < MAX_PASSES && result.findings.some((finding) => finding.fix); pass++) {
    const fixed = applyFixes(text, result.findings);
    if (fixed.applied === 0 || fixed.text === text) break;
    text = fixed.text;
    result = await lintText(text, options);
  }
  return { result, text };
}

/**
 * Read a file, fix it in memory, and write it back (atomically, keeping its mode and BOM) when `write` and its text
 * changed. `undefined` for a file that is not clean UTF-8 (UTF-16, invalid bytes): it is never rewritten.
 */
export async function fixFile(filePath: string, options: LintTextOptions, write: boolean): Promise<FixOutcome | undefined> {
  const bytes = await readFile(filePath);
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const read = decode(bytes);
  if (utf16 || read.kind !== 'text' || read.notes.length > 0) return undefined;
  const before = read.text;
  const { result, text: after } = await fixText(before, { ...options, filePath });
  if (write && after !== before) {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const { mode } = await stat(filePath);
    await writeFileAtomic(filePath, (bom ? '\ufeff' : '') + after, { mode });
  }
  return { result, before, after };
}

/** A unified diff of what `--fix` would change in a file, git's way (`a/` and `b/`); '' when nothing. */
export function fixDiff(displayName: string, before: string, after: string): string {
  if (before === after) return '';
  return createTwoFilesPatch(`a/${displayName}`, `b/${displayName}`, before, after, undefined, undefined, { context: 3 }).replace(/^=+\n/, '');
}
