/**
 * The model's own vocabulary: the difficulty levels, the computer's concession styles and the metrics a group
 * can care about, each an `as const` list with its union type. The model owns these words; the scenario
 * schema (src/content/schema.ts), the scenes and the teacher's page import them from here, never the reverse.
 */

/** How hard the computer bargains, in the order the setup screens list them (and codes store them). */
export const DIFFICULTIES = ['easy', 'normal', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** How the computer concedes over the negotiation: late (boulware), steadily, or early (conceder). */
export const CONCESSION_STYLES = ['boulware', 'linear', 'conceder'] as const;
export type ConcessionStyle = (typeof CONCESSION_STYLES)[number];

/** What a group's concern about a number measures. */
export const METRICS = ['jobs', 'trade', 'revenue', 'consumer-cost', 'balance'] as const;
export type Metric = (typeof METRICS)[number];

/** The economy's parameters (schema version 2 events may set one), in the order the scenario file lists them. */
export const ECONOMY_PARAMETERS = [
  'elasticity',
  'importPassThrough',
  'retailPassThrough',
  'complianceLoss',
] as const;
export type EconomyParameter = (typeof ECONOMY_PARAMETERS)[number];
