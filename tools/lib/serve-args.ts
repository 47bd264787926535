/**
 * The arguments of `npm run serve` that tools/serve.ts reads itself (the rest go to server/main.ts).
 */

/** `--processes N` taken out of the arguments: [N or null, the rest]; an error message for a bad N. */
export function processesOf(args: readonly string[]): { processes: number | null; rest: string[] } | string {
  const rest = [...args];
  const at = rest.findIndex((a) => a === '--processes' || a.startsWith('--processes='));
  if (at < 0) return { processes: null, rest };
  const [flag] = rest.splice(at, 1);
  const text = flag.includes('=') ? flag.slice(flag.indexOf('=') + 1) : rest.splice(at, 1)[0];
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    return `--processes must be a whole number from 1 to 64, not ${text}`;
  return { processes: n, rest };
}
