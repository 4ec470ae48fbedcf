// A result in its stored form: its counts, the JSON report's `messages` for it and what they leave out of the
// findings (`rest`), as UTF-8. The cache keeps results this way, and worker threads send theirs this way. The
// findings are made from the stored JSON only when something reads them; until then the JSON report copies the
// messages' bytes as they are. A warm run with the JSON report (CI's case) so neither parses nor serializes a
// single finding, and the thread that takes the workers' results neither rebuilds nor serializes one either.
import { fromJsonMessage, messagesJson, type JsonMessage } from '../formatters/json.js';
import type { Finding, FileResult } from '../types.js';

export interface StoredForm {
  /** The JSON report's `messages`. */
  messages: Uint8Array;
  /** `{"urls":[…],"at":[start, end, url, …]}`: each finding's range, and its docs URL as an index into `urls` (-1: none). */
  rest: Uint8Array;
}

/** A result as a worker sends it: a plain object, which survives the structured clone between threads. */
export interface PackedResult extends StoredForm {
  counts: Omit<FileResult, 'findings'>;
}

/** Stored results nobody has read the findings of, with their stored form. */
const untouched = new WeakMap<FileResult, StoredForm>();

/** A result whose findings are made by `readFindings` from `stored` when first read. */
export function storedResult(counts: Omit<FileResult, 'findings'>, stored: StoredForm, readFindings: () => Finding[]): FileResult {
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
  untouched.set(result, stored);
  return result;
}

/** Whether a finding is fatal. A stored result whose findings nobody has read has none (fatal ones are never stored). */
export function hasFatalFinding(result: FileResult): boolean {
  return !untouched.has(result) && result.findings.some((finding) => finding.fatal);
}

/** The JSON report's `messages` (UTF-8) of a stored result whose findings nobody has read, else `undefined`. */
export function storedMessages(result: FileResult): Uint8Array | undefined {
  return untouched.get(result)?.messages;
}

/** A result's stored form: the one it came with, or one made from its findings. */
export function storedFormOf(result: FileResult): StoredForm {
  return untouched.get(result) ?? { messages: encode(messagesJson(result.findings)), rest: encode(restOf(result.findings)) };
}

/** What a worker sends back: the stored form, or the result as it is when it has a fatal finding (never stored). */
export function packResult(result: FileResult): FileResult | PackedResult {
  if (hasFatalFinding(result)) return result;
  const { findings: _findings, ...counts } = result;
  return { counts, ...storedFormOf(result) };
}

export function unpackResult(sent: FileResult | PackedResult): FileResult {
  if (!('counts' in sent)) return sent;
  return storedResult(sent.counts, sent, () => findingsOf(sent));
}

/**
 * The findings back from their stored form; throws on a form that does not parse. The bytes are read through a
 * Buffer view, as a worker's Uint8Array arrives without Buffer's methods.
 */
export function findingsOf({ messages, rest }: StoredForm): Finding[] {
  const parsed = JSON.parse(text(messages)) as JsonMessage[];
  const { urls, at } = JSON.parse(text(rest)) as { urls: string[]; at: number[] };
  if (at.length !== 3 * parsed.length) throw new Error('the findings do not match their messages');
  return parsed.map((message, i) => fromJsonMessage(message, [at[3 * i], at[3 * i + 1]], at[3 * i + 2] === -1 ? undefined : urls[at[3 * i + 2]]));
}

function restOf(findings: readonly Finding[]): string {
  const urls: string[] = [];
  const at: number[] = [];
  for (const { range, url } of findings) {
    let index = url === undefined ? -1 : urls.indexOf(url);
    if (url !== undefined && index === -1) index = urls.push(url) - 1;
    at.push(range[0], range[1], index);
  }
  return JSON.stringify({ urls, at });
}

const encoder = new TextEncoder();

/** UTF-8 in an ArrayBuffer of its own: a structured clone copies a view's whole buffer, and Buffer's small strings share a pool. */
function encode(value: string): Uint8Array {
  return encoder.encode(value);
}

function text(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}
