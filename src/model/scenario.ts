/**
 * A scenario as the model uses it: the validated file compiled into index-based tables, with the economy of
 * every sector at every level worked out once, and the texts the game shows. The file itself stays in content.
 * Built only by `compileScenario` (src/content).
 */
import type { HoldReason, RetractReason } from './agent/notes.ts';
import type { EconomyParameters } from './economy.ts';
import type { ScenarioLook } from './presentation.ts';
import type { CompiledConcern, SectorSource } from './tables.ts';
import type { ConcessionStyle, Difficulty, EconomyParameter, Metric } from './vocabulary.ts';

/** A party by its position in `scenario.parties`: 0 or 1. */
export type PartyIndex = 0 | 1;
/** A package: one level index per issue, in the scenario's issue order. */
export type Package = readonly number[];
export type Pair<T> = readonly [T, T];

/** A term that does not start with the deal (schema version 2): from a date, or once a condition is met. */
export interface LaterTerm {
  /** YYYY-MM-DD, or null. */
  readonly date: string | null;
  /** What must happen first, as the debrief says it, or null. */
  readonly condition: string | null;
}

export interface CompiledLevel {
  readonly id: string;
  readonly label: string;
  readonly value: number;
  /** Present only when the level's term does not start with the deal. */
  readonly takesEffect?: LaterTerm;
}

export interface CompiledIssue {
  readonly id: string;
  readonly name: string;
  /** What the issue is about, from the scenario file (shown on the table). */
  readonly description: string;
  readonly owner: PartyIndex;
  readonly kind: 'tariff' | 'volume' | 'policy';
  readonly unit: string;
  readonly levels: readonly CompiledLevel[];
  readonly onTable: boolean;
  /** Approval points each party loses when the issue is linked to the talks. */
  readonly linkApprovalCost: Pair<number>;
}

/** What a sector looks like at one level of its issue. */
export interface SectorAtLevel {
  /** Trade flow, $B a year. */
  readonly flow: number;
  /** Tariff in percent, or null for a volume sector. */
  readonly tariff: number | null;
  /** Importer's tariff revenue, $B. */
  readonly revenue: number;
  /** Extra cost to the importer's buyers, $B. */
  readonly consumerCost: number;
  /** Jobs gained (negative: lost) by each party against the base year. */
  readonly jobs: Pair<number>;
}

export interface CompiledSector {
  readonly id: string;
  readonly name: string;
  readonly exporter: PartyIndex;
  readonly importer: PartyIndex;
  readonly baseline: number;
  readonly issue: number;
  readonly atLevel: readonly SectorAtLevel[];
  /** What `atLevel` is worked out from (an event may change an economy parameter). */
  readonly source: SectorSource;
}

export interface CompiledRedLine {
  readonly issue: number;
  readonly level: number;
  readonly bound: 'at-most' | 'at-least';
  readonly quote: string | null;
  readonly quoteBy: string | null;
}

export interface CompiledGroup {
  readonly id: string;
  readonly name: string;
  readonly influence: number;
  readonly tolerance: number;
  readonly redLines: readonly CompiledRedLine[];
  /**
   * The group's utility is additive over issues: U_g(p) = constant + Σ_j table[j][p[j]], in [0, 1].
   */
  readonly constant: number;
  readonly table: readonly (readonly number[])[];
  /** What `constant` and `table` are worked out from (an event may change the weights or the economy). */
  readonly concernInputs: readonly CompiledConcern[];
  readonly concerns: readonly {
    readonly label: string;
    readonly metric: Metric | 'issue';
    /** The party a metric is counted for, or null (an issue, or both parties). */
    readonly party: PartyIndex | null;
  }[];
  readonly description: string;
}

export interface CompiledParty {
  readonly id: string;
  readonly name: string;
  readonly shortName: string;
  readonly groups: readonly CompiledGroup[];
  readonly threshold: number;
  readonly approvalBaseline: number;
  readonly approvalScale: number;
  readonly personality: ConcessionStyle;
  readonly leader: string;
  readonly negotiator: string;
  readonly description: string;
}

export type CompiledEffect =
  | { readonly op: 'set-no-deal'; readonly issue: number; readonly level: number }
  | {
      readonly op: 'adjust-influence';
      readonly party: PartyIndex;
      readonly group: number;
      readonly by: number;
    }
  | { readonly op: 'adjust-threshold'; readonly party: PartyIndex; readonly by: number }
  | { readonly op: 'adjust-approval'; readonly party: PartyIndex; readonly by: number }
  // Schema version 2:
  | {
      readonly op: 'set-weights';
      readonly party: PartyIndex;
      readonly group: number;
      readonly weights: readonly number[];
    }
  | {
      readonly op: 'add-red-line';
      readonly party: PartyIndex;
      readonly group: number;
      readonly line: CompiledRedLine;
    }
  | {
      readonly op: 'remove-red-line';
      readonly party: PartyIndex;
      readonly group: number;
      readonly issue: number;
    }
  | { readonly op: 'set-on-table'; readonly issue: number; readonly onTable: boolean }
  | { readonly op: 'set-economy'; readonly parameter: EconomyParameter; readonly value: number }
  | { readonly op: 'set-deadline'; readonly party: PartyIndex; readonly meeting: number };

