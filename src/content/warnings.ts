/**
 * The warnings `scenario check` gives about a scenario that compiles: it loads and plays, but something in it
 * is likely a mistake. The historical deal would not be ratified by a side; a red line can never bind; an
 * issue's levels change no group's utility; no package is ratified by both sides. (A personality pair that
 * rarely reaches a deal is found by playing games: tools/scenario.ts, `--balance`.)
 */
import { findRatifiablePackage, forEachPackage, initialTable } from '../model/analysis.ts';
import type { Package, PartyIndex, Scenario } from '../model/scenario.ts';
import { initialParams, type Line, ratify } from '../model/utility.ts';
import type { JsonPath, ScenarioProblem } from './problems.ts';

const warning = (code: ScenarioProblem['code'], path: JsonPath, message: string): ScenarioProblem => ({
  code,
  severity: 'warning',
  path,
  message,
});

const percent = (x: number) => `${Math.round(x * 100)}%`;

/** The lines a party announced before the talks: they bind its ratification from the start. */
const announced = (scenario: Scenario, party: PartyIndex): Line[] =>
  scenario.announcedLines.filter((l) => l.by === party);

/** The first package both sides ratify at the start, with their announced lines, or null. */
function ratifiable(scenario: Scenario): Package | null {
  if (scenario.announcedLines.length === 0) return findRatifiablePackage(scenario);
  const params = initialParams(scenario);
  const onTable = initialTable(scenario);
  const lines = [announced(scenario, 0), announced(scenario, 1)] as const;
  let found: Package | null = null;
  forEachPackage(scenario, (pkg) => {
    if (pkg.some((l, j) => !onTable[j] && l !== params.noDeal[j])) return false;
    if (
      ratify(scenario, params, 0, pkg, lines[0]).passed &&
      ratify(scenario, params, 1, pkg, lines[1]).passed
    ) {
      found = [...pkg];
      return true;
    }
    return false;
  });
  return found;
}

/** Whether a line leaves every level of its issue allowed. */
const neverBinds = (scenario: Scenario, line: Line): boolean =>
  line.bound === 'at-most' ? line.level >= scenario.issues[line.issue].levels.length - 1 : line.level <= 0;

/** The warnings of a compiled scenario; `found` are the problems the checks already gave (not repeated). */
export function scenarioWarnings(scenario: Scenario, found: readonly ScenarioProblem[]): ScenarioProblem[] {
  const out: ScenarioProblem[] = [];
  const params = initialParams(scenario);
  if (scenario.historicalDeal) {
    for (const p of [0, 1] as const) {
      const r = ratify(scenario, params, p, scenario.historicalDeal, announced(scenario, p));
      if (r.passed) continue;
      const against = r.verdicts.filter((v) => !v.supports).map((v) => v.group);
      out.push(
        warning(
          'HISTORICAL_NOT_RATIFIED',
          ['historicalDeal', 'package'],
          `${scenario.parties[p].name} would not ratify the historical deal: ${percent(r.support)} support of the ${percent(r.threshold)} it needs (against: ${against.join(', ')})`,
        ),
      );
    }
  }
  const lineText = (line: Line) => {
    const iss = scenario.issues[line.issue];
    return `"${line.bound}" "${iss.levels[line.level].id}" on "${iss.id}"`;
  };
  scenario.parties.forEach((party, pi) => {
    party.groups.forEach((g, gi) => {
      g.redLines.forEach((line, ri) => {
        if (neverBinds(scenario, line))
          out.push(
            warning(
              'RED_LINE_NEVER_BINDS',
              ['parties', pi, 'groups', gi, 'redLines', ri],
              `the red line ${lineText(line)} allows every level: it can never bind`,
            ),
          );
      });
    });
    announced(scenario, pi as PartyIndex).forEach((line, ri) => {
      if (neverBinds(scenario, line))
        out.push(
          warning(
            'RED_LINE_NEVER_BINDS',
            ['parties', pi, 'publicRedLines', ri],
            `the announced red line ${lineText(line)} allows every level: it can never bind`,
          ),
        );
    });
  });
  const ignored = new Set(
    found.filter((p) => p.code === 'ISSUE_IGNORED').map((p) => p.path[1] as number | undefined),
  );
  scenario.issues.forEach((iss, j) => {
    if (ignored.has(j)) return;
    const flat = scenario.parties.every((party) =>
      party.groups.every((g) => {
        const row = g.table[j];
        return Math.max(...row) - Math.min(...row) < 1e-12;
      }),
    );
    if (flat)
      out.push(
        warning(
          'ISSUE_NO_EFFECT',
          ['issues', j, 'levels'],
          `the levels of "${iss.id}" change no group's utility: whichever is agreed, nobody gains or loses`,
        ),
      );
  });
  if (ratifiable(scenario) === null)
    out.push(
      warning(
        'NO_RATIFIABLE_PACKAGE',
        ['parties'],
        'no package would be ratified by both sides: no deal is possible',
      ),
    );
  return out;
}
