/**
 * Whose eyes the table sees through, and where the levers start. Pure functions over the game state and the
 * model's view: no Phaser, no DOM.
 */
import { toMove } from '../../model/rules.ts';
import { other, type Package, type PartyIndex, partyIndexOf, type Scenario } from '../../model/scenario.ts';
import type { GameState, Offer } from '../../model/types.ts';
import type { View } from '../../model/view.ts';

/**
 * The side the table shows: the side whose turn it is when two players share the device (the other's private
 * information stays hidden behind the hand-over screen), otherwise the player's side (`settings.side`, also the
 * viewpoint of a computer-vs-computer game). Once the game is over, the player's side.
 */
export function viewerSide(scenario: Scenario, game: GameState): PartyIndex {
  const player = partyIndexOf(scenario, game.settings.side) ?? 0;
  if (game.settings.opponent === 'human' && game.outcome === null) return toMove(scenario, game);
  return player;
}

/** Whether people play (a person may move) or only watch two computers. */
export const isWatching = (game: GameState): boolean => game.settings.opponent === 'computer-vs-computer';

/** The latest offer made by `side`, or null. */
export function lastOfferBy(offers: readonly Offer[], side: PartyIndex): Offer | null {
  for (let i = offers.length - 1; i >= 0; i--) if (offers[i].by === side) return offers[i];
  return null;
}

/** The offer the viewer may accept now (the other side's standing offer), or null. */
export function standingOffer(view: View): Offer | null {
  const { state } = view;
  if (state.standing === null) return null;
  const offer = state.offers[state.standing];
  return offer && offer.by !== view.side ? offer : null;
}

/** The other side's latest offer, standing or not: what the levers compare against. */
export function theirLatestOffer(view: View): Offer | null {
  return lastOfferBy(view.state.offers, other(view.side));
}

/** Moves each level to the nearest level the side may propose (`legalActions(view).levels`). */
export function clampToLegal(pkg: Package, levels: readonly (readonly number[])[]): number[] {
  return pkg.map((level, j) => {
    const allowed = levels[j];
    if (!allowed || allowed.length === 0 || allowed.includes(level)) return level;
    let best = allowed[0];
    for (const l of allowed) if (Math.abs(l - level) < Math.abs(best - level)) best = l;
    return best;
  });
}

/**
 * Where the levers start on a turn: the viewer's own last offer, else the other side's standing offer, else
 * the no-deal package; then moved inside what the viewer may propose. Watching two computers, the levers show
 * the latest offer on the table, whoever made it.
 */
export function leverStart(view: View, levels: readonly (readonly number[])[], watching = false): number[] {
  const offers = view.state.offers;
  const latest = offers[offers.length - 1] ?? null;
  const own = lastOfferBy(offers, view.side);
  const theirs = theirLatestOffer(view);
  const start = (watching ? latest?.package : (own?.package ?? theirs?.package)) ?? view.state.params.noDeal;
  return clampToLegal(start, levels);
}

/** For each issue, whether the two packages name different levels. */
export function differences(a: Package, b: Package | null): boolean[] {
  return a.map((level, j) => b !== null && b[j] !== level);
}
