/**
 * The levers: one range input per issue, grouped by the side that gives it, with the level chosen, the other
 * side's offer on the same issue (a ◆ mark and a notch on the track when it differs) and any limit on it (off
 * the table, your own public red line). Built once; every update changes texts and attributes in place, so
 * moving a lever costs no DOM rebuild.
 *
 * Keyboard: Tab reaches each lever, the arrow keys move it, Enter jumps to the Propose button (it does not
 * propose by itself, so a stray Enter never sends an offer). I (or ?) on a lever, or its round i button, shows what
 * the issue is about (issue-info.ts); Escape closes that note.
 */
import { t } from '../../i18n/catalog.ts';
import type { Package, PartyIndex, Scenario } from '../../model/scenario.ts';
import type { Line } from '../../model/utility.ts';
import { button, el, range } from '../dom.ts';
import { boundWords, shortLabel } from './describe.ts';
import { IssueInfo } from './issue-info.ts';

export interface LeverCallbacks {
  /** A lever moved (already clamped to what may be proposed). */
  onInput(pkg: readonly number[], issue: number): void;
  /** Enter on a lever. */
  onEnter(): void;
  /** "Start from their offer": the levers take the other side's latest offer. */
  onMatch(): void;
}

interface LeverRow {
  readonly input: HTMLInputElement;
  readonly value: HTMLElement;
  readonly theirs: HTMLElement;
  readonly note: HTMLElement;
  readonly mark: HTMLElement;
  readonly count: number;
}

const HINT_ID = 'tt-lever-hint';
const INFO_HINT_ID = 'tt-lever-info-hint';

/** The thumb's width in CSS pixels (src/styles/table.css), to place notches under the levels. */
const THUMB = 24;

const notchLeft = (level: number, count: number): string =>
  `calc(${THUMB / 2}px + (100% - ${THUMB}px) * ${count > 1 ? level / (count - 1) : 0})`;

export class LeverPanel {
  readonly element: HTMLElement;
  private readonly rows: LeverRow[] = [];
  private levels: (readonly number[])[];
  private theirPackage: Package | null = null;
  private current: number[];
  private enabled = true;
  private onTable: readonly boolean[];
  private readonly matchButton: HTMLButtonElement;
  private groupCount = 0;
  private readonly info: IssueInfo;
  /** Whether the package on the levers would pass on each side (the table's estimate), said with each lever. */
  private estimate = '';

  constructor(
    private readonly scenario: Scenario,
    start: Package,
    private readonly callbacks: LeverCallbacks,
  ) {
    this.current = [...start];
    this.levels = scenario.issues.map((iss) => iss.levels.map((_, l) => l));
    this.onTable = scenario.issues.map(() => true);
    this.matchButton = button(t('table.move.match'), () => this.callbacks.onMatch(), {
      className: 'tt-small',
    });
    // The scroller is a child: a scrolling element that Phaser transforms itself is drawn wrongly by Chromium.
    const scroll = el('div', { className: 'tt-scroll' });
    const hint = el('span', {
      className: 'tt-sr-only',
      text: t('table.move.enterHint'),
      attrs: { id: HINT_ID },
    });
    const infoHint = el('span', {
      className: 'tt-sr-only',
      text: t('issueInfo.hint'),
      attrs: { id: INFO_HINT_ID },
    });
    this.element = el('section', {
      className: 'tt-levers',
      attrs: { 'aria-label': t('table.levers.label') },
      children: [hint, infoHint, scroll],
    });
    this.info = new IssueInfo(this.element, scenario);
    const groups = ([0, 1] as const).map((party) => this.buildGroup(party));
    for (const group of groups) if (group) scroll.appendChild(group);
  }

  private buildGroup(party: PartyIndex): HTMLElement | null {
    const issues = this.scenario.issues.flatMap((iss, j) => (iss.owner === party ? [j] : []));
    if (issues.length === 0) return null;
    const group = el('div', { className: 'tt-lever-group', attrs: { role: 'group' } });
    const heading = el('h2', {
      text: t('table.levers.gives', { side: this.scenario.parties[party].shortName }),
    });
    const headingId = `tt-lever-heading-${party}`;
    heading.id = headingId;
    group.setAttribute('aria-labelledby', headingId);
    // The first heading row also holds "Start from their offer": it acts on all the levers.
    const first = this.groupCount === 0;
    this.groupCount += 1;
    group.appendChild(
      el('div', { className: 'tt-lever-heading', children: first ? [heading, this.matchButton] : [heading] }),
    );
    for (const j of issues) group.appendChild(this.buildRow(j));
    return group;
  }

