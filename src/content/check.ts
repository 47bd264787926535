/**
 * The semantic checks of a shape-valid scenario: every cross-reference and rule the zod shape cannot express.
 * Every problem is collected with its JSON path; none stops the check early.
 */
import { ownValue } from '../model/own.ts';
import { checkDates } from './check-dates.ts';
import { checkEvents, checkVersion2, type Refs } from './check-v2.ts';
import type { JsonPath, ProblemCode, ScenarioProblem } from './problems.ts';
import type { ScenarioData } from './schema.ts';
import { checkPresentation } from './schema-presentation.ts';
/**
 * The largest outcome space (packages) a scenario may have: 2^50. The computer's bid search (exact below a few
 * million packages, bounded above: src/model/agent/bounded.ts), the Pareto frontier and this check's search
 * for a package both sides ratify stay within milliseconds and megabytes up to it, and package indices stay
 * exact numbers.
 */
export const MAX_SPACE = 2 ** 50;
/** The highest tariff a level may be, percent: the economy's formula needs tariffs from 0 to here. */
export const MAX_TARIFF = 1000;

export class Problems {
  readonly list: ScenarioProblem[] = [];
  add(code: ProblemCode, path: JsonPath, message: string, severity: 'error' | 'warning' = 'error'): void {
    this.list.push({ code, severity, path, message });
  }
  get hasErrors(): boolean {
    return this.list.some((p) => p.severity === 'error');
  }
}

function indexIds(items: readonly { id: string }[], path: JsonPath, problems: Problems): Map<string, number> {
  const map = new Map<string, number>();
  items.forEach((item, i) => {
    if (map.has(item.id))
      problems.add('DUPLICATE_ID', [...path, i, 'id'], `the id "${item.id}" is used twice`);
    else map.set(item.id, i);
  });
  return map;
}

