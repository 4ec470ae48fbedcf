// JUnit XML, the shape GitLab, Jenkins and Azure Pipelines read: one <testsuite>, one <testcase> per file,
// one <failure> per error (warnings and info findings go to <system-out> so they show without failing).
import type { FileResult, Finding } from '../types.js';
import type { FormatterContext, ReportWriter } from './types.js';
import { countFindings, displayPath, wholeReport } from './util.js';

/** The totals come first in the XML, so the test cases are kept (as text) until the last file. */
export function createWriter(context: FormatterContext): ReportWriter {
  const cases: string[] = [];
  let failures = 0;
  return {
    file(result) {
      cases.push(testCase(result, context));
      failures += countFindings(result.findings).errors;
      return '';
    },
    end: () =>
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="summarylint" tests="${cases.length}" failures="${failures}">`,
        `  <testsuite name="summarylint" tests="${cases.length}" failures="${failures}" errors="0" skipped="0">`,
        ...cases,
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
  };
}

export const format = wholeReport(createWriter);

function testCase(result: FileResult, context: FormatterContext): string {
  const file = displayPath(result.filePath, context.cwd);
  const errors = result.findings.filter((f) => f.severity === 'error');
  const others = result.findings.filter((f) => f.severity !== 'error');
  const lines = [`    <testcase classname="${attr(file)}" name="${attr(file)}" file="${attr(file)}">`];
  for (const f of errors) {
    lines.push(`      <failure message="${attr(f.message)}" type="${attr(f.ruleId ?? 'summarylint')}">${xml(describe(file, f))}</failure>`);
  }
  if (others.length > 0) lines.push(`      <system-out>${xml(others.map((f) => describe(file, f)).join('\n'))}</system-out>`);
  lines.push('    </testcase>');
  return lines.join('\n');
}

function describe(file: string, f: Finding): string {
  return `${file}:${f.line}:${f.column} ${f.severity} ${f.message} (${f.ruleId ?? 'summarylint'})`;
}

// XML 1.0 cannot carry most control characters even escaped: show them as \xNN instead. Bidirectional controls
// and C1 controls become character references, so the file holds no invisible character that reorders text.
function xml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`);
}

// In an attribute a parser turns a raw newline or tab into a space (attribute-value normalisation): write them as
// character references so a message keeps its line breaks.
function attr(text: string): string {
  return xml(text).replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
