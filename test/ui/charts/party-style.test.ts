import { expect, test } from 'vitest';
import { partyStyle } from '../../../src/ui/charts/party-style.ts';
import { SIDE_COLOURS } from '../../../src/ui/theme.ts';
import { mini } from './finished-games.ts';

test('Japan and the United States differ by shape and line as well as colour', () => {
  const us = partyStyle(mini, 0);
  const japan = partyStyle(mini, 1);
  expect(us).toEqual({ colour: SIDE_COLOURS.us, shape: 'square', dashed: true });
  expect(japan).toEqual({ colour: SIDE_COLOURS.japan, shape: 'circle', dashed: false });
});

test("a scenario's own colours, each side still with its own marker and line", () => {
  const look = {
    ...mini.look,
    parties: [
      { ...mini.look.parties[0], colour: 0x009e73 },
      { ...mini.look.parties[1], colour: 0xcc79a7 },
    ] as const,
  };
  const scenario = { ...mini, look };
  expect([partyStyle(scenario, 0), partyStyle(scenario, 1)]).toEqual([
    { colour: 0x009e73, shape: 'square', dashed: true },
    { colour: 0xcc79a7, shape: 'circle', dashed: false },
  ]);
});
