import flagJapanPng from '../../assets/flag-japan.png?url';
import flagJapanUrl from '../../assets/flag-japan.svg?url';
import flagUsPng from '../../assets/flag-us.png?url';
import flagUsUrl from '../../assets/flag-us.svg?url';

/**
 * Every picture the game loads, by texture key. Vite resolves the URLs (hashed file names in the build), so a
 * missing asset fails the build instead of a player's game. `url` is the SVG (the DOM shows it at any size);
 * `texture` is the same picture drawn at the texture's size, `width` × `height` (tools/gen-flags.ts), which the
 * canvas uses: a PNG decodes off the main thread, where an SVG is rasterised on it.
 */
export const SVG_ASSETS = {
  flagJapan: { key: 'flag-japan', url: flagJapanUrl, texture: flagJapanPng, width: 240, height: 160 },
  flagUs: { key: 'flag-us', url: flagUsUrl, texture: flagUsPng, width: 304, height: 160 },
} as const;

export type SvgAssetName = keyof typeof SVG_ASSETS;
