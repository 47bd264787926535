import { type GameObjects, Scene } from 'phaser';
import { t } from '../i18n/catalog.ts';
import { partyIndexOf } from '../model/scenario.ts';
import { coachMoment, leaveCoach } from '../ui/coach/coach.ts';
import { announce, button, el } from '../ui/dom.ts';
import { glossaryButton } from '../ui/glossary/glossary-dialog.ts';
import { describeNews, type NewsItem } from '../ui/table/describe.ts';
import { longDate } from '../ui/table/format.ts';
import { INK, textStyle } from '../ui/table/look.ts';
import { addBackdrop, addCard, buttonRow, type Card, slideIn } from '../ui/table/overlay.ts';
import { OverlayDialog, sentenceList } from '../ui/table/overlay-dialog.ts';
import { PALETTE } from '../ui/theme';
import { coachGame, screenMoment } from './coach-glue.ts';
import { SCENE_KEYS } from './keys';
import { markSceneLeaving, markSceneReady } from './readiness';
import type { NewsOverlayData } from './turn-flow.ts';

const CARD = { width: 840, maxHeight: 660, band: 52, pad: 36 } as const;

/**
 * News between meetings, over the paused table: each event that fired, its date and story, and what it changed
 * in words. Several at once are shown in turn; the last Continue resumes the table.
 */
export class NewsScene extends Scene {
  private overlay!: NewsOverlayData;
  private items: NewsItem[] = [];
  private index = 0;
  private card: Card | null = null;
  private next!: HTMLButtonElement;
  private dialog!: OverlayDialog;

  constructor() {
    super({ key: SCENE_KEYS.news });
  }

  init(data: NewsOverlayData): void {
    markSceneLeaving(SCENE_KEYS.news);
    this.overlay = data;
    this.index = 0;
    this.card = null;
  }

  create(): void {
    const { session, events, before, viewer } = this.overlay;
    const { scenario, store } = session;
    const game = store.getState().game;
    const seat = viewer === undefined ? partyIndexOf(scenario, game.settings.side) : viewer;
    this.items = describeNews(scenario, seat, before ?? game.params, events);
    if (this.items.length === 0) {
      this.close();
      return;
    }
    addBackdrop(this);
    this.next = button('', () => this.advance(), { className: 'tt-primary' });
    const { pad } = CARD;
    this.dialog = new OverlayDialog(this, [
      {
        element: el('div', { className: 'tt-overlay-glossary', children: [glossaryButton()] }),
        at: { left: `${pad}px`, bottom: '24px' },
      },
      { element: buttonRow(this.next), at: { right: `${pad}px`, bottom: '24px' } },
    ]);
    this.show(0);
  }

  /** Lays out one news item on a card sized to it. */
  private show(index: number): void {
    const item = this.items[index];
    if (!item) return;
    this.card?.container.destroy();
    const { pad, width, band } = CARD;
    const wrap = width - pad * 2;
    const last = index === this.items.length - 1;
    const parts: GameObjects.GameObject[] = [];
    const text = (
      x: number,
      y: number,
      content: string,
      px: number,
      colour: number,
      bold = false,
      w = wrap,
    ) => {
      const object = this.add.text(x, y, content, textStyle(px, colour, { bold, wrap: w, lineSpacing: 4 }));
      parts.push(object);
      return object;
    };
    const kicker = item.date ? `${t('table.news.kicker')} · ${longDate(item.date)}` : t('table.news.kicker');
    text(pad, 14, kicker, 20, INK.cardText, true);
    const count = t('table.news.count', { index: index + 1, count: this.items.length });
    if (this.items.length > 1) text(width - pad, 16, count, 18, INK.cardText).setOrigin(1, 0);
    let y = band + 20;
    y += text(pad, y, item.title, 30, INK.cardText, true).height + 12;
    y += text(pad, y, item.text, 18, INK.cardText).height + 18;
    if (item.changes.length > 0) {
      y += text(pad, y, t('table.news.changed'), 18, PALETTE.blue, true).height + 6;
      const bullets = this.add.graphics();
      parts.push(bullets);
      bullets.fillStyle(PALETTE.orange, 1);
      for (const change of item.changes) {
        const line = text(pad + 26, y, change, 18, INK.cardText, false, wrap - 26);
        bullets.fillRect(pad + 4, y + 8, 10, 10);
        y += line.height + 6;
      }
    }
    const height = Math.min(CARD.maxHeight, y + 84);
    this.card = addCard(this, width, height, band, PALETTE.orange);
    this.card.container.add(parts);
    this.dialog.setText(item.title, [
      el('p', { text: this.items.length > 1 ? `${kicker} · ${count}` : kicker }),
      el('p', { text: item.text }),
      ...(item.changes.length > 0
        ? [el('h3', { text: t('table.news.changed') }), sentenceList(item.changes)]
        : []),
    ]);
    this.dialog.place(this, this.card);

    this.next.textContent = last ? t('table.news.continue') : t('table.news.next');
    slideIn(this, this.card);
    announce(`${t('table.say.news', { title: item.title })} ${item.text} ${item.changes.join('. ')}`);
    this.next.focus();
    markSceneReady(this, SCENE_KEYS.news);
    coachMoment(coachGame(this.overlay.session), screenMoment('news'), {
      targets: { news: () => this.next },
      home: () => this.next,
    });
  }

  private advance(): void {
    if (this.index < this.items.length - 1) {
      this.index += 1;
      this.show(this.index);
      return;
    }
    this.close();
  }

  private close(): void {
    leaveCoach();
    markSceneLeaving(SCENE_KEYS.table);
    this.scene.resume(SCENE_KEYS.table);
    this.scene.stop();
  }
}
