/**
 * How each party looks in every chart: Japan vermillion with round markers and a solid line, the United States
 * blue with square markers and a dashed line, so the two never differ by colour alone.
 */
import type { PartyIndex, Scenario } from '../../model/scenario.ts';
import { SIDE_COLOURS } from '../theme.ts';

export const MARKER_SHAPES = ['circle', 'square', 'diamond', 'triangle', 'star', 'cross'] as const;
export type MarkerShape = (typeof MARKER_SHAPES)[number];

export interface PartyStyle {
  readonly colour: number;
  readonly shape: MarkerShape;
  readonly dashed: boolean;
}

const JAPAN: PartyStyle = { colour: SIDE_COLOURS.japan, shape: 'circle', dashed: false };
const US: PartyStyle = { colour: SIDE_COLOURS.us, shape: 'square', dashed: true };

/** By party id for the shipped sides; by position (first blue, second vermillion) for any other scenario. */
export function partyStyle(scenario: Scenario, party: PartyIndex): PartyStyle {
  const id = scenario.parties[party].id;
  if (id === 'japan') return JAPAN;
  if (id === 'us') return US;
  const otherId = scenario.parties[party === 0 ? 1 : 0].id;
  if (otherId === 'us') return JAPAN;
  if (otherId === 'japan') return US;
  return party === 0 ? US : JAPAN;
}
