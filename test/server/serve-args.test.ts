/** `npm run serve -- --processes N`: the count taken out of the arguments, the rest passed on; a bad N refused. */
import { describe, expect, test } from 'vitest';
import { processesOf } from '../../tools/lib/serve-args.ts';

describe('serve --processes', () => {
  test('takes the count out and passes the rest on', () => {
    expect(processesOf(['--port', '8080', '--processes', '3', '--data', 'd'])).toEqual({
      processes: 3,
      rest: ['--port', '8080', '--data', 'd'],
    });
    expect(processesOf(['--processes=2'])).toEqual({ processes: 2, rest: [] });
    expect(processesOf(['--port', '1'])).toEqual({ processes: null, rest: ['--port', '1'] });
  });

  test('refuses a count that is not a whole number from 1 to 64, saying so', () => {
    for (const bad of ['0', '65', '1.5', 'two', undefined])
      expect(processesOf(bad === undefined ? ['--processes'] : ['--processes', bad])).toMatch(
        /^--processes must be a whole number from 1 to 64, not /,
      );
  });
});
