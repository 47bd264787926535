/**
 * Time-dependent concession (Faratin, Sierra & Jennings 1998; GENIUS TimeDependentAgent): the utility an agent
 * aims for at time t is p(t) = Pmin + (Pmax − Pmin)·(1 − f(t)) with f(t) = t^(1/e). e < 1 holds firm until late
 * (Boulware), e = 1 concedes linearly, e > 1 concedes early (conceder).
 */

import type { AgentParameters } from '../scenario.ts';
import type { ConcessionStyle, Difficulty } from '../vocabulary.ts';
import { powTime } from './numbers.ts';

/** e for a concession style at a difficulty: the style's exponent times the difficulty's factor. */
export const concessionExponent = (
  agent: AgentParameters,
  style: ConcessionStyle,
  difficulty: Difficulty,
): number => agent.exponents[style] * agent.difficulty[difficulty].exponentFactor;

/** f(t) = t^(1/e), with t clamped to [0, 1]. */
export function concessionAt(t: number, e: number): number {
  const time = Math.min(1, Math.max(0, t));
  return powTime(time, 1 / e);
}

export interface Aspiration {
  /** Best utility the agent could get (its best bid that home would ratify). */
  readonly max: number;
  /** The floor it concedes to: its reservation plus `minTarget` of the room above it. */
  readonly min: number;
}

/** Pmin = r + minTarget·(Pmax − r); never above Pmax. */
export function aspiration(best: number, reservation: number, minTarget: number): Aspiration {
  if (best <= reservation) return { max: best, min: best };
  return { max: best, min: reservation + minTarget * (best - reservation) };
}

/** p(t) = Pmin + (Pmax − Pmin)·(1 − f(t)). */
export const targetUtility = (range: Aspiration, t: number, e: number): number =>
  range.min + (range.max - range.min) * (1 - concessionAt(t, e));
