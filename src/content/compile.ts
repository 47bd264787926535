/**
 * Compilation of a checked scenario into the model's index-based form: the economy of every sector at every
 * level, and each group's additive utility table.
 */
import { sectorAt } from '../model/economy.ts';
import { contentHash } from '../model/hash.ts';
import { extent, ownValue } from '../model/own.ts';
import { assertNever } from '../model/result.ts';
import type {
  CompiledDialogue,
  CompiledEffect,
  CompiledGroup,
  CompiledIssue,
  CompiledParty,
  CompiledSector,
  Pair,
  PartyIndex,
  Scenario,
} from '../model/scenario.ts';
import { check, Problems } from './check.ts';
import type { ScenarioProblem } from './problems.ts';
import type { ConcernData, GroupData, ScenarioData } from './schema.ts';
import { compilePresentation } from './schema-presentation.ts';

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
      concerns.push({ label: issues[j].name, metric: 'issue', party: null });
      continue;
    }
    const party = c.party === undefined ? null : partyIndex(c.party);
    const m = issues.map((iss) => iss.levels.map(() => 0));
    sectors.forEach((s, si) => {
      if (c.sectors && !c.sectors.includes(data.economy.sectors[si].id)) return;
      for (let l = 0; l < issues[s.issue].levels.length; l++)
        m[s.issue][l] += metricContribution(c, s, l, party);
    });
    const mins = m.map((row) => extent(row).min);
    const maxs = m.map((row) => extent(row).max);
    const range = maxs.reduce((a, b) => a + b, 0) - mins.reduce((a, b) => a + b, 0);
    if (range < 1e-12) constant += w * 0.5;
    else
      m.forEach((row, j) => {
        row.forEach((v, l) => {
          table[j][l] += (w * (c.prefer === 'more' ? v - mins[j] : maxs[j] - v)) / range;
        });
      });
    concerns.push({ label: `${c.metric}${c.party ? ` (${c.party})` : ''}`, metric: c.metric, party });
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
    description: g.description,
  };
}

function build(data: ScenarioData, hash: string): Scenario {
  const partyIndex = (id: string): PartyIndex => (data.parties[0].id === id ? 0 : 1);
  const pair = (record: Record<string, number> | undefined): Pair<number> => [
    ownValue(record, data.parties[0].id) ?? 0,
    ownValue(record, data.parties[1].id) ?? 0,
  ];
  const issues: CompiledIssue[] = data.issues.map((iss) => ({
    id: iss.id,
    name: iss.name,
    description: iss.description,
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
      leader: p.leader,
      negotiator: p.negotiator,
      description: p.description,
    }),
  ) as unknown as Pair<CompiledParty>;
  const toPackage = (pkg: Record<string, string>) =>
    issues.map((iss) => iss.levels.findIndex((l) => l.id === ownValue(pkg, iss.id)));
  const meetingIndex = (id: string) => data.meetings.findIndex((m) => m.id === id);
  const events = data.events.map((ev) => ({
    id: ev.id,
    title: ev.title,
    text: ev.text,
    date: ev.date ?? null,
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
  const dialogueOf = (party: PartyIndex): CompiledDialogue | null => {
    const lines = ownValue(data.dialogue, data.parties[party].id);
    if (!lines) return null;
    return {
      objections: issues.map((iss) => ownValue(lines.objections, iss.id) ?? []),
      accept: lines.accept,
      reject: lines.reject,
      propose: lines.propose,
      walkAway: lines.walkAway,
      concede: lines.concede ?? [],
      wantMore: lines.wantMore ?? [],
      hold: {
        'deadline-tactic': lines.hold?.['deadline-tactic'] ?? [],
        'waiting-for-news': lines.hold?.['waiting-for-news'] ?? [],
        'final-offer': lines.hold?.['final-offer'] ?? [],
      },
      retract: {
        news: lines.retract?.news ?? [],
        'red-line': lines.retract?.['red-line'] ?? [],
        ratification: lines.retract?.ratification ?? [],
      },
      news: lines.news ?? [],
      redLine: lines.redLine ?? [],
      answerRedLine: lines.answerRedLine ?? [],
      link: lines.link ?? [],
      backChannel: lines.backChannel ?? [],
      warn: lines.warn ?? [],
    };
  };
  return {
    id: data.id,
    version: data.version,
    hash,
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
      minStep: a.minStep ?? a.bandWidth,
      bidNoise: a.bidNoise ?? 0,
    },
    personalities: (data.personalities ?? []).map((p) => ({
      id: p.id,
      name: p.name,
      description: p.description,
      exponent: p.exponent,
      firmness: p.firmness,
      tactics: p.tactics,
      hold: p.hold,
      link: p.link,
      patience: p.patience,
      walkAway: p.walkAway,
      parties: [0, 1].map(
        (i) => !p.parties || p.parties.includes(data.parties[i].id),
      ) as unknown as Pair<boolean>,
    })),
    redLineNoDealCost: data.tactics.redLine.noDealApprovalCost,
    leakChance: data.tactics.backChannel.leakChance,
    leakApprovalCost: data.tactics.backChannel.leakApprovalCost,
    spaceSize: issues.reduce((n, iss) => n * iss.levels.length, 1),
    title: data.title,
    summary: data.summary,
    noDealDescription: data.noDeal.description,
    meetings: data.meetings.map((m) => ({
      id: m.id,
      date: m.date,
      title: m.title,
      description: m.description,
    })),
    deadline: data.deadline ? { date: data.deadline.date, description: data.deadline.description } : null,
    historicalText: data.historicalDeal
      ? { date: data.historicalDeal.date, description: data.historicalDeal.description }
      : null,
    dialogue: [dialogueOf(0), dialogueOf(1)],
    debrief: { whatHappened: data.debrief.whatHappened, questions: data.debrief.questions },
    look: compilePresentation(data),
  };
}

/**
 * Checks a shape-valid scenario and compiles it; warnings come back with the scenario. `hash` is the content
 * hash to give it, `contentHash(data)` unless told: a translated scenario is compiled with its base file's hash
 * (translate.ts), so a class playing in two languages is one session.
 */
export function compileScenario(
  data: ScenarioData,
  hash: string = contentHash(data),
): {
  readonly scenario: Scenario | null;
  readonly problems: readonly ScenarioProblem[];
} {
  const problems = new Problems();
  check(data, problems);
  if (problems.hasErrors) return { scenario: null, problems: problems.list };
  return { scenario: build(data, hash), problems: problems.list };
}
