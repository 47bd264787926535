/**
 * The tactics, each with its trade-off in one sentence: a public red line (tied hands), linking an issue that
 * is off the table, and a back channel that reveals the other side's top priority. A control is enabled only
 * when `legalActions` lists the tactic.
 */
import { t } from '../../i18n/catalog.ts';
import { other, type Scenario } from '../../model/scenario.ts';
import type { Action } from '../../model/types.ts';
import type { LegalActions, View } from '../../model/view.ts';
import { button, el } from '../dom.ts';
import { linkedElement } from '../glossary/linked-text.ts';
import { boundWords } from './describe.ts';
import { percent, points } from './format.ts';

/** A tactic as the panel asks for it: an action without its side, which the scene adds. */
export type TacticMove = Action extends infer A ? (A extends Action ? Omit<A, 'side'> : never) : never;

function section(title: string, why: string, ...children: Node[]): HTMLElement {
  return el('section', {
    className: 'tt-tactic',
    children: [el('h3', { text: title }), linkedElement('p', why, 'tt-tactic-why'), ...children],
  });
}

function fillSelect(node: HTMLSelectElement, options: readonly { value: string; label: string }[]): void {
  const keep = node.value;
  node.replaceChildren(...options.map((o) => el('option', { text: o.label, attrs: { value: o.value } })));
  if (options.some((o) => o.value === keep)) node.value = keep;
}

export class TacticsPanel {
  readonly element: HTMLElement;
  private readonly lineIssue: HTMLSelectElement;
  private readonly lineLevel: HTMLSelectElement;
  private readonly lineButton: HTMLButtonElement;
  private readonly lineStatus: HTMLElement;
  private readonly linkIssue: HTMLSelectElement;
  private readonly linkButton: HTMLButtonElement;
  private readonly linkStatus: HTMLElement;
  private readonly channelButton: HTMLButtonElement;
  private readonly channelStatus: HTMLElement;
  private view: View | null = null;
  private scroller!: HTMLElement;
  /** The status line of the tactic just used: where the focus goes once the move is played. */
  private used: HTMLElement | null = null;

  constructor(
    id: string,
    private readonly scenario: Scenario,
    act: (move: TacticMove) => void,
  ) {
    this.lineIssue = el('select', {
      className: 'tt-select',
      attrs: { 'aria-label': t('table.tactic.redLineIssue') },
    });
    this.lineLevel = el('select', {
      className: 'tt-select',
      attrs: { 'aria-label': t('table.tactic.redLineLevel') },
    });
    this.lineIssue.addEventListener('change', () => this.fillLevels());
    // A status line can take the focus (not by Tab): after a tactic, the button that had it is disabled.
    const status = (): HTMLElement => el('p', { className: 'tt-tactic-status', attrs: { tabindex: '-1' } });
    this.lineStatus = status();
    this.lineButton = button(t('table.tactic.redLineDraw'), () => {
      this.used = this.lineStatus;
      act({ type: 'red-line', issue: Number(this.lineIssue.value), level: Number(this.lineLevel.value) });
    });

    this.linkIssue = el('select', {
      className: 'tt-select',
      attrs: { 'aria-label': t('table.tactic.linkIssue') },
    });
    this.linkStatus = status();
    this.linkButton = button(t('table.tactic.linkDo'), () => {
      this.used = this.linkStatus;
      act({ type: 'link', issue: Number(this.linkIssue.value) });
    });

    this.channelStatus = status();
    this.channelButton = button(t('table.tactic.backChannelDo'), () => {
      this.used = this.channelStatus;
      act({ type: 'back-channel' });
    });

    const row = (...nodes: Node[]) => el('div', { className: 'tt-tactic-row', children: nodes });
    this.element = el('div', {
      className: 'tt-tactics tt-panel',
      attrs: { id, role: 'tabpanel', 'aria-labelledby': 'tt-tab-tactics' },
      children: [
        el('div', {
          className: 'tt-scroll',
          attrs: { tabindex: '-1' },
          children: [
            section(
              t('table.tactic.redLine'),
              t('table.tactic.redLineWhy', { cost: scenario.redLineNoDealCost }),
              row(this.lineIssue, this.lineLevel, this.lineButton),
              this.lineStatus,
            ),
            section(
              t('table.tactic.link'),
              t('table.tactic.linkWhy'),
              row(this.linkIssue, this.linkButton),
              this.linkStatus,
            ),
            section(
              t('table.tactic.backChannel'),
              t('table.tactic.backChannelWhy', {
                chance: percent(scenario.leakChance),
                cost: scenario.leakApprovalCost,
              }),
              row(this.channelButton),
              this.channelStatus,
            ),
          ],
        }),
      ],
    });
    this.scroller = this.element.firstElementChild as HTMLElement;
  }

