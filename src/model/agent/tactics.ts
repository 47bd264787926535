/**
 * The computer's tactics, through the same actions and rules as the player's:
 * - a public red line: one of its own groups' red lines (which the other side already knows from the
 *   scenario), drawn when the standing offer presses on it and is one it would not take anyway (never on the
 *   last turn), if its own previous offer keeps to it;
 * - a link: on its first turn, before its first offer, an off-table issue it would gain from;
 * - the back channel: on its first turn.
 * Each is used when the personality's appetite (a seeded draw) says so: `link` for a link, `tactics` for the
 * others.
 */

import type { Action } from '../types.ts';
import { crossesAt, type UtilityTable } from '../utility.ts';
import type { View } from '../view.ts';
import type { LineKind } from './dialogue.ts';
import type { Memory } from './memory.ts';
import { quantize } from './numbers.ts';

export interface TacticChoice {
  readonly actions: readonly Action[];
  /** What it says about its tactic, or null. */
  readonly say: LineKind | null;
}

/** The red line it would draw now, or null. */
function redLineToDraw(view: View, memory: Memory): { issue: number; level: number } | null {
  const { scenario, state, side } = view;
  if (state.redLines.some((l) => l.by === side && !l.announced) || state.standing === null) return null;
  const theirs = state.offers[state.standing].package;
  let pick: { issue: number; level: number; weight: number } | null = null;
  for (const g of scenario.parties[side].groups) {
    for (const line of g.redLines) {
      const owner = scenario.issues[line.issue].owner;
      const bound = owner === side ? 'at-most' : 'at-least';
      if (line.bound !== bound || !state.onTable[line.issue]) continue;
      if (!crossesAt(line, theirs[line.issue])) continue;
      if (memory.previous !== null && crossesAt(line, memory.previous.package[line.issue])) continue;
      if (pick === null || g.influence > pick.weight)
        pick = { issue: line.issue, level: line.level, weight: g.influence };
    }
  }
  return pick === null ? null : { issue: pick.issue, level: pick.level };
}

/** The off-table issue it would gain most from linking, or null. */
function issueToLink(view: View, own: UtilityTable): number | null {
  const { scenario, state, side } = view;
  if (state.links.some((l) => l.by === side)) return null;
  let pick: number | null = null;
  let gain = 0;
  scenario.issues.forEach((iss, j) => {
    if (state.onTable[j]) return;
    const base = own.values[own.offsets[j] + state.params.noDeal[j]];
    for (let l = 0; l < iss.levels.length; l++) {
      const g = quantize(own.values[own.offsets[j] + l] - base);
      if (g > gain) {
        gain = g;
        pick = j;
      }
    }
  });
  return pick;
}

/**
 * The tactics for this turn, before its move. `appetite` holds the personality's chances to use them; `random`
 * the decision's generator (one draw per tactic it could use).
 */
export function chooseTactics(
  view: View,
  memory: Memory,
  own: UtilityTable,
  appetite: { readonly tactics: number; readonly link: number },
  random: () => number,
  /** False when the standing offer is one it might take now: a line must not block it. */
  mayDrawLine: boolean,
): TacticChoice {
  const { scenario, state, side } = view;
  const id = scenario.parties[side].id;
  const actions: Action[] = [];
  let say: LineKind | null = null;
  const opening = memory.first === null;
  const line = mayDrawLine ? redLineToDraw(view, memory) : null;
  if (line !== null && random() < appetite.tactics) {
    actions.push({ type: 'red-line', side: id, issue: line.issue, level: line.level });
    say = { kind: 'red-line', issue: line.issue, level: line.level };
  }
  if (opening) {
    const link = issueToLink(view, own);
    if (link !== null && random() < appetite.link) {
      actions.push({ type: 'link', side: id, issue: link });
      say ??= { kind: 'link', issue: link };
    }
    if (state.intel === null && !state.backChannelUsed[side] && random() < appetite.tactics) {
      actions.push({ type: 'back-channel', side: id });
      say ??= { kind: 'back-channel' };
    }
  }
  return { actions, say };
}
