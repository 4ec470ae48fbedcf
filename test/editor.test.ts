// Editor integrations as docs/integrations.md documents them: the VS Code tasks' problem matcher reads real
// `--format unix` output into the right file, place, severity and message, and the page shows the same
// matcher as examples/vscode/tasks.json; the stdin + JSON command editors use works as written.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, it, vi } from 'vitest';
import { INCOMPLETE_EN, ROOT, runCli, runMain, TempProjects } from './support/cli.js';

vi.setConfig({ testTimeout: 60_000 });
const projects = new TempProjects();
afterAll(() => projects.cleanup());

const INTEGRATIONS = readFileSync(path.join(ROOT, 'docs/integrations.md'), 'utf8');
const tasks = JSON.parse(readFileSync(path.join(ROOT, 'examples/vscode/tasks.json'), 'utf8'));

describe.concurrent('editors', () => {
  it('the VS Code problem matcher reads every finding of the unix format as written, with nothing to decode', async ({ expect }) => {
    // A comma in the file name and a `%` in messages: what the github format had to percent-encode.
    const document = `${INCOMPLETE_EN}\n## Next steps\n\n- Grow sales by 2%\n\nThe team made significant progress.\n`;
    const cwd = projects.create({ 'reports/week, 12.md': document });
    const rules = ['--rule', 'no-vague-wording:info', '--rule', 'require-action-owner:warn'];
    const unix = await runMain(['--format', 'unix', ...rules, 'reports'], { cwd });
    const json = JSON.parse((await runMain(['--format', 'json', ...rules, 'reports'], { cwd })).stdout)[0].messages;
    expect(new Set(json.map((m: any) => m.level))).toEqual(new Set(['error', 'warn', 'info']));
    expect(json.some((m: any) => m.message.includes('2%'))).toBe(true);
    const lines = unix.stdout.trim().split('\n');
    expect(lines).toHaveLength(json.length);
    expect(tasks.tasks.map((task: any) => task.command)).toEqual(['npx summarylint --format unix .', 'npx summarylint --format unix "${relativeFile}"']);

    for (const task of tasks.tasks) {
      const { pattern, fileLocation } = task.problemMatcher;
      expect(fileLocation).toEqual(['autoDetect', '${workspaceFolder}']);
      const regexp = new RegExp(pattern.regexp);
      lines.forEach((line: string, i: number) => {
        const match = regexp.exec(line);
        expect(match, line).not.toBeNull();
        const group = (name: string) => match![pattern[name]];
        expect(group('file')).toBe('reports/week, 12.md');
        expect(existsSync(path.join(cwd, group('file')))).toBe(true);
        expect([group('line'), group('column')].map(Number)).toEqual([json[i].line, json[i].column]);
        expect(group('code')).toBe(json[i].ruleId);
        expect(group('message')).toBe(json[i].message);
        // The words VS Code's problem matchers map to a severity (info findings show as infos).
        expect(group('severity')).toBe({ error: 'error', warn: 'warning', info: 'info' }[json[i].level as string]);
      });
    }
  });

  it('docs/integrations.md shows the tasks file\'s problem matcher', ({ expect }) => {
    const block = /"problemMatcher": (\{[\s\S]*?\n\})\n```/.exec(INTEGRATIONS);
    expect(block).not.toBeNull();
    expect(JSON.parse(block![1])).toEqual(tasks.tasks[0].problemMatcher);
    expect(tasks.tasks[1].problemMatcher).toEqual(tasks.tasks[0].problemMatcher);
  });

  it('the stdin command editors run works as documented', async ({ expect }) => {
    const command = /^summarylint (--stdin --stdin-filename reports\/week-12\.md --format json) < reports\/week-12\.md$/m.exec(INTEGRATIONS);
    expect(command).not.toBeNull();
    const cwd = projects.create({});
    const run = await runCli(command![1].split(' '), { cwd, input: INCOMPLETE_EN });
    expect(run.code).toBe(1);
    const [result] = JSON.parse(run.stdout);
    expect(result.filePath).toBe(path.join(cwd, 'reports/week-12.md'));
    expect(result.messages[0]).toMatchObject({ ruleId: 'require-sections', level: 'error', line: 1, column: 1 });
  });
});