/** Checks every cross-reference and rule the shape cannot express. */
export function check(data: ScenarioData, problems: Problems): void {
  const sources = new Set(Object.keys(data.sources));
  const parties = indexIds(data.parties, ['parties'], problems);
  const issues = indexIds(data.issues, ['issues'], problems);
  const sectors = indexIds(data.economy.sectors, ['economy', 'sectors'], problems);
  const meetings = indexIds(data.meetings, ['meetings'], problems);
  indexIds(data.events, ['events'], problems);

  const source = (ref: string, path: JsonPath) => {
    if (!sources.has(ref)) problems.add('UNKNOWN_SOURCE', path, `no source "${ref}" in sources`);
  };
  const party = (ref: string | undefined, path: JsonPath) => {
    if (ref !== undefined && !parties.has(ref)) problems.add('UNKNOWN_PARTY', path, `no party "${ref}"`);
  };
  const issue = (ref: string, path: JsonPath): number | undefined => {
    const i = issues.get(ref);
    if (i === undefined) problems.add('UNKNOWN_ISSUE', path, `no issue "${ref}"`);
    return i;
  };
  const level = (issueIndex: number | undefined, ref: string, path: JsonPath) => {
    if (issueIndex === undefined) return;
    const found = data.issues[issueIndex].levels.some((l) => l.id === ref);
    if (!found)
      problems.add('UNKNOWN_LEVEL', path, `issue "${data.issues[issueIndex].id}" has no level "${ref}"`);
  };

  const group = (partyRef: string, ref: string, path: JsonPath): number | undefined => {
    const p = data.parties.find((x) => x.id === partyRef);
    if (!p) return undefined;
    const g = p.groups.findIndex((x) => x.id === ref);
    if (g < 0) problems.add('UNKNOWN_GROUP', path, `party "${partyRef}" has no group "${ref}"`);
    return g < 0 ? undefined : g;
  };
  const refs: Refs = { source, party, issue, level, group };

  party(data.firstMover, ['firstMover']);
  checkPresentation(data, problems);
  data.issues.forEach((iss, i) => {
    const path = ['issues', i];
    source(iss.source, [...path, 'source']);
    party(iss.owner, [...path, 'owner']);
    indexIds(iss.levels, [...path, 'levels'], problems);
    for (const key of Object.keys(iss.linkApprovalCost ?? {})) party(key, [...path, 'linkApprovalCost', key]);
    if (iss.kind === 'tariff')
      iss.levels.forEach((lv, l) => {
        if (!(lv.value >= 0 && lv.value <= MAX_TARIFF))
          problems.add(
            'VALUE_OUT_OF_RANGE',
            [...path, 'levels', l, 'value'],
            `a tariff is from 0 to ${MAX_TARIFF} percent, not ${lv.value}`,
          );
      });
    if (iss.kind !== 'policy') {
      for (let l = 1; l < iss.levels.length; l++) {
        const prev = iss.levels[l - 1].value;
        const cur = iss.levels[l].value;
        const orderedOk = iss.kind === 'tariff' ? cur < prev : cur > prev;
        if (!orderedOk) {
          const want = iss.kind === 'tariff' ? 'lower' : 'higher';
          problems.add(
            'LEVELS_NOT_ORDERED',
            [...path, 'levels', l, 'value'],
            `levels go from the owner's smallest concession to its largest: a ${iss.kind} level must be ${want} than the one before (${prev})`,
          );
        }
      }
    }
  });

  data.economy.sectors.forEach((s, i) => {
    const path = ['economy', 'sectors', i];
    source(s.source, [...path, 'source']);
    party(s.exporter, [...path, 'exporter']);
    party(s.importer, [...path, 'importer']);
    if (s.exporter === s.importer)
      problems.add('SECTOR_PARTIES', [...path, 'importer'], 'exporter and importer must differ');
    for (const key of Object.keys(s.jobsPerBillion)) party(key, [...path, 'jobsPerBillion', key]);
    const j = issue(s.issue, [...path, 'issue']);
    if (j !== undefined) {
      const iss = data.issues[j];
      if (iss.kind === 'policy') {
        problems.add(
          'SECTOR_ISSUE_KIND',
          [...path, 'issue'],
          `a sector needs a tariff or volume issue; "${iss.id}" is a policy`,
        );
      } else if (iss.owner !== s.importer) {
        problems.add(
          'SECTOR_ISSUE_KIND',
          [...path, 'issue'],
          `"${iss.id}" must be owned by the importer "${s.importer}"`,
        );
      } else if (iss.kind === 'tariff' && s.baseTariff === undefined) {
        problems.add('SECTOR_ISSUE_KIND', [...path, 'baseTariff'], 'a tariff sector needs a baseTariff');
      }
    }
  });
  for (const key of ['elasticity', 'importPassThrough', 'retailPassThrough', 'complianceLoss'] as const) {
    source(data.economy[key].source, ['economy', key, 'source']);
  }

  const issueMentioned = new Set<number>();
  for (const s of data.economy.sectors) {
    const j = issues.get(s.issue);
    if (j === undefined) continue;
    for (const p of data.parties) {
      if ((ownValue(s.jobsPerBillion, p.id) ?? 0) !== 0) issueMentioned.add(j);
    }
  }

  data.parties.forEach((p, pi) => {
    const path = ['parties', pi];
    source(p.ratification.source, [...path, 'ratification', 'source']);
    source(p.approval.source, [...path, 'approval', 'source']);
    indexIds(p.groups, [...path, 'groups'], problems);
    p.groups.forEach((g, gi) => {
      const gpath = [...path, 'groups', gi];
      source(g.source, [...gpath, 'source']);
      g.concerns.forEach((c, ci) => {
        const cpath = [...gpath, 'concerns', ci];
        if (c.kind === 'issue') {
          const j = issue(c.issue, [...cpath, 'issue']);
          if (j !== undefined) {
            issueMentioned.add(j);
            const count = data.issues[j].levels.length;
            if (c.values.length !== count) {
              problems.add(
                'VALUES_COUNT',
                [...cpath, 'values'],
                `needs one value per level of "${c.issue}": ${count}, not ${c.values.length}`,
              );
            }
          }
        } else {
          party(c.party, [...cpath, 'party']);
          if (c.metric !== 'trade' && c.party === undefined) {
            problems.add(
              'METRIC_NEEDS_PARTY',
              [...cpath, 'party'],
              `the metric "${c.metric}" needs the party it is measured for`,
            );
          }
          (c.sectors ?? []).forEach((sid, si) => {
            const s = sectors.get(sid);
            if (s === undefined)
              problems.add('UNKNOWN_SECTOR', [...cpath, 'sectors', si], `no sector "${sid}"`);
            else {
              const j = issues.get(data.economy.sectors[s].issue);
              if (j !== undefined) issueMentioned.add(j);
            }
          });
          if (c.sectors === undefined)
            for (const s of data.economy.sectors) {
              const j = issues.get(s.issue);
              if (j !== undefined) issueMentioned.add(j);
            }
        }
      });
      (g.redLines ?? []).forEach((r, ri) => {
        if (r.source !== undefined) source(r.source, [...gpath, 'redLines', ri, 'source']);
        const j = issue(r.issue, [...gpath, 'redLines', ri, 'issue']);
        level(j, r.level, [...gpath, 'redLines', ri, 'level']);
      });
    });
  });

  const checkPackage = (pkg: Record<string, string>, path: JsonPath) => {
    data.issues.forEach((iss) => {
      if (!Object.hasOwn(pkg, iss.id))
        problems.add('PACKAGE_INCOMPLETE', path, `no level for the issue "${iss.id}"`);
    });
    for (const [key, value] of Object.entries(pkg)) {
      const j = issue(key, [...path, key]);
      level(j, value, [...path, key]);
    }
  };
  source(data.noDeal.source, ['noDeal', 'source']);
  checkPackage(data.noDeal.package, ['noDeal', 'package']);
  data.issues.forEach((iss, i) => {
    const noDealLevel = ownValue(data.noDeal.package, iss.id);
    if (iss.onTable === false && noDealLevel !== undefined && noDealLevel !== iss.levels[0].id) {
      problems.add(
        'NO_DEAL_OFF_LEVEL',
        ['noDeal', 'package', iss.id],
        `"${iss.id}" starts off the table, so no-deal must be its first level`,
      );
    }
    if (!issueMentioned.has(i))
      problems.add('ISSUE_IGNORED', ['issues', i], `no group cares about "${iss.id}"`, 'warning');
  });
  if (data.historicalDeal) {
    source(data.historicalDeal.source, ['historicalDeal', 'source']);
    checkPackage(data.historicalDeal.package, ['historicalDeal', 'package']);
  }

  data.meetings.forEach((m, i) => {
    source(m.source, ['meetings', i, 'source']);
  });
  if (data.deadline) source(data.deadline.source, ['deadline', 'source']);
  checkDates(data, problems);
  data.events.forEach((e, i) => {
    source(e.source, ['events', i, 'source']);
  });
  checkEvents(data, problems, refs, meetings);
  checkVersion2(data, problems, refs);

  source(data.agent.source, ['agent', 'source']);
  (data.personalities ?? []).forEach((p, i) => {
    source(p.source, ['personalities', i, 'source']);
    (p.parties ?? []).forEach((id, k) => {
      party(id, ['personalities', i, 'parties', k]);
    });
  });
  source(data.tactics.redLine.source, ['tactics', 'redLine', 'source']);
  source(data.tactics.backChannel.source, ['tactics', 'backChannel', 'source']);
  for (const key of Object.keys(data.dialogue)) party(key, ['dialogue', key]);
  for (const p of data.parties) {
    const d = ownValue(data.dialogue, p.id);
    if (!d) {
      problems.add('DIALOGUE_MISSING', ['dialogue'], `no dialogue for the party "${p.id}"`);
      continue;
    }
    for (const iss of data.issues) {
      if (!ownValue(d.objections, iss.id)) {
        problems.add(
          'DIALOGUE_MISSING',
          ['dialogue', p.id, 'objections'],
          `no objection line for the issue "${iss.id}"`,
        );
      }
    }
    for (const key of Object.keys(d.objections)) issue(key, ['dialogue', p.id, 'objections', key]);
  }

  let space = 1;
  for (const iss of data.issues) space *= iss.levels.length;
  if (space > MAX_SPACE) {
    const size = space <= Number.MAX_SAFE_INTEGER ? `${space}` : `about ${space.toPrecision(3)}`;
    problems.add(
      'SPACE_TOO_LARGE',
      ['issues'],
      `${data.issues.length} issues make ${size} packages, more than the ${MAX_SPACE} (2^50) the computer and the tools can play; use fewer issues or levels`,
    );
  }
}
