/** Strings of the debrief screen: the end of every game. */
export const DEBRIEF = {
  'debrief.kicker': 'Debrief',
  'debrief.notOver': 'This game is not over yet, so there is nothing to debrief.',

  // Header and buttons
  'debrief.headline.deal': 'Deal!',
  'debrief.headline.deadline': 'No deal: time ran out',
  'debrief.headline.walkedAway': 'No deal: the talks broke down',
  'debrief.playAgain': 'Play again',
  'debrief.toTitle': 'Title screen',
  'debrief.tabsName': 'Debrief pages',

  // Tabs
  'debrief.tab.result': 'Result',
  'debrief.tab.dance': 'The dance',
  'debrief.tab.sectors': 'Sectors',
  'debrief.tab.approval': 'Approval',
  'debrief.tab.scores': 'Scores',
  'debrief.tab.history': 'What happened',
  'debrief.tab.discuss': 'Discuss',

  // Why it ended as it did
  'debrief.story.deal':
    '{acceptor} accepted the offer from {proposer} in round {round} ({date}), and enough groups at home in both countries backed it, so it became a deal.',
  'debrief.story.deadline':
    'Time ran out: the last round ({date}) ended without an agreement, so the threatened tariffs stay.',
  'debrief.story.walkedAway':
    '{party} walked away from the talks in round {round} ({date}). With no deal, the threatened tariffs stay.',
  'debrief.story.failedItem': 'round {round}, where {parties} could not get enough support at home',
  'debrief.story.failedOne':
    'Before that, one offer was accepted at the table but voted down at home: {list}.',
  'debrief.story.failedMany':
    'Before that, {count} offers were accepted at the table but voted down at home: {list}.',
  'debrief.story.matches': 'Your deal is the same as the real deal of {date} on {same} of {total} issues.',
  'debrief.story.realDealNoDeal': 'The real negotiators did reach a deal, on {date}.',
  'debrief.story.youPlayed': 'You played {side}.',
  'debrief.story.youWatched': 'You watched the computer play both sides.',
  'debrief.story.twoPlayers': 'Two players played, one for each side.',
  'debrief.announce': '{headline} {story}',

  // Final package
  'debrief.package.caption': 'The final package, issue by issue',
  'debrief.package.issue': 'Issue',
  'debrief.package.yours': 'Your deal',
  'debrief.package.yoursNoDeal': 'No deal: what applies',
  'debrief.package.real': 'Real deal, {date}',
  'debrief.package.match': 'Same?',
  'debrief.package.same': '✓ same',
  'debrief.package.different': 'different',
  'debrief.package.offTable': '(not on the table)',
  'debrief.package.noHistorical': 'This scenario has no real deal to compare with.',

  // The negotiation dance
  'debrief.dance.axis': '{party}: score out of 100',
  'debrief.dance.offers': '{party} offers',
  'debrief.dance.frontier': 'Pareto frontier',
  'debrief.dance.nash': 'Nash point',
  'debrief.dance.noDeal': 'No deal',
  'debrief.dance.yourDeal': 'Your deal',
  'debrief.dance.yourNoDeal': 'Your result: no deal',
  'debrief.dance.realDeal': 'Real deal',
  'debrief.dance.howToRead':
    'Each mark is an offer. The further right, the better it was for {x}; the higher, the better for {y}. Follow each side’s line to see how it gave ground.',
  'debrief.dance.frontierNote':
    'On the Pareto frontier, one side can only gain if the other loses. Deals below it leave something on the table.',
  'debrief.dance.nashNote':
    'The Nash point splits the gains over no deal most evenly: it makes their product largest.',
  'debrief.dance.scoresTitle': 'Scores out of 100',
  'debrief.dance.summary': 'Your result: {x} {resultX}, {y} {resultY}',
  'debrief.dance.summaryReal': 'Real deal: {x} {realX}, {y} {realY}',
  'debrief.dance.summaryNoDeal': 'No deal: {x} {noDealX}, {y} {noDealY}',

  // Sectors
  'debrief.sectors.flow': '{exporter} → {importer}',
  'debrief.sectors.baselineNote': 'Tick: {year} trade',
  'debrief.sectors.yours': 'Your deal',
  'debrief.sectors.yoursNoDeal': 'Your result (no deal)',
  'debrief.sectors.real': 'Real deal',
  'debrief.sectors.noDeal': 'No deal',
  'debrief.sectors.totals': 'Totals',
  'debrief.sectors.metric': 'A year',
  'debrief.sectors.jobs': '{party}: jobs',
  'debrief.sectors.jobsNote': 'gained or lost, against {year}',
  'debrief.sectors.revenue': '{party}: tariff revenue',
  'debrief.sectors.revenueNote': 'collected on imports',
  'debrief.sectors.consumerCost': '{party}: extra cost to buyers',
  'debrief.sectors.consumerCostNote': 'higher prices from tariffs',
  'debrief.sectors.balance': '{party}: trade balance',
  'debrief.sectors.balanceNote': 'exports minus imports, these sectors',

  // Approval
  'debrief.approval.title': 'Approval at home, out of 100',
  'debrief.approval.start': 'Start',
  'debrief.approval.endDeal': 'Deal',
  'debrief.approval.endNoDeal': 'No deal',
  'debrief.approval.line': '{party} {value}',
  'debrief.approval.news': 'News between rounds',
  'debrief.approval.noNews': 'No news changed the talks in this game.',
  'debrief.approval.after': 'after round {round}',
  'debrief.approval.howToRead':
    'Approval is how many people at home back each government, measured at the end of each round. It moves with the offers on the table and with the news.',

  // Scores
  'debrief.scores.title': 'You against the real negotiators',
  'debrief.scores.measure': 'Measure',
  'debrief.scores.yours': 'Your game',
  'debrief.scores.real': 'Real deal',
  'debrief.scores.both': 'both sides',
  'debrief.scores.none': 'none',
  'debrief.scores.gain': 'Gain over no deal',
  'debrief.scores.gainNote':
    'Points out of 100 better than no deal, by what each government wants. Above 0: the deal beats no deal.',
  'debrief.scores.share': 'Share of the gains',
  'debrief.scores.shareNote':
    'Of everything both sides gained over no deal, the part each side got. 50% is an even split.',
  'debrief.scores.nash': 'Distance to the Nash point',
  'debrief.scores.nashNote':
    'How far from the deal that splits the gains most evenly. 0 is right on it; smaller is fairer.',
  'debrief.scores.pareto': 'Distance to the Pareto frontier',
  'debrief.scores.paretoNote':
    'How much was left on the table that could have helped both. 0: nothing was wasted.',
  'debrief.scores.jobs': 'Jobs',
  'debrief.scores.jobsNote': 'Jobs gained or lost against {year}, from the trade model.',
  'debrief.scores.approval': 'Approval',
  'debrief.scores.approvalNote': 'How many people back each government at the end, out of 100.',
  'debrief.scores.verdict':
    '{side}: {yours} points over no deal in your game; the real negotiators got {real}.',
  'debrief.scores.verdictNoHistorical': '{side}: {yours} points over no deal in your game.',
  'debrief.scores.sideYou': '{party} (you)',

  // What happened and discussion
  'debrief.history.title': 'What really happened',
  'debrief.history.deal': 'The deal of {date}',
  'debrief.discuss.title': 'Questions to discuss',

  // Units and lists
  'debrief.unit.percent': '{value}%',
  // A dollar sign, then the value: written \u0024 so it cannot be mistaken for a template placeholder.
  'debrief.unit.billions': '{currency}{value}B',
  'debrief.list.and': '{first} and {last}',

  // The computer's personality (issue 12)
  'debrief.story.opponent': 'The computer negotiated for {party} as {personality}. {description}',

  // Terms that start later (schema version 2, issue 15)
  'debrief.later.from': '{level} (from {date})',
  'debrief.later.once': '{level} ({condition})',
  'debrief.later.fromOnce': '{level} (from {date}, {condition})',
  'debrief.later.economy':
    'Some terms start later. At signing, jobs against the base year: {first} {firstJobs}, {second} {secondJobs}; once every term applies: {first} {firstAll}, {second} {secondAll}.',
} as const;
