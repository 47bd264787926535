/**
 * The search of `npm run loadtest -- --search`: the largest class size (an even number of students, at most `max`)
 * for which a run passes, from `start`: doubled while it passes, then halved between the largest pass and the
 * smallest failure until they are `step` apart. Each size is tried once (a run is minutes long).
 */

/** The sizes tried in order and the largest that passed (0 if none did). */
export async function searchLargest(
  passes: (students: number) => Promise<boolean>,
  options: { readonly start: number; readonly max: number; readonly step: number },
): Promise<{ largest: number; tried: number[] }> {
  const tried: number[] = [];
  let pass = 0;
  let fail: number | null = null;
  let n = Math.min(options.max, Math.max(2, Math.round(options.start / 2) * 2));
  for (;;) {
    tried.push(n);
    if (await passes(n)) pass = n;
    else fail = n;
    if (fail === null && pass >= options.max) break;
    if (fail !== null && fail - pass <= options.step) break;
    const next = fail === null ? Math.min(options.max, pass * 2) : Math.round((pass + fail) / 4) * 2;
    if (tried.includes(next) || next <= 0) break;
    n = next;
  }
  return { largest: pass, tried };
}
