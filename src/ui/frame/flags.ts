/**
 * A party's flag, wherever the game shows one: the game's own picture for Japan and the US, a flag the scenario
 * describes (stripes and an emblem, drawn on a canvas), or, for a party without one, a clean badge: its
 * initials on its colour, sized to fit. One drawing serves Phaser (a canvas texture) and the DOM (a data URL).
 */
import type { Scene } from 'phaser';
import type { FlagDesign, PartyLook } from '../../model/presentation.ts';
import type { PartyIndex, Scenario } from '../../model/scenario.ts';
import { SVG_ASSETS } from '../assets.ts';
import { FONT_FAMILY, PALETTE, toCss } from '../theme.ts';

/** The size drawn flags and badges are made at (3:2), scaled down where shown. */
export const DRAWN = { width: 240, height: 160 } as const;

export interface FlagPicture {
  readonly src: string;
  readonly width: number;
  readonly height: number;
}

function builtIn(look: PartyLook): (typeof SVG_ASSETS)[keyof typeof SVG_ASSETS] | null {
  if (look.flag?.kind !== 'built-in') return null;
  return look.flag.name === 'japan' ? SVG_ASSETS.flagJapan : SVG_ASSETS.flagUs;
}

function star(ctx: CanvasRenderingContext2D, cx: number, cy: number, r: number): void {
  ctx.beginPath();
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? r : r * 0.4;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    ctx.lineTo(cx + radius * Math.cos(angle), cy + radius * Math.sin(angle));
  }
  ctx.closePath();
  ctx.fill();
}

function drawDesign(ctx: CanvasRenderingContext2D, design: FlagDesign, w: number, h: number): void {
  const n = design.stripes.length;
  design.stripes.forEach((colour, i) => {
    ctx.fillStyle = toCss(colour);
    if (design.vertical) ctx.fillRect(Math.floor((i * w) / n), 0, Math.ceil(w / n) + 1, h);
    else ctx.fillRect(0, Math.floor((i * h) / n), w, Math.ceil(h / n) + 1);
  });
  const emblem = design.emblem;
  if (!emblem) return;
  ctx.fillStyle = toCss(emblem.colour);
  const cx = w / 2;
  const cy = h / 2;
  const r = h * 0.3;
  switch (emblem.shape) {
    case 'disc':
      ctx.beginPath();
      ctx.arc(cx, cy, r, 0, Math.PI * 2);
      ctx.fill();
      break;
    case 'star':
      star(ctx, cx, cy, r);
      break;
    case 'cross':
      ctx.fillRect(0, cy - h * 0.09, w, h * 0.18);
      ctx.fillRect(w * 0.36 - h * 0.09, 0, h * 0.18, h);
      break;
    case 'triangle':
      ctx.beginPath();
      ctx.moveTo(0, 0);
      ctx.lineTo(w * 0.42, cy);
      ctx.lineTo(0, h);
      ctx.closePath();
      ctx.fill();
      break;
  }
}

/** Paper or ink, whichever stands out more on `colour`. */
export function inkOn(colour: number): number {
  const lum = (c: number) => {
    const ch = [(c >> 16) & 255, (c >> 8) & 255, c & 255].map((v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2];
  };
  const ratio = (a: number, b: number) =>
    (Math.max(lum(a), lum(b)) + 0.05) / (Math.min(lum(a), lum(b)) + 0.05);
  return ratio(colour, PALETTE.paper) >= ratio(colour, PALETTE.ink) ? PALETTE.paper : PALETTE.ink;
}

function drawBadge(ctx: CanvasRenderingContext2D, look: PartyLook, w: number, h: number): void {
  ctx.fillStyle = toCss(look.colour);
  const r = h * 0.18;
  ctx.beginPath();
  ctx.roundRect(0, 0, w, h, r);
  ctx.fill();
  ctx.fillStyle = toCss(inkOn(look.colour));
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  // As large as fits: 60% of the height, smaller for wide initials, always inside the badge.
  let size = Math.round(h * 0.6);
  ctx.font = `bold ${size}px ${FONT_FAMILY}`;
  const room = w * 0.8;
  const measured = ctx.measureText(look.initials).width;
  if (measured > room) {
    size = Math.floor((size * room) / measured);
    ctx.font = `bold ${size}px ${FONT_FAMILY}`;
  }
  ctx.fillText(look.initials, w / 2, h / 2 + size * 0.04);
}

/** A canvas with the party's drawn flag or badge (not for a built-in flag). */
export function drawnFlagCanvas(look: PartyLook): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = DRAWN.width;
  canvas.height = DRAWN.height;
  const ctx = canvas.getContext('2d');
  if (ctx) {
    if (look.flag?.kind === 'design') drawDesign(ctx, look.flag, DRAWN.width, DRAWN.height);
    else drawBadge(ctx, look, DRAWN.width, DRAWN.height);
  }
  return canvas;
}

/** Whether the party has a flag (built-in or drawn), not a badge. */
export const hasFlag = (look: PartyLook): boolean => look.flag !== null;

const pictures = new Map<string, FlagPicture>();

/** The flag or badge as a picture for an <img>, full size (scale it where shown). */
export function flagPicture(look: PartyLook): FlagPicture {
  const asset = builtIn(look);
  if (asset) return { src: asset.url, width: asset.width, height: asset.height };
  const key = JSON.stringify(look);
  let picture = pictures.get(key);
  if (!picture) {
    picture = { src: drawnFlagCanvas(look).toDataURL('image/png'), ...DRAWN };
    pictures.set(key, picture);
  }
  return picture;
}

/** A choice card's picture: the flag at a quarter of its size, 40 pixels tall. */
export function choicePicture(look: PartyLook): FlagPicture {
  const p = flagPicture(look);
  return { src: p.src, width: Math.round((p.width * 40) / p.height), height: 40 };
}

/** The texture key of the party's flag or badge in `scene`, made on first use. */
export function flagTexture(scene: Scene, scenario: Scenario, party: PartyIndex): string {
  const look = scenario.look.parties[party];
  const asset = builtIn(look);
  if (asset) return asset.key;
  const key = `party-flag:${JSON.stringify(look)}`;
  if (!scene.textures.exists(key)) scene.textures.addCanvas(key, drawnFlagCanvas(look));
  return key;
}
