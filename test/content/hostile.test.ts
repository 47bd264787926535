/**
 * Hostile scenario files (issue 9): every one gets a clear answer from parseScenario in bounded time, and every
 * one it accepts plays whole games, a balance run, the analysis and code checks with no NaN, hang or crash.
 * The cases run in a worker thread (hostile-worker.ts) with a time limit per case, so that a hang fails the
 * test instead of freezing the run.
 */
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, MAX_PROBLEMS } from '../../src/content/limits.ts';
import { fromRoot } from '../helpers.ts';
import { EXTREME_NUMBERS, type HostileCase, hostileCases, PROTO_NAMES } from './hostile-cases.ts';
import type { HostileReply } from './hostile-worker.ts';

const CASES = hostileCases();
const indicesOf = (match: (c: HostileCase) => boolean): number[] =>
  CASES.flatMap((c, i) => (match(c) ? [i] : []));

/**
 * Runs cases in a worker; rejects, naming the case, when one takes longer than `perCaseMs`. The limits are
 * generous (a shared, loaded machine): they catch a hang or a quadratic search (minutes), not speed, which the
 * benchmark measures.
 */
function runCases(indices: readonly number[], perCaseMs: number): Promise<HostileReply[]> {
  const api = pathToFileURL(fromRoot('node_modules/tsx/dist/esm/api/index.mjs')).href;
  const entry = pathToFileURL(fromRoot('test/content/hostile-worker.ts')).href;
  const bootstrap = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  const worker = new Worker(bootstrap, { eval: true, workerData: { indices }, execArgv: [] });
  const replies: HostileReply[] = [];
  return new Promise((resolve, reject) => {
    let timer: NodeJS.Timeout;
    // The first case also waits for the worker to start and load the model.
    const arm = (ms: number) => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        void worker.terminate();
        const name = CASES[indices[replies.length]]?.name;
        reject(new Error(`the case "${name}" did not finish within ${ms} ms: a hang`));
      }, ms);
    };
    arm(perCaseMs + 20_000);
    worker.on('message', (reply: HostileReply) => {
      replies.push(reply);
      if (replies.length === indices.length) {
        clearTimeout(timer);
        void worker.terminate();
        resolve(replies);
      } else arm(perCaseMs);
    });
    worker.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** Whatever the case, the answer is clear: problems with paths, or a scenario that plays cleanly. */
function expectClearAnswer(r: HostileReply): void {
  expect({ name: r.name, error: r.error, nonFinite: r.nonFinite }).toEqual({
    name: r.name,
    error: null,
    nonFinite: [],
  });
  if (!r.accepted) {
    expect(r.problemCount, r.name).toBeGreaterThan(0);
    expect(r.problemCount, r.name).toBeLessThanOrEqual(MAX_PROBLEMS + 1);
  } else {
    expect(r.verdicts[0], r.name).toBe('verified');
    expect(
      r.verdicts.slice(1).every((v) => v === 'corrupt' || v === 'other-version' || v === 'tampered'),
    ).toBe(true);
  }
}

const byName = (replies: readonly HostileReply[], name: string): HostileReply => {
  const r = replies.find((x) => x.name === name);
  if (!r) throw new Error(`no case "${name}"`);
  return r;
};

const SUITE_MS = 300_000;

