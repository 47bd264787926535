/**
 * What the computer says with each reply, from the scenario's dialogue for its party: an objection naming the
 * issue of the standing offer it minds most, or a line for accepting, opening, or walking away.
 */
import { assertNever } from '../result.ts';
import type { Package, PartyIndex, Scenario } from '../scenario.ts';
import type { UtilityTable } from '../utility.ts';
import { quantize } from './numbers.ts';

export type ReplyKind = 'accept' | 'propose' | 'reject' | 'walk-away';

/**
 * The issue the agent objects to most in their offer: the largest shortfall of its own utility on one issue
 * between their offer and its own bid (the first such issue on a tie), or null when their offer falls short
 * nowhere.
 */
export function objectionIssue(own: UtilityTable, theirs: Package, mine: Package): number | null {
  let issue: number | null = null;
  let worst = 0;
  for (let j = 0; j < theirs.length; j++) {
    const gap = quantize(own.values[own.offsets[j] + mine[j]] - own.values[own.offsets[j] + theirs[j]]);
    if (gap > worst) {
      worst = gap;
      issue = j;
    }
  }
  return issue;
}

/** Fills `{issue}` and `{level}` in a line. */
export const fillLine = (line: string, issue: string, level: string): string =>
  line.replaceAll('{issue}', issue).replaceAll('{level}', level);

const pick = (lines: readonly string[] | undefined, random: () => number): string => {
  const draw = random();
  if (!lines || lines.length === 0) return '';
  return lines[Math.min(lines.length - 1, Math.floor(draw * lines.length))];
};

/**
 * The line for a reply. An objection (their offer and the issue) gives an objection line with the issue's name
 * and the level their offer names; a propose or reject without one falls back to a propose line (no standing
 * offer) or a reject line.
 */
export function replyLine(
  scenario: Scenario,
  side: PartyIndex,
  kind: ReplyKind,
  objection: { readonly issue: number; readonly theirs: Package } | null,
  random: () => number,
): string {
  const lines = scenario.dialogue[side];
  if (!lines) return pick(undefined, random);
  switch (kind) {
    case 'accept':
      return pick(lines.accept, random);
    case 'walk-away':
      return pick(lines.walkAway, random);
    case 'propose':
    case 'reject': {
      if (objection === null) return pick(kind === 'propose' ? lines.propose : lines.reject, random);
      const iss = scenario.issues[objection.issue];
      const templates = lines.objections[objection.issue];
      if (!templates || templates.length === 0) return pick(lines.reject, random);
      return fillLine(pick(templates, random), iss.name, iss.levels[objection.theirs[objection.issue]].label);
    }
    default:
      return assertNever(kind);
  }
}
