/**
 * The data of the approval chart: `game.approvalHistory` (the start, the end of each meeting, and the end of
 * the game) as steps along the talks, with the news that fired between meetings placed on the step it moved.
 */
import type { Pair } from '../../model/scenario.ts';
import type { GameState } from '../../model/types.ts';

export interface ApprovalStep {
  /** Position along the x axis: 0 is the start. */
  readonly step: number;
  readonly kind: 'start' | 'meeting' | 'end';
  /** The meeting (0-based) that ended here, or in which the game ended; null for the start. */
  readonly meeting: number | null;
  /** Each party's approval, 0–100, by party index. */
  readonly values: Pair<number>;
}

export interface ApprovalNews {
  readonly step: number;
  /** Index into scenario.events. */
  readonly event: number;
}

export interface ApprovalSeries {
  readonly steps: readonly ApprovalStep[];
  readonly news: readonly ApprovalNews[];
  /** Lowest and highest approval of either side. */
  readonly range: readonly [number, number];
}

/** `meetingCount` clamps the meeting of the last step: at the deadline the game ends "after" the last one. */
export function approvalSeries(game: GameState, meetingCount: number): ApprovalSeries {
  const history = game.approvalHistory;
  const last = history.length - 1;
  const steps = history.map((values, step): ApprovalStep => {
    if (step === 0) return { step, kind: 'start', meeting: null, values };
    if (step === last && game.outcome) {
      const meeting = Math.min(meetingCount - 1, Math.floor(game.outcome.turn / 2));
      return { step, kind: 'end', meeting, values };
    }
    return { step, kind: 'meeting', meeting: step - 1, values };
  });
  // Approval after meeting m (step m + 1) already includes the news drawn at the end of meeting m.
  const news = game.fired
    .map((f) => ({ step: f.afterMeeting + 1, event: f.event }))
    .filter((n) => n.step <= last)
    .sort((a, b) => a.step - b.step || a.event - b.event);
  const all = history.flatMap((pair) => [pair[0], pair[1]]);
  return { steps, news, range: [Math.min(...all), Math.max(...all)] };
}
