/**
 * One seeded computer-vs-computer game, decision by decision, with each side's reasons: the note the agent gives
 * its move (src/model/agent/notes.ts), where it stands on its concession curve (its target utility against its
 * reservation and its best bid), which acceptance rule made it accept, and whether home would ratify the offer
 * on the table (the ratification veto). Pure: the view writes it out.
 */
import {
  type AgentReasoning,
  agentOptions,
  type MoveNote,
  playComputerGame,
  reason,
} from '../model/agent/index.ts';
import type { Package, PartyIndex, Scenario } from '../model/scenario.ts';
import type { Action, GameSettings, GameState } from '../model/types.ts';
import { ratify, utility } from '../model/utility.ts';

export interface TraceRow {
  readonly turn: number;
  /** 1-based. */
  readonly meeting: number;
  readonly side: PartyIndex;
  readonly actions: readonly Action[];
  readonly note: MoveNote;
  readonly line: string;
  /** The other side's offer it could accept, with its utility to this side and whether home would ratify it. */
  readonly standing: {
    readonly package: Package;
    readonly utility: number;
    readonly ratified: boolean;
    readonly support: number;
    readonly threshold: number;
  } | null;
  readonly reasoning: Pick<AgentReasoning, 'reservation' | 'best' | 'target' | 'accepted'>;
}

export interface Trace {
  readonly rows: readonly TraceRow[];
  readonly final: GameState;
}

export function traceGame(scenario: Scenario, seed: string): Trace {
  const settings: GameSettings = {
    seed,
    side: scenario.parties[0].id,
    opponent: 'computer-vs-computer',
    difficulty: 'normal',
  };
  const rows: TraceRow[] = [];
  const final = playComputerGame(scenario, settings, {
    onDecision: ({ side, before, view, decision }) => {
      const picked = agentOptions(scenario, before, side);
      const why = reason(view, { random: picked.random, personality: picked.personality });
      const offer = before.standing === null ? null : before.offers[before.standing];
      const home = offer ? ratify(scenario, before.params, side, offer.package) : null;
      rows.push({
        turn: before.turn,
        meeting: view.meeting + 1,
        side,
        actions: decision.actions,
        note: decision.note,
        line: decision.line,
        standing:
          offer && home
            ? {
                package: offer.package,
                utility: utility(scenario, before.params, side, offer.package),
                ratified: home.passed,
                support: home.support,
                threshold: home.threshold,
              }
            : null,
        reasoning: {
          reservation: why.reservation,
          best: why.best,
          target: why.target,
          accepted: why.accepted,
        },
      });
    },
  });
  return { rows, final };
}
