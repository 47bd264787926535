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
