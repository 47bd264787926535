/** One line about a saved game, for the title's menu, the join screen and the dialog before replacing it. */
import type { Session } from '../../app/session.ts';
import { type MessageKey, t } from '../../i18n/catalog.ts';
import { meetingOf } from '../../model/rules.ts';
import { partyIndexOf } from '../../model/scenario.ts';

/** "Tariff Talks: … · Japan against the computer · meeting 3 of 8" */
export function describeSaved(session: Session): string {
  const { game } = session.store.getState();
  const { scenario } = session;
  const side = scenario.parties[partyIndexOf(scenario, game.settings.side) ?? 0].name;
  const meeting = Math.min(meetingOf(game.turn) + 1, scenario.meetingCount);
  const classroom = session.classroom;
  return [
    ...(classroom
      ? [
          t('classroom.savedSession', {
            title: classroom.session.title || t('classroom.untitled'),
            name: classroom.name,
          }),
        ]
      : []),
    scenario.title,
    t(`title.saved.${game.settings.opponent}` as MessageKey, { side }),
    game.outcome
      ? t('title.saved.over')
      : t('title.saved.meeting', { meeting, meetings: scenario.meetingCount }),
  ].join(t('title.saved.separator'));
}
