/**
 * Semantic checks and compilation of a shape-valid scenario. Every problem is collected, none stops the
 * check early; a scenario with no errors is compiled into the model's index-based form.
 */
import { sectorAt } from '../model/economy.ts';
import { hash53 } from '../model/hash.ts';
import { assertNever } from '../model/result.ts';
import type {
  CompiledEffect,
  CompiledGroup,
  CompiledIssue,
  CompiledParty,
  CompiledSector,
  Pair,
  PartyIndex,
  Scenario,
} from '../model/scenario.ts';
import type { JsonPath, ProblemCode, ScenarioProblem } from './problems.ts';
import type { ConcernData, GroupData, ScenarioData } from './schema.ts';

/** The largest outcome space the analysis tools enumerate. */
export const MAX_SPACE = 2_000_000;

class Problems {
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
function check(data: ScenarioData, problems: Problems): void {
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

  party(data.firstMover, ['firstMover']);
  data.issues.forEach((iss, i) => {
    const path = ['issues', i];
    source(iss.source, [...path, 'source']);
    party(iss.owner, [...path, 'owner']);
    indexIds(iss.levels, [...path, 'levels'], problems);
    for (const key of Object.keys(iss.linkApprovalCost ?? {})) party(key, [...path, 'linkApprovalCost', key]);
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
      if ((s.jobsPerBillion[p.id] ?? 0) !== 0) issueMentioned.add(j);
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
      if (!(iss.id in pkg)) problems.add('PACKAGE_INCOMPLETE', path, `no level for the issue "${iss.id}"`);
    });
    for (const [key, value] of Object.entries(pkg)) {
      const j = issue(key, [...path, key]);
      level(j, value, [...path, key]);
    }
  };
  source(data.noDeal.source, ['noDeal', 'source']);
  checkPackage(data.noDeal.package, ['noDeal', 'package']);
  data.issues.forEach((iss, i) => {
    if (
      iss.onTable === false &&
      data.noDeal.package[iss.id] !== undefined &&
      data.noDeal.package[iss.id] !== iss.levels[0].id
    ) {
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
  data.events.forEach((e, i) => {
    const path = ['events', i];
    source(e.source, [...path, 'source']);
    const from = meetings.get(e.afterMeeting.from);
    const to = meetings.get(e.afterMeeting.to);
    if (from === undefined)
      problems.add(
        'UNKNOWN_MEETING',
        [...path, 'afterMeeting', 'from'],
        `no meeting "${e.afterMeeting.from}"`,
      );
    if (to === undefined)
      problems.add('UNKNOWN_MEETING', [...path, 'afterMeeting', 'to'], `no meeting "${e.afterMeeting.to}"`);
    if (from !== undefined && to !== undefined && from > to) {
      problems.add('EVENT_WINDOW', [...path, 'afterMeeting'], '"from" comes after "to"');
    }
    if (to !== undefined && to === data.meetings.length - 1) {
      problems.add(
        'EVENT_WINDOW',
        [...path, 'afterMeeting', 'to'],
        'no event can fire after the last meeting: the deadline has come',
      );
    }
    e.effects.forEach((f, fi) => {
      const fpath = [...path, 'effects', fi];
      if (f.op === 'set-no-deal') level(issue(f.issue, [...fpath, 'issue']), f.level, [...fpath, 'level']);
      else {
        party(f.party, [...fpath, 'party']);
        if (f.op === 'adjust-influence') {
          const p = data.parties.find((x) => x.id === f.party);
          if (p && !p.groups.some((g) => g.id === f.group)) {
            problems.add(
              'UNKNOWN_GROUP',
              [...fpath, 'group'],
              `party "${f.party}" has no group "${f.group}"`,
            );
          }
        }
      }
    });
  });

  source(data.agent.source, ['agent', 'source']);
  source(data.tactics.redLine.source, ['tactics', 'redLine', 'source']);
  source(data.tactics.backChannel.source, ['tactics', 'backChannel', 'source']);
  for (const key of Object.keys(data.dialogue)) party(key, ['dialogue', key]);
  for (const p of data.parties) {
    const d = data.dialogue[p.id];
    if (!d) {
      problems.add('DIALOGUE_MISSING', ['dialogue'], `no dialogue for the party "${p.id}"`);
      continue;
    }
    for (const iss of data.issues) {
      if (!d.objections[iss.id]) {
        problems.add(
          'DIALOGUE_MISSING',
          ['dialogue', p.id, 'objections'],
          `no objection line for the issue "${iss.id}"`,
        );
      }
    }
    for (const key of Object.keys(d.objections)) issue(key, ['dialogue', p.id, 'objections', key]);
  }

  const space = data.issues.reduce((n, iss) => n * iss.levels.length, 1);
  if (space > MAX_SPACE) {
    problems.add(
      'SPACE_TOO_LARGE',
      ['issues'],
      `${space} packages is more than the ${MAX_SPACE} the tools can search; use fewer levels`,
    );
  }
}

function metricContribution(
  c: Extract<ConcernData, { kind: 'metric' }>,
  sector: CompiledSector,
  level: number,
  party: PartyIndex | null,
): number {
  const at = sector.atLevel[level];
  switch (c.metric) {
    case 'jobs':
      return party === null ? 0 : at.jobs[party];
    case 'trade':
      return at.flow;
    case 'revenue':
      return sector.importer === party ? at.revenue : 0;
    case 'consumer-cost':
      return sector.importer === party ? at.consumerCost : 0;
    case 'balance':
      return sector.exporter === party ? at.flow : sector.importer === party ? -at.flow : 0;
  }
}

function compileGroup(
  g: GroupData,
  data: ScenarioData,
  issues: readonly CompiledIssue[],
  sectors: readonly CompiledSector[],
  partyIndex: (id: string) => PartyIndex,
): CompiledGroup {
  const table = issues.map((iss) => iss.levels.map(() => 0));
  let constant = 0;
  const totalWeight = g.concerns.reduce((s, c) => s + c.weight, 0);
  const concerns: CompiledGroup['concerns'][number][] = [];
  for (const c of g.concerns) {
    const w = c.weight / totalWeight;
    if (c.kind === 'issue') {
      const j = issues.findIndex((iss) => iss.id === c.issue);
      c.values.forEach((v, l) => {
        table[j][l] += w * v;
      });
      concerns.push({ label: issues[j].name, metric: 'issue' });
      continue;
    }
    const party = c.party === undefined ? null : partyIndex(c.party);
    const m = issues.map((iss) => iss.levels.map(() => 0));
    sectors.forEach((s, si) => {
      if (c.sectors && !c.sectors.includes(data.economy.sectors[si].id)) return;
      for (let l = 0; l < issues[s.issue].levels.length; l++)
        m[s.issue][l] += metricContribution(c, s, l, party);
    });
    const mins = m.map((row) => Math.min(...row));
    const maxs = m.map((row) => Math.max(...row));
    const range = maxs.reduce((a, b) => a + b, 0) - mins.reduce((a, b) => a + b, 0);
    if (range < 1e-12) constant += w * 0.5;
    else
      m.forEach((row, j) => {
        row.forEach((v, l) => {
          table[j][l] += (w * (c.prefer === 'more' ? v - mins[j] : maxs[j] - v)) / range;
        });
      });
    concerns.push({ label: `${c.metric}${c.party ? ` (${c.party})` : ''}`, metric: c.metric });
  }
  const levelIndex = (issueId: string, levelId: string) => {
    const j = issues.findIndex((iss) => iss.id === issueId);
    return { j, l: issues[j].levels.findIndex((lv) => lv.id === levelId) };
  };
  return {
    id: g.id,
    name: g.name,
    influence: g.influence,
    tolerance: g.tolerance,
    redLines: (g.redLines ?? []).map((r) => {
      const { j, l } = levelIndex(r.issue, r.level);
      return { issue: j, level: l, bound: r.bound, quote: r.quote ?? null, quoteBy: r.quoteBy ?? null };
    }),
    constant,
    table,
    concerns,
  };
}

function build(data: ScenarioData): Scenario {
  const partyIndex = (id: string): PartyIndex => (data.parties[0].id === id ? 0 : 1);
  const pair = (record: Record<string, number> | undefined): Pair<number> => [
    record?.[data.parties[0].id] ?? 0,
    record?.[data.parties[1].id] ?? 0,
  ];
  const issues: CompiledIssue[] = data.issues.map((iss) => ({
    id: iss.id,
    name: iss.name,
    owner: partyIndex(iss.owner),
    kind: iss.kind,
    unit: iss.unit,
    levels: iss.levels.map((l) => ({ id: l.id, label: l.label, value: l.value })),
    onTable: iss.onTable !== false,
    linkApprovalCost: pair(iss.linkApprovalCost),
  }));
  const e = data.economy;
  const params = {
    elasticity: e.elasticity.value,
    importPassThrough: e.importPassThrough.value,
    retailPassThrough: e.retailPassThrough.value,
    complianceLoss: e.complianceLoss.value,
  };
  const issueIndex = (id: string) => issues.findIndex((iss) => iss.id === id);
  const sectors: CompiledSector[] = e.sectors.map((s) => {
    const j = issueIndex(s.issue);
    const input = {
      exporter: partyIndex(s.exporter),
      baseline: s.baseline,
      baseTariff: s.baseTariff ?? 0,
      jobsPerBillion: pair(s.jobsPerBillion),
    };
    const kind = issues[j].kind === 'tariff' ? 'tariff' : 'volume';
    return {
      id: s.id,
      name: s.name,
      exporter: input.exporter,
      importer: partyIndex(s.importer),
      baseline: s.baseline,
      issue: j,
      atLevel: issues[j].levels.map((l) => sectorAt(params, input, kind, l.value)),
    };
  });
  const parties = data.parties.map(
    (p): CompiledParty => ({
      id: p.id,
      name: p.name,
      shortName: p.shortName,
      groups: p.groups.map((g) => compileGroup(g, data, issues, sectors, partyIndex)),
      threshold: p.ratification.threshold,
      approvalBaseline: p.approval.baseline,
      approvalScale: p.approval.scale,
      personality: p.personality,
    }),
  ) as unknown as Pair<CompiledParty>;
  const toPackage = (pkg: Record<string, string>) =>
    issues.map((iss) => iss.levels.findIndex((l) => l.id === pkg[iss.id]));
  const meetingIndex = (id: string) => data.meetings.findIndex((m) => m.id === id);
  const events = data.events.map((ev) => ({
    id: ev.id,
    title: ev.title,
    text: ev.text,
    from: meetingIndex(ev.afterMeeting.from),
    to: meetingIndex(ev.afterMeeting.to),
    chance: ev.chance,
    effects: ev.effects.map((f): CompiledEffect => {
      switch (f.op) {
        case 'set-no-deal': {
          const j = issueIndex(f.issue);
          return { op: f.op, issue: j, level: issues[j].levels.findIndex((l) => l.id === f.level) };
        }
        case 'adjust-influence': {
          const party = partyIndex(f.party);
          const group = data.parties[party].groups.findIndex((g) => g.id === f.group);
          return { op: f.op, party, group, by: f.by };
        }
        case 'adjust-threshold':
        case 'adjust-approval':
          return { op: f.op, party: partyIndex(f.party), by: f.by };
        default:
          return assertNever(f);
      }
    }),
  }));
  const a = data.agent;
  return {
    data,
    id: data.id,
    version: data.version,
    hash: hash53(JSON.stringify(data)),
    parties,
    firstMover: partyIndex(data.firstMover),
    issues,
    sectors,
    noDeal: toPackage(data.noDeal.package),
    historicalDeal: data.historicalDeal ? toPackage(data.historicalDeal.package) : null,
    meetingCount: data.meetings.length,
    events,
    agent: {
      exponents: a.concessionExponents,
      difficulty: a.difficulty,
      acceptanceTime: a.acceptanceTime,
      bandWidth: a.bandWidth,
      candidates: a.candidates,
      learningRate: a.learningRate,
    },
    redLineNoDealCost: data.tactics.redLine.noDealApprovalCost,
    leakChance: data.tactics.backChannel.leakChance,
    leakApprovalCost: data.tactics.backChannel.leakApprovalCost,
    spaceSize: issues.reduce((n, iss) => n * iss.levels.length, 1),
  };
}

/** Checks a shape-valid scenario and compiles it; warnings come back with the scenario. */
export function compileScenario(data: ScenarioData): {
  readonly scenario: Scenario | null;
  readonly problems: readonly ScenarioProblem[];
} {
  const problems = new Problems();
  check(data, problems);
  if (problems.hasErrors) return { scenario: null, problems: problems.list };
  return { scenario: build(data), problems: problems.list };
}
