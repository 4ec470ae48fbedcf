import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { shouldUseColor } from '../src/formatters/color.js';
import { escapeData, escapeProperty, format as github } from '../src/formatters/github.js';
import { formatterNames, getFormatter } from '../src/formatters/index.js';
import { format as json } from '../src/formatters/json.js';
import { LIMIT, format as markdown } from '../src/formatters/markdown.js';
import { format as sarif } from '../src/formatters/sarif.js';
import { format as stylish } from '../src/formatters/stylish.js';
import { format as unix } from '../src/formatters/unix.js';
import { toVisible } from '../src/formatters/util.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import type { FileResult, Finding, RuleMeta, Severity } from '../src/types.js';
import { sarifValidator } from './support/sarif.js';

// ---------- hand-built results ----------

const cwd = path.resolve('/work/project');
const at = (name: string) => path.join(cwd, name);

function meta(id: string, level: Severity): RuleMeta {
  return {
    id,
    description: `Description of ${id}`,
    docs: { why: `Why ${id} matters.`, url: `https://example.org/rules/${id}` },
    level,
    languages: ['en', 'zh'],
    schema: {},
    defaultOptions: {},
    messages: {},
    examples: [],
  };
}

const rulesMeta: Record<string, RuleMeta> = {
  'require-sections': meta('require-sections', 'error'),
  'no-vague-wording': meta('no-vague-wording', 'warn'),
};

function finding(overrides: Partial<Finding>): Finding {
  return {
    ruleId: 'require-sections',
    severity: 'error',
    message: 'Add a `plan` section',
    messageId: 'missing',
    line: 3,
    column: 1,
    endLine: 3,
    endColumn: 11,
    range: [20, 30],
    data: { section: 'plan' },
    ...overrides,
  };
}

function result(filePath: string, findings: Finding[]): FileResult {
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
  return {
    filePath,
    findings,
    errorCount: count('error'),
    warningCount: count('warn'),
    infoCount: count('info'),
    suppressedCount: 0,
  };
}

/** Text a hostile document could put into a message: ANSI colour, bell, bidi override, quotes, HTML, CRLF. */
const HOSTILE = 'Bad "q" \'s\' <b>&amp;</b> \u001b[31mred\u001b[0m\r\nnext\u0007 \u202eevil 100% a,b:c';

const results: FileResult[] = [
  result(at('docs/a.md'), [
    finding({}),
    finding({
      ruleId: 'no-vague-wording',
      severity: 'warn',
      message: '“一些” is vague',
      messageId: 'vague',
      line: 10,
      column: 5,
      endLine: 10,
      endColumn: 7,
      range: [100, 102],
      data: { term: '一些' },
    }),
    finding({ ruleId: 'custom-rule', severity: 'info', message: 'FYI', messageId: undefined, data: {}, line: 12, endLine: 12 }),
  ]),
  result(at('clean.md'), []),
  result(at('broken.md'), [
    finding({
      ruleId: null,
      fatal: true,
      message: 'Cannot read file: EACCES',
      messageId: undefined,
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
      range: [0, 0],
      data: {},
    }),
  ]),
];

const hostileResults: FileResult[] = [
  result(at('odd, name: v%1.md'), [finding({ message: HOSTILE, data: { quote: HOSTILE } })]),
];

const context = { cwd, rulesMeta };
const ESC = '\u001b';

// ---------- registry ----------

describe('getFormatter', () => {
  it('loads each formatter by name', async () => {
    expect(formatterNames).toEqual(['stylish', 'json', 'github', 'sarif', 'junit', 'unix', 'markdown']);
    expect(await getFormatter('markdown')).toBe(markdown);
    expect(await getFormatter('json')).toBe(json);
    expect(await getFormatter('github')).toBe(github);
    expect(await getFormatter('sarif')).toBe(sarif);
    expect(await getFormatter('stylish')).toBe(stylish);
    expect(await getFormatter('unix')).toBe(unix);
  });

  it('rejects an unknown name, listing the known ones', async () => {
    await expect(getFormatter('checkstyle')).rejects.toThrow(
      'Unknown format "checkstyle". Choose one of: stylish, json, github, sarif, junit, unix, markdown.',
    );
  });
});

