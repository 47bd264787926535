/**
 * Compilation of a checked scenario into the model's index-based form: the economy of every sector at every
 * level, and each group's additive utility table.
 */
import { contentHash } from '../model/hash.ts';
import { ownValue } from '../model/own.ts';
import { assertNever } from '../model/result.ts';
import type {
  CompiledDialogue,
  CompiledEffect,
  CompiledGroup,
  CompiledIssue,
  CompiledParty,
  CompiledRedLine,
  CompiledSector,
  Pair,
  PartyIndex,
  Scenario,
} from '../model/scenario.ts';
import { type CompiledConcern, groupTable, type SectorSource, sectorLevels } from '../model/tables.ts';
import { check, Problems } from './check.ts';
import type { ScenarioProblem } from './problems.ts';
import type { GroupData, ScenarioData } from './schema.ts';
import { compilePresentation } from './schema-presentation.ts';

function compileGroup(
  g: GroupData,
  data: ScenarioData,
  issues: readonly CompiledIssue[],
  sectors: readonly CompiledSector[],
  partyIndex: (id: string) => PartyIndex,
): CompiledGroup {
  const issueIndex = (id: string) => issues.findIndex((iss) => iss.id === id);
  const sectorIndex = (id: string) => data.economy.sectors.findIndex((s) => s.id === id);
  const concernInputs = g.concerns.map(
    (c): CompiledConcern =>
      c.kind === 'issue'
        ? { kind: 'issue', issue: issueIndex(c.issue), values: c.values, weight: c.weight }
        : {
            kind: 'metric',
            metric: c.metric,
            party: c.party === undefined ? null : partyIndex(c.party),
            sectors: c.sectors ? c.sectors.map(sectorIndex) : null,
            prefer: c.prefer,
            weight: c.weight,
          },
  );
  const { constant, table } = groupTable(
    concernInputs,
    concernInputs.map((c) => c.weight),
    issues,
    sectors,
  );
  const concerns = concernInputs.map((c): CompiledGroup['concerns'][number] =>
    c.kind === 'issue'
      ? { label: issues[c.issue].name, metric: 'issue', party: null }
      : {
          label: `${c.metric}${c.party === null ? '' : ` (${data.parties[c.party].id})`}`,
          metric: c.metric,
          party: c.party,
        },
  );
  return {
    id: g.id,
    name: g.name,
    influence: g.influence,
    tolerance: g.tolerance,
    redLines: (g.redLines ?? []).map((r) => compileLine(r, issues)),
    constant,
    table,
    concernInputs,
    concerns,
    description: g.description,
  };
}

/** A red line of the file, by issue and level index. */
function compileLine(
  r: { issue: string; level: string; bound: 'at-most' | 'at-least'; quote?: string; quoteBy?: string },
  issues: readonly CompiledIssue[],
): CompiledRedLine {
  const j = issues.findIndex((iss) => iss.id === r.issue);
  const l = issues[j].levels.findIndex((lv) => lv.id === r.level);
  return { issue: j, level: l, bound: r.bound, quote: r.quote ?? null, quoteBy: r.quoteBy ?? null };
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
    levels: iss.levels.map((l) => {
      const level = { id: l.id, label: l.label, value: l.value };
      // Only a version 2 term that starts later carries `takesEffect`: version 1 levels stay as they were.
      if (!l.takesEffect) return level;
      const takesEffect = { date: l.takesEffect.date ?? null, condition: l.takesEffect.condition ?? null };
      return { ...level, takesEffect };
    }),
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
    const source: SectorSource = {
      exporter: partyIndex(s.exporter),
      baseline: s.baseline,
      baseTariff: s.baseTariff ?? 0,
      jobsPerBillion: pair(s.jobsPerBillion),
      kind: issues[j].kind === 'tariff' ? 'tariff' : 'volume',
    };
    return {
      id: s.id,
      name: s.name,
      exporter: source.exporter,
      importer: partyIndex(s.importer),
      baseline: s.baseline,
      issue: j,
      atLevel: sectorLevels(params, source, issues[j]),
      source,
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
        case 'set-weights': {
          const party = partyIndex(f.party);
          const group = data.parties[party].groups.findIndex((g) => g.id === f.group);
          return { op: f.op, party, group, weights: f.weights };
        }
        case 'add-red-line': {
          const party = partyIndex(f.party);
          const group = data.parties[party].groups.findIndex((g) => g.id === f.group);
          return { op: f.op, party, group, line: compileLine(f, issues) };
        }
        case 'remove-red-line': {
          const party = partyIndex(f.party);
          const group = data.parties[party].groups.findIndex((g) => g.id === f.group);
          return { op: f.op, party, group, issue: issueIndex(f.issue) };
        }
        case 'set-on-table':
          return { op: f.op, issue: issueIndex(f.issue), onTable: f.onTable };
        case 'set-economy':
          return { op: f.op, parameter: f.parameter, value: f.value };
        case 'set-deadline':
          return { op: f.op, party: partyIndex(f.party), meeting: meetingIndex(f.meeting) };
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
    economy: params,
    announcedLines: data.parties.flatMap((p, pi) =>
      (p.publicRedLines ?? []).map((r) => ({ ...compileLine(r, issues), by: pi as PartyIndex })),
    ),
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
 * Compiles data that has passed every check already, without checking it again: a shipped file whose text is the
 * one the tests parsed in full (vouched.ts). Anything else goes through `compileScenario`.
 */
export const compileChecked = (data: ScenarioData, hash: string): Scenario => build(data, hash);

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
