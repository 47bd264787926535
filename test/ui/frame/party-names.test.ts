/** The join page names parties before the scenario's file is loaded: from a shipped scenario, else from the id. */
import { expect, test } from 'vitest';
import { nameFromId, partyNameOf } from '../../../src/ui/frame/party-names.ts';
import { loadScenario } from '../../helpers.ts';

test('an id is written as a name: capitals for a short one, words for a dashed one', () => {
  expect(['us', 'korea', 'south-korea', 'eu', 'north-land-2'].map(nameFromId)).toEqual([
    'US',
    'Korea',
    'South Korea',
    'EU',
    'North Land 2',
  ]);
});

test('a party a known scenario has is named by it; another by its id', () => {
  const usJapan = loadScenario('src/content/scenarios/us-japan-2025.json');
  expect(['us', 'japan', 'korea'].map((id) => partyNameOf(id, [usJapan]))).toEqual([
    'United States',
    'Japan',
    'Korea',
  ]);
  expect(partyNameOf('us', [])).toBe('US');
});
