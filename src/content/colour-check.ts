/**
 * Whether a scenario's party colours can be seen and told apart: each against the grounds the game draws it on
 * (WCAG 2 contrast ratio, at least 3:1 for graphics), and the two against each other as people with
 * deuteranopia or protanopia see them (Machado, Oliveira & Fernandes 2009, full severity, in linear RGB; the
 * difference measured as CIE76 ΔE in CIELAB). `scenario check` turns each failure into a warning.
 */

/** The grounds party colours are drawn on: the game's navy and the teacher page's white (ui/theme.ts). */
export const COLOUR_GROUNDS = [
  { name: "the game's navy", colour: 0x0b1f3a },
  { name: "the teacher page's white", colour: 0xffffff },
] as const;

/** WCAG 2.1, 1.4.11: graphical objects need 3:1 against what is next to them. */
export const MIN_CONTRAST = 3;
/** The least CIELAB difference between the two sides under each simulated colour blindness. */
export const MIN_DELTA_E = 20;

export const parseHex = (hex: string): number => Number.parseInt(hex.slice(1), 16);
export const toHex = (colour: number): string => `#${colour.toString(16).padStart(6, '0')}`;

const channels = (colour: number): [number, number, number] => [
  (colour >> 16) & 0xff,
  (colour >> 8) & 0xff,
  colour & 0xff,
];
const toLinear = (c8: number): number => {
  const c = c8 / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const linear = (colour: number): [number, number, number] =>
  channels(colour).map(toLinear) as [number, number, number];

/** Relative luminance (WCAG 2). */
export function luminance(colour: number): number {
  const [r, g, b] = linear(colour);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: number, b: number): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

export const COLOUR_BLINDNESS = ['deuteranopia', 'protanopia'] as const;
export type ColourBlindness = (typeof COLOUR_BLINDNESS)[number];

/** Machado et al. 2009, severity 1.0, on linear RGB. */
const MATRICES: Readonly<Record<ColourBlindness, readonly number[]>> = {
  protanopia: [0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998],
  deuteranopia: [0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881],
};

/** A colour as seen with a colour blindness, in linear RGB (each 0..1). */
export function simulate(colour: number, kind: ColourBlindness): [number, number, number] {
  const [r, g, b] = linear(colour);
  const m = MATRICES[kind];
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  return [
    clamp(m[0] * r + m[1] * g + m[2] * b),
    clamp(m[3] * r + m[4] * g + m[5] * b),
    clamp(m[6] * r + m[7] * g + m[8] * b),
  ];
}

/** CIELAB (D65) of a linear RGB colour. */
function lab([r, g, b]: readonly [number, number, number]): [number, number, number] {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 ΔE between two colours as seen with a colour blindness (or with normal vision, `kind` null). */
export function deltaE(a: number, b: number, kind: ColourBlindness | null): number {
  const la = lab(kind ? simulate(a, kind) : linear(a));
  const lb = lab(kind ? simulate(b, kind) : linear(b));
  return Math.hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
}

export interface ColourWarning {
  readonly code: 'COLOUR_CONTRAST' | 'COLOURS_ALIKE';
  readonly party: 0 | 1;
  readonly message: string;
}

/** Each colour against each ground, then the two against each other; the parties' own colours only (null: the game's). */
export function colourWarnings(
  colours: readonly (number | null)[],
  resolved: readonly [number, number],
  grounds: readonly { readonly name: string; readonly colour: number }[] = COLOUR_GROUNDS,
): ColourWarning[] {
  const out: ColourWarning[] = [];
  colours.forEach((colour, i) => {
    if (colour === null) return;
    for (const ground of grounds) {
      const ratio = contrastRatio(colour, ground.colour);
      if (ratio < MIN_CONTRAST)
        out.push({
          code: 'COLOUR_CONTRAST',
          party: i as 0 | 1,
          message: `${toHex(colour)} has a contrast of ${ratio.toFixed(2)}:1 on ${ground.name} (${toHex(ground.colour)}); charts need at least ${MIN_CONTRAST}:1`,
        });
    }
  });
  if (colours.some((c) => c !== null)) {
    for (const kind of [null, ...COLOUR_BLINDNESS]) {
      const d = deltaE(resolved[0], resolved[1], kind);
      if (d < MIN_DELTA_E) {
        out.push({
          code: 'COLOURS_ALIKE',
          party: colours[1] !== null ? 1 : 0,
          message: `the two sides' colours ${toHex(resolved[0])} and ${toHex(resolved[1])} differ by only ΔE ${d.toFixed(1)} ${kind ? `as seen with ${kind}` : 'with normal vision'} (at least ${MIN_DELTA_E}); pick colours that differ in lightness or blue–yellow`,
        });
        break;
      }
    }
  }
  return out;
}
