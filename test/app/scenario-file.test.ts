import { describe, expect, it } from 'vitest';
import {
  checkPicked,
  checkScenarioBytes,
  checkScenarioText,
  decodeText,
  MAX_SCENARIO_BYTES,
  pickOne,
  readScenarioFile,
  sortProblems,
} from '../../src/app/scenario-file.ts';
import { MAX_DEPTH, MAX_PROBLEMS } from '../../src/content/limits.ts';
import type { ScenarioProblem } from '../../src/content/problems.ts';
import { BROKEN_NAMES, brokenText } from '../fixtures/broken-patches.ts';
import { MINI, readText } from '../helpers.ts';

const MINI_TEXT = readText(MINI);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A File-like object; `reads` counts how often its content was read. */
function fakeFile(name: string, bytes: Uint8Array, size = bytes.length) {
  const file = {
    name,
    size,
    reads: 0,
    async arrayBuffer(): Promise<ArrayBuffer> {
      file.reads++;
      return bytes.slice().buffer;
    },
  };
  return file;
}

describe('checking a scenario file', () => {
  it('accepts a valid file and keeps its text as the source', () => {
    const check = checkScenarioText('mini.json', MINI_TEXT);
    expect(check.kind).toBe('valid');
    if (check.kind !== 'valid') return;
    expect(check.source).toEqual({ kind: 'file', name: 'mini.json', text: MINI_TEXT });
    expect(check.scenario.id).toBe('mini');
    expect(check.warnings.map((w) => w.code)).toEqual(['HISTORICAL_NOT_RATIFIED']);
  });

  it('accepts a file with a byte-order mark', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(MINI_TEXT)]);
    expect((await readScenarioFile(fakeFile('bom.json', bytes))).kind).toBe('valid');
  });

  it('plays a file with warnings, and passes the warnings on', () => {
    const check = checkScenarioText('w.json', brokenText('issue-ignored'));
    expect(check.kind).toBe('valid');
    expect(check.kind === 'valid' && check.warnings.map((w) => w.code)).toEqual([
      'ISSUE_IGNORED',
      'HISTORICAL_NOT_RATIFIED',
    ]);
  });

  const broken = BROKEN_NAMES.filter((name) => !['issue-ignored', 'no-ratifiable-package'].includes(name));

  it.each(broken)('lists every problem of %s, each with its path and line, in file order', (name) => {
    const file = `${name}.json`;
    const text = brokenText(name);
    const check = checkScenarioText(file, text);
    expect(check.kind).toBe('problems');
    if (check.kind !== 'problems') return;
    expect(check.name).toBe(file);
    expect(check.problems.length).toBeGreaterThan(0);
    const lines = check.problems.map((p) => p.line ?? 0);
    for (const line of lines) expect(line).toBeGreaterThan(0);
    expect([...lines].sort((a, b) => a - b)).toEqual(lines);
  });

  it('lists several problems at once', () => {
    const data = JSON.parse(MINI_TEXT);
    data.issues[0].source = 'nowhere';
    data.issues[2].owner = 'china';
    const check = checkScenarioText('two.json', JSON.stringify(data, null, 2));
    expect(check.kind === 'problems' && check.problems.map((p) => p.code)).toEqual(
      expect.arrayContaining(['UNKNOWN_SOURCE', 'UNKNOWN_PARTY']),
    );
  });

  it.each([
    ['an empty file', ''],
    ['only white space', ' \n\t\n'],
  ])('refuses %s as EMPTY', (_name, text) => {
    const check = checkScenarioBytes('e.json', utf8(text));
    expect(check.kind === 'refused' && check.refusal.code).toBe('EMPTY');
  });

  it.each([
    ['plain text', 'Dear teacher, here is my scenario'],
    ['a web page', '<!doctype html><p>hi</p>'],
    ['CSV', 'id,name\nus,United States'],
  ])('refuses %s as NOT_JSON', (_name, text) => {
    const check = checkScenarioText('x.json', text);
    expect(check.kind === 'refused' && check.refusal.code).toBe('NOT_JSON');
  });

  it('lists the syntax error of a file that starts as JSON, with its line', () => {
    const check = checkScenarioText('s.json', '{\n  "id": "x",\n  "title": \n}');
    expect(check.kind).toBe('problems');
    expect(check.kind === 'problems' && check.problems[0]).toMatchObject({ code: 'JSON_SYNTAX', line: 4 });
  });

  it.each([
    ['a PNG picture', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
    ['UTF-16 text', new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00])],
    ['bytes that are not UTF-8', new Uint8Array([0x7b, 0xc3, 0x28, 0x7d])],
  ])('refuses %s as BINARY', (_name, bytes) => {
    const check = checkScenarioBytes('b.json', bytes);
    expect(check.kind === 'refused' && check.refusal.code).toBe('BINARY');
  });

  it('refuses a huge file as TOO_LARGE without reading it', async () => {
    const file = fakeFile('huge.json', new Uint8Array(0), MAX_SCENARIO_BYTES + 1);
    const check = await readScenarioFile(file);
    expect(check.kind === 'refused' && check.refusal).toEqual({
      code: 'TOO_LARGE',
      name: 'huge.json',
      bytes: MAX_SCENARIO_BYTES + 1,
    });
    expect(file.reads).toBe(0);
  });

  it('refuses a file it cannot read as UNREADABLE', async () => {
    const check = await readScenarioFile({
      name: 'gone.json',
      size: 10,
      arrayBuffer: () => Promise.reject(new Error('NotReadableError')),
    });
    expect(check.kind === 'refused' && check.refusal.code).toBe('UNREADABLE');
  });

  it('reads a valid file through readScenarioFile', async () => {
    expect((await readScenarioFile(fakeFile('mini.json', utf8(MINI_TEXT)))).kind).toBe('valid');
  });
});

