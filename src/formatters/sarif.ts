// SARIF 2.1.0 for code-scanning tools (GitHub code scanning, Azure DevOps, IDE viewers).
// - `tool.driver.rules` lists every rule in `rulesMeta`, sorted by id; results point to them by `ruleIndex`.
//   A result whose rule is not in `rulesMeta` keeps its `ruleId` without an index.
// - Findings without a rule (files that could not be read or parsed) are not code problems: they go to
//   `invocations[0].toolExecutionNotifications`, and `executionSuccessful` is false when one is fatal.
// - URIs are relative to `%SRCROOT%` (cwd, given in `originalUriBaseIds`), percent-encoded, with forward
//   slashes; files outside cwd get an absolute `file://` URI.
// - Strings are emitted exactly as found (JSON escaping only).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageInfo } from '../package-info.js';
import type { Finding, RuleMeta, Severity } from '../types.js';
import type { FormatterContext, ReportWriter } from './types.js';
import { displayPath, wholeReport } from './util.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warn: 'warning', info: 'note' };
const SRCROOT = '%SRCROOT%';

/** Where `"results": [` ends up in `JSON.stringify(…, null, 2)`: each result is indented this far. */
const RESULT_INDENT = ' '.repeat(8);
const RESULTS_KEY = '"results": []';

/**
 * The results array written one result at a time, the rest of the log around it: the same bytes as
 * `JSON.stringify(log, null, 2)`. What comes after the results (the engine's notifications and whether every
 * file was linted) is known only at the end, and is small.
 */
export function createWriter(context: FormatterContext): ReportWriter {
  const { version, homepage } = packageInfo();
  const metas = Object.values(context.rulesMeta).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ruleIndex = new Map(metas.map((meta, index) => [meta.id, index]));
  const notifications: object[] = [];
  let executionSuccessful = true;
  let written = 0;

  // The log with no results, cut where the results go: `… "results": [` and `], "invocations": … }`.
  const halves = (): [string, string] => {
    const log = {
      $schema: SARIF_SCHEMA,
      version: '2.1.0' as const,
      runs: [
        {
          tool: {
            driver: {
              name: 'summarylint',
              ...(homepage ? { informationUri: homepage } : {}),
              version,
              rules: metas.map(toReportingDescriptor),
            },
          },
          originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(context.cwd) } },
          results: [],
          invocations: [{ executionSuccessful, toolExecutionNotifications: notifications }],
        },
      ],
    };
    const text = JSON.stringify(log, null, 2) + '\n';
    // Keys and strings are escaped in JSON, so the key with its empty array occurs only where it is meant.
    const cut = text.indexOf(RESULTS_KEY) + RESULTS_KEY.length - 1;
    return [text.slice(0, cut), text.slice(cut)];
  };

  return {
    file(result) {
      let text = '';
      for (const finding of result.findings) {
        if (finding.fatal) executionSuccessful = false;
        const locations = [location(result.filePath, finding, context.cwd)];
        const message = { text: finding.message };
        if (finding.ruleId === null) {
          notifications.push({ level: LEVEL[finding.severity], message, locations });
          continue;
        }
        const index = ruleIndex.get(finding.ruleId);
        const sarifResult = {
          ruleId: finding.ruleId,
          ...(index === undefined ? {} : { ruleIndex: index }),
          level: LEVEL[finding.severity],
          message,
          locations,
        };
        const json = JSON.stringify(sarifResult, null, 2).replaceAll('\n', '\n' + RESULT_INDENT);
        text += (written === 0 ? halves()[0] + '\n' : ',\n') + RESULT_INDENT + json;
        written++;
      }
      return text;
    },
    end() {
      const [opening, closing] = halves();
      return written === 0 ? opening + closing : `\n${RESULT_INDENT.slice(2)}${closing}`;
    },
  };
}

export const format = wholeReport(createWriter);

function toReportingDescriptor(meta: RuleMeta) {
  return {
    id: meta.id,
    shortDescription: { text: meta.description },
    fullDescription: { text: meta.docs.why },
    helpUri: meta.docs.url,
    // A rule off by default (require-metadata) is still described, as disabled.
    defaultConfiguration: meta.level === 'off' ? { enabled: false } : { level: LEVEL[meta.level] },
  };
}

function location(filePath: string, finding: Finding, cwd: string) {
  const shown = displayPath(filePath, cwd);
  const artifactLocation = path.isAbsolute(shown)
    ? { uri: pathToFileURL(shown).href }
    : { uri: shown.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
  const region = regionOf(finding);
  return { physicalLocation: { artifactLocation, ...(region ? { region } : {}) } };
}

/** SARIF lines and columns are 1-based and `endColumn` is exclusive, as ours; unknown positions are left out. */
function regionOf(finding: Finding) {
  if (!(finding.line >= 1)) return undefined;
  const region: Record<string, number> = { startLine: finding.line };
  if (finding.column >= 1) region.startColumn = finding.column;
  if (finding.endLine >= finding.line) {
    region.endLine = finding.endLine;
    if (finding.endColumn >= 1) region.endColumn = finding.endColumn;
  }
  return region;
}

/** A base URI must end with a slash, or the last folder name would be replaced when resolving. */
function directoryUri(folder: string): string {
  const href = pathToFileURL(folder).href;
  return href.endsWith('/') ? href : href + '/';
}
