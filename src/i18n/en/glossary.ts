/**
 * The glossary: each term of negotiation and trade the game uses, in a sentence or two a 15-year-old follows,
 * as the game's model computes it (src/model/utility.ts for ratification, src/model/analysis.ts for the Pareto
 * frontier and the Nash point). `.forms` lists the words that are underlined where they appear in the game's
 * text (comma-separated, any case); the issue notes on the table and the glossary's own controls are here too.
 */
export const GLOSSARY = {
  'glossary.title': 'Glossary',
  'glossary.open': 'Glossary',
  'glossary.openShort': '?',
  'glossary.openName': 'Glossary: the words of the negotiation explained (key G)',
  'glossary.search': 'Search the glossary',
  'glossary.searchHint':
    'Type to filter the terms. Press G on any screen to open the glossary, Escape to close it.',
  'glossary.none': 'No term matches “{query}”.',
  'glossary.termName': '{term}: open its meaning in the glossary',
  'glossary.shown': 'Glossary: {count} terms, in alphabetical order.',
  'glossary.entryShown': '{term}: {text}',

  'glossary.approval.term': 'Approval',
  'glossary.approval.text':
    'The share of people at home who back the government, in percent. In the game it rises when a deal pleases the groups at home more than no deal would, and news can move it.',
  'glossary.approval.forms': 'approval',
  'glossary.back-channel.term': 'Back channel',
  'glossary.back-channel.text':
    'Quiet, unofficial talks beside the official meetings. As a tactic in the game, it tells you which issue matters most to the other side.',
  'glossary.back-channel.forms': 'back channel, back-channel',
  'glossary.batna.term': 'BATNA',
  'glossary.batna.text':
    'Best Alternative To a Negotiated Agreement: what happens to you if the talks fail. Here it is no deal, so the threatened tariffs stand. The better your BATNA, the less you need to give to get a deal.',
  'glossary.batna.forms': 'BATNA',
  'glossary.concession.term': 'Concession',
  'glossary.concession.text':
    'Giving the other side more on an issue than you offered before: a lower tariff, a bigger purchase, a larger investment. Each side concedes on its own issues.',
  'glossary.concession.forms': 'concession, concessions, concede, concedes',
  'glossary.linkage.term': 'Linkage',
  'glossary.linkage.text':
    'Bringing an issue that is off the table into the talks, so that it can be traded against the others. As a tactic in the game it costs some approval at home.',
  'glossary.linkage.forms': 'linkage, link an issue, linking',
  'glossary.nash.term': 'Nash point',
  'glossary.nash.text':
    'The deal on the Pareto frontier that shares the gains over no deal most evenly: of all those deals, the game picks the one where your gain times their gain (each measured from no deal) is largest.',
  'glossary.nash.forms': 'Nash point, Nash bargaining point',
  'glossary.non-tariff-barrier.term': 'Non-tariff barrier',
  'glossary.non-tariff-barrier.text':
    'A rule that keeps imports out without a tax, such as safety tests or certificates that a foreign car must pass again before it can be sold.',
  'glossary.non-tariff-barrier.forms': 'non-tariff barrier, non-tariff barriers',
  'glossary.package.term': 'Package',
  'glossary.package.text':
    'A whole offer: one level for every issue on the table. You propose, accept or reject packages, never single issues.',
  'glossary.package.forms': 'package, packages',
  'glossary.pareto.term': 'Pareto frontier',
  'glossary.pareto.text':
    'The deals where one side can only gain if the other loses. A deal below the frontier leaves something on the table: another package would be better for one side and no worse for the other. The game finds it by scoring every possible package for both sides.',
  'glossary.pareto.forms': 'Pareto frontier, Pareto',
  'glossary.quota.term': 'Quota',
  'glossary.quota.text':
    'A limit on how much of a good may come into a country, often at a low tariff inside the limit and a high one above it. Japan lets in most foreign rice only inside such a quota.',
  'glossary.quota.forms': 'quota, quotas',
  'glossary.ratification.term': 'Ratification',
  'glossary.ratification.text':
    'After both sides accept a deal, each government must get it approved at home. In the game a deal is ratified when the groups that back it hold at least the threshold share of the weighted support. If either side fails, there is no deal yet and the talks go on.',
  'glossary.ratification.forms': 'ratification, ratified, ratify, ratifies',
  'glossary.reciprocal-tariff.term': 'Reciprocal tariff',
  'glossary.reciprocal-tariff.text':
    'The extra tariffs the US announced on 2 April 2025 for each country, said to answer what that country charges: 24% for Japan.',
  'glossary.reciprocal-tariff.forms': 'reciprocal tariff, reciprocal tariffs, reciprocal rate',
  'glossary.red-line.term': 'Red line',
  'glossary.red-line.text':
    'A limit that must not be crossed, like “car tariff 15% at most”. A group whose red line a deal crosses votes against it. Drawing a red line in public (a tactic) ties your hands: the other side must take it seriously, but a deal that crosses it loses all your groups.',
  'glossary.red-line.forms': 'red line, red lines',
  'glossary.reservation.term': 'Reservation (no-deal) value',
  'glossary.reservation.text':
    'How much a side likes no deal. A deal worth less to a side than this is worse than walking away. In the game it is each side’s satisfaction with the no-deal package, and news can move it.',
  'glossary.reservation.forms': 'reservation value, reservation, no-deal value',
  'glossary.satisfaction.term': 'Satisfaction',
  'glossary.satisfaction.text':
    'A score from 0 to 1 for how much a group likes a package. A side’s satisfaction is the mean of its groups’ scores, each counted by its weight at home.',
  'glossary.satisfaction.forms': 'satisfaction',
  'glossary.tariff.term': 'Tariff',
  'glossary.tariff.text':
    'A tax on goods from abroad, paid when they enter the country. It makes them dearer for buyers, so fewer are sold.',
  'glossary.tariff.forms': 'tariff, tariffs',
  'glossary.threshold.term': 'Threshold',
  'glossary.threshold.text':
    'The share of weighted support a deal needs at home to be ratified, for example 60%. Each side has its own, and news can change it.',
  'glossary.threshold.forms': 'threshold',
  'glossary.weighted-support.term': 'Weighted support',
  'glossary.weighted-support.text':
    'Each group at home has a weight: how much it counts. A group backs a deal when the deal crosses none of its red lines and it likes the deal about as much as no deal, or more. The weighted support is the share of all the weight held by the groups that back it.',
  'glossary.weighted-support.forms': 'weighted support, support',
  'glossary.win-set.term': 'Win-set',
  'glossary.win-set.text':
    'All the deals a side could ratify at home. A small win-set is leverage (“my parliament will not accept more”), but it makes a deal both sides can ratify harder to find.',
  'glossary.win-set.forms': 'win-set, win-sets',

  // The issue notes on the table's levers
  'issueInfo.button': 'i',
  'issueInfo.buttonName': 'About {issue}',
  'issueInfo.hint': 'Press I for what this issue is about.',
  'issueInfo.close': 'Close',
  'issueInfo.shown': 'About {issue}: {text}',
} as const;