  private buildRow(j: number): HTMLElement {
    const issue = this.scenario.issues[j];
    const count = issue.levels.length;
    const input = range(issue.name, count - 1, this.current[j], (v) => this.moved(j, v));
    input.id = `tt-lever-${j}`;
    input.setAttribute('aria-describedby', `${HINT_ID} ${INFO_HINT_ID}`);
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        this.callbacks.onEnter();
      } else if (
        (event.key === 'i' || event.key === 'I' || event.key === '?') &&
        !event.ctrlKey &&
        !event.metaKey
      ) {
        event.preventDefault();
        this.info.toggle(j, row, input);
      } else if (event.key === 'Escape' && this.info.openIssue !== null) {
        event.preventDefault();
        this.info.close();
      }
    });
    const name = el('label', { className: 'tt-lever-name', text: issue.name, attrs: { for: input.id } });
    // Out of the Tab order (the key I on the lever does the same), so Tab still goes lever to lever.
    const about = button(t('issueInfo.button'), () => this.info.toggle(j, row, input), {
      className: 'tt-issue-about',
      name: t('issueInfo.buttonName', { issue: issue.name }),
      attrs: { tabindex: '-1' },
    });
    const theirs = el('span', { className: 'tt-lever-theirs' });
    const note = el('span', { className: 'tt-lever-note' });
    const mark = el('span', { className: 'tt-lever-mark', attrs: { 'aria-hidden': 'true' } });
    const ticks = el('span', { className: 'tt-lever-ticks', attrs: { 'aria-hidden': 'true' } });
    for (let l = 0; l < count; l++) {
      const tick = el('span', { className: 'tt-lever-tick' });
      tick.style.left = notchLeft(l, count);
      ticks.appendChild(tick);
    }
    const track = el('span', { className: 'tt-lever-track', children: [ticks, input, mark] });
    const value = el('span', { className: 'tt-lever-value', attrs: { 'aria-hidden': 'true' } });
    const row = el('div', {
      className: 'tt-lever',
      children: [
        el('div', { className: 'tt-lever-head', children: [name, about, note, theirs] }),
        el('div', { className: 'tt-lever-body', children: [track, value] }),
      ],
    });
    this.rows[j] = { input, value, theirs, note, mark, count };
    this.describe(j);
    return row;
  }

  /** The package on the levers. */
  get package(): readonly number[] {
    return this.current;
  }

  /** The first lever a player can move, for focus at the start of a turn. */
  firstEnabled(): HTMLInputElement | null {
    return this.rows.find((row) => !row.input.disabled)?.input ?? null;
  }

  setPackage(pkg: Package): void {
    this.current = [...pkg];
    this.rows.forEach((row, j) => {
      row.input.value = String(this.current[j]);
      this.describe(j);
    });
  }

  /** What the viewer may propose, and its public red lines (shown on the levers they bind). */
  setLimits(
    levels: readonly (readonly number[])[],
    onTable: readonly boolean[],
    lines: readonly Line[],
  ): void {
    this.levels = levels.map((l) => [...l]);
    this.onTable = onTable;
    this.rows.forEach((row, j) => {
      const line = lines.find((l) => l.issue === j);
      if (!onTable[j]) row.note.textContent = t('table.levers.offTable');
      else if (line)
        row.note.textContent = t('table.levers.redLine', {
          bound: boundWords(line.bound),
          level: this.scenario.issues[j].levels[line.level]?.label ?? '',
        });
      else row.note.textContent = '';
      this.applyEnabled(j);
    });
  }

  /** The other side's latest offer, to compare against; null before they made one. */
  setTheirs(pkg: Package | null): void {
    this.theirPackage = pkg;
    this.rows.forEach((_, j) => {
      this.describe(j);
    });
  }

  /** The estimate for the package on the levers, in words: each lever's announcement ends with it. */
  setEstimate(text: string): void {
    if (text === this.estimate) return;
    this.estimate = text;
    this.rows.forEach((_, j) => {
      this.describe(j);
    });
  }

  setMatchEnabled(enabled: boolean): void {
    this.matchButton.disabled = !enabled;
  }

  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
    this.rows.forEach((_, j) => {
      this.applyEnabled(j);
    });
  }

  private applyEnabled(j: number): void {
    const allowed = this.levels[j] ?? [];
    this.rows[j].input.disabled = !this.enabled || !this.onTable[j] || allowed.length <= 1;
  }

  private moved(j: number, requested: number): void {
    const allowed = this.levels[j] ?? [];
    let level = requested;
    if (allowed.length > 0 && !allowed.includes(level)) {
      level = allowed.reduce((best, l) => (Math.abs(l - requested) < Math.abs(best - requested) ? l : best));
      this.rows[j].input.value = String(level);
    }
    this.current[j] = level;
    this.describe(j);
    this.callbacks.onInput(this.current, j);
  }

  /** Updates one row's texts: the level chosen, their level, the notch. */
  private describe(j: number): void {
    const row = this.rows[j];
    if (!row) return;
    const levels = this.scenario.issues[j].levels;
    const label = levels[this.current[j]]?.label ?? '';
    setText(row.value, label);
    row.value.title = label;
    const theirs = this.theirPackage;
    if (theirs === null) {
      setText(row.theirs, '');
      row.mark.hidden = true;
      this.setValueText(row, t('table.levers.valueTextNoOffer', { level: label }));
      return;
    }
    const theirLabel = levels[theirs[j]]?.label ?? '';
    const same = theirs[j] === this.current[j];
    setText(
      row.theirs,
      same
        ? t('table.levers.theirsSame')
        : t('table.levers.theirsDiffers', { level: shortLabel(theirLabel) }),
    );
    row.theirs.title = t('table.levers.theirs', { level: theirLabel });
    row.theirs.classList.toggle('tt-differs', !same);
    row.mark.hidden = false;
    row.mark.style.left = notchLeft(theirs[j], row.count);
    this.setValueText(row, t('table.levers.valueText', { level: label, theirs: theirLabel }));
  }

  private setValueText(row: LeverRow, value: string): void {
    const text = this.estimate
      ? t('table.levers.valueTextEstimate', { value, estimate: this.estimate })
      : value;
    if (row.input.getAttribute('aria-valuetext') !== text) row.input.setAttribute('aria-valuetext', text);
  }
}

/** Sets a node's text only when it changed (no layout work for nothing). */
function setText(node: HTMLElement, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}
