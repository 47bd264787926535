/** Propose: put a package on the table. It stands until the other side accepts or rejects it; the turn ends. */
import { readPackage, writePackage } from '../code/package-bytes.ts';
import { err, ok } from '../result.ts';
import { endTurn, packageProblem } from '../turn.ts';
import type { GameEvent } from '../types.ts';
import type { Handler } from './handler.ts';

export const propose: Handler<'propose'> = {
  apply({ scenario, state, side, logged }, action) {
    const problem = packageProblem(scenario, state, side, action.package);
    if (problem) return err(problem);
    const pkg = [...action.package];
    const offer = { by: side, package: pkg, turn: state.turn };
    const events: GameEvent[] = [{ type: 'proposed', by: side, offer: state.offers.length, package: pkg }];
    const next = {
      ...logged,
      offers: [...state.offers, offer],
      standing: state.offers.length,
      log: [...state.log, { ...action, package: pkg }],
    };
    return ok({ state: endTurn(scenario, next, events), events });
  },
  listed: () => [],
  write: (w, action) => writePackage(w, action.package),
  read: (r, side) => ({ type: 'propose', side, package: readPackage(r) }),
  describe: (action) => `propose [${action.package.join(',')}]`,
};
