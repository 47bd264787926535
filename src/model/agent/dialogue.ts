/**
 * What the computer says with each move, from the scenario's dialogue for its party: a line chosen by what
 * happened (a concession, a retraction and its cause, a hold and its reason, a tactic, news, a warning, an
 * objection naming the issue of the standing offer it minds most, ...).
 *
 * Lines never repeat twice in a row for one side: a kind's lines are taken in turn by the side's own turn
 * number (its consecutive turns take consecutive lines), and different kinds have different lines.
 */
import { mapped } from '../arrays.ts';
import { assertNever } from '../result.ts';
import type { CompiledDialogue, Package, PartyIndex, Scenario } from '../scenario.ts';
import type { UtilityTable } from '../utility.ts';
import type { ViewState } from '../view.ts';
import type { HoldReason, RetractReason } from './notes.ts';
import { quantize } from './numbers.ts';

/** The kinds of line, from the scenario's dialogue (with fallbacks to the four kinds every file has). */
export type LineKind =
  | { readonly kind: 'accept' }
  | { readonly kind: 'walk-away' }
  | { readonly kind: 'warn' }
  | { readonly kind: 'open' }
  | { readonly kind: 'reject' }
  | { readonly kind: 'objection'; readonly issue: number; readonly level: number }
  | { readonly kind: 'want-more' }
  | { readonly kind: 'concede' }
  | { readonly kind: 'news' }
  | { readonly kind: 'hold'; readonly why: HoldReason }
  | { readonly kind: 'retract'; readonly why: RetractReason; readonly issue: number }
  | { readonly kind: 'red-line'; readonly issue: number; readonly level: number }
  | { readonly kind: 'answer-red-line'; readonly issue: number }
  | { readonly kind: 'link'; readonly issue: number }
  | { readonly kind: 'back-channel' };

/** The kept reply kinds, for callers that name one directly. */
export type ReplyKind = 'accept' | 'propose' | 'reject' | 'walk-away';

/**
 * The issues on which the party has public red lines (its groups' lines in the scenario, which the other side
 * sees, and the lines it drew in the game) that all allow this level: to object to such a level would
 * contradict its own word. For each issue: true when the level is allowed by at least one line and crosses none.
 */
export function allowedByOwnLines(
  scenario: Scenario,
  state: Pick<ViewState, 'redLines'>,
  side: PartyIndex,
  pkg: Package,
): boolean[] {
  const has = mapped(pkg, () => false);
  const crossed = mapped(pkg, () => false);
  const note = (issue: number, level: number, bound: 'at-most' | 'at-least') => {
    has[issue] = true;
    if (bound === 'at-most' ? pkg[issue] > level : pkg[issue] < level) crossed[issue] = true;
  };
  for (const g of scenario.parties[side].groups) for (const l of g.redLines) note(l.issue, l.level, l.bound);
  for (const l of state.redLines) if (l.by === side) note(l.issue, l.level, l.bound);
  return mapped(has, (h, j) => h && !crossed[j]);
}

/**
 * The issue the agent objects to most in their offer: the largest shortfall of its own utility on one issue
 * between their offer and its own bid (the first such issue on a tie), or null when their offer falls short
 * nowhere. Issues in `skip` (levels its own public red lines allow) are never named.
 */
export function objectionIssue(
  own: UtilityTable,
  theirs: Package,
  mine: Package,
  skip: readonly boolean[] = [],
): number | null {
  let issue: number | null = null;
  let worst = 0;
  for (let j = 0; j < theirs.length; j++) {
    if (skip[j]) continue;
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

const first = (...lists: (readonly string[] | undefined)[]): readonly string[] =>
  lists.find((l) => l !== undefined && l.length > 0) ?? [];

/** The lines of a kind, falling back to the four kinds every file has when the file has none of it. */
function linesOf(d: CompiledDialogue, say: LineKind): readonly string[] {
  switch (say.kind) {
    case 'accept':
      return d.accept;
    case 'walk-away':
      return d.walkAway;
    case 'warn':
      return first(d.warn, d.reject);
    case 'open':
      return d.propose;
    case 'reject':
      return d.reject;
    case 'objection':
      return first(d.objections[say.issue], d.reject);
    case 'want-more':
      return first(d.wantMore, d.reject);
    case 'concede':
      return first(d.concede, d.propose);
    case 'news':
      return first(d.news, d.concede, d.propose);
    case 'hold':
      return first(d.hold[say.why], d.propose);
    case 'retract':
      return first(d.retract[say.why], d.news, d.propose);
    // A tactic says nothing of its own without lines for it: the move's line speaks for the turn.
    case 'red-line':
      return d.redLine;
    case 'answer-red-line':
      return first(d.answerRedLine, d.propose);
    case 'link':
      return d.link;
    case 'back-channel':
      return d.backChannel;
    default:
      return assertNever(say);
  }
}

/** The issue and level a line names, if any. */
function fills(scenario: Scenario, say: LineKind): [string, string] {
  if (!('issue' in say)) return ['', ''];
  const iss = scenario.issues[say.issue];
  const level = 'level' in say ? (iss.levels[say.level]?.label ?? '') : '';
  return [iss.name, level];
}

/**
 * The line of a kind for the side's `k`-th own turn: the kind's lines in turn, starting at a place fixed by
 * the kind, so consecutive turns of one side never say the same line of a kind with two or more lines.
 */
export function lineFor(scenario: Scenario, side: PartyIndex, say: LineKind, k: number): string {
  const d = scenario.dialogue[side];
  if (!d) return '';
  const lines = linesOf(d, say);
  if (lines.length === 0) return '';
  const [issue, level] = fills(scenario, say);
  return fillLine(lines[k % lines.length], issue, level);
}

/** The line for one of the four plain replies (the kinds every file has), the `k`-th of its kind. */
export function replyLine(
  scenario: Scenario,
  side: PartyIndex,
  kind: ReplyKind,
  objection: { readonly issue: number; readonly theirs: Package } | null,
  k = 0,
): string {
  if (objection !== null && kind !== 'accept' && kind !== 'walk-away')
    return lineFor(
      scenario,
      side,
      { kind: 'objection', issue: objection.issue, level: objection.theirs[objection.issue] },
      k,
    );
  const say: LineKind = kind === 'propose' ? { kind: 'open' } : { kind };
  return lineFor(scenario, side, say, k);
}