/** A red line a party announced before the talks (schema version 2): public, binding its own ratification. */
export interface AnnouncedLine extends CompiledRedLine {
  readonly by: PartyIndex;
}

export interface CompiledEvent {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  /** When it happened, as the file writes it, or null. */
  readonly date: string | null;
  /** Meeting indices after which the event may fire. */
  readonly from: number;
  readonly to: number;
  readonly chance: number;
  readonly effects: readonly CompiledEffect[];
}

export interface AgentParameters {
  readonly exponents: Readonly<Record<ConcessionStyle, number>>;
  readonly difficulty: Readonly<
    Record<Difficulty, { readonly exponentFactor: number; readonly minTarget: number }>
  >;
  readonly acceptanceTime: number;
  readonly bandWidth: number;
  readonly candidates: number;
  readonly learningRate: number;
  /** The least it concedes (own utility) from one offer to its next, unless it says why it holds. */
  readonly minStep: number;
  /** How much it varies its guess of the other side's wishes from one decision to the next (utility). */
  readonly bidNoise: number;
}

/** A way the computer negotiates (the scenario's `personalities`): each game picks one from its seed. */
export interface CompiledPersonality {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** e in f(t) = t^(1/e), before the difficulty's factor. */
  readonly exponent: number;
  /** Added to the difficulty's minTarget. */
  readonly firmness: number;
  /** Chance it uses a tactic when it has a reason to. */
  readonly tactics: number;
  /** Chance it holds its offer when it may. */
  readonly hold: number;
  /** Chance it links an off-table issue on its first turn. */
  readonly link: number;
  /** The share of the talks after which it may warn and walk away. */
  readonly patience: number;
  /** Late in the talks it walks away rather than take less than this share of the room above no-deal. */
  readonly walkAway: number;
  /** The parties it may play. */
  readonly parties: Pair<boolean>;
}

export interface CompiledMeeting {
  readonly id: string;
  /** YYYY-MM-DD. */
  readonly date: string;
  readonly title: string;
  readonly description: string;
}

/** A party's lines: objections by issue index (empty when it has none for the issue), then one list per reply. */
export interface CompiledDialogue {
  readonly objections: readonly (readonly string[])[];
  readonly accept: readonly string[];
  readonly reject: readonly string[];
  readonly propose: readonly string[];
  readonly walkAway: readonly string[];
  /** The optional kinds: empty when the file has none (the agent then falls back to the kinds above). */
  readonly concede: readonly string[];
  readonly wantMore: readonly string[];
  readonly hold: Readonly<Record<HoldReason, readonly string[]>>;
  readonly retract: Readonly<Record<RetractReason, readonly string[]>>;
  readonly news: readonly string[];
  readonly redLine: readonly string[];
  readonly answerRedLine: readonly string[];
  readonly link: readonly string[];
  readonly backChannel: readonly string[];
  readonly warn: readonly string[];
}

/** A date and what happened or takes effect then. */
export interface DatedText {
  readonly date: string;
  readonly description: string;
}

export interface Scenario {
  readonly id: string;
  readonly version: string;
  /** A hash of the file's content: result codes and saves name it. */
  readonly hash: string;
  readonly parties: Pair<CompiledParty>;
  readonly firstMover: PartyIndex;
  readonly issues: readonly CompiledIssue[];
  readonly sectors: readonly CompiledSector[];
  readonly noDeal: Package;
  readonly historicalDeal: Package | null;
  /** The meetings the talks last: all of them, unless an event moved a party's deadline (events.ts). */
  readonly meetingCount: number;
  /** The economy's parameters the sectors are worked out with. */
  readonly economy: EconomyParameters;
  /** Red lines the parties announced before the talks (empty before schema version 2). */
  readonly announcedLines: readonly AnnouncedLine[];
  readonly events: readonly CompiledEvent[];
  readonly agent: AgentParameters;
  /** The computer's personalities (may be empty: it then plays each party's `personality` style). */
  readonly personalities: readonly CompiledPersonality[];
  readonly redLineNoDealCost: number;
  readonly leakChance: number;
  readonly leakApprovalCost: number;
  /** Number of packages: the product of the level counts. */
  readonly spaceSize: number;
  readonly title: string;
  readonly summary: string;
  readonly noDealDescription: string;
  readonly meetings: readonly CompiledMeeting[];
  /** When time runs out, or null when the file does not say. */
  readonly deadline: DatedText | null;
  /** The real deal's date and description, with `historicalDeal`; null without one. */
  readonly historicalText: DatedText | null;
  /** Each party's lines (null: the party has none). */
  readonly dialogue: Pair<CompiledDialogue | null>;
  readonly debrief: { readonly whatHappened: readonly string[]; readonly questions: readonly string[] };
  /** How the game presents it: colours, flags, money, base year, tagline, first side, dance axis. */
  readonly look: ScenarioLook;
}

export const other = (party: PartyIndex): PartyIndex => (party === 0 ? 1 : 0);

export function partyIndexOf(scenario: Scenario, id: unknown): PartyIndex | null {
  if (scenario.parties[0].id === id) return 0;
  if (scenario.parties[1].id === id) return 1;
  return null;
}
