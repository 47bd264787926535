/**
 * Fits the title card around its menu. The menu (HTML) sits just above the dates line at the bottom and grows
 * upwards as it needs (longer Japanese labels, a larger text size wrap it to two rows); the flags (canvas) take
 * the room left between the subtitle and the menu, shrinking, or leaving the card when there is none. Nothing
 * overlaps at any text size or in any language: a menu that would reach the subtitle packs its buttons closer
 * (`tt-compact`).
 */
import { GameObjects, type Scene, Scenes } from 'phaser';
import { PALETTE } from '../theme.ts';
import type { ScaledTexts } from './canvas-text.ts';
import { DESIGN } from './layer.ts';

export interface TitleCard {
  /** The subtitle under the heading (origin 0.5). */
  readonly subtitle: GameObjects.Text;
  /** The dates line at the bottom (origin 0.5). */
  readonly dates: GameObjects.Text;
  /** Each flag: a container of its image, its outline (graphics) and its caption (text, origin 0.5). */
  readonly flags: readonly GameObjects.Container[];
  /** The menu area (HTML, absolutely placed in the scene's layer). */
  readonly area: HTMLElement;
}

/** The name of a flag's frame (a badge has none). */
export const FLAG_FRAME = 'flag-frame';

/** Room kept between the parts, design pixels. */
const GAP = { dates: 8, subtitle: 14, menu: 12, caption: 6 } as const;
/** Flags smaller than this share of their full size say nothing: they leave the card then. */
const SMALLEST_FLAG = 0.3;

function partsOf(flag: GameObjects.Container) {
  const image = flag.list.find((o): o is GameObjects.Image => o instanceof GameObjects.Image);
  const outline = flag.list.find(
    (o): o is GameObjects.Graphics => o instanceof GameObjects.Graphics && o.name === FLAG_FRAME,
  );
  const caption = flag.list.find((o): o is GameObjects.Text => o instanceof GameObjects.Text);
  return { image, outline, caption };
}

/** Lays the card out once; `flagScale` is the flags' full size. */
export function fitTitleCard(card: TitleCard, flagScale: number): void {
  const datesTop = card.dates.y - card.dates.height / 2;
  card.area.style.top = 'auto';
  card.area.style.bottom = `${Math.ceil(DESIGN.height - datesTop + GAP.dates)}px`;
  const bandTop = card.subtitle.y + card.subtitle.height / 2 + GAP.subtitle;
  // A menu that would reach the subtitle (large text, a session's longer menu) packs its buttons closer.
  card.area.classList.remove('tt-compact');
  if (card.area.offsetTop - GAP.menu < bandTop) card.area.classList.add('tt-compact');
  const bandBottom = card.area.offsetTop - GAP.menu;
  for (const flag of card.flags) {
    const { image, outline, caption } = partsOf(flag);
    if (!image || !caption) continue;
    const fullHeight = image.height * flagScale;
    const room = bandBottom - bandTop - GAP.caption - caption.height;
    const share = Math.min(1, room / fullHeight);
    flag.setVisible(share >= SMALLEST_FLAG);
    if (share < SMALLEST_FLAG) continue;
    image.setScale(flagScale * share);
    const w = image.displayWidth;
    const h = image.displayHeight;
    outline?.clear();
    outline?.lineStyle(2, PALETTE.paperShade, 1);
    outline?.strokeRect(-w / 2, -h / 2, w, h);
    caption.setY(h / 2 + GAP.caption + caption.height / 2);
    // The flag and its caption, centred in the band.
    const block = h + GAP.caption + caption.height;
    flag.setY(bandTop + (bandBottom - bandTop - block) / 2 + h / 2);
  }
}

/** Fits the card now and again whenever the texts or the menu change size, until the scene shuts down. */
export function keepTitleCardFitted(
  scene: Scene,
  card: TitleCard,
  texts: ScaledTexts,
  flagScale: number,
): void {
  const refit = () => {
    if (card.dates.active) fitTitleCard(card, flagScale);
  };
  refit();
  texts.onResize(refit);
  const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(refit);
  observer?.observe(card.area);
  scene.events.once(Scenes.Events.SHUTDOWN, () => observer?.disconnect());
}
