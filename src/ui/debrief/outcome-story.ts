/**
 * Why the game ended as it did, as facts (pure, from the game state) and as one or two plain sentences for a
 * student. Nothing here decides anything: the model set `game.outcome` and `game.failedRatifications`.
 */
import { t } from '../../i18n/catalog.ts';
import { personalityFor } from '../../model/agent/personality.ts';
import { computerSides } from '../../model/players.ts';
import { other, type PartyIndex, type Scenario } from '../../model/scenario.ts';
import type { GameState } from '../../model/types.ts';
import { formatDate, joinNames } from './format.ts';

export interface FailedRatification {
  /** The meeting (0-based) in which an accepted offer failed at home. */
  readonly meeting: number;
  readonly parties: readonly PartyIndex[];
}

export interface OutcomeFacts {
  readonly kind: 'deal' | 'no-deal';
  readonly reason: 'accepted' | 'deadline' | 'walked-away';
  /** Who accepted (a deal) or walked away; null at the deadline. */
  readonly by: PartyIndex | null;
  /** The meeting (0-based) the game ended in; the last meeting at the deadline. */
  readonly meeting: number;
  readonly failed: readonly FailedRatification[];
  /** Issues on which the outcome has the historical deal's level; null without a historical deal. */
  readonly sameAsHistorical: number | null;
  readonly issueCount: number;
}

/** The facts of a finished game; null while the game is still running. */
export function outcomeFacts(scenario: Scenario, game: GameState): OutcomeFacts | null {
  const outcome = game.outcome;
  if (!outcome) return null;
  const historical = scenario.historicalDeal;
  return {
    kind: outcome.kind,
    reason: outcome.reason,
    by: outcome.by,
    meeting: Math.min(scenario.meetingCount - 1, Math.floor(outcome.turn / 2)),
    failed: game.failedRatifications.map((f) => ({ meeting: Math.floor(f.turn / 2), parties: f.failed })),
    sameAsHistorical: historical
      ? historical.filter((level, j) => outcome.package[j] === level).length
      : null,
    issueCount: scenario.issues.length,
  };
}

const partyName = (scenario: Scenario, party: PartyIndex): string => scenario.parties[party].name;

function meetingDate(scenario: Scenario, meeting: number): string {
  const date = scenario.meetings[meeting]?.date;
  return date ? formatDate(date) : '';
}

/** The headline: "Deal!" or "No deal". */
export function outcomeHeadline(facts: OutcomeFacts): string {
  if (facts.kind === 'deal') return t('debrief.headline.deal');
  return facts.reason === 'walked-away' ? t('debrief.headline.walkedAway') : t('debrief.headline.deadline');
}

/** One or two plain sentences on how it ended, then the failed ratifications along the way. */
export function outcomeSentences(scenario: Scenario, facts: OutcomeFacts): string[] {
  const round = facts.meeting + 1;
  const date = meetingDate(scenario, facts.meeting);
  const sentences: string[] = [];
  if (facts.kind === 'deal') {
    const acceptor = facts.by ?? 0;
    sentences.push(
      t('debrief.story.deal', {
        acceptor: partyName(scenario, acceptor),
        proposer: partyName(scenario, other(acceptor)),
        round,
        date,
      }),
    );
  } else if (facts.reason === 'walked-away' && facts.by !== null) {
    sentences.push(t('debrief.story.walkedAway', { party: partyName(scenario, facts.by), round, date }));
  } else {
    sentences.push(t('debrief.story.deadline', { date }));
  }
  if (facts.failed.length > 0) {
    const list = facts.failed
      .map((f) =>
        t('debrief.story.failedItem', {
          round: f.meeting + 1,
          parties: joinNames(f.parties.map((p) => partyName(scenario, p))),
        }),
      )
      .join('; ');
    sentences.push(
      facts.failed.length === 1
        ? t('debrief.story.failedOne', { list })
        : t('debrief.story.failedMany', { count: facts.failed.length, list }),
    );
  }
  return sentences;
}

/** How the result compares with the real deal, in one sentence; null without a historical deal. */
export function comparisonSentence(scenario: Scenario, facts: OutcomeFacts): string | null {
  const historical = scenario.historicalText;
  if (facts.sameAsHistorical === null || !historical) return null;
  const date = formatDate(historical.date);
  if (facts.kind === 'no-deal') return t('debrief.story.realDealNoDeal', { date });
  return t('debrief.story.matches', { same: facts.sameAsHistorical, total: facts.issueCount, date });
}

/** Whose eyes the debrief is seen through: the player's side, or the computer on both. */
export function viewpointSentence(scenario: Scenario, game: GameState, player: PartyIndex): string {
  switch (game.settings.opponent) {
    case 'computer':
      return t('debrief.story.youPlayed', { side: partyName(scenario, player) });
    case 'computer-vs-computer':
      return t('debrief.story.youWatched');
    case 'human':
      return t('debrief.story.twoPlayers');
  }
}

/**
 * Which personality the computer played each of its sides with (picked from the game's seed, private during the
 * game): one sentence per computer side, none when the scenario lists no personalities.
 */
export function opponentSentences(scenario: Scenario, game: GameState): string[] {
  if (scenario.personalities.length === 0) return [];
  return computerSides(scenario, game).map((side) => {
    const p = personalityFor(scenario, game.settings.seed, side);
    return t('debrief.story.opponent', {
      party: partyName(scenario, side),
      personality: p.name,
      description: p.description,
    });
  });
}
