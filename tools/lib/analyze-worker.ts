/**
 * Parses a scenario and analyses it in a fresh worker, so that nothing is cached or warmed up from an earlier
 * run: what a designer waits for when running `npm run scenario -- analyze`. Used by `npm run bench`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseScenario } from '../../src/content/parse.ts';
import { analyzeScenario } from './analysis.ts';

export interface AnalyzeJob {
  readonly text: string;
}

export type AnalyzeReply =
  | { readonly ok: true; readonly parseMs: number; readonly analyzeMs: number; readonly spaceSize: number }
  | { readonly ok: false; readonly message: string };

function run(job: AnalyzeJob): AnalyzeReply {
  const start = performance.now();
  const parsed = parseScenario(job.text);
  const parseMs = performance.now() - start;
  if (!parsed.ok) return { ok: false, message: 'the scenario does not parse' };
  const analysis = analyzeScenario(parsed.value.scenario);
  return { ok: true, parseMs, analyzeMs: analysis.analyzeMs, spaceSize: analysis.spaceSize };
}

parentPort?.postMessage(run(workerData as AnalyzeJob));
