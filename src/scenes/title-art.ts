/**
 * The title card as Phaser draws it: the table, the heading, the default scenario's tagline, both flags with
 * their names, and the dates, with a short entrance (the flags slide in, the rule draws itself) that never hides
 * anything and does nothing when motion is reduced. src/ui/frame/title-card.ts fits it around the menu.
 */
import type { GameObjects, Scene } from 'phaser';
import { DEFAULT_SCENARIO, shippedScenario } from '../app/scenarios.ts';
import { motionMs } from '../app/settings.ts';
import { t } from '../i18n/catalog.ts';
import type { PartyIndex, Scenario } from '../model/scenario.ts';
import { ScaledTexts } from '../ui/frame/canvas-text.ts';
import { flagTexture, hasFlag } from '../ui/frame/flags.ts';
import { FLAG_FRAME } from '../ui/frame/title-card.ts';
import { setMetaDescription, titleCard } from '../ui/frame/title-texts.ts';
import { PALETTE } from '../ui/theme.ts';

/** The flags' size on the card, as a share of their full size. */
export const FLAG_SCALE = 0.9;

export interface DrawnCard {
  readonly subtitle: GameObjects.Text;
  readonly dates: GameObjects.Text;
  readonly flags: GameObjects.Container[];
  readonly texts: ScaledTexts;
}

/** The default scenario, in the page's language, or null while it has not loaded. */
function defaultScenario(): Scenario | null {
  try {
    return shippedScenario(DEFAULT_SCENARIO);
  } catch {
    return null;
  }
}

/** The title card: the table, the heading, both flags, the dates (laid out around the menu: title-card.ts). */
export function drawTitleCard(scene: Scene): DrawnCard {
  const { width, height } = scene.scale;
  const cx = width / 2;
  const texts = new ScaledTexts(scene);

  const table = scene.add.graphics();
  table.fillStyle(PALETTE.navyLight, 1);
  table.fillRoundedRect(100, 48, width - 200, height - 120, 24);
  const rule = scene.add.rectangle(cx, 192, 180, 5, PALETTE.orange);

  texts.add(cx, 124, t('app.title'), { size: 88, colour: PALETTE.paper, bold: true }).setOrigin(0.5);
  // The tagline, the sides and the dates are the default scenario's (none if it has not loaded).
  const scenario = defaultScenario();
  const card = scenario ? titleCard(scenario) : null;
  if (card) setMetaDescription(card.description);
  const subtitle = texts
    .add(cx, 236, card?.tagline ?? '', { size: 30, colour: PALETTE.paperShade })
    .setOrigin(0.5);

  const flagY = 356;
  const flags =
    scenario && card
      ? card.sides.map((party, i) =>
          drawFlag(scene, cx + (i === 0 ? -200 : 200), flagY, scenario, party, texts),
        )
      : [];
  const dates = texts
    .add(cx, height - 36, card?.dates ?? '', { size: 20, colour: PALETTE.paperShade })
    .setOrigin(0.5);

  // A short entrance that never hides anything: the flags slide to the table, the rule draws itself.
  // Nothing moves when motion is reduced.
  const duration = motionMs(480);
  if (duration > 0) {
    rule.setScale(0, 1);
    scene.tweens.add({ targets: rule, scaleX: 1, duration, ease: 'Cubic.easeOut' });
    flags.forEach((flag, i) => {
      const to = flag.x;
      flag.setX(to + (i === 0 ? -36 : 36));
      scene.tweens.add({ targets: flag, x: to, duration, ease: 'Cubic.easeOut' });
    });
  }
  return { subtitle, dates, flags, texts };
}

function drawFlag(
  scene: Scene,
  x: number,
  y: number,
  scenario: Scenario,
  party: PartyIndex,
  texts: ScaledTexts,
): GameObjects.Container {
  const container = scene.add.container(x, y);
  const flag = scene.add.image(0, 0, flagTexture(scene, scenario, party));
  flag.setScale((FLAG_SCALE * 160) / flag.height);
  const outline = scene.add.graphics();
  if (hasFlag(scenario.look.parties[party])) {
    // A drawn flag has a frame (title-card.ts redraws it when it fits the card); a badge has none.
    outline.setName(FLAG_FRAME);
    outline.lineStyle(2, PALETTE.paperShade, 1);
    outline.strokeRect(
      -flag.displayWidth / 2,
      -flag.displayHeight / 2,
      flag.displayWidth,
      flag.displayHeight,
    );
  }
  const caption = scenario.parties[party].name;
  const label = texts
    .add(0, flag.displayHeight / 2 + 24, caption, { size: 24, colour: PALETTE.paper, bold: true })
    .setOrigin(0.5);
  container.add([flag, outline, label]);
  return container;
}
