import { expect, test } from 'vitest';
import {
  formatBillions,
  formatDate,
  formatDistance,
  formatGain,
  formatJobs,
  formatPoints,
  formatShare,
  joinNames,
} from '../../../src/ui/debrief/format.ts';

test.each([
  [formatPoints(0.7669752117699041), '77'],
  [formatPoints(0.004), '0'],
  [formatGain(0.3315136553007848), '+33.2'],
  [formatGain(-0.14230455893459232), '−14.2'],
  [formatGain(0.0001), '0.0'],
  [formatDistance(0.0478843170026929), '4.8'],
  [formatShare(0.4931412503976403), '49%'],
  [formatBillions(41.234), '$41.2B'],
  [formatBillions(-35.13371066722293), '−$35.1B'],
  [formatBillions(4.2, true), '+$4.2B'],
  [formatJobs(130604.4953839547), '+130,600'],
  [formatJobs(-49648.99076790938), '−49,600'],
  [formatJobs(-40), '0'],
  [formatDate('2025-07-22'), '22 July 2025'],
  [formatDate('2025-05-01', false), '1 May'],
  [formatDate('not a date'), 'not a date'],
  [joinNames(['Japan']), 'Japan'],
  [joinNames(['Japan', 'United States']), 'Japan and United States'],
])('%s is %s', (actual, expected) => {
  expect(actual).toBe(expected);
});
