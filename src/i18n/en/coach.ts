/** Strings of the coach: the guided first game's steps, its buttons, and the switch on setup and in Settings. */
export const COACH = {
  'coach.label': 'Coach',
  'coach.count': 'Coach · step {index} of {count}',
  'coach.gotIt': 'Got it',
  'coach.stop': 'Stop the coach',
  'coach.stopped': 'The coach is off for this game. Switch it on again in setup or in Settings.',
  'coach.shown': 'Coach, step {index} of {count}: {title}. {text}',

  'coach.step.lever.title': 'Shape your offer',
  'coach.step.lever.text':
    'Each slider is one issue of the deal: move it with the arrow keys or the mouse. The issues your side gives are yours to offer; the others are what you ask for. Press I on a slider (or click its round i) to read what the issue is about.',
  'coach.step.projection.title': 'See what it would do',
  'coach.step.projection.text':
    'This panel shows, while you move a slider, how each side would take the package: its satisfaction and whether its groups at home would ratify it (“Would pass”). The tabs below show jobs, trade and each group.',
  'coach.step.offer.title': 'Their offer',
  'coach.step.offer.text':
    'The other side has made an offer. The ◆ marks on the sliders show it, issue by issue. “Start from their offer” puts it on your sliders; “Accept their offer” takes it as it is.',
  'coach.step.tactic.title': 'Try a tactic',
  'coach.step.tactic.text':
    'Under Tactics you can draw a red line in public, link an issue that is off the table, or open a back channel to learn what matters most to them. Each has a price: read its line before you use it.',
  'coach.step.news.title': 'News between meetings',
  'coach.step.news.text':
    'Between meetings, events change the situation: a tariff that rises changes what no deal costs, and what each side will accept. Read what changed before you go back to the table.',
  'coach.step.ratification.title': 'Ratification at home',
  'coach.step.ratification.text':
    'An accepted deal must be ratified at home on both sides: it passes when the groups that back it hold at least the threshold share of the weighted support. If it fails, the talks go on.',
  'coach.step.debrief.title': 'The debrief',
  'coach.step.debrief.text':
    'Here is why the game ended as it did. The tabs compare your deal with the real one of 22 July 2025: the negotiation dance with the Pareto frontier and the Nash point, jobs and trade, approval, and scores.',

  'coach.setting': 'Coach',
  'coach.setting.auto': 'On the tutorial only',
  'coach.setting.on': 'In every game',
  'coach.setting.off': 'Off',
  'coach.setupSwitch': 'Coach me through this game (short tips as the game goes)',
} as const;
