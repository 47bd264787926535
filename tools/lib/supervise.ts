/**
 * `npm run serve -- --processes N` (tools/serve.ts): N server processes on consecutive ports, each a child here,
 * started again RESTART_MS after it dies (a crash, an out-of-memory kill), with one JSON log line saying so;
 * `stop` ends them all with SIGTERM and waits for them.
 */
import { type ChildProcess, spawn } from 'node:child_process';

/** A child that dies is started again after this long. */
export const RESTART_MS = 1000;

export interface Supervisor {
  /** The child on each port now (a new one after a restart). */
  readonly children: ReadonlyMap<number, ChildProcess>;
  /** How many times a child was started again. */
  readonly restarts: () => number;
  /** SIGTERM to every child; resolves once all have exited. */
  stop(): Promise<void>;
}

export interface SuperviseOptions {
  readonly processes: number;
  readonly basePort: number;
  /** The node arguments of the child on `port` (e.g. `--import tsx server/main.ts --port N`). */
  readonly args: (port: number) => string[];
  readonly env?: NodeJS.ProcessEnv;
  readonly restartMs?: number;
  readonly stdio?: 'inherit' | 'ignore';
  /** Where the log lines go (stderr). */
  readonly log?: (line: string) => void;
}

export function supervise(options: SuperviseOptions): Supervisor {
  const children = new Map<number, ChildProcess>();
  const log = options.log ?? ((line: string) => process.stderr.write(line));
  let stopping = false;
  let restarts = 0;
  const start = (port: number) => {
    const child = spawn(process.execPath, options.args(port), {
      stdio: options.stdio ?? 'inherit',
      env: { ...(options.env ?? process.env), PORT: '' },
    });
    children.set(port, child);
    child.once('exit', (code, signal) => {
      if (stopping) return;
      log(
        `${JSON.stringify({ time: new Date().toISOString(), level: 'error', event: 'process.exited', port, code, signal })}\n`,
      );
      setTimeout(() => {
        if (stopping) return;
        restarts++;
        start(port);
      }, options.restartMs ?? RESTART_MS);
    });
  };
  for (let i = 0; i < options.processes; i++) start(options.basePort + i);
  return {
    children,
    restarts: () => restarts,
    stop: async () => {
      stopping = true;
      const left = [...children.values()].filter((c) => c.exitCode === null && c.signalCode === null);
      await Promise.all(
        left.map((child) => {
          const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
          child.kill('SIGTERM');
          return exited;
        }),
      );
    },
  };
}
