/**
 * The top bar: which meeting and turn it is and whose move, and the timeline of meetings up to the deadline,
 * with the meetings held (filled dots), the current one (a ringed dot), the ones to come (hollow dots) and the
 * news that broke between them (diamonds).
 */
import type { GameObjects, Scene } from 'phaser';
import { t } from '../../i18n/catalog.ts';
import { scenarioAt } from '../../model/events.ts';
import type { Scenario } from '../../model/scenario.ts';
import type { GameState } from '../../model/types.ts';
import { el } from '../dom.ts';
import { shrinkToWidth } from '../frame/canvas-text.ts';
import { PALETTE, toCss } from '../theme.ts';
import { fitLine, widthOf } from './fit.ts';
import { compactDates, longDate, shortDate } from './format.ts';
import { densePx, INK, LAYOUT, textStyle } from './look.ts';
import { meetingMark } from './meeting-mark.ts';

const LINE_Y = 22;
const X0 = LAYOUT.right.x + 24;
/** Where the line ends and the deadline's flag stands, unless the deadline's label needs the room. */
const X1 = LAYOUT.right.x + LAYOUT.right.width - 48;
const HEADING_PX = 22;
/** The heading stops short of the Glossary and Title screen buttons at the top right of the left column. */
const HEADING_WIDTH = LAYOUT.levers.width - 250;
/** The status line runs under those buttons, the column's whole width. */
const STATUS_WIDTH = LAYOUT.levers.width - 4;

export class Timeline {
  private readonly heading: GameObjects.Text;
  private readonly status: GameObjects.Text;
  private readonly marks: GameObjects.Graphics;
  private readonly dates: GameObjects.Text[];
  private readonly step: number;
  /** The end of the line (the deadline), X1 or less. */
  private readonly end: number;
  /** The heading and the status line in the page, in full, for screen readers (the canvas cuts the status). */
  private readonly pageHeading: HTMLElement;
  private readonly pageStatus: HTMLElement;

  constructor(
    scene: Scene,
    private readonly scenario: Scenario,
  ) {
    const { x, y } = LAYOUT.top;
    this.heading = scene.add.text(x, y, '', textStyle(HEADING_PX, INK.text, { bold: true }));
    this.status = scene.add.text(x, y + 32, '', textStyle(16, INK.highlight));
    this.pageHeading = el('h2', { attrs: { id: 'tt-meeting-heading' } });
    this.pageStatus = el('p', { attrs: { id: 'tt-turn-status', tabindex: '-1' } });
    const twin = el('div', { className: 'tt-sr-only', children: [this.pageHeading, this.pageStatus] });
    scene.add.dom(x, y, twin).setOrigin(0, 0);
    this.marks = scene.add.graphics();
    const deadline = scenario.deadline;
    const label = deadline
      ? t('table.timeline.deadlineOn', { date: shortDate(deadline.date) })
      : t('table.timeline.deadline');
    // Right-aligned to the column's edge, so a date beside the word still fits.
    const deadlineLabel = scene.add
      .text(
        LAYOUT.right.x + LAYOUT.right.width - 4,
        LINE_Y + 16,
        label,
        textStyle(16, INK.text, { bold: true }),
      )
      .setOrigin(1, 0);
    const count = scenario.meetingCount;
    const isos = scenario.meetings.map((m) => m.date);
    // The dates under the dots must not run into each other, nor the last into the deadline's label (the
    // current meeting's date is bold, so they are measured bold): first the month only where it changes, then
    // the meetings closing up, then smaller type, down to the size at 100%.
    const fullStep = (X1 - X0) / Math.max(1, count);
    const labelLeft = deadlineLabel.x - deadlineLabel.width - 10;
    const layout = (labels: readonly string[], px: number) => {
      const widths = labels.map((d) => widthOf(d, px, true));
      const last = widths[count - 1] ?? 0;
      const step = count > 1 ? Math.min(fullStep, (labelLeft - last / 2 - X0) / (count - 1)) : fullStep;
      const fits = widths.every((w, i) => i === 0 || (widths[i - 1] + w) / 2 + 8 <= step);
      return { labels, step, fits };
    };
    let size = Number.parseFloat(densePx(16));
    let plan = layout(isos.map(shortDate), size);
    if (!plan.fits) plan = layout(compactDates(isos), size);
    while (!plan.fits && size > 16) plan = layout(plan.labels, --size);
    this.step = plan.step;
    this.end = Math.min(X1, X0 + this.step * count);
    this.dates = plan.labels.map((label, i) =>
      scene.add
        .text(this.xOf(i), LINE_Y + 16, label, textStyle(16, INK.muted))
        .setFontSize(size)
        .setOrigin(0.5, 0),
    );
  }

