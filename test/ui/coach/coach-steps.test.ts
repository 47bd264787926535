/** The coach's choice of step: each at its moment, in order at the table, until dismissed or stopped. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COACH_SCENES,
  COACH_STEPS,
  type CoachMoment,
  type CoachProgress,
  coachStep,
  dismissStep,
  FRESH_PROGRESS,
  stepNumber,
  stopCoach,
} from '../../../src/ui/coach/coach-steps.ts';

const atTable: CoachMoment = {
  scene: 'table',
  canMove: true,
  leverMoved: false,
  theirOffer: false,
  proposals: 0,
};

const done = (...steps: CoachProgress['done']): CoachProgress => ({ done: steps, stopped: false });

describe('coachStep', () => {
  it('starts with the lever when the player first may move', () => {
    expect(coachStep(atTable, FRESH_PROGRESS)).toBe('lever');
  });

  it('shows no table step while the player may not move (the computer thinks, an overlay is up)', () => {
    expect(coachStep({ ...atTable, canMove: false }, FRESH_PROGRESS)).toBeNull();
  });

  it('keeps a step until it is dismissed', () => {
    expect(coachStep({ ...atTable, leverMoved: true, proposals: 3 }, FRESH_PROGRESS)).toBe('lever');
  });

  it('waits for a lever move (or a proposal) before the projection', () => {
    expect(coachStep(atTable, done('lever'))).toBeNull();
    expect(coachStep({ ...atTable, leverMoved: true }, done('lever'))).toBe('projection');
    expect(coachStep({ ...atTable, proposals: 1 }, done('lever'))).toBe('projection');
  });

  it('shows their offer once there is one, and a tactic after the first proposal, in that order', () => {
    const progress = done('lever', 'projection');
    expect(coachStep({ ...atTable, proposals: 1 }, progress)).toBeNull();
    expect(coachStep({ ...atTable, theirOffer: true }, progress)).toBe('offer');
    expect(
      coachStep({ ...atTable, theirOffer: true, proposals: 1 }, done('lever', 'projection', 'offer')),
    ).toBe('tactic');
    expect(coachStep({ ...atTable, theirOffer: true }, done('lever', 'projection', 'offer'))).toBeNull();
  });

  it('shows the news, ratification and debrief steps when those screens come up, whatever came before', () => {
    for (const scene of ['news', 'ratification', 'debrief'] as const) {
      expect(coachStep({ ...atTable, scene, canMove: false }, FRESH_PROGRESS)).toBe(scene);
      expect(coachStep({ ...atTable, scene }, done(scene))).toBeNull();
    }
  });

  it('shows nothing on other screens, or after all table steps', () => {
    expect(coachStep({ ...atTable, scene: 'other' }, FRESH_PROGRESS)).toBeNull();
    const all = done('lever', 'projection', 'offer', 'tactic');
    expect(coachStep({ ...atTable, leverMoved: true, theirOffer: true, proposals: 4 }, all)).toBeNull();
  });

  it('shows nothing once stopped, at any moment', () => {
    const moments = fc.record({
      scene: fc.constantFrom(...COACH_SCENES),
      canMove: fc.boolean(),
      leverMoved: fc.boolean(),
      theirOffer: fc.boolean(),
      proposals: fc.nat(20),
    });
    fc.assert(
      fc.property(moments, fc.subarray([...COACH_STEPS]), (moment, steps) => {
        expect(coachStep(moment, stopCoach(done(...steps)))).toBeNull();
      }),
    );
  });

  it('never shows a step already dismissed', () => {
    const moments = fc.record({
      scene: fc.constantFrom(...COACH_SCENES),
      canMove: fc.boolean(),
      leverMoved: fc.boolean(),
      theirOffer: fc.boolean(),
      proposals: fc.nat(20),
    });
    fc.assert(
      fc.property(moments, fc.subarray([...COACH_STEPS]), (moment, steps) => {
        const step = coachStep(moment, done(...steps));
        if (step !== null) expect(steps).not.toContain(step);
      }),
    );
  });
});

describe('dismissStep and stepNumber', () => {
  it('adds a step once', () => {
    const once = dismissStep(FRESH_PROGRESS, 'lever');
    expect(once).toEqual({ done: ['lever'], stopped: false });
    expect(dismissStep(once, 'lever')).toBe(once);
  });

  it('numbers the seven steps from 1', () => {
    expect(COACH_STEPS.map(stepNumber)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});
