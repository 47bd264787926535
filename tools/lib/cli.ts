/**
 * Shared helpers of the command-line tools: argument parsing that refuses what it does not know, reading a
 * scenario file, and one clear line (never a stack trace) for anything that goes wrong.
 *
 * Exit codes: 0 success, 1 a scenario with problems, 2 bad input (arguments, a file that cannot be read),
 * 3 the tool failed (a bug: the line says what, and TARIFF_TALKS_DEBUG=1 adds the stack trace).
 */
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;
/** The tool itself failed: a bug, not the input. */
export const EXIT_FAILURE = 3;

/** Set to print the stack trace after the one line, for whoever debugs a tool (or the model under it). */
export const DEBUG_VARIABLE = 'TARIFF_TALKS_DEBUG';

/** An error the tool reports as one line and an exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_USAGE,
  ) {
    super(message);
  }
}

/** A one-line description of anything thrown: the message only, the first line of it. */
export function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] || 'unknown error';
}

/**
 * Runs a tool's main function: a CliError or anything else thrown becomes one line on stderr and an exit code.
 * Uncaught errors and rejections from elsewhere (a worker, a timer) get the same treatment.
 */
export function runMain(tool: string, main: () => Promise<number> | number): void {
  const die = (error: unknown): void => {
    process.stderr.write(`${tool}: ${oneLine(error)}\n`);
    if (process.env[DEBUG_VARIABLE]) {
      for (let e: unknown = error; e instanceof Error; e = e.cause) process.stderr.write(`${e.stack}\n`);
    }
    process.exit(error instanceof CliError ? error.exitCode : EXIT_FAILURE);
  };
  process.on('uncaughtException', die);
  process.on('unhandledRejection', die);
  Promise.resolve()
    .then(main)
    .then((code) => {
      process.exitCode = code;
    }, die);
}

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
}

type Values<T extends Record<string, OptionSpec>> = {
  [K in keyof T]?: T[K]['type'] extends 'string' ? string : boolean;
};

/** Parses arguments strictly: an unknown flag, a flag without its value or a repeated flag is a CliError. */
export function parseCli<T extends Record<string, OptionSpec>>(
  args: readonly string[],
  options: T,
): { readonly values: Values<T>; readonly positionals: readonly string[] } {
  try {
    const parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
    return { values: parsed.values as Values<T>, positionals: parsed.positionals };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const flag = /'(-[^' ]*)/.exec(oneLine(error))?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new CliError(`unknown option ${flag} (see --help)`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      throw new CliError(`option ${flag} needs a value (see --help)`);
    throw new CliError(`${oneLine(error)} (see --help)`);
  }
}

/** A positive whole number from a flag's text, or a CliError naming the flag. */
export function positiveInteger(text: string | undefined, flag: string, fallback?: number): number {
  if (text === undefined) {
    if (fallback !== undefined) return fallback;
    throw new CliError(`${flag} is required: a positive whole number`);
  }
  if (!/^\d+$/.test(text.trim()) || Number(text) < 1 || !Number.isSafeInteger(Number(text))) {
    throw new CliError(`${flag} must be a positive whole number, not "${text}"`);
  }
  return Number(text);
}

/** Reads a text file, or a CliError that says why it cannot be read. */
export function readTextFile(path: string | undefined, what = 'scenario file'): string {
  if (path === undefined || path === '') throw new CliError(`missing argument: the ${what} (see --help)`);
  let isFile: boolean;
  try {
    isFile = statSync(path).isFile();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT') throw new CliError(`no such file: ${path}`);
    if (code === 'EACCES') throw new CliError(`permission denied: ${path}`);
    throw new CliError(`cannot read ${path}: ${oneLine(error)}`);
  }
  if (!isFile) throw new CliError(`not a file: ${path}`);
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${oneLine(error)}`);
  }
}

// The table helpers are pure (no Node), so the browser's workbench can load the balance report's code too.
export { displayWidth, formatTable } from './text-table.ts';
