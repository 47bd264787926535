/**
 * The game's palette and type. Data colours come from the Okabe–Ito palette, which stays distinguishable under
 * the common forms of colour blindness; the navy, ink and paper tones are the neutral ground the data sits on.
 * Never tell two things apart by colour alone: pair a colour with a label, a shape or a pattern.
 */
export const PALETTE = {
  navy: 0x0b1f3a,
  navyLight: 0x17345e,
  ink: 0x1c2430,
  paper: 0xf6f1e7,
  paperShade: 0xd8d0bf,
  // Okabe–Ito
  orange: 0xe69f00,
  skyBlue: 0x56b4e9,
  bluishGreen: 0x009e73,
  yellow: 0xf0e442,
  blue: 0x0072b2,
  vermillion: 0xd55e00,
  reddishPurple: 0xcc79a7,
} as const;

export type PaletteColour = keyof typeof PALETTE;

/** Each side's colour in charts and on the table: Japan vermillion, the United States blue. */
export const SIDE_COLOURS = {
  japan: PALETTE.vermillion,
  us: PALETTE.blue,
} as const;

/** One font stack for the whole game (style.css has the same): system fonts, nothing to download; Japanese from
 * the system's fonts (macOS Hiragino, Windows Yu Gothic or Meiryo, Linux Noto Sans CJK). */
export const FONT_FAMILY =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans JP", "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic UI", "Yu Gothic", Meiryo, "Noto Sans CJK JP", "Liberation Sans", Arial, sans-serif';

/** A palette colour as a CSS string, for Phaser text styles and DOM elements. */
export function toCss(colour: number): string {
  return `#${colour.toString(16).padStart(6, '0')}`;
}

export const BACKGROUND_COLOUR = toCss(PALETTE.navy);
