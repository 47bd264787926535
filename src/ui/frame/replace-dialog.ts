/**
 * Asking before a new game replaces the saved one (src/app/replace-risk.ts): a game under way, or a finished
 * classroom game with the result code the student must hand in. The dialog names the saved game, shows a
 * finished game's code (to copy or download first), and offers to go back to the saved game instead. Nothing is
 * replaced until the player chooses "Start the new game"; the safe choice has the focus.
 */
import { classroomCode } from '../../app/classroom.ts';
import type { ReplaceRisk } from '../../app/replace-risk.ts';
import type { Session } from '../../app/session.ts';
import { t } from '../../i18n/catalog.ts';
import { codePanel } from '../debrief/code-panel.ts';
import { el } from '../dom.ts';
import { type OpenDialog, openDialog } from './dialog.ts';
import { describeSaved } from './saved-game.ts';

export interface ReplaceChoices {
  /** Replace the saved game. */
  readonly start: () => void;
  /** Open the saved game instead (its debrief, or where it stands). */
  readonly openSaved: () => void;
  readonly onClose: () => void;
}

export function replaceDialog(
  layer: HTMLElement,
  saved: Session,
  risk: ReplaceRisk,
  choices: ReplaceChoices,
): OpenDialog {
  const finished = risk === 'finished-classroom';
  const body: Node[] = [
    el('p', {
      className: 'tt-dialog-lead',
      text: finished ? t('replace.finishedLead') : t('replace.inProgressLead'),
    }),
    el('p', { className: 'tt-replace-saved', text: describeSaved(saved) }),
  ];
  const { classroom, scenario } = saved;
  const code = finished && classroom ? classroomCode(scenario, saved.store.getState().game, classroom) : null;
  if (code !== null && classroom) {
    const title = classroom.session.title || t('classroom.untitled');
    body.push(
      codePanel(code, classroom.name, t('classroom.codeFor', { name: classroom.name, title })).element,
    );
  }
  if (finished) body.push(el('p', { className: 'tt-muted', text: t('replace.keptCode') }));
  return openDialog(layer, {
    title: t('replace.title'),
    role: 'alertdialog',
    className: 'tt-replace-dialog tt-code-dialog',
    body,
    buttons: [
      { label: finished ? t('replace.seeDebrief') : t('replace.continueSaved'), onClick: choices.openSaved },
      { label: t('replace.start'), onClick: choices.start },
      { label: t('replace.cancel'), primary: true, onClick: () => undefined },
    ],
    focus: 2,
    onClose: choices.onClose,
  });
}
