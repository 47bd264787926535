/**
 * How each party looks in every chart: Japan vermillion with round markers and a solid line, the United States
 * blue with square markers and a dashed line, so the two never differ by colour alone; another scenario's
 * parties in its own colours (or blue and vermillion), one with each marker.
 */
import type { PartyIndex, Scenario } from '../../model/scenario.ts';

export const MARKER_SHAPES = ['circle', 'square', 'diamond', 'triangle', 'star', 'cross'] as const;
export type MarkerShape = (typeof MARKER_SHAPES)[number];

export interface PartyStyle {
  readonly colour: number;
  readonly shape: MarkerShape;
  readonly dashed: boolean;
}

/** The side's colour (the scenario's, or the game's), with the marker and dash of its style: one side round
 * markers and a solid line, the other square markers and a dashed line (model/presentation.ts `defaultStyle`). */
export function partyStyle(scenario: Scenario, party: PartyIndex): PartyStyle {
  const look = scenario.look.parties[party];
  return look.style === 1
    ? { colour: look.colour, shape: 'circle', dashed: false }
    : { colour: look.colour, shape: 'square', dashed: true };
}