// ---------- stylish ----------

describe('stylish', () => {
  it('prints a row per finding under each file with findings, in the order given, columns aligned within each file, then the counts', () => {
    expect(stylish(results, context)).toBe(
      [
        'docs/a.md',
        '  3:1   error    Add a `plan` section  require-sections',
        '  10:5  warning  “一些” is vague  no-vague-wording',
        '  12:1  info     FYI  custom-rule',
        '',
        'broken.md',
        '  1:1  error    Cannot read file: EACCES',
        '',
        '3 files checked: 2 errors, 1 warning, 1 info message',
        '',
      ].join('\n'),
    );
  });

  it('fits rows in the width: long messages wrap under their column, the rule id follows the last line', () => {
    const long = 'Missing owner in action item "Improve the onboarding process as soon as possible.": name who does it, e.g. "Owner: @alice"';
    const zh = '含糊的数量“各项”：列出具体项目或写明数量，如“3类问题：安装、计费、退货”，并说明每一类问题的原因、影响和负责人';
    const report = stylish([result(at('a.md'), [finding({ message: long, ruleId: 'require-action-owner' }), finding({ message: zh, ruleId: 'no-vague-wording', line: 12 })])], context);
    const rows = report.split('\n').slice(1, -3);
    expect(rows).toEqual([
      '  3:1   error    Missing owner in action item "Improve the onboarding process as soon as',
      '                 possible.": name who does it, e.g. "Owner: @alice"  require-action-owner',
      '  12:1  error    含糊的数量“各项”：列出具体项目或写明数量，如“3类问题：安装、计费、退货”，并说明每一',
      '                 类问题的原因、影响和负责人  no-vague-wording',
    ]);
    const width = (line: string) => [...line].reduce((sum, char) => sum + (char.charCodeAt(0) >= 0x3000 ? 2 : 1), 0);
    for (const row of rows) expect(width(row), row).toBeLessThanOrEqual(100);
    // A narrower terminal gets narrower rows; the rule id takes its own line when it does not fit after the text.
    const narrow = stylish([result(at('a.md'), [finding({ message: long, ruleId: 'require-action-owner' })])], { ...context, width: 60 });
    for (const row of narrow.split('\n')) expect(width(row), row).toBeLessThanOrEqual(60);
    expect(narrow.split('\n').at(-4)).toBe('                require-action-owner');
  });

  it('ends with the count line on a clean run, pluralised', () => {
    expect(stylish([result(at('a.md'), []), result(at('b.md'), [])], context)).toBe(
      '2 files checked: 0 errors, 0 warnings\n',
    );
    expect(stylish([result(at('a.md'), [finding({})])], context).split('\n').at(-2)).toBe(
      '1 file checked: 1 error, 0 warnings',
    );
    expect(stylish([], context)).toBe('0 files checked: 0 errors, 0 warnings\n');
  });

  it('has no ANSI codes without color, and colours with it', () => {
    expect(stylish(results, context)).not.toContain(ESC);
    expect(stylish(results, { ...context, color: false })).not.toContain(ESC);
    const colored = stylish(results, { ...context, color: true });
    expect(colored).toContain(`${ESC}[31merror  ${ESC}[39m`);
    expect(colored.replace(/\u001b\[\d+m/g, '')).toBe(stylish(results, context));
  });

  it('neutralises control characters and escape sequences from documents', () => {
    for (const color of [false, true]) {
      const out = stylish(hostileResults, { ...context, color });
      expect(out).not.toContain(`${ESC}[31mred`);
      expect(out).not.toContain('\u0007');
      expect(out).not.toContain('\u202e');
      expect(out).not.toContain('\r');
      expect(out).toContain(
        'Bad "q" \'s\' <b>&amp;</b> \\x1b[31mred\\x1b[0m\\r\\nnext\\x07 \\u202eevil 100% a,b:c',
      );
    }
    // Control characters are escaped, so the document cannot forge report lines: the message wraps only
    // where the report wraps it, each continuation under the message column.
    const lines = stylish(hostileResults, context).split('\n');
    expect(lines[0]).toBe('odd, name: v%1.md');
    expect(lines.slice(1, -3).every((line) => line.startsWith('  3:1  error') || line.startsWith(' '.repeat(16)))).toBe(true);
  });
});

// ---------- markdown ----------

describe('markdown', () => {
  it('gives the totals, then each file with findings: its counts and a table of line, severity, message, rule', () => {
    expect(markdown(results, context)).toBe(
      [
        '### summarylint: 2 errors, 1 warning, 1 info message in 2 of 3 files',
        '',
        '#### `docs/a.md`: 1 error, 1 warning, 1 info message',
        '',
        '| line | severity | message | rule |',
        '| ---: | --- | --- | --- |',
        '| 3 | error | Add a \\`plan\\` section | [require-sections](https://example.org/rules/require-sections) |',
        '| 10 | warning | “一些” is vague | [no-vague-wording](https://example.org/rules/no-vague-wording) |',
        '| 12 | info | FYI | custom-rule |',
        '',
        '#### `broken.md`: 1 error, 0 warnings',
        '',
        '| line | severity | message | rule |',
        '| ---: | --- | --- | --- |',
        '| 1 | error | Cannot read file: EACCES |  |',
        '',
      ].join('\n'),
    );
    expect(markdown([result(at('a.md'), [])], context)).toBe('### summarylint: no problems in 1 file\n');
  });

  it('shows hostile text as written: parsed back, the cell holds the message and no HTML or markup', () => {
    const message = 'Bad *em* _u_ `code` [link](x) <script>alert(1)</script> a|b ~~s~~ &amp; \\ end';
    const report = markdown([result(at('x.md'), [finding({ message })])], context);
    // Parsed by remark with GFM tables, as GitHub reads it.
    const table = parseMarkdown(report).children.find((node) => node.type === 'table')!;
    expect(table.children).toHaveLength(2);
    const cells = table.children[1].children;
    expect(cells).toHaveLength(4);
    expect(cells[2].children).toEqual([expect.objectContaining({ type: 'text', value: message })]);
  });

  it(`lists at most ${LIMIT} findings and counts the rest`, () => {
    const many = Array.from({ length: LIMIT + 5 }, (_, line) => finding({ line: line + 1 }));
    const report = markdown([result(at('a.md'), many)], context);
    expect(report.split('\n').filter((line) => line.startsWith('| ') && /^\| \d/.test(line))).toHaveLength(LIMIT);
    expect(report).toContain('… and 5 more findings (see the full report).');
  });
});

describe('toVisible', () => {
  it('escapes C0/C1 controls, DEL and bidi controls, and keeps the rest', () => {
    expect(toVisible('a\u0000b\u001bc\u007fd\u0085e\u2066f\u200fg\th\ni')).toBe(
      'a\\x00b\\x1bc\\x7fd\\x85e\\u2066f\\u200fg\\th\\ni',
    );
    expect(toVisible('中文“引号” <>&\'" emoji 😀')).toBe('中文“引号” <>&\'" emoji 😀');
  });
});

// ---------- json ----------

describe('json', () => {
  it('writes, file by file, exactly the compact JSON of the whole array', () => {
    for (const input of [results, hostileResults, [], [result(at('clean.md'), [])]]) {
      const text = json(input, context);
      expect(text).toBe(JSON.stringify(JSON.parse(text)) + '\n');
      expect(JSON.parse(text)).toHaveLength(input.length);
    }
  });

  it('follows the ESLint-compatible contract exactly', () => {
    expect(JSON.parse(json(results, context))).toEqual([
      {
        filePath: at('docs/a.md'),
        messages: [
          {
            ruleId: 'require-sections',
            severity: 2,
            level: 'error',
            message: 'Add a `plan` section',
            line: 3,
            column: 1,
            endLine: 3,
            endColumn: 11,
            data: { section: 'plan' },
            messageId: 'missing',
          },
          {
            ruleId: 'no-vague-wording',
            severity: 1,
            level: 'warn',
            message: '“一些” is vague',
            line: 10,
            column: 5,
            endLine: 10,
            endColumn: 7,
            data: { term: '一些' },
            messageId: 'vague',
          },
          {
            ruleId: 'custom-rule',
            severity: 1,
            level: 'info',
            message: 'FYI',
            line: 12,
            column: 1,
            endLine: 12,
            endColumn: 11,
            data: {},
          },
        ],
        errorCount: 1,
        warningCount: 1,
        infoCount: 1,
      },
      { filePath: at('clean.md'), messages: [], errorCount: 0, warningCount: 0, infoCount: 0 },
      {
        filePath: at('broken.md'),
        messages: [
          {
            ruleId: null,
            severity: 2,
            level: 'error',
            message: 'Cannot read file: EACCES',
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 1,
            data: {},
            fatal: true,
          },
        ],
        errorCount: 1,
        warningCount: 0,
        infoCount: 0,
      },
    ]);
  });

  it('keeps keys in contract order and ends with a newline', () => {
    const out = json(results, context);
    expect(out.endsWith(']\n')).toBe(true);
    const [file] = JSON.parse(out);
    expect(Object.keys(file)).toEqual(['filePath', 'messages', 'errorCount', 'warningCount', 'infoCount']);
    expect(Object.keys(file.messages[0])).toEqual([
      'ruleId',
      'severity',
      'level',
      'message',
      'line',
      'column',
      'endLine',
      'endColumn',
      'data',
      'messageId',
    ]);
    expect(json([], context)).toBe('[]\n');
  });

  it('counts the messages it lists, not the stale counters', () => {
    const filtered = { ...results[0], findings: results[0].findings.filter((f) => f.severity === 'error') };
    expect(JSON.parse(json([filtered], context))[0]).toMatchObject({ errorCount: 1, warningCount: 0, infoCount: 0 });
  });

  it('round-trips hostile strings exactly', () => {
    const [file] = JSON.parse(json(hostileResults, context));
    expect(file.filePath).toBe(at('odd, name: v%1.md'));
    expect(file.messages[0].message).toBe(HOSTILE);
    expect(file.messages[0].data).toEqual({ quote: HOSTILE });
    expect(json(hostileResults, context)).not.toContain(ESC); // JSON escapes it as \u001b
  });
});

// ---------- github ----------

describe('github', () => {
  it('prints one workflow command per finding, paths relative to cwd', () => {
    expect(github(results, context)).toBe(
      [
        '::error file=docs/a.md,line=3,col=1,endLine=3,endColumn=11,title=summarylint(require-sections)::Add a `plan` section',
        '::warning file=docs/a.md,line=10,col=5,endLine=10,endColumn=7,title=summarylint(no-vague-wording)::“一些” is vague',
        '::notice file=docs/a.md,line=12,col=1,endLine=12,endColumn=11,title=summarylint(custom-rule)::FYI',
        '::error file=broken.md,line=1,col=1,endLine=1,endColumn=1,title=summarylint::Cannot read file: EACCES',
        '',
      ].join('\n'),
    );
    expect(github([result(at('a.md'), [])], context)).toBe('');
  });

  it("escapes data and properties as the runner expects", () => {
    expect(escapeData('100% done\r\nnext: a,b')).toBe('100%25 done%0D%0Anext: a,b');
    expect(escapeProperty('100% done\r\nnext: a,b')).toBe('100%25 done%0D%0Anext%3A a%2Cb');
    const [line, ...rest] = github(hostileResults, context).split('\n');
    expect(rest).toEqual(['']); // one command: a newline in a message cannot start a new one
    expect(line).toBe(
      '::error file=odd%2C name%3A v%251.md,line=3,col=1,endLine=3,endColumn=11,title=summarylint(require-sections)::' +
        'Bad "q" \'s\' <b>&amp;</b> \\x1b[31mred\\x1b[0m%0D%0Anext\\x07 \\u202eevil 100%25 a,b:c',
    );
  });

  it('uses absolute paths for files outside cwd', () => {
    const outside = path.resolve('/elsewhere/x.md');
    expect(github([result(outside, [finding({})])], context)).toContain(`file=${escapeProperty(outside)},`);
  });
});

// ---------- unix ----------

describe('unix', () => {
  it('prints path:line:column: message [severity/rule-id], one line per finding, nothing when clean', () => {
    expect(unix(results, context)).toBe(
      [
        'docs/a.md:3:1: Add a `plan` section [error/require-sections]',
        'docs/a.md:10:5: “一些” is vague [warning/no-vague-wording]',
        'docs/a.md:12:1: FYI [info/custom-rule]',
        'broken.md:1:1: Cannot read file: EACCES [error]',
        '',
      ].join('\n'),
    );
    expect(unix([result(at('a.md'), [])], context)).toBe('');
    const outside = path.resolve('/elsewhere/x.md');
    expect(unix([result(outside, [finding({})])], context)).toBe(`${outside}:3:1: Add a \`plan\` section [error/require-sections]\n`);
  });

  it('encodes nothing, and shows control characters escaped so a finding stays on one line', () => {
    expect(unix(hostileResults, context)).toBe(
      'odd, name: v%1.md:3:1: Bad "q" \'s\' <b>&amp;</b> \\x1b[31mred\\x1b[0m\\r\\nnext\\x07 \\u202eevil 100% a,b:c [error/require-sections]\n',
    );
    expect(unix([result(at('x\u001b[2J.md'), [finding({})])], context)).toBe('x\\x1b[2J.md:3:1: Add a `plan` section [error/require-sections]\n');
  });
});

// ---------- sarif ----------

describe('sarif', () => {
  const validate = sarifValidator();
  const version = JSON.parse(readFileSync('package.json', 'utf8')).version;

  it('is valid against the SARIF 2.1.0 schema', () => {
    for (const input of [results, hostileResults, [], [result(path.resolve('/elsewhere/x y.md'), [finding({})])]]) {
      const log = JSON.parse(sarif(input, context));
      expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    }
  });

  it('writes, file by file, exactly the pretty-printed JSON of the whole log', () => {
    const inputs = [results, hostileResults, [], [result(at('clean.md'), [])], [result(at('only-engine.md'), [finding({ ruleId: null, fatal: true })])]];
    for (const input of inputs) {
      const text = sarif(input, context);
      expect(text).toBe(JSON.stringify(JSON.parse(text), null, 2) + '\n');
    }
    const log = JSON.parse(sarif(results, context));
    expect(log.runs[0].results.length).toBeGreaterThan(1);
    expect(Object.keys(log.runs[0])).toEqual(['tool', 'originalUriBaseIds', 'results', 'invocations']);
  });

  it('the validator does reject invalid logs', () => {
    const log = JSON.parse(sarif(results, context));
    log.runs[0].results[0].level = 'fatal';
    delete log.version;
    expect(validate(log)).toBe(false);
  });

  it('describes the tool and the rules in rulesMeta', () => {
    const log = JSON.parse(sarif(results, context));
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const { driver } = log.runs[0].tool;
    expect(driver.name).toBe('summarylint');
    expect(driver.version).toBe(version);
    expect(driver.rules).toEqual([
      {
        id: 'no-vague-wording',
        shortDescription: { text: 'Description of no-vague-wording' },
        fullDescription: { text: 'Why no-vague-wording matters.' },
        helpUri: 'https://example.org/rules/no-vague-wording',
        defaultConfiguration: { level: 'warning' },
      },
      {
        id: 'require-sections',
        shortDescription: { text: 'Description of require-sections' },
        fullDescription: { text: 'Why require-sections matters.' },
        helpUri: 'https://example.org/rules/require-sections',
        defaultConfiguration: { level: 'error' },
      },
    ]);
    expect(log.runs[0].originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: pathToFileURL(cwd).href + '/' } });
  });

  it('reports findings as results with relative locations', () => {
    const run = JSON.parse(sarif(results, context)).runs[0];
    expect(run.results).toEqual([
      {
        ruleId: 'require-sections',
        ruleIndex: 1,
        level: 'error',
        message: { text: 'Add a `plan` section' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'docs/a.md', uriBaseId: '%SRCROOT%' },
              region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 11 },
            },
          },
        ],
      },
      {
        ruleId: 'no-vague-wording',
        ruleIndex: 0,
        level: 'warning',
        message: { text: '“一些” is vague' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'docs/a.md', uriBaseId: '%SRCROOT%' },
              region: { startLine: 10, startColumn: 5, endLine: 10, endColumn: 7 },
            },
          },
        ],
      },
      // Not in rulesMeta: no ruleIndex.
      {
        ruleId: 'custom-rule',
        level: 'note',
        message: { text: 'FYI' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'docs/a.md', uriBaseId: '%SRCROOT%' },
              region: { startLine: 12, startColumn: 1, endLine: 12, endColumn: 11 },
            },
          },
        ],
      },
    ]);
  });

  it('puts fatal findings in toolExecutionNotifications', () => {
    const run = JSON.parse(sarif(results, context)).runs[0];
    expect(run.invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            level: 'error',
            message: { text: 'Cannot read file: EACCES' },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: 'broken.md', uriBaseId: '%SRCROOT%' },
                  region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
                },
              },
            ],
          },
        ],
      },
    ]);
    expect(JSON.parse(sarif([results[0]], context)).runs[0].invocations[0].executionSuccessful).toBe(true);
  });

  it('percent-encodes URIs and round-trips hostile messages', () => {
    const run = JSON.parse(sarif(hostileResults, context)).runs[0];
    expect(run.results[0].message.text).toBe(HOSTILE);
    expect(run.results[0].locations[0].physicalLocation.artifactLocation).toEqual({
      uri: 'odd%2C%20name%3A%20v%251.md',
      uriBaseId: '%SRCROOT%',
    });
    const outside = path.resolve('/elsewhere/x y.md');
    const far = JSON.parse(sarif([result(outside, [finding({})])], context)).runs[0];
    expect(far.results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: pathToFileURL(outside).href });
  });
});

