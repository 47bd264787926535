/**
 * Starts a worker thread on a TypeScript file when the tools run under tsx.
 *
 * On Node 20 a worker does not pick up tsx from the parent: neither the inherited execArgv (`--import
 * .../tsx/dist/loader.mjs`) nor `execArgv: ['--import', 'tsx']` lets `new Worker(new URL('./x.ts', ...))` load
 * a .ts entry (ERR_UNKNOWN_FILE_EXTENSION; tsx issue #354, checked on Node 20.20 and tsx 4.23). So the worker
 * starts from a few lines of JavaScript that register tsx's ESM hooks (`tsx/esm/api`) and then import the
 * TypeScript entry. A .js entry (a build) starts directly.
 */
import { Worker } from 'node:worker_threads';

export function startWorker(entry: URL, workerData: unknown): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData });
  const api = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData, execArgv: [] });
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
