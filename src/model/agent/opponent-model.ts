/**
 * The opponent model: the HardHeaded frequency model (GENIUS HardHeadedFrequencyModel, l = learning rate).
 * Issue weights start equal; when the opponent repeats a level between two bids, that issue gains weight.
 * Each level offered counts once; a level's estimated value is its count over the issue's highest count.
 *
 * Before any bid the counts hold a prior from public knowledge: a party likes to receive more and to give
 * less, so on the opponent's own issues its smaller concessions count as better for it, on ours our larger
 * concessions. A back channel that names the opponent's top priority lifts that issue's weight one learning
 * step above every other weight.
 */
import { mapped } from '../arrays.ts';
import type { Package, PartyIndex, Scenario } from '../scenario.ts';
import type { Offer } from '../types.ts';
import type { UtilityTable } from '../utility.ts';

export interface FrequencyModel {
  /** Estimated weight of each issue for the opponent. */
  readonly weights: readonly number[];
  /** Per issue, per level: prior plus the number of the opponent's bids that named the level. */
  readonly counts: readonly (readonly number[])[];
}

/** The prior count of a level, in [0, 1]: 1 for the level the opponent is known to like best. */
export function priorCount(levels: number, level: number, ownedByOpponent: boolean): number {
  const share = level / (levels - 1);
  return ownedByOpponent ? 1 - share : share;
}

export function priorModel(scenario: Scenario, opponent: PartyIndex): FrequencyModel {
  const n = scenario.issues.length;
  return {
    weights: mapped(scenario.issues, () => 1 / n),
    counts: mapped(scenario.issues, (iss) =>
      mapped(iss.levels, (_, l) => priorCount(iss.levels.length, l, iss.owner === opponent)),
    ),
  };
}

/** One step of the model: the opponent's new bid after its previous one (null for its first). */
export function learn(
  model: FrequencyModel,
  bid: Package,
  previous: Package | null,
  learningRate: number,
): FrequencyModel {
  const n = bid.length;
  let weights = model.weights;
  if (previous !== null) {
    const g = learningRate / n;
    let unchanged = 0;
    for (let j = 0; j < n; j++) if (bid[j] === previous[j]) unchanged++;
    const sum = 1 + g * unchanged;
    const cap = 1 - (n * g) / sum;
    weights = mapped(model.weights, (w, j) => (bid[j] === previous[j] && w < cap ? (w + g) / sum : w / sum));
  }
  const counts = mapped(model.counts, (row, j) => mapped(row, (c, l) => (l === bid[j] ? c + 1 : c)));
  return { weights, counts };
}

/** Lifts the revealed issue's weight one learning step above the highest other weight (if it is not already). */
export function withIntel(model: FrequencyModel, issue: number, learningRate: number): FrequencyModel {
  const g = learningRate / model.weights.length;
  let highest = 0;
  model.weights.forEach((w, j) => {
    if (j !== issue) highest = Math.max(highest, w);
  });
  if (model.weights[issue] >= highest + g) return model;
  return { ...model, weights: mapped(model.weights, (w, j) => (j === issue ? highest + g : w)) };
}

/** The prior of each party as opponent, per scenario: models are never changed (`learn` makes new ones). */
const priors = new WeakMap<Scenario, [FrequencyModel | null, FrequencyModel | null]>();

function priorOf(scenario: Scenario, opponent: PartyIndex): FrequencyModel {
  let pair = priors.get(scenario);
  if (pair === undefined) {
    pair = [null, null];
    priors.set(scenario, pair);
  }
  const made = pair[opponent] ?? priorModel(scenario, opponent);
  pair[opponent] = made;
  return made;
}

/**
 * The last fold of each opponent: the prior and learning rate it started from, the bids it folded (the arrays
 * kept in the state, in order) and the model after each. A game's turns fold the same offers again and again,
 * one more each turn, so a fold goes on from the longest prefix of bids it shares with the last one, compared
 * by identity: the same inputs to `learn`, so the same model. One fold per opponent, overwritten by the next game,
 * rather than a WeakMap from model to the models learnt from it: a WeakMap's value outlives its key by a young
 * collection, and every game's models were copied and promoted that way (issue 16).
 */
interface Fold {
  readonly prior: FrequencyModel;
  readonly rate: number;
  readonly bids: Package[];
  readonly models: FrequencyModel[];
}

const lastFolds: [Fold | null, Fold | null] = [null, null];

/** The model after the opponent's offers so far: a fold over its bids in order. */
export function opponentModel(
  scenario: Scenario,
  opponent: PartyIndex,
  offers: readonly Offer[],
  learningRate: number,
  intel: number | null,
): FrequencyModel {
  const prior = priorOf(scenario, opponent);
  const last = lastFolds[opponent];
  const fold: Fold =
    last !== null && last.prior === prior && last.rate === learningRate
      ? last
      : { prior, rate: learningRate, bids: [], models: [] };
  let model = prior;
  let previous: Package | null = null;
  let k = 0;
  for (const offer of offers) {
    if (offer.by !== opponent) continue;
    const bid = offer.package;
    if (k < fold.bids.length && fold.bids[k] === bid) model = fold.models[k];
    else {
      model = learn(model, bid, previous, learningRate);
      fold.bids.length = k;
      fold.models.length = k;
      fold.bids.push(bid);
      fold.models.push(model);
    }
    previous = bid;
    k++;
  }
  lastFolds[opponent] = fold;
  return intel === null ? model : withIntel(model, intel, learningRate);
}

/**
 * Zeroed Float64Arrays cut from shared 64 KB buffers, never reused (a buffer goes when its last array does): a
 * typed array with a buffer of its own costs about a microsecond, thirty times a small one, and the computer
 * makes a table every turn (issue 16).
 */
const CHUNK = 1 << 16;
let chunk = new ArrayBuffer(CHUNK);
let used = 0;

function floats(n: number): Float64Array {
  const bytes = n * Float64Array.BYTES_PER_ELEMENT;
  if (bytes > CHUNK) return new Float64Array(n);
  if (used + bytes > CHUNK) {
    chunk = new ArrayBuffer(CHUNK);
    used = 0;
  }
  const out = new Float64Array(chunk, used, n);
  used += bytes;
  return out;
}

/** The estimated opponent utility as an additive table: w_j · count / highest count on issue j. */
export function estimatedTable(model: FrequencyModel, offsets: Int32Array): UtilityTable {
  // Loops, not forEach and extent: the computer makes one every turn.
  let size = 0;
  for (const row of model.counts) size += row.length;
  const values = floats(size);
  for (let j = 0; j < model.counts.length; j++) {
    const row = model.counts[j];
    let top = Number.NEGATIVE_INFINITY;
    for (let l = 0; l < row.length; l++) if (row[l] > top) top = row[l];
    const w = model.weights[j];
    for (let l = 0; l < row.length; l++) values[offsets[j] + l] = top > 0 ? (w * row[l]) / top : 0;
  }
  return { constant: 0, values, offsets };
}
