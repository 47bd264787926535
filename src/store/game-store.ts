/**
 * The game store (zustand vanilla): the only caller of `applyAction` in the app. Scenes get the store handed
 * in, subscribe in `create()`, forward input as actions and play animations from `events`.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { agentOptions, chooseAction } from '../model/agent/index.ts';
import { computerSides } from '../model/players.ts';
import { err, ok, type Result } from '../model/result.ts';
import { applyAction, toMove } from '../model/rules.ts';
import type { PartyIndex, Scenario } from '../model/scenario.ts';
import type { Action, ActionError, GameEvent, GameState } from '../model/types.ts';
import { viewFor } from '../model/view.ts';
import type { LiveErrorCode } from '../net/protocol.ts';

/**
 * Why a move was refused: the model's `ActionError`, or in a live game the server's refusal (its code is the
 * model's or one of the protocol's `NET_ERROR_CODES`), or `NOT_CONNECTED` when the move could not be sent.
 */
export interface StoreError {
  readonly code: LiveErrorCode | 'NOT_CONNECTED';
  readonly message: string;
  readonly index?: number;
}

/** A line the computer said, kept with the game so a reload shows it again. */
export interface DialogueEntry {
  readonly turn: number;
  readonly side: PartyIndex;
  readonly text: string;
  readonly objection: number | null;
}

export interface GameStoreState {
  readonly scenario: Scenario;
  readonly game: GameState;
  /** The events of the last applied actions, for animations. */
  readonly events: readonly GameEvent[];
  /** Why the last action was refused, or null. */
  readonly error: StoreError | null;
  readonly dialogue: readonly DialogueEntry[];
}

export interface GameStoreActions {
  /** Applies a player's action; a refused action leaves the game as it was and sets `error`. */
  act(action: Action): Result<readonly GameEvent[], StoreError>;
  /** Plays the computer's turn when the side to move is a computer; false when it is not. */
  computerTurn(): boolean;
  /** Whether the computer plays this side in this game. */
  isComputer(side: PartyIndex): boolean;
  /**
   * Who plays this side on another device (a classmate in a live game): their names as the game shows them;
   * null when the side is played here or by the computer. Such a side's turn is neither a person's here nor
   * the computer's: the table waits for its move to arrive.
   */
  playedElsewhere(side: PartyIndex): string | null;
}

export type GameStore = StoreApi<GameStoreState & GameStoreActions>;

export { computerSides };

export function createGameStore(
  scenario: Scenario,
  game: GameState,
  dialogue: readonly DialogueEntry[] = [],
): GameStore {
  return createStore<GameStoreState & GameStoreActions>()((set, get) => {
    /** Applies actions in order; all or nothing. */
    const applyAll = (
      actions: readonly Action[],
    ): Result<{ state: GameState; events: GameEvent[] }, ActionError> => {
      let state = get().game;
      const events: GameEvent[] = [];
      for (const action of actions) {
        const step = applyAction(scenario, state, action);
        if (!step.ok) return err(step.error);
        state = step.value.state;
        events.push(...step.value.events);
      }
      return ok({ state, events });
    };
    return {
      scenario,
      game,
      events: [],
      error: null,
      dialogue,
      act(action) {
        const result = applyAll([action]);
        if (!result.ok) {
          set({ error: result.error });
          return err(result.error);
        }
        set({ game: result.value.state, events: result.value.events, error: null });
        return ok(result.value.events);
      },
      computerTurn() {
        const { game: current } = get();
        if (current.outcome) return false;
        const side = toMove(scenario, current);
        if (!get().isComputer(side)) return false;
        const view = viewFor(scenario, current, side);
        if (!view) return false;
        const decision = chooseAction(view, agentOptions(scenario, current, side));
        const result = applyAll(decision.actions);
        if (!result.ok) {
          // The computer only plays legal moves; a refusal is a bug, reported rather than hidden.
          set({ error: result.error });
          return false;
        }
        const entry = { turn: current.turn, side, text: decision.line, objection: decision.objection };
        set({
          game: result.value.state,
          events: result.value.events,
          error: null,
          dialogue: [...get().dialogue, entry],
        });
        return true;
      },
      isComputer(side) {
        return computerSides(scenario, get().game).includes(side);
      },
      playedElsewhere() {
        return null;
      },
    };
  });
}
