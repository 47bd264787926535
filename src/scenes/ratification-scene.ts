import { type GameObjects, Scene } from 'phaser';
import { motionMs } from '../app/settings.ts';
import { t } from '../i18n/catalog.ts';
import { type PartyIndex, partyIndexOf } from '../model/scenario.ts';
import type { GameEvent } from '../model/types.ts';
import type { Ratification } from '../model/utility.ts';
import { coachMoment, leaveCoach } from '../ui/coach/coach.ts';
import { announce, button, el } from '../ui/dom.ts';
import { glossaryButton } from '../ui/glossary/glossary-dialog.ts';
import { stanceKind, stanceMark, stanceReason } from '../ui/table/describe.ts';
import { both, percent } from '../ui/table/format.ts';
import { addFlag, INK, textStyle } from '../ui/table/look.ts';
import { addBackdrop, addCard, buttonRow, slideIn } from '../ui/table/overlay.ts';
import { OverlayDialog, sentenceList } from '../ui/table/overlay-dialog.ts';
import { PALETTE } from '../ui/theme';
import { coachGame, screenMoment } from './coach-glue.ts';
import { SCENE_KEYS } from './keys';
import { markSceneLeaving, markSceneReady } from './readiness';
import { startScene } from './scene-data.ts';
import type { RatificationOverlayData } from './turn-flow.ts';

const CARD = { width: 1180, height: 640, pad: 32 } as const;
const COL_W = (CARD.width - CARD.pad * 3) / 2;
const ROW_H = 50;
const BAR_W = 260;
const MARK_COLOUR = {
  supports: PALETTE.bluishGreen,
  'red-line': PALETTE.vermillion,
  worse: PALETTE.orange,
} as const;

/**
 * Ratification at home, after an offer was accepted: each group's verdict on both sides (supports, or opposes
 * and why), each side's support against its threshold, and the result. A ratified deal goes on to the debrief;
 * a failed one goes back to the table, where the talks go on.
 */
export class RatificationScene extends Scene {
  private overlay!: RatificationOverlayData;

  constructor() {
    super({ key: SCENE_KEYS.ratification });
  }

  init(data: RatificationOverlayData): void {
    markSceneLeaving(SCENE_KEYS.ratification);
    this.overlay = data;
  }

  create(): void {
    const { session, events } = this.overlay;
    const { scenario } = session;
    // The player's side first (the first player's, when two share the device).
    const first = partyIndexOf(scenario, session.store.getState().game.settings.side) ?? 0;
    const results = events
      .flatMap((e) => (e.type === 'ratification' ? [e] : []))
      .sort((a, b) => (a.party === first ? -1 : b.party === first ? 1 : 0));
    const accepted = events.find((e): e is Extract<GameEvent, { type: 'accepted' }> => e.type === 'accepted');
    const failed = events.find((e) => e.type === 'ratification-failed');
    const deal =
      events.some((e) => e.type === 'deal') || (results.length > 0 && results.every((r) => r.result.passed));

    addBackdrop(this);
    const card = addCard(this, CARD.width, CARD.height, 0, PALETTE.paper);
    const { pad } = CARD;
    const heading = this.add.text(
      pad,
      22,
      t('table.ratify.heading'),
      textStyle(30, INK.cardText, { bold: true }),
    );
    const intro = this.add.text(
      pad,
      64,
      accepted ? t('table.ratify.intro', { side: scenario.parties[accepted.by].name }) : '',
      textStyle(18, INK.cardText, { wrap: CARD.width - pad * 2 }),
    );
    card.container.add([heading, intro]);
    const rows: GameObjects.GameObject[] = [];
    // The columns start under the intro, however many lines it wraps to.
    const top = Math.max(104, intro.y + intro.height + 8);
    results.forEach((r, i) => {
      rows.push(...this.drawSide(card.container, pad + i * (COL_W + pad), top, r.party, r.result));
    });

    const failedSides =
      failed && failed.type === 'ratification-failed'
        ? failed.failed.map((p) => scenario.parties[p].name)
        : [];
    const resultText = deal
      ? t('table.ratify.deal')
      : t('table.ratify.dealFailed', { sides: both(failedSides) });
    const result = this.add
      .text(
        pad,
        CARD.height - 58,
        resultText,
        textStyle(22, deal ? PALETTE.blue : PALETTE.vermillion, { bold: true }),
      )
      .setOrigin(0, 0.5);
    card.container.add(result);

    const go = button(
      deal ? t('table.ratify.toDebrief') : t('table.ratify.toTable'),
      () => this.close(deal),
      {
        className: 'tt-primary',
      },
    );
    // The glossary top right, beside the heading; the way on bottom right, beside the result.
    const dialog = new OverlayDialog(this, [
      {
        element: el('div', { className: 'tt-overlay-glossary', children: [glossaryButton('tt-small')] }),
        at: { right: `${pad}px`, top: '18px' },
      },
      { element: buttonRow(go), at: { right: `${pad}px`, bottom: '34px', transform: 'translateY(50%)' } },
    ]);
    dialog.setText(t('table.ratify.heading'), [
      ...(intro.text ? [el('p', { text: intro.text })] : []),
      ...results.flatMap((r) => this.sideText(r.party, r.result)),
      el('p', { text: resultText }),
    ]);
    dialog.place(this, card);
    slideIn(this, card);
    this.stagger(rows);
    announce(`${t('table.ratify.heading')}. ${this.sayVerdicts(results)} ${resultText}`);
    go.focus();
    markSceneReady(this, SCENE_KEYS.ratification);
    // The coach points at the player's side: its support against the threshold.
    coachMoment(coachGame(session), screenMoment('ratification'), {
      targets: { ratification: () => ({ x: card.x + pad, y: card.y + 136, width: BAR_W + 200, height: 40 }) },
      home: () => go,
    });
  }

