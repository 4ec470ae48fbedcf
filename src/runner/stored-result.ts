// A result read back from the cache. Its findings are made from their stored JSON only when something reads
// them; until then the JSON report copies the messages' bytes as the cache stored them. A warm run with the JSON
// report (CI's case) so neither parses nor serializes a single finding, nor decodes their text.
import type { Finding, FileResult } from '../types.js';

/** Stored results nobody has read the findings of, with their JSON report `messages` as UTF-8. */
const untouched = new WeakMap<FileResult, Uint8Array>();

export function storedResult(counts: Omit<FileResult, 'findings'>, messages: Uint8Array, readFindings: () => Finding[]): FileResult {
  const result = { ...counts } as FileResult;
  const settle = (findings: Finding[]) => {
    untouched.delete(result);
    Object.defineProperty(result, 'findings', { value: findings, writable: true, enumerable: true, configurable: true });
    return findings;
  };
  // Reading the findings (or replacing them) ends the copying: from then on they may differ from the text.
  Object.defineProperty(result, 'findings', {
    get: () => settle(readFindings()),
    set: settle,
    enumerable: true,
    configurable: true,
  });
  untouched.set(result, messages);
  return result;
}

/** Whether a finding is fatal. A stored result whose findings nobody has read has none (the cache never stores them). */
export function hasFatalFinding(result: FileResult): boolean {
  return !untouched.has(result) && result.findings.some((finding) => finding.fatal);
}

/** The JSON report's `messages` (UTF-8) of a stored result whose findings nobody has read, else `undefined`. */
export function storedMessages(result: FileResult): Uint8Array | undefined {
  return untouched.get(result);
}