describe('helpers', () => {
  it('decodes UTF-8 and refuses NUL bytes', () => {
    expect(decodeText(utf8('{"a":"日本"}'))).toBe('{"a":"日本"}');
    expect(decodeText(new Uint8Array([0x7b, 0, 0x7d]))).toBeNull();
  });

  it('sorts problems by line and column, those without a position last', () => {
    const p = (line?: number, column?: number): ScenarioProblem => ({
      code: 'SHAPE',
      severity: 'error',
      path: [],
      message: `${line}:${column}`,
      line,
      column,
    });
    const sorted = sortProblems([p(), p(9, 1), p(2, 5), p(2, 1)]);
    expect(sorted.map((x) => x.message)).toEqual(['2:1', '2:5', '9:1', 'undefined:undefined']);
  });

  it('takes exactly one file', () => {
    expect(pickOne([])).toEqual({ none: 'NO_FILE' });
    expect(pickOne(null)).toEqual({ none: 'NO_FILE' });
    expect(pickOne(['a', 'b'])).toEqual({ none: 'SEVERAL' });
    expect(pickOne(['a'])).toEqual({ file: 'a' });
  });
});

describe('checking what a picker or a drop hands over', () => {
  it('says nothing when the picker closed without a choice, and refuses none or several files unread', async () => {
    const reading: string[] = [];
    const onReading = (name: string) => reading.push(name);
    expect(await checkPicked(null, onReading)).toBeNull();
    expect(await checkPicked([], onReading)).toEqual({
      kind: 'refused',
      refusal: { code: 'NO_FILE', name: '', bytes: 0 },
    });
    const a = fakeFile('a.json', utf8(MINI_TEXT));
    const b = fakeFile('b.json', utf8(MINI_TEXT));
    expect(await checkPicked([a, b], onReading)).toEqual({
      kind: 'refused',
      refusal: { code: 'SEVERAL', name: '', bytes: 0 },
    });
    expect(a.reads + b.reads).toBe(0);
    expect(reading).toEqual([]);
  });

  it('reads one file, saying its name first', async () => {
    const reading: string[] = [];
    const file = fakeFile('mini.json', utf8(MINI_TEXT));
    const check = await checkPicked([file], (name) => reading.push(name));
    expect(reading).toEqual(['mini.json']);
    expect(check?.kind).toBe('valid');
    expect(file.reads).toBe(1);
  });

  it('turns a File API that fails into a refusal, never an exception', async () => {
    const broken = {
      name: 'gone.json',
      size: 12,
      arrayBuffer: (): Promise<ArrayBuffer> => Promise.reject(new Error('NotReadableError')),
    };
    expect(await checkPicked([broken], () => undefined)).toEqual({
      kind: 'refused',
      refusal: { code: 'UNREADABLE', name: 'gone.json', bytes: 12 },
    });
  });
});

