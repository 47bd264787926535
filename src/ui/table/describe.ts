/**
 * Events and effects in words: what the live region announces after a move, what a news item changed, and why
 * a group backs a package or not. Pure functions over the scenario and the model's events.
 */
import { t } from '../../i18n/catalog.ts';
import { assertNever } from '../../model/result.ts';
import type { Package, PartyIndex, Scenario } from '../../model/scenario.ts';
import type { GameEvent } from '../../model/types.ts';
import type { Params } from '../../model/utility.ts';
import { describeV2Effect } from './describe-v2.ts';
import { both, percent, points } from './format.ts';

const partyName = (scenario: Scenario, party: PartyIndex): string => scenario.parties[party].name;

const levelLabel = (scenario: Scenario, issue: number, level: number): string =>
  scenario.issues[issue]?.levels[level]?.label ?? String(level);

/** "General tariff: 15% in total; Car tariff: 15% in total; …" over the issues on the table. */
export function describePackage(scenario: Scenario, pkg: Package, onTable: readonly boolean[]): string {
  return scenario.issues
    .flatMap((issue, j) => (onTable[j] ? [`${issue.name}: ${levelLabel(scenario, j, pkg[j])}`] : []))
    .join('; ');
}

/** A level's label without its closing remark in brackets: "24% (the April rate)" → "24%". */
export const shortLabel = (label: string): string => label.replace(/\s*\([^()]*\)\s*$/, '') || label;

/** The words of a red line's bound: "at most" for your own concessions, "at least" for theirs. */
export const boundWords = (bound: 'at-most' | 'at-least'): string =>
  bound === 'at-most' ? t('table.levers.boundAtMost') : t('table.levers.boundAtLeast');

/** What the computer said with a move, by side (the store's dialogue of this step). */
export type StepLines = Partial<Record<PartyIndex, string>>;

/**
 * One event as a sentence for the live region, or null for events that are shown rather than said (the
 * ratification verdicts and news have their own overlays, which announce them).
 */
/** The sentence of each move that carries the mover's line of dialogue. */
const MOVE_KEYS = {
  accepted: 'table.say.accepted',
  rejected: 'table.say.rejected',
  'walked-away': 'table.say.walked',
} as const;

export function describeEvent(
  scenario: Scenario,
  event: GameEvent,
  onTable: readonly boolean[],
  lines: StepLines = {},
): string | null {
  switch (event.type) {
    case 'proposed': {
      const offer = t('table.say.proposed', {
        side: partyName(scenario, event.by),
        package: describePackage(scenario, event.package, onTable),
      });
      return withLine(scenario, event.by, offer, lines);
    }
    case 'accepted':
    case 'rejected':
    case 'walked-away': {
      const key = MOVE_KEYS[event.type];
      return withLine(scenario, event.by, t(key, { side: partyName(scenario, event.by) }), lines);
    }
    case 'red-line':
      return t('table.say.redLine', {
        side: partyName(scenario, event.line.by),
        issue: scenario.issues[event.line.issue]?.name ?? '',
        bound: boundWords(event.line.bound),
        level: levelLabel(scenario, event.line.issue, event.line.level),
      });
    case 'linked':
      return t('table.say.linked', {
        side: partyName(scenario, event.by),
        issue: scenario.issues[event.issue]?.name ?? '',
      });
    case 'back-channel': {
      const opened = t('table.say.backChannel', { side: partyName(scenario, event.by) });
      return event.leaked
        ? `${opened} ${t('table.say.leaked', { side: partyName(scenario, event.by) })}`
        : opened;
    }
    case 'meeting-ended':
      return t('table.say.meetingEnded', { number: event.meeting + 1 });
    case 'news':
      return t('table.say.news', { title: scenario.events[event.event]?.title ?? '' });
    case 'ratification-failed':
      return t('table.say.ratifyFailed', { sides: both(event.failed.map((p) => partyName(scenario, p))) });
    case 'deal':
      return t('table.say.ratifiedBoth');
    case 'no-deal':
      return event.reason === 'deadline' ? t('table.say.noDealDeadline') : t('table.say.noDealWalked');
    case 'ratification':
      return null;
    default:
      return assertNever(event);
  }
}

function withLine(scenario: Scenario, by: PartyIndex, sentence: string, lines: StepLines): string {
  const line = lines[by];
  return line ? `${sentence} ${t('table.say.line', { side: partyName(scenario, by), line })}` : sentence;
}

/** All of a step's events as one announcement. */
export function describeStep(
  scenario: Scenario,
  events: readonly GameEvent[],
  onTable: readonly boolean[],
  lines: StepLines = {},
): string {
  return events
    .map((e) => describeEvent(scenario, e, onTable, lines))
    .filter((s): s is string => s !== null && s.length > 0)
    .join(' ');
}

