// Editor integrations as the README documents them: the VS Code tasks' problem matcher reads real
// `--format github` output into the right file, place, severity and message, and the README shows the same
// matcher as examples/vscode/tasks.json; the stdin + JSON command editors use works as written.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, it, vi } from 'vitest';
import { INCOMPLETE_EN, ROOT, runCli, runMain, TempProjects } from './support/cli.js';

vi.setConfig({ testTimeout: 60_000 });
const projects = new TempProjects();
afterAll(() => projects.cleanup());

const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const tasks = JSON.parse(readFileSync(path.join(ROOT, 'examples/vscode/tasks.json'), 'utf8'));

describe.concurrent('editors', () => {
  it('the VS Code problem matcher reads every finding of the github format', async ({ expect }) => {
    const cwd = projects.create({ 'reports/week, 12.md': `${INCOMPLETE_EN}\nThe team made significant progress.\n` });
    const github = await runMain(['--format', 'github', '--rule', 'no-vague-wording:info', 'reports'], { cwd });
    const json = JSON.parse((await runMain(['--format', 'json', '--rule', 'no-vague-wording:info', 'reports'], { cwd })).stdout)[0].messages;
    const lines = github.stdout.trim().split('\n');
    expect(lines).toHaveLength(json.length);

    for (const task of tasks.tasks) {
      const { pattern } = task.problemMatcher;
      const regexp = new RegExp(pattern.regexp);
      lines.forEach((line: string, i: number) => {
        const match = regexp.exec(line);
        expect(match, line).not.toBeNull();
        const group = (name: string) => match![pattern[name]];
        // The file property is percent-encoded in the workflow command (`,` → %2C), as GitHub expects.
        expect(decodeURIComponent(group('file'))).toBe('reports/week, 12.md');
        expect([group('line'), group('column'), group('endLine'), group('endColumn')].map(Number)).toEqual([json[i].line, json[i].column, json[i].endLine, json[i].endColumn]);
        expect(group('code')).toBe(json[i].ruleId);
        expect(group('message')).toBe(json[i].message);
        expect(group('severity')).toBe({ error: 'error', warn: 'warning', info: 'notice' }[json[i].level as string]);
      });
    }
  });

  it('the README shows the tasks file\'s problem matcher', ({ expect }) => {
    const block = /"problemMatcher": (\{[\s\S]*?\n\})\n```/.exec(README);
    expect(block).not.toBeNull();
    expect(JSON.parse(block![1])).toEqual(tasks.tasks[0].problemMatcher);
    expect(tasks.tasks[1].problemMatcher).toEqual(tasks.tasks[0].problemMatcher);
  });

  it('the stdin command editors run works as documented', async ({ expect }) => {
    const command = /^summarylint (--stdin --stdin-filename reports\/week-12\.md --format json) < reports\/week-12\.md$/m.exec(README);
    expect(command).not.toBeNull();
    const cwd = projects.create({});
    const run = await runCli(command![1].split(' '), { cwd, input: INCOMPLETE_EN });
    expect(run.code).toBe(1);
    const [result] = JSON.parse(run.stdout);
    expect(result.filePath).toBe(path.join(cwd, 'reports/week-12.md'));
    expect(result.messages[0]).toMatchObject({ ruleId: 'require-sections', level: 'error', line: 1, column: 1 });
  });
});