// ---------- colour decision ----------

describe('shouldUseColor', () => {
  const tty = { isTTY: true };
  const pipe = { isTTY: false };

  it('colours a terminal, not a pipe or file', () => {
    expect(shouldUseColor(tty, {})).toBe(true);
    expect(shouldUseColor(pipe, {})).toBe(false);
    expect(shouldUseColor({}, {})).toBe(false);
    expect(shouldUseColor(tty, { TERM: 'dumb' })).toBe(false);
  });

  it('honours NO_COLOR (non-empty) and FORCE_COLOR, FORCE_COLOR first', () => {
    expect(shouldUseColor(tty, { NO_COLOR: '1' })).toBe(false);
    expect(shouldUseColor(tty, { NO_COLOR: '' })).toBe(true);
    expect(shouldUseColor(pipe, { FORCE_COLOR: '1' })).toBe(true);
    expect(shouldUseColor(pipe, { FORCE_COLOR: '' })).toBe(true);
    expect(shouldUseColor(tty, { FORCE_COLOR: '0' })).toBe(false);
    expect(shouldUseColor(tty, { FORCE_COLOR: 'false' })).toBe(false);
    expect(shouldUseColor(pipe, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(true);
  });

  it("asks the stream's hasColors when it has one", () => {
    const seen: object[] = [];
    const stream = { isTTY: true, hasColors: (env?: object) => (seen.push(env ?? {}), false) };
    expect(shouldUseColor(stream, { TERM: 'xterm' })).toBe(false);
    expect(seen).toEqual([{ TERM: 'xterm' }]);
  });
});

