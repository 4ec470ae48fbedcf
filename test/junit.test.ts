// The junit formatter: well-formed XML in the common JUnit shape, one test case per file, one failure per
// error, hostile strings escaped; valid against the JUnit XSD in test/support/junit.xsd (the Jenkins/Ant
// junit-10 shape), checked with libxml2's xmllint (compiled to WebAssembly, so it runs offline from npm).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { ROOT, runCli, TempProjects } from './support/cli.js';
import { format } from '../src/formatters/junit.js';
import type { FileResult, Finding } from '../src/types.js';

const finding = (severity: Finding['severity'], message: string, ruleId: string | null = 'require-sections'): Finding => ({
  ruleId, severity, message, line: 3, column: 2, endLine: 3, endColumn: 9, range: [10, 17], data: {},
});
const result = (filePath: string, findings: Finding[]): FileResult => ({
  filePath, findings, errorCount: findings.filter((f) => f.severity === 'error').length,
  warningCount: findings.filter((f) => f.severity === 'warn').length, infoCount: 0, suppressedCount: 0,
});

const projects = new TempProjects();
afterAll(() => projects.cleanup());
const XSD = readFileSync(path.join(ROOT, 'test/support/junit.xsd'), 'utf8');

/** xmllint's schema-validity errors for a report; none when it is valid. */
async function xsdErrors(report: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: 'report.xml', contents: report }], schema: [{ fileName: 'junit.xsd', contents: XSD }] });
  return result.valid ? [] : result.errors.map((error) => error.rawMessage);
}

describe('junit formatter', () => {
  const hostile = 'Quote "<b>&amp;</b>" \u001b[31mred\u0007 and ]]> end';
  const xml = format(
    [
      result('/repo/a.md', [finding('error', 'Missing the plan section'), finding('error', hostile), finding('warn', 'Vague word "some"', 'no-vague-wording')]),
      result('/repo/b.md', []),
    ],
    { cwd: '/repo', rulesMeta: {} },
  );

  it('escapes newlines and tabs in attributes, and writes bidirectional controls as character references', () => {
    const report = format([result('/repo/a\u202ed.md', [finding('error', 'line one\nline\ttwo \u202eevil', 'rule\u2066x')])], { cwd: '/repo', rulesMeta: {} });
    expect(report).toContain('message="line one&#10;line&#9;two &#x202E;evil" type="rule&#x2066;x"');
    expect(report).toContain('name="a&#x202E;d.md"');
    expect(report).not.toMatch(/[\u202e\u2066]/);
    const parsed = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: true }).parse(report);
    expect(parsed.testsuites.testsuite.testcase.failure['@_message']).toBe('line one\nline\ttwo \u202eevil');
  });

  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('is valid against the JUnit XSD, as is an empty run (and the XSD rejects a malformed report)', async () => {
    expect(await xsdErrors(xml)).toEqual([]);
    expect(await xsdErrors(format([], { cwd: '/repo', rulesMeta: {} }))).toEqual([]);
    const broken = xml.replace('tests="2"', 'tests="two"').replace('<testcase classname="b.md" name="b.md"', '<testcase classname="b.md"');
    expect((await xsdErrors(broken)).join('\n')).toMatch(/attribute 'tests': 'two' is not a valid value[\s\S]*attribute 'name' is required/);
  });

  it('real CLI output is valid against the JUnit XSD', async () => {
    const cwd = projects.create({
      'reports/week <1> & "2".md': '# Weekly notes\n\nThe team made significant progress.\n',
      'reports/clean.md': readFileSync(path.join(ROOT, 'examples/monthly-report.md'), 'utf8'),
    });
    const run = await runCli(['--format', 'junit', 'reports'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('<failure');
    expect(await xsdErrors(run.stdout)).toEqual([]);
  }, 60_000);

  it('has one test case per file and one failure per error, with warnings in system-out', () => {
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testcase', 'failure'].includes(name) }).parse(xml);
    const suite = doc.testsuites.testsuite;
    expect(suite).toMatchObject({ name: 'summarylint', tests: '2', failures: '2' });
    expect(suite.testcase.map((c: { name: string }) => c.name)).toEqual(['a.md', 'b.md']);
    const [a, b] = suite.testcase;
    expect(a.failure).toHaveLength(2);
    expect(a.failure[0]).toMatchObject({ type: 'require-sections', message: 'Missing the plan section' });
    expect(a.failure[1].message).toBe('Quote "<b>&amp;</b>" \\x1b[31mred\\x07 and ]]> end');
    expect(a['system-out']).toContain('no-vague-wording');
    expect(b.failure).toBeUndefined();
  });
});
