/** The computer opponent: a BOA agent (bidding, opponent model, acceptance), pure and deterministic. */
export { type AcceptanceInput, type AcceptReason, acceptance, acMaxWindow, acNext } from './acceptance.ts';
export { allowedLevels, type BidSpace, bidSpace } from './bid-space.ts';
export { type Band, type Bid, candidateBand, chooseBid } from './bidding.ts';
export {
  type AgentDecision,
  type AgentOptions,
  type AgentReasoning,
  chooseAction,
  reason,
} from './choose-action.ts';
export { aspiration, concessionAt, concessionExponent, targetUtility } from './concession.ts';
export { fillLine, objectionIssue, replyLine } from './dialogue.ts';
export {
  estimatedTable,
  type FrequencyModel,
  learn,
  opponentModel,
  priorModel,
  withIntel,
} from './opponent-model.ts';
export { playComputerGame, type SelfPlayOptions } from './self-play.ts';
