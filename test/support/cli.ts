// Helpers for tests that spawn the built CLI (bin/summarylint.js → dist/, built by test/support/build.ts).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = path.join(ROOT, 'bin/summarylint.js');

/** Standard error without summarylint's notes (the note that files were judged as reviews by default). */
export const withoutNotes = (stderr: string) => stderr.replace(/^summarylint: note: .*\n/gm, '');

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  /** Written to stdin; stdin is closed either way, so `--stdin` never waits. */
  input?: string;
  /** Added to the environment; `undefined` removes a variable. */
  env?: Record<string, string | undefined>;
  /** Kill the child after this many milliseconds (default 45 s). */
  timeout?: number;
}

/**
 * The environment for a child: the test runner's, without the colour variables (vitest may set
 * FORCE_COLOR), so each test states the colour setting it wants.
 */
export function childEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  delete env.NODE_DISABLE_COLORS;
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

export function runCommand(command: string, args: string[], options: RunOptions): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    // A child that hangs is killed well before the test's own timeout, so the failure shows its output.
    const child = spawn(command, args, { cwd: options.cwd, env: childEnv(options.env), stdio: 'pipe', timeout: options.timeout ?? 45_000 });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const err = Buffer.concat(stderr).toString('utf8');
      resolve({ code, stdout: Buffer.concat(stdout).toString('utf8'), stderr: signal ? `${err}[killed by ${signal}]` : err });
    });
    child.stdin.on('error', () => {}); // the child may exit before reading stdin
    child.stdin.end(options.input ?? '');
  });
}

/** `node bin/summarylint.js …args` in `options.cwd`. */
export function runCli(args: string[], options: RunOptions): Promise<RunResult> {
  return runCommand(process.execPath, [BIN, ...args], options);
}

/** Temporary project folders; each has a package.json so config lookup stops there. */
export class TempProjects {
  private readonly made: string[] = [];

  create(files: Record<string, string>, prefix = 'summarylint-cli-'): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
    this.made.push(dir);
    writeFiles(dir, { 'package.json': '{ "name": "fixture", "private": true }\n', ...files });
    return dir;
  }

  cleanup(): void {
    for (const dir of this.made.splice(0)) rmSync(dir, { recursive: true, force: true });
  }
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}

// ---------- documents ----------

/** A complete, well-written English report: clean under the recommended preset. */
export const CLEAN_EN = `# Support team report, March 2025

## Overview

In March the support team of six people handled 1,240 tickets, 8% more than in February, and met its
first-response target for the first time this year.

## Results

- Median first response improved from 9 hours to 4 hours (target: 6 hours), because two agents moved to a
  morning shift.
- Customer satisfaction rose from 86% to 91% across 410 survey replies.

## Problems

- The billing backlog grew from 35 to 60 tickets, because the billing export failed for three days after the
  12 March release.

## Next steps

- Dana Lee to add an alert on the billing export by 15 April.
- Sam Ortiz to bring the billing backlog under 20 tickets by 30 April.
`;

/** CLEAN_EN with one vague action item: three warnings (no owner, a vague deadline, vague time), no error. */
export const WARNINGS_EN = CLEAN_EN.replace('- Sam Ortiz to bring the billing backlog under 20 tickets by 30 April.', '- Bring the billing backlog down soon.');

/** Has an overview (the intro) but no results, problems or plan: three require-sections errors. */
export const INCOMPLETE_EN = `# Weekly notes

The team shipped the new login page on 3 March.
`;

/** A complete Chinese report: clean under the recommended preset. */
export const CLEAN_ZH = `# 数据平台组周报（2025年第12周）

## 本周概述

本周完成了订单库迁移的第二阶段，夜间批处理耗时由3.5小时缩短到2小时。

## 主要成果

1. 共迁移12张表、4.8亿行数据，校验差异为0。

## 存在的问题

1. 3月19日销售日报延迟2小时发出，原因是上游接口变更字段名称后没有通知我们。

## 下周计划

1. 李强负责在3月26日前为同步任务增加字段校验和失败告警。
`;

// ---------- in-process ----------

/** A writable stream that keeps what is written, for `main(argv, io)` in-process. */
class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.text += chunk.toString();
    callback();
  }
}

/**
 * `main()` from src/cli.ts in this process: the same code path as the binary, minus process start-up (about
 * half a second each), for the many variants of one behaviour. The spawning tests cover the binary itself.
 */
export async function runMain(args: string[], options: RunOptions): Promise<RunResult> {
  const { main } = await import('../../src/cli.js');
  const stdout = new Capture();
  const stderr = new Capture();
  const env = childEnv(options.env) as Record<string, string | undefined>;
  const code = await main(['node', 'summarylint', ...args], {
    stdout,
    stderr,
    stdin: Readable.from([Buffer.from(options.input ?? '')]),
    env,
    cwd: options.cwd,
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}