describe('hostile scenario files', () => {
  it(
    'deep nesting is refused before any parser recurses, with its path and place',
    async () => {
      const replies = await runCases(
        indicesOf((c) => c.name.includes('nested')),
        15_000,
      );
      for (const r of replies) {
        expectClearAnswer(r);
        expect(r.accepted).toBe(false);
        expect(r.codes, r.name).toEqual(['TOO_DEEP']);
        expect(r.problems[0], r.name).toContain(`nested deeper than ${MAX_DEPTH} levels`);
        expect(r.ms, r.name).toBeLessThan(10_000);
      }
      const deepPath = `$.summary${'[0]'.repeat(MAX_DEPTH - 1)}`;
      expect(byName(replies, '100000 nested arrays').paths).toEqual([deepPath]);
      expect(byName(replies, '100000 nested arrays, parsed').paths).toEqual([deepPath]);
      expect(byName(replies, '5000 nested objects').paths).toEqual([
        `$.summary${'.a'.repeat(MAX_DEPTH - 1)}`,
      ]);
      // Not closed: not JSON, so no path, but the line and column of the level that is too deep.
      expect(byName(replies, '100000 nested arrays, not closed').problems[0]).toMatch(
        /^error TOO_DEEP \$ \(line \d+, col \d+\)/,
      );
    },
    SUITE_MS,
  );

  it(
    'prototype names as ids and keys find nothing on Object.prototype',
    async () => {
      const replies = await runCases(
        indicesOf((c) => PROTO_NAMES.some((n) => c.name.includes(`"${n}"`))),
        30_000,
      );
      for (const r of replies) expectClearAnswer(r);
      // "constructor" is a valid id: it plays like any other.
      for (const what of ['party id', 'issue id', 'group id', 'sector id', 'source key', 'level id'])
        expect(byName(replies, `${what} "constructor"`).accepted, what).toBe(true);
      // Other names are refused where they stand: not an id, or not a key.
      expect(byName(replies, 'party id "toString"').codes).toEqual(['SHAPE']);
      expect(byName(replies, 'source key "__proto__"').paths).toContain('$.sources.__proto__');
      expect(byName(replies, 'source key "toString"').accepted).toBe(true);
      expect(byName(replies, 'source key "hasOwnProperty"').accepted).toBe(true);
      // What is missing is missing, even when Object.prototype has something of that name.
      const noDeal = byName(replies, 'issue id "constructor" left out of noDeal');
      expect(noDeal.codes).toContain('PACKAGE_INCOMPLETE');
      expect(noDeal.paths).toContain('$.noDeal.package');
      const dialogue = byName(replies, 'no dialogue for party "constructor"');
      expect(dialogue.codes).toEqual(['DIALOGUE_MISSING']);
    },
    SUITE_MS,
  );

  it(
    'extreme numbers in every numeric field: refused at their path, or played without NaN',
    async () => {
      const indices = indicesOf((c) => / at [\w.]+$/.test(c.name) || c.name.startsWith('1e999'));
      expect(indices.length).toBeGreaterThan(30 * EXTREME_NUMBERS.length);
      const replies = await runCases(indices, 30_000);
      for (const r of replies) {
        expectClearAnswer(r);
        expect(r.ms, r.name).toBeLessThan(15_000);
      }
      // ±1e308 is out of range everywhere, and the problem names the field.
      for (const r of replies.filter((x) => /^-?1e\+308 at /.test(x.name))) {
        expect(r.accepted, r.name).toBe(false);
        const path = r.name.replace(/^.* at /, '');
        const json = `$${path
          .split('.')
          .map((p) =>
            /^\d+$/.test(p) ? `[${p}]` : /^[A-Za-z_$][\w$]*$/.test(p) ? `.${p}` : `[${JSON.stringify(p)}]`,
          )
          .join('')}`;
        expect(r.paths, r.name).toContain(json);
      }
      expect(byName(replies, '1e999 (Infinity) as an influence').accepted).toBe(false);
      // Some are accepted (a tolerance of 5e-324, a jobs figure of -0, ...) and played cleanly above.
      expect(replies.filter((r) => r.accepted).length).toBeGreaterThan(20);
    },
    SUITE_MS,
  );

  it(
    'huge texts, lists and files, thousands of unknown keys and a byte-order mark get a clear answer quickly',
    async () => {
      const names = [
        'a 20,000-character party name',
        'a 1 MB issue description',
        '1,000,000 levels on one issue, parsed',
        '1,000,000 levels on one issue, as text',
        '4,000 unknown keys',
        '20,000 unknown keys',
        'a byte-order mark',
        'a 3 MB file',
      ];
      const replies = await runCases(
        indicesOf((c) => names.includes(c.name)),
        30_000,
      );
      for (const r of replies) expectClearAnswer(r);
      expect(byName(replies, 'a 20,000-character party name').paths).toEqual(['$.parties[0].name']);
      expect(byName(replies, 'a 1 MB issue description').paths).toEqual(['$.issues[0].description']);
      const levels = byName(replies, '1,000,000 levels on one issue, parsed');
      expect(levels.problems).toEqual([
        'error TOO_LARGE $.issues[0].levels: a list of 1,000,000 items: no list in a scenario has more than 1,000',
      ]);
      expect(byName(replies, '1,000,000 levels on one issue, as text').codes).toEqual(['TOO_LARGE']);
      expect(byName(replies, 'a 3 MB file').codes).toEqual(['TOO_LARGE']);
      const many = byName(replies, '20,000 unknown keys');
      expect(many.problemCount).toBe(MAX_PROBLEMS + 1);
      expect(many.codes).toEqual(['SHAPE', 'TOO_MANY_PROBLEMS']);
      expect(many.paths[0]).toBe('$.unknown0');
      for (const name of [
        '4,000 unknown keys',
        '20,000 unknown keys',
        'a 1 MB issue description',
        '1,000,000 levels on one issue, parsed',
      ])
        expect(byName(replies, name).ms, name).toBeLessThan(10_000);
      expect(byName(replies, 'a byte-order mark').accepted).toBe(true);
    },
    SUITE_MS,
  );
});