  /** Redraws from the view and what is legal now (after each step, not on lever moves). */
  update(view: View, legal: LegalActions, enabled: boolean): void {
    this.view = view;
    const { scenario } = this;
    const { state, side } = view;
    const turnNote = legal.canAct ? '' : t('table.tactic.notYourTurn');

    // Red line
    // The line this side drew at the table (one announced before the talks is not the tactic).
    const own = state.redLines.find((l) => l.by === side && !l.announced);
    fillSelect(
      this.lineIssue,
      legal.redLineOptions.map((o) => ({ value: String(o.issue), label: scenario.issues[o.issue].name })),
    );
    this.fillLevels();
    const canLine = enabled && legal.redLineOptions.length > 0;
    this.lineIssue.disabled = !canLine;
    this.lineLevel.disabled = !canLine;
    this.lineButton.disabled = !canLine;
    this.lineStatus.textContent = own
      ? t('table.tactic.redLineDrawn', {
          issue: scenario.issues[own.issue].name,
          bound: boundWords(own.bound),
          level: scenario.issues[own.issue].levels[own.level]?.label ?? '',
        })
      : turnNote;

    // Link
    const linkable = legal.actions.flatMap((a) => (a.type === 'link' ? [a.issue] : []));
    fillSelect(
      this.linkIssue,
      linkable.map((j) => ({
        value: String(j),
        label: t('table.tactic.linkOption', {
          issue: scenario.issues[j].name,
          costs: ([0, 1] as const)
            .map((p) => `${scenario.parties[p].shortName} ${points(-scenario.issues[j].linkApprovalCost[p])}`)
            .join(', '),
        }),
      })),
    );
    const canLink = enabled && linkable.length > 0;
    this.linkIssue.disabled = !canLink;
    this.linkButton.disabled = !canLink;
    const linked = state.links.find((l) => l.by === side);
    const anyOff = state.onTable.some((on) => !on);
    this.linkStatus.textContent = linked
      ? t('table.tactic.linkUsed', { issue: scenario.issues[linked.issue].name })
      : !anyOff
        ? t('table.tactic.linkNone')
        : turnNote;

    // Back channel
    const canChannel = enabled && legal.actions.some((a) => a.type === 'back-channel');
    this.channelButton.disabled = !canChannel;
    this.channelStatus.textContent =
      state.intel !== null
        ? t('table.tactic.intel', {
            side: scenario.parties[other(side)].name,
            issue: scenario.issues[state.intel]?.name ?? '',
          })
        : state.backChannelUsed[side]
          ? t('table.tactic.used')
          : turnNote;
  }

  /** Where focus goes after a tactic disabled the button that had it: the tactic's status line, which says
   * what it did, or else the panel. */
  afterTactic(): HTMLElement {
    const used = this.used;
    this.used = null;
    return used ?? this.scroller;
  }

  private fillLevels(): void {
    const view = this.view;
    const j = Number(this.lineIssue.value);
    const issue = this.scenario.issues[j];
    if (!view || !issue) {
      fillSelect(this.lineLevel, []);
      return;
    }
    const own = issue.owner === view.side;
    fillSelect(
      this.lineLevel,
      issue.levels.map((level, l) => ({
        value: String(l),
        label: t(own ? 'table.tactic.redLineAtMost' : 'table.tactic.redLineAtLeast', { level: level.label }),
      })),
    );
  }
}
