/**
 * What one move is: a Handler holds its legality check and effect (`apply`), the ready-made moves of its type
 * that `legalActions` lists (`listed`), how a result code stores it (`write`, `read`) and its name in the
 * verifier's reasons (`describe`). The registry (index.ts) is a Record<ActionType, Handler>, so a move type without a
 * handler is a compile error. `applyAction` (src/model/rules.ts) checks what every move shares (the game,
 * the side, the turn) before it calls the handler.
 */
import type { ByteReader, ByteWriter } from '../code/bytes.ts';
import type { Result } from '../result.ts';
import type { PartyIndex, Scenario } from '../scenario.ts';
import type { Step } from '../turn.ts';
import type { Action, ActionError, ActionType, GameState } from '../types.ts';
import type { View } from '../view.ts';

/** Each action by its type; an ActionType without an Action is a compile error here. */
export type ActionOf<T extends ActionType> = { [A in Action as A['type']]: A }[T];

export interface MoveContext {
  readonly scenario: Scenario;
  readonly state: GameState;
  /** The side making the move: known, and on move. */
  readonly side: PartyIndex;
  /** `state` with the action appended to its log. */
  readonly logged: GameState;
}

export interface Handler<T extends ActionType> {
  /**
   * Checks the move and plays it. The action comes from outside (a click, a saved log, a result code): only
   * its type and side are checked; its other fields must be checked here.
   */
  readonly apply: (ctx: MoveContext, action: ActionOf<T>) => Result<Step, ActionError>;
  /**
   * The ready-made moves of this type that `legalActions` (src/model/view.ts) lists for the side to move, in
   * the order the UI and the computer opponent see them. Moves whose data the player chooses (a package, a
   * red line's level) list none here.
   */
  readonly listed: (view: View) => readonly ActionOf<T>[];
  /** Writes what the move carries beyond its type and side into a result code (src/model/code/result-code.ts). */
  readonly write: (w: ByteWriter, action: ActionOf<T>) => void;
  /** Reads it back. */
  readonly read: (r: ByteReader, side: string) => ActionOf<T>;
  /** The move in plain words for the verifier's reasons (src/model/code/verify.ts): "link issue 3". */
  readonly describe: (action: ActionOf<T>) => string;
}

export type Handlers = { readonly [T in ActionType]: Handler<T> };