describe('hostile scenario files in the game (issue 9)', () => {
  const withSummary = (value: string): string =>
    MINI_TEXT.replace(/"summary": "[^"]*"/, `"summary": ${value}`);

  it.each([5_000, 100_000])(
    'reports %i levels of nesting as a problem with its path, not as unreadable',
    async (n) => {
      const file = fakeFile('deep.json', utf8(withSummary(`${'['.repeat(n)}${']'.repeat(n)}`)));
      const check = await checkPicked([file], () => undefined);
      expect(check?.kind).toBe('problems');
      if (check?.kind !== 'problems') return;
      expect(check.problems).toHaveLength(1);
      const [problem] = check.problems;
      expect(problem.code).toBe('TOO_DEEP');
      expect(problem.path).toEqual(['summary', ...new Array(MAX_DEPTH - 1).fill(0)]);
      expect(problem.line).toBeGreaterThan(1);
      expect(problem.message).toBe(`nested deeper than ${MAX_DEPTH} levels here: a scenario needs far fewer`);
    },
  );

  it('lists the first problems of 20,000 unknown keys and counts the rest, without a quadratic search', () => {
    const mini = JSON.parse(MINI_TEXT);
    for (let i = 0; i < 20_000; i++) mini[`unknown${i}`] = i;
    const text = JSON.stringify(mini, null, 2);
    const start = performance.now();
    const check = checkScenarioText('keys.json', text);
    const ms = performance.now() - start;
    expect(check.kind).toBe('problems');
    if (check.kind !== 'problems') return;
    expect(check.problems).toHaveLength(MAX_PROBLEMS + 1);
    const line = text.split('\n').findIndex((l) => l.startsWith('  "unknown0"')) + 1;
    expect(check.problems[0]).toMatchObject({ code: 'SHAPE', path: ['unknown0'], line, column: 3 });
    expect(check.problems[MAX_PROBLEMS]).toEqual({
      code: 'TOO_MANY_PROBLEMS',
      severity: 'error',
      path: [],
      message: `… and 19,800 more problems (the first ${MAX_PROBLEMS} are listed)`,
      omitted: { errors: 19_800, warnings: 0 },
    });
    // Minutes before (a search of the text per problem); a generous bound, not a speed target.
    expect(ms).toBeLessThan(10_000);
  });

  it('accepts a file saved with a byte-order mark, with the same content hash', () => {
    const plain = checkScenarioBytes('mini.json', utf8(MINI_TEXT));
    const bom = checkScenarioBytes('bom.json', utf8(`\uFEFF${MINI_TEXT}`));
    expect(bom.kind).toBe('valid');
    expect(plain.kind === 'valid' && bom.kind === 'valid' && bom.scenario.hash).toBe(
      plain.kind === 'valid' && plain.scenario.hash,
    );
    // The text itself, BOM kept, goes to checkScenarioText too (a drop that decodes by itself).
    expect(checkScenarioText('bom.json', `\uFEFF${MINI_TEXT}`).kind).toBe('valid');
  });
});
