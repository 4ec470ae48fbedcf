// The junit formatter: well-formed XML in the common JUnit shape, one test case per file, one failure per
// error, hostile strings escaped.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { format } from '../src/formatters/junit.js';
import type { FileResult, Finding } from '../src/types.js';

const finding = (severity: Finding['severity'], message: string, ruleId: string | null = 'require-sections'): Finding => ({
  ruleId, severity, message, line: 3, column: 2, endLine: 3, endColumn: 9, range: [10, 17], data: {},
});
const result = (filePath: string, findings: Finding[]): FileResult => ({
  filePath, findings, errorCount: findings.filter((f) => f.severity === 'error').length,
  warningCount: findings.filter((f) => f.severity === 'warn').length, infoCount: 0, suppressedCount: 0,
});

describe('junit formatter', () => {
  const hostile = 'Quote "<b>&amp;</b>" \u001b[31mred\u0007 and ]]> end';
  const xml = format(
    [
      result('/repo/a.md', [finding('error', 'Missing the plan section'), finding('error', hostile), finding('warn', 'Vague word "some"', 'no-vague-wording')]),
      result('/repo/b.md', []),
    ],
    { cwd: '/repo', rulesMeta: {} },
  );

  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

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
