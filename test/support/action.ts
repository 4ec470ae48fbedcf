// action.yml's steps, run with bash as the runner runs them: inputs arrive as INPUT_* environment variables
// (the defaults from action.yml for the rest), GITHUB_ACTION_PATH is the action's checkout.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ROOT, runCommand } from './cli.js';

interface Step {
  name: string;
  shell: string;
  run: string;
  env?: Record<string, string>;
}

export const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
  runs: { using: string; steps: Step[] };
  inputs: Record<string, { default: string }>;
};

export const stepNamed = (name: string): Step => action.runs.steps.find((step) => step.name === name)!;

/** Run one step in `cwd` with these inputs; `actionPath` is the action's checkout (this one by default). */
export function runStep(step: Step, cwd: string, inputs: Record<string, string> = {}, options: { env?: Record<string, string>; actionPath?: string; timeout?: number } = {}) {
  const env: Record<string, string> = { GITHUB_ACTION_PATH: options.actionPath ?? ROOT, ...options.env };
  for (const [name, value] of Object.entries(step.env ?? {})) {
    const input = /^\$\{\{ inputs\.([\w-]+) \}\}$/.exec(value)![1];
    env[name] = inputs[input] ?? action.inputs[input].default;
  }
  return runCommand('bash', ['-e', '-c', step.run], { cwd, env, timeout: options.timeout });
}
