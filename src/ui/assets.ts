import flagJapanUrl from '../../assets/flag-japan.svg?url';
import flagUsUrl from '../../assets/flag-us.svg?url';

/**
 * Every file the game loads, by texture key. Vite resolves the URLs (hashed file names in the build), so a
 * missing asset fails the build instead of a player's game.
 */
export const SVG_ASSETS = {
  flagJapan: { key: 'flag-japan', url: flagJapanUrl, width: 240, height: 160 },
  flagUs: { key: 'flag-us', url: flagUsUrl, width: 304, height: 160 },
} as const;

export type SvgAssetName = keyof typeof SVG_ASSETS;