  /** The status line in the page: where the focus goes while the player waits (it says who is moving). */
  get statusElement(): HTMLElement {
    return this.pageStatus;
  }

  /** The heading and the status line as the page holds them (not cut): what entering the table announces. */
  get spoken(): { readonly meeting: string; readonly status: string } {
    return { meeting: this.pageHeading.textContent ?? '', status: this.pageStatus.textContent ?? '' };
  }

  private xOf(meeting: number): number {
    return X0 + meeting * this.step;
  }

  /** Redraws for the game state; `status` says whose move it is. */
  update(game: GameState, meeting: number, status: string): void {
    const meetings = this.scenario.meetings;
    const m = meetings[meeting];
    const over = game.outcome !== null;
    // The meetings the talks now last: news may have moved a party's deadline (schema version 2).
    const count = scenarioAt(this.scenario, game).meetingCount;
    this.heading.setFontSize(densePx(HEADING_PX)).setText(
      t('table.meeting', {
        number: meeting + 1,
        count,
        date: m ? longDate(m.date) : '',
      }),
    );
    shrinkToWidth(this.heading, HEADING_WIDTH, 16);
    // Turn and whose move first; the meeting's title fills what is left of the line.
    const turn = t('table.turn.count', {
      turn: Math.min(game.turn + 1, count * 2),
      count: count * 2,
    });
    const base = `${turn} · ${status}`;
    const full = m ? `${base} · ${m.title}` : base;
    setText(this.pageHeading, this.heading.text);
    setText(this.pageStatus, full);
    // A title is shown whole or not at all (a cut one hides what it says): the briefing has every title.
    fitLine(this.status, m ? [full, base] : base, STATUS_WIDTH, 16);

    const g = this.marks;
    g.clear();
    g.lineStyle(2, PALETTE.paperShade, 0.6);
    g.lineBetween(X0, LINE_Y, this.end, LINE_Y);
    g.lineStyle(5, PALETTE.orange, 1);
    const reached = game.outcome?.reason === 'deadline' ? this.end + 10 : this.xOf(meeting);
    g.lineBetween(X0, LINE_Y, reached, LINE_Y);
    for (const fired of game.fired) {
      const fx = this.xOf(fired.afterMeeting) + this.step / 2;
      g.fillStyle(PALETTE.yellow, 1);
      g.fillTriangle(fx - 7, LINE_Y, fx, LINE_Y - 8, fx + 7, LINE_Y);
      g.fillTriangle(fx - 7, LINE_Y, fx, LINE_Y + 8, fx + 7, LINE_Y);
    }
    for (let i = 0; i < this.scenario.meetingCount; i++) {
      const mx = this.xOf(i);
      const mark = meetingMark(i, meeting, over, count);
      if (mark === 'held') {
        g.fillStyle(PALETTE.paperShade, 1);
        g.fillCircle(mx, LINE_Y, 6);
      } else if (mark === 'current') {
        g.lineStyle(3, PALETTE.paper, 1);
        g.strokeCircle(mx, LINE_Y, 12);
        g.fillStyle(PALETTE.orange, 1);
        g.fillCircle(mx, LINE_Y, 8);
      } else if (mark === 'ahead') {
        g.fillStyle(PALETTE.navy, 1);
        g.fillCircle(mx, LINE_Y, 6);
        g.lineStyle(2, PALETTE.paperShade, 1);
        g.strokeCircle(mx, LINE_Y, 6);
      } else {
        // Called off: a moved deadline ends the talks before it (schema version 2). A faint cross.
        g.lineStyle(2, PALETTE.paperShade, 0.5);
        g.lineBetween(mx - 5, LINE_Y - 5, mx + 5, LINE_Y + 5);
        g.lineBetween(mx - 5, LINE_Y + 5, mx + 5, LINE_Y - 5);
      }
      this.dates[i]?.setColor(toCss(mark === 'current' ? INK.text : INK.muted));
      this.dates[i]?.setFontStyle(mark === 'current' ? 'bold' : '');
      this.dates[i]?.setAlpha(mark === 'cancelled' ? 0.5 : 1);
    }
    // The deadline: a flag on a pole.
    g.lineStyle(3, PALETTE.paper, 1);
    g.lineBetween(this.end + 10, LINE_Y + 10, this.end + 10, LINE_Y - 16);
    g.fillStyle(PALETTE.vermillion, 1);
    g.fillTriangle(this.end + 10, LINE_Y - 16, this.end + 26, LINE_Y - 10, this.end + 10, LINE_Y - 4);
  }
}

function setText(node: HTMLElement, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}
