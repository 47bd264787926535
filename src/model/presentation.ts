/**
 * How a scenario presents itself, compiled from its optional presentation fields (src/content/schema-presentation.ts):
 * each party's colour, flag and badge initials, the money unit and base year the economy's texts name, the
 * title card's tagline, the side a new game offers first and the party on the dance chart's x-axis. Nothing
 * here changes the game; the UI resolves what is left null to its own defaults (the palette's colours, the
 * catalog's templates).
 */
import type { Pair, PartyIndex } from './scenario.ts';

export const FLAG_EMBLEMS = ['disc', 'star', 'cross', 'triangle'] as const;
export type FlagEmblem = (typeof FLAG_EMBLEMS)[number];
/** The flags the game ships as pictures. */
export const BUILT_IN_FLAGS = ['japan', 'us'] as const;
export type BuiltInFlag = (typeof BUILT_IN_FLAGS)[number];

/** A flag a scenario draws: equal stripes, across or down, with an optional emblem in the middle (or at the hoist). */
export interface FlagDesign {
  readonly kind: 'design';
  /** Colours as 0xrrggbb, from top (or from the hoist, when vertical). */
  readonly stripes: readonly number[];
  readonly vertical: boolean;
  readonly emblem: { readonly shape: FlagEmblem; readonly colour: number } | null;
}

export type PartyFlag = FlagDesign | { readonly kind: 'built-in'; readonly name: BuiltInFlag } | null;

export interface PartyLook {
  /** 0xrrggbb: the scenario's, or the game's own for the side (DEFAULT_SIDE_COLOURS). */
  readonly colour: number;
  /** Which of the game's two chart styles the side takes (markers, line dash): 0 like the US, 1 like Japan. */
  readonly style: PartyIndex;
  /** The flag, or null: a badge with the initials. */
  readonly flag: PartyFlag;
  /** The letters of the badge drawn for a party without a flag (1 to 4 characters). */
  readonly initials: string;
}

export interface ScenarioLook {
  readonly parties: Pair<PartyLook>;
  /** The title card's line under the game's name, or null: the catalog's template with the parties and year. */
  readonly tagline: string | null;
  /** The currency sign or word of money figures, e.g. "$" or "€", or null: the catalog's. */
  readonly currency: string | null;
  /** The year the economy's baselines are from (jobs and trade "against 2024"). */
  readonly baseYear: number;
  /** The side a new game offers first. */
  readonly defaultSide: PartyIndex;
  /** The party whose utility is the dance chart's x-axis. */
  readonly xAxisParty: PartyIndex;
}

/** The base year when a scenario does not say: the year of the shipped scenarios' trade figures. */
export const DEFAULT_BASE_YEAR = 2024;

/** The sides' colours when a scenario gives none (Okabe–Ito blue and vermillion, as in ui/theme.ts). */
export const DEFAULT_SIDE_COLOURS = [0x0072b2, 0xd55e00] as const;

/** The style a side takes by default: Japan's (1) and the US's (0) by id, else by position, the other side's opposite. */
export function defaultStyle(ids: readonly [string, string], party: PartyIndex): PartyIndex {
  const own = ids[party];
  const otherId = ids[party === 0 ? 1 : 0];
  if (own === 'japan' || otherId === 'us') return 1;
  if (own === 'us' || otherId === 'japan') return 0;
  return party;
}

/** Initials from a short name: its capitals (up to 3), else its first two characters. */
export function initialsOf(shortName: string): string {
  const words = shortName.trim().split(/\s+/).filter(Boolean);
  const capitals = words
    .map((w) => [...w][0] ?? '')
    .filter((c) => c !== '' && c === c.toUpperCase() && c !== c.toLowerCase());
  if (words.length > 1 && capitals.length === words.length) return capitals.slice(0, 3).join('');
  const chars = [...shortName.trim()];
  if (chars.length <= 3) return chars.join('');
  return chars.slice(0, 2).join('');
}
