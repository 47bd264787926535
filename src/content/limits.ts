/**
 * What a scenario file may not exceed before anything recursive reads it, and the tools that check it cheaply:
 * its size, its nesting depth (an iterative walk over the text and over parsed values, so 100,000 levels cost
 * no stack) and how many problems one report lists. Line and column come from line starts computed once.
 * Also the lengths and counts the zod schema (schema.ts) allows.
 */
import type { JsonPath, ScenarioProblem } from './problems.ts';

/** The longest id or record key. */
export const MAX_ID_LENGTH = 64;
/** The longest name, label, title or date. */
export const MAX_NAME_LENGTH = 200;
/** The longest text: a description, a note, a line of dialogue, a paragraph of the debrief. */
export const MAX_TEXT_LENGTH = 5000;

/** The most items of each list (and keys of each record) a scenario may have. */
export const LIMITS = {
  sources: 500,
  groups: 20,
  concerns: 20,
  redLines: 20,
  issues: 30,
  levels: 50,
  sectors: 100,
  meetings: 50,
  events: 100,
  effects: 20,
  /** The computer's personalities in one scenario. */
  personalities: 20,
  /** Lines of dialogue of one kind, paragraphs and questions of the debrief. */
  lines: 50,
  /** Keys of a record keyed by party or issue ids (jobs, link costs, packages, dialogue). */
  keys: 100,
} as const;

/** The largest scenario text read, in characters: the shipped scenario is about 100 KB. */
export const MAX_SCENARIO_CHARS = 2 * 1024 * 1024;
/** The deepest nesting of arrays and objects: a scenario needs 8 levels; the parsers recurse. */
export const MAX_DEPTH = 32;
/** The longest array read at all (the schema's limits are lower): zod would read every item first. */
export const MAX_ITEMS = 1000;
/** How many problems a report lists; the rest are counted in one last problem. */
export const MAX_PROBLEMS = 200;

/** The UTF-8 byte-order mark some editors (Notepad) write first: not part of the JSON. */
export const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** Line and column (1-based) of offsets in one text: the line starts are found once, then a binary search. */
export function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  };
}

/** The offset of the first `[` or `{` that opens a level deeper than `max`, outside strings; -1 if none. */
export function tooDeepOffset(text: string, max = MAX_DEPTH): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // a backslash escapes the next character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      depth++;
      if (depth > max) return i;
    } else if (c === 93 || c === 125) depth--;
  }
  return -1;
}

/**
 * What must be refused before zod or any recursive code sees a parsed value, found by one iterative walk: the
 * first array or object nested deeper than `max` (it is not entered), every array longer than MAX_ITEMS (not
 * entered either), and every "__proto__" key (JSON.parse makes it an own property, but zod drops it without
 * a word).
 */
export function preflight(value: unknown, max = MAX_DEPTH): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  let deep = false;
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: v, path } = stack.pop() as { value: unknown; path: (string | number)[] };
    if (v === null || typeof v !== 'object') continue;
    if (path.length >= max) {
      if (!deep) problems.push(tooDeepProblem(path));
      deep = true;
      continue;
    }
    if (Array.isArray(v) && v.length > MAX_ITEMS) {
      problems.push({
        code: 'TOO_LARGE',
        severity: 'error',
        path,
        message: `a list of ${v.length.toLocaleString('en-US')} items: no list in a scenario has more than ${MAX_ITEMS.toLocaleString('en-US')}`,
      });
      continue;
    }
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], path: [...path, i] });
      continue;
    }
    const keys = Object.keys(v);
    for (let i = keys.length - 1; i >= 0; i--) {
      if (keys[i] === '__proto__')
        problems.push({
          code: 'SHAPE',
          severity: 'error',
          path: [...path, keys[i]],
          message: '"__proto__" cannot be a key: JSON readers treat it as something else',
        });
      stack.push({ value: (v as Record<string, unknown>)[keys[i]], path: [...path, keys[i]] });
    }
  }
  return problems;
}

/** The path of the first array or object nested deeper than `max` in a parsed value, or null. */
export function tooDeepPath(value: unknown, max = MAX_DEPTH): JsonPath | null {
  return preflight(value, max).find((p) => p.code === 'TOO_DEEP')?.path ?? null;
}

export function tooDeepProblem(path: JsonPath): ScenarioProblem {
  return {
    code: 'TOO_DEEP',
    severity: 'error',
    path,
    message: `nested deeper than ${MAX_DEPTH} levels here: a scenario needs far fewer`,
  };
}

/**
 * At most MAX_PROBLEMS problems, errors first (each severity in the order found), then one TOO_MANY_PROBLEMS
 * that says how many more there are.
 */
export function limitProblems(problems: readonly ScenarioProblem[]): ScenarioProblem[] {
  if (problems.length <= MAX_PROBLEMS) return [...problems];
  const errors = problems.filter((p) => p.severity === 'error');
  const sorted = [...errors, ...problems.filter((p) => p.severity !== 'error')];
  const shown = sorted.slice(0, MAX_PROBLEMS);
  const hiddenErrors = Math.max(0, errors.length - MAX_PROBLEMS);
  const hidden = problems.length - MAX_PROBLEMS;
  return [
    ...shown,
    {
      code: 'TOO_MANY_PROBLEMS',
      severity: hiddenErrors > 0 ? 'error' : 'warning',
      path: [],
      message: `… and ${hidden.toLocaleString('en-US')} more problem${hidden === 1 ? '' : 's'} (the first ${MAX_PROBLEMS} are listed)`,
      omitted: { errors: hiddenErrors, warnings: hidden - hiddenErrors },
    },
  ];
}
