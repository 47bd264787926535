/**
 * Starts a worker thread on a TypeScript file when the tools run under tsx.
 *
 * On Node 20 a worker does not pick up tsx from the parent (tsx issue #354), and loading TypeScript through
 * tsx's hooks in every worker costs about a second of CPU at start (issue 16). So a .ts entry is bundled once
 * per process with esbuild (tsx's and Vite's own dependency) into one plain JavaScript file in a temporary
 * directory, removed when the process exits; every worker of the entry starts from that file. A .js entry (a
 * build) starts directly.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { buildSync } from 'esbuild';

const bundles = new Map<string, URL>();
let dir: string | null = null;

/** The entry bundled into one JavaScript file (made once per process). */
export function bundled(entry: URL): URL {
  const hit = bundles.get(entry.href);
  if (hit) return hit;
  if (dir === null) {
    const made = mkdtempSync(join(tmpdir(), 'tariff-talks-worker-'));
    dir = made;
    process.once('exit', () => rmSync(made, { recursive: true, force: true }));
  }
  const outfile = join(dir, `${bundles.size}-${entry.pathname.split('/').pop()?.replace(/\.ts$/, '')}.mjs`);
  buildSync({
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    mainFields: ['module', 'main'],
    outfile,
    logLevel: 'silent',
    // CommonJS packages (seedrandom) bundled into ESM need a `require` for Node's built-ins.
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  const url = pathToFileURL(outfile);
  bundles.set(entry.href, url);
  return url;
}

export function startWorker(entry: URL, workerData: unknown): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData });
  return new Worker(bundled(entry), { workerData, execArgv: [] });
}

/** Runs a worker to its one result message; an error in it (or an exit without a result) rejects, in one line. */
export function workerResult<T>(worker: Worker): Promise<T> {
  return new Promise((resolve, reject) => {
    let settled = false;
    worker.once('message', (message: T) => {
      settled = true;
      resolve(message);
      void worker.terminate();
    });
    worker.once('error', (error) => {
      settled = true;
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
      reject(new Error(`a worker failed: ${message}`, { cause: error }));
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`a worker stopped (exit code ${code}) before it reported`));
    });
  });
}