/** What one news item is, for the news overlay. */
export interface NewsItem {
  readonly event: number;
  readonly title: string;
  readonly date: string | null;
  readonly text: string;
  /** What it changed, one sentence per effect. */
  readonly changes: readonly string[];
}

/**
 * The news of a step in words. `before` is the game's parameters before the step; the no-deal levels and
 * thresholds are followed through the events, so each change reads "from → to". A threshold is private: the
 * viewer sees its own in numbers and the other side's only as "wider support" or "less support" (both sides'
 * only in words when `viewer` is null: two players sharing a screen).
 */
export function describeNews(
  scenario: Scenario,
  viewer: PartyIndex | null,
  before: Params,
  events: readonly GameEvent[],
): NewsItem[] {
  const noDeal = [...before.noDeal];
  const threshold = [...before.threshold];
  const items: NewsItem[] = [];
  for (const event of events) {
    if (event.type !== 'news') continue;
    const compiled = scenario.events[event.event];
    if (!compiled) continue;
    const changes: string[] = [];
    for (const effect of compiled.effects) {
      switch (effect.op) {
        case 'set-no-deal': {
          const issue = scenario.issues[effect.issue]?.name ?? '';
          const from = levelLabel(scenario, effect.issue, noDeal[effect.issue]);
          const to = levelLabel(scenario, effect.issue, effect.level);
          changes.push(
            noDeal[effect.issue] === effect.level
              ? t('table.news.noDealSame', { issue, to })
              : t('table.news.noDeal', { issue, from, to }),
          );
          noDeal[effect.issue] = effect.level;
          break;
        }
        case 'adjust-influence': {
          const group = scenario.parties[effect.party].groups[effect.group]?.name ?? '';
          const side = partyName(scenario, effect.party);
          if (effect.by !== 0)
            changes.push(
              t(effect.by > 0 ? 'table.news.influenceUp' : 'table.news.influenceDown', { side, group }),
            );
          break;
        }
        case 'adjust-threshold': {
          const side = partyName(scenario, effect.party);
          const from = threshold[effect.party];
          const to = Math.min(1, Math.max(0, from + effect.by));
          threshold[effect.party] = to;
          if (effect.party === viewer)
            changes.push(t('table.news.thresholdOwn', { side, from: percent(from), to: percent(to) }));
          else if (effect.by !== 0)
            changes.push(t(effect.by > 0 ? 'table.news.thresholdUp' : 'table.news.thresholdDown', { side }));
          break;
        }
        case 'adjust-approval':
          changes.push(
            t('table.news.approval', { side: partyName(scenario, effect.party), change: points(effect.by) }),
          );
          break;
        default:
          changes.push(...describeV2Effect(scenario, effect, noDeal));
      }
    }
    items.push({
      event: event.event,
      title: compiled.title,
      date: scenario.events[event.event]?.date ?? null,
      text: compiled.text,
      changes,
    });
  }
  return items;
}

/** What a group thinks of a package, as the projection and the ratification verdicts give it. */
export interface Stance {
  readonly supports: boolean;
  readonly crossedIssue: number | null;
  readonly utility: number;
  readonly noDealUtility: number;
}

export type StanceKind = 'supports' | 'red-line' | 'worse';

export function stanceKind(stance: Stance): StanceKind {
  if (stance.crossedIssue !== null) return 'red-line';
  return stance.supports ? 'supports' : 'worse';
}

/**
 * Why a group backs a package or not: short ("red line: US rice", for the live projection) or in full ("opposes:
 * the deal crosses its red line on US rice", for the ratification verdicts).
 */
export function stanceReason(scenario: Scenario, stance: Stance, long = false): string {
  switch (stanceKind(stance)) {
    case 'red-line': {
      const issue = scenario.issues[stance.crossedIssue ?? 0]?.name ?? '';
      return t(long ? 'table.ratify.reasonRedLine' : 'table.home.reasonRedLine', { issue });
    }
    case 'worse':
      return t(long ? 'table.ratify.reasonWorse' : 'table.home.reasonWorse');
    case 'supports':
      if (stance.utility < stance.noDealUtility)
        return t(long ? 'table.ratify.reasonTolerated' : 'table.home.reasonWorseTolerated');
      return t(long ? 'table.ratify.reasonSupports' : 'table.home.reasonSupports');
  }
}

/** The mark in front of a group: ✓ supports, ✗ worse off, ⛔ red line crossed (a shape, not only a colour). */
export function stanceMark(stance: Stance): string {
  switch (stanceKind(stance)) {
    case 'red-line':
      return t('table.home.redLine');
    case 'worse':
      return t('table.home.opposes');
    case 'supports':
      return t('table.home.supports');
  }
}
