import { expect, test } from 'vitest';
import { playComputerGame } from '../../../src/model/agent/index.ts';
import {
  comparisonSentence,
  opponentSentences,
  outcomeFacts,
  outcomeHeadline,
  outcomeSentences,
  viewpointSentence,
} from '../../../src/ui/debrief/outcome-story.ts';
import { loadScenario } from '../../helpers.ts';
import {
  computerGame,
  deadlineGame,
  mini,
  played,
  SETTINGS,
  walkAwayGame,
} from '../charts/finished-games.ts';

test('the seeded mini game: the United States accepts in the last meeting', () => {
  const game = computerGame();
  const facts = outcomeFacts(mini, game);
  expect(facts).toEqual({
    kind: 'deal',
    reason: 'accepted',
    by: 0,
    meeting: 3,
    failed: [],
    sameAsHistorical: 2,
    issueCount: 4,
  });
  if (!facts) return;
  expect(outcomeHeadline(facts)).toBe('Deal!');
  expect(outcomeSentences(mini, facts)).toEqual([
    'United States accepted the offer from Japan in round 4 (22 July 2025), and enough groups at home in both countries backed it, so it became a deal.',
  ]);
  expect(comparisonSentence(mini, facts)).toBe(
    'Your deal is the same as the real deal of 22 July 2025 on 2 of 4 issues.',
  );
  expect(viewpointSentence(mini, game, 1)).toBe('You watched the computer play both sides.');
});

test('a walk-away after a failed ratification says both', () => {
  const facts = outcomeFacts(mini, walkAwayGame());
  expect(facts).toMatchObject({ kind: 'no-deal', reason: 'walked-away', by: 1, meeting: 2 });
  expect(facts?.failed).toEqual([{ meeting: 1, parties: [1] }]);
  if (!facts) return;
  expect(outcomeHeadline(facts)).toBe('No deal: the talks broke down');
  expect(outcomeSentences(mini, facts)).toEqual([
    'Japan walked away from the talks in round 3 (1 June 2025). With no deal, the threatened tariffs stay.',
    'Before that, one offer was accepted at the table but voted down at home: round 2, where Japan could not get enough support at home.',
  ]);
  expect(comparisonSentence(mini, facts)).toBe('The real negotiators did reach a deal, on 22 July 2025.');
});

test('the deadline ends the game in the last meeting', () => {
  const facts = outcomeFacts(mini, deadlineGame());
  expect(facts).toMatchObject({ kind: 'no-deal', reason: 'deadline', by: null, meeting: 3 });
  if (!facts) return;
  expect(outcomeHeadline(facts)).toBe('No deal: time ran out');
  expect(outcomeSentences(mini, facts)).toEqual([
    'Time ran out: the last round (22 July 2025) ended without an agreement, so the threatened tariffs stay.',
  ]);
});

test('the viewpoint follows the opponent setting', () => {
  const game = played([], { ...SETTINGS, opponent: 'computer' });
  expect(viewpointSentence(mini, game, 1)).toBe('You played Japan.');
  expect(viewpointSentence(mini, played([], { ...SETTINGS, opponent: 'human' }), 1)).toBe(
    'Two players played, one for each side.',
  );
  expect(outcomeFacts(mini, game)).toBeNull();
});

test('the debrief names the personality the computer played each of its sides with, from the seed', () => {
  const real = loadScenario('src/content/scenarios/us-japan-2025.json');
  const game = playComputerGame(real, { ...SETTINGS, seed: 'hist-8', opponent: 'computer', side: 'japan' });
  // Seed hist-8: the computer plays the United States as a deal-seeker.
  expect(opponentSentences(real, game)).toEqual([
    'The computer negotiated for United States as a deal-seeker. Wants an agreement before the deadline: comes down quickly to a deal both governments can sell, and rarely plays tactics.',
  ]);
  const both = playComputerGame(real, { ...SETTINGS, seed: 'hist-9', opponent: 'computer-vs-computer' });
  expect(opponentSentences(real, both).map((s) => s.split('.')[0])).toEqual([
    'The computer negotiated for United States as a hard bargainer',
    'The computer negotiated for Japan as a careful consensus-builder',
  ]);
  // Between two people, and in a scenario without personalities, it says nothing.
  expect(opponentSentences(real, { ...game, settings: { ...game.settings, opponent: 'human' } })).toEqual([]);
  expect(opponentSentences(mini, computerGame())).toEqual([]);
});
