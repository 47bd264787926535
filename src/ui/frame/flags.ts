/** The flag drawn for a party, by its id in the scenario; a designer's own parties have none. */
import { SVG_ASSETS } from '../assets.ts';

export type FlagAsset = (typeof SVG_ASSETS)[keyof typeof SVG_ASSETS];

export function flagFor(partyId: string): FlagAsset | null {
  if (partyId === 'japan') return SVG_ASSETS.flagJapan;
  if (partyId === 'us') return SVG_ASSETS.flagUs;
  return null;
}