  /** One side's column; returns the group rows (for the stagger). */
  private drawSide(
    parent: GameObjects.Container,
    x: number,
    y: number,
    party: PartyIndex,
    result: Ratification,
  ): GameObjects.GameObject[] {
    const { scenario } = this.overlay.session;
    const flag = addFlag(this, x + 24, y + 16, 28, scenario, party);
    const name = this.add.text(
      x + 56,
      y + 2,
      scenario.parties[party].name,
      textStyle(24, INK.cardText, { bold: true }),
    );
    const verdict = this.add
      .text(
        x + COL_W,
        y + 4,
        result.passed ? t('table.ratify.passed') : t('table.ratify.failed'),
        textStyle(22, result.passed ? PALETTE.blue : PALETTE.vermillion, { bold: true }),
      )
      .setOrigin(1, 0);
    const bar = this.add.graphics();
    const by = Math.max(y + 46, name.y + name.height + 8, verdict.y + verdict.height + 8);
    bar.fillStyle(PALETTE.paperShade, 1);
    bar.fillRect(x, by, BAR_W, 16);
    bar.fillStyle(result.passed ? PALETTE.bluishGreen : PALETTE.orange, 1);
    bar.fillRect(x, by, BAR_W * Math.min(1, result.support), 16);
    bar.lineStyle(2, PALETTE.ink, 1);
    bar.strokeRect(x, by, BAR_W, 16);
    bar.lineStyle(4, PALETTE.ink, 1);
    bar.lineBetween(x + BAR_W * result.threshold, by - 6, x + BAR_W * result.threshold, by + 22);
    const support = this.add.text(
      x + BAR_W + 14,
      by - 2,
      t('table.ratify.support', { support: percent(result.support), threshold: percent(result.threshold) }),
      textStyle(18, INK.cardText),
    );
    parent.add([flag, name, verdict, bar, support]);

    const groups = scenario.parties[party].groups;
    // Each row as tall as its name and reason (larger text, a reason on two lines), at least ROW_H.
    let ry = by + 38;
    const rows = result.verdicts.map((v, g) => {
      const stance = {
        supports: v.supports,
        crossedIssue: v.crossed ? v.crossed.issue : null,
        utility: v.utility,
        noDealUtility: v.noDealUtility,
      };
      const kind = stanceKind(stance);
      const mark = this.add.text(x, ry, stanceMark(stance), textStyle(22, MARK_COLOUR[kind], { bold: true }));
      const label = this.add.text(
        x + 32,
        ry,
        groups[g]?.name ?? v.group,
        textStyle(18, INK.cardText, { bold: true }),
      );
      const reason = this.add.text(
        x + 32,
        ry + Math.max(23, label.height),
        stanceReason(scenario, stance, true),
        textStyle(16, INK.cardText, { wrap: COL_W - 40 }),
      );
      ry = Math.max(ry + ROW_H, reason.y + reason.height + 6);
      const row = this.add.container(0, 0, [mark, label, reason]);
      parent.add(row);
      return row;
    });
    return rows;
  }

  /** One side's verdict and its groups' stances, as the dialog's text in the page. */
  private sideText(party: PartyIndex, result: Ratification): HTMLElement[] {
    const { scenario } = this.overlay.session;
    const groups = scenario.parties[party].groups;
    const verdict = result.passed ? t('table.ratify.passed') : t('table.ratify.failed');
    const support = t('table.ratify.support', {
      support: percent(result.support),
      threshold: percent(result.threshold),
    });
    return [
      el('h3', { text: scenario.parties[party].name }),
      el('p', { text: verdict }),
      el('p', { text: support }),
      sentenceList(
        result.verdicts.map((v, g) => {
          const stance = {
            supports: v.supports,
            crossedIssue: v.crossed ? v.crossed.issue : null,
            utility: v.utility,
            noDealUtility: v.noDealUtility,
          };
          return `${stanceMark(stance)} ${groups[g]?.name ?? v.group}: ${stanceReason(scenario, stance, true)}`;
        }),
      ),
    ];
  }

  private stagger(rows: GameObjects.GameObject[]): void {
    const ms = motionMs(160);
    if (ms === 0) return;
    rows.forEach((row, i) => {
      (row as GameObjects.Container).setAlpha(0);
      this.tweens.add({ targets: row, alpha: 1, duration: ms, delay: 250 + i * 70 });
    });
  }

  private sayVerdicts(results: readonly Extract<GameEvent, { type: 'ratification' }>[]): string {
    const { scenario } = this.overlay.session;
    return results
      .map((r) => {
        const side = scenario.parties[r.party].name;
        const verdict = r.result.passed ? t('table.ratify.passed') : t('table.ratify.failed');
        return `${side}: ${verdict}, ${t('table.ratify.support', {
          support: percent(r.result.support),
          threshold: percent(r.result.threshold),
        })}.`;
      })
      .join(' ');
  }

  private close(deal: boolean): void {
    leaveCoach();
    const { session } = this.overlay;
    if (deal) {
      // At once, not when the debrief starts on the next step: a test must not read this overlay as showing.
      markSceneLeaving(SCENE_KEYS.debrief);
      this.scene.stop(SCENE_KEYS.table);
      startScene(this.scene, SCENE_KEYS.debrief, { session });
      return;
    }
    markSceneLeaving(SCENE_KEYS.table);
    this.scene.resume(SCENE_KEYS.table);
    this.scene.stop();
  }
}
