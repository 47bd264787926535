/**
 * The computer opponent: a BOA agent (bidding, opponent model, acceptance), pure and deterministic.
 *
 * - `chooseAction(view, { personality? })`: one turn (tactics, then one move that ends the turn) and its line.
 * - `playComputerGame(scenario, settings, { personalities? })`: a whole computer-vs-computer game.
 * - `reason(view)`: the same turn with the agent's working (target, band, bid, why it accepts), for tests and tools.
 *
 * How a turn works is in choose-action.ts; how bids are found without listing the outcome space (meet in the
 * middle over two halves of the issues) in halves.ts and search.ts.
 */
export { type AcceptanceInput, type AcceptReason, acceptance, acMaxWindow, acNext } from './acceptance.ts';
export { allowedLevels, type BidSpace, bidSpace } from './bid-space.ts';
export { type Band, type Bid, candidateBand, chooseBid, chooseStep } from './bidding.ts';
export {
  type AgentDecision,
  type AgentOptions,
  type AgentReasoning,
  chooseAction,
  reason,
} from './choose-action.ts';
export { aspiration, concessionAt, concessionExponent, targetUtility } from './concession.ts';
export {
  allowedByOwnLines,
  fillLine,
  type LineKind,
  lineFor,
  objectionIssue,
  type ReplyKind,
  replyLine,
} from './dialogue.ts';
export { type Memory, recall } from './memory.ts';
export {
  HOLD_REASONS,
  type HoldReason,
  type MoveNote,
  RETRACT_REASONS,
  type RetractReason,
} from './notes.ts';
export {
  estimatedTable,
  type FrequencyModel,
  learn,
  opponentModel,
  priorModel,
  withIntel,
} from './opponent-model.ts';
export {
  agentOptions,
  type DecisionOptions,
  defaultPersonality,
  personalitiesOf,
  personalityFor,
  styled,
} from './personality.ts';
export { type DecisionRecord, playComputerGame, type SelfPlayOptions } from './self-play.ts';
export { chooseTactics, type TacticChoice } from './tactics.ts';
