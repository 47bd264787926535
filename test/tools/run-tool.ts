/**
 * Runs a real command-line tool the way `npm run` does (tsx on Node), from the project root, and returns what
 * it printed and its exit code. tsx is started as `node node_modules/tsx/dist/cli.mjs` rather than through npx,
 * so that npm's own warnings on stderr do not mix with the tool's. Also the checks every tool's refusal of bad
 * input must pass.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { fromRoot } from '../helpers.ts';

export interface ToolRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export const TOOL_TIMEOUT_MS = 120_000;

export function runTool(script: string, args: readonly string[]): Promise<ToolRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [fromRoot('node_modules/tsx/dist/cli.mjs'), fromRoot(script), ...args],
      {
        cwd: fromRoot(''),
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
        timeout: TOOL_TIMEOUT_MS,
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Writes `text` to a new file in a fresh temporary directory and returns its path. */
export function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'tariff-talks-')), name);
  writeFileSync(path, text);
  return path;
}

export const lines = (text: string): string[] => text.split('\n').filter((line) => line.length > 0);

/** Fails when `stderr` holds a stack trace. */
export const noStack = (stderr: string): void => expect(stderr).not.toContain('    at ');

/** A case of bad input: the test's name, the tool's arguments, and what its line on stderr must match. */
export type BadInput = [name: string, args: readonly string[], message: RegExp];

/**
 * One test per case (named by it), each checking that `script` refuses the input the way every tool must: exit
 * code 2, nothing on stdout, one line on stderr that matches the case's message, and no stack trace.
 */
export function itRefusesBadInput(script: string, cases: readonly BadInput[]): void {
  it.each(cases)(
    '%s',
    async (_name, args, message) => {
      const run = await runTool(script, args);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(lines(run.stderr)).toHaveLength(1);
      expect(run.stderr).toMatch(message);
      noStack(run.stderr);
    },
    TOOL_TIMEOUT_MS,
  );
}
