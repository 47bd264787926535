/**
 * Runs hostile cases (hostile-cases.ts) one after the other in a worker thread, so that a hang is a timeout the
 * test sees rather than a frozen test run. For each case: parseScenario; when it accepts the file, a whole
 * computer-vs-computer game summarised into a balance report, the analysis, and verifyCode of the game's code
 * and of garbage codes. Replies with one message per case: the verdict and every number that came out NaN or
 * infinite, or the error thrown.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseScenario } from '../../src/content/parse.ts';
import { formatPath, formatProblem } from '../../src/content/problems.ts';
import { playComputerGame } from '../../src/model/agent/index.ts';
import { resultCode, verifyCode } from '../../src/model/code/index.ts';
import { analyzeScenario } from '../../tools/lib/analysis.ts';
import { aggregate, balanceContext } from '../../tools/lib/balance-report.ts';
import { gameSettings, pairSchedule, slotOf, summarizeGame } from '../../tools/lib/game-summary.ts';
import { hostileCases } from './hostile-cases.ts';

export interface HostileReply {
  readonly index: number;
  readonly name: string;
  readonly accepted: boolean;
  /** The first few problems, formatted, and how many there were. */
  readonly problems: readonly string[];
  readonly problemCount: number;
  /** The paths of the problems (at most 50), as formatPath writes them. */
  readonly paths: readonly string[];
  readonly codes: readonly string[];
  /** Where a NaN or an infinity came out of the game, the balance run or the analysis. */
  readonly nonFinite: readonly string[];
  readonly verdicts: readonly string[];
  readonly error: string | null;
  readonly ms: number;
}

/** Paths of numbers that are NaN or infinite (iterative: results are shallow, but cheap to be safe). */
function nonFinite(value: unknown, label: string, skip: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  const stack: [unknown, string][] = [[value, label]];
  while (stack.length > 0 && out.length < 5) {
    const [v, path] = stack.pop() as [unknown, string];
    if (typeof v === 'number' && !Number.isFinite(v)) out.push(`${path} = ${v}`);
    else if (v !== null && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) if (!skip.has(k)) stack.push([x, `${path}.${k}`]);
  }
  return out;
}

const GARBAGE_CODES = ['', 'TT1', `TT1${'A'.repeat(116)}`, 'TT1!!!!', `TT1${'zZ9-_'.repeat(40)}`];

function play(input: unknown, index: number, name: string): HostileReply {
  const start = performance.now();
  const reply = {
    index,
    name,
    accepted: false,
    problems: [] as string[],
    problemCount: 0,
    paths: [] as string[],
    codes: [] as string[],
    nonFinite: [] as string[],
    verdicts: [] as string[],
    error: null as string | null,
  };
  try {
    const parsed = parseScenario(input);
    if (!parsed.ok) {
      reply.problems = parsed.error.slice(0, 3).map(formatProblem);
      reply.problemCount = parsed.error.length;
      reply.paths = parsed.error.slice(0, 50).map((p) => formatPath(p.path));
      reply.codes = [...new Set(parsed.error.map((p) => p.code))];
      return { ...reply, ms: performance.now() - start };
    }
    reply.accepted = true;
    reply.codes = [...new Set(parsed.value.warnings.map((p) => p.code))];
    const { scenario } = parsed.value;
    // One computer-vs-computer game, played as the balance tool plays its game 0, and its one-game report.
    const pairs = pairSchedule(scenario);
    const game = playComputerGame(scenario, gameSettings(scenario, 'hostile', 0), {
      personalities: pairs[0],
    });
    reply.nonFinite.push(...nonFinite(game, 'game'));
    const summary = summarizeGame(scenario, game, 0, slotOf(0, pairs.length));
    reply.nonFinite.push(...nonFinite(summary, 'balance game'));
    const report = aggregate(balanceContext(scenario, pairs, 'hostile'), [summary]);
    reply.nonFinite.push(...nonFinite(report, 'balance report'));
    reply.nonFinite.push(...nonFinite(analyzeScenario(scenario), 'analysis'));
    const lookup = (id: string) => (id === scenario.id ? [scenario] : []);
    const code = resultCode(scenario, game, 'Hostile Test');
    for (const text of [code ?? '', ...GARBAGE_CODES, (code ?? '').slice(0, 119)])
      reply.verdicts.push(verifyCode(text, lookup).kind);
  } catch (error) {
    reply.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
  }
  return { ...reply, ms: performance.now() - start };
}

const { indices } = workerData as { indices: readonly number[] };
const cases = hostileCases();
for (const index of indices) {
  const c = cases[index];
  parentPort?.postMessage(play(c.make(), index, c.name));
}
