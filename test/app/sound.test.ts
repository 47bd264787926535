import { afterEach, describe, expect, it, vi } from 'vitest';
import { updateSettings } from '../../src/app/settings.ts';
import { type AudioContextLike, CUES, cueFor, playCue, scheduleCue } from '../../src/app/sound.ts';
import { applyAction, toMove } from '../../src/model/rules.ts';
import type { GameEvent } from '../../src/model/types.ts';
import { loadScenario, MINI, newTestGame, testSettings } from '../helpers.ts';

/** A stand-in for AudioContext that records what a cue schedules. */
class RecordingContext {
  currentTime = 5;
  state: AudioContextState = 'suspended';
  readonly destination = { node: 'destination' } as unknown as AudioDestinationNode;
  resumed = 0;
  readonly tones: {
    wave: string;
    hz: number;
    start: number;
    stop: number;
    gains: [string, number, number][];
  }[] = [];
  createOscillator() {
    const tone = { wave: '', hz: 0, start: -1, stop: -1, gains: [] as [string, number, number][] };
    this.tones.push(tone);
    return {
      set type(w: string) {
        tone.wave = w;
      },
      frequency: {
        setValueAtTime: (hz: number) => {
          tone.hz = hz;
        },
      },
      connect: () => undefined,
      start: (at: number) => {
        tone.start = at;
      },
      stop: (at: number) => {
        tone.stop = at;
      },
    } as unknown as OscillatorNode;
  }
  createGain() {
    const tone = () => this.tones[this.tones.length - 1];
    const record = (kind: string) => (v: number, at: number) => void tone()?.gains.push([kind, v, at]);
    return {
      gain: { setValueAtTime: record('set'), linearRampToValueAtTime: record('ramp') },
      connect: (node: unknown) => expect(node).toBe(this.destination),
    } as unknown as GainNode;
  }
  resume() {
    this.resumed++;
    this.state = 'running';
    return Promise.resolve();
  }
}

describe('which cue a step calls for', () => {
  const pkg = [0, 0];
  const ev = (e: Partial<GameEvent> & { type: GameEvent['type'] }) => e as GameEvent;

  it('picks the weightiest event: deal, then no deal, then news, then an offer, then a rejection', () => {
    expect(cueFor([])).toBeNull();
    expect(cueFor([ev({ type: 'meeting-ended' })])).toBeNull();
    expect(cueFor([ev({ type: 'rejected' })])).toBe('reply');
    expect(cueFor([ev({ type: 'rejected' }), ev({ type: 'proposed', package: pkg })])).toBe('offer');
    expect(cueFor([ev({ type: 'proposed' }), ev({ type: 'news' })])).toBe('news');
    expect(cueFor([ev({ type: 'news' }), ev({ type: 'ratification-failed' })])).toBe('no-deal');
    expect(cueFor([ev({ type: 'walked-away' }), ev({ type: 'no-deal' })])).toBe('no-deal');
    expect(cueFor([ev({ type: 'accepted' }), ev({ type: 'ratification' }), ev({ type: 'deal' })])).toBe(
      'deal',
    );
  });

  it('gives an offer cue for a real proposal step of the model', () => {
    const scenario = loadScenario(MINI);
    const game = newTestGame(scenario, testSettings('sound'));
    const side = toMove(scenario, game);
    const result = applyAction(scenario, game, {
      type: 'propose',
      side: scenario.parties[side].id,
      package: scenario.issues.map(() => 0),
    });
    expect(result.ok).toBe(true);
    if (result.ok) expect(cueFor(result.value.events)).toBe('offer');
  });
});

describe('playing a cue', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    updateSettings({ sound: true });
  });

  it('schedules every tone of the cue from now, with an envelope that starts and ends silent', () => {
    const ctx = new RecordingContext();
    scheduleCue(ctx as unknown as AudioContextLike, 'deal');
    expect(ctx.tones.map((t) => [t.hz, t.start, t.stop])).toEqual(
      CUES.deal.map((t) => [t.hz, 5 + t.at, 5 + t.at + t.length]),
    );
    for (const t of ctx.tones) {
      expect(t.wave).toBe('triangle');
      expect(t.gains[0]).toEqual(['set', 0, t.start]);
      expect(t.gains.at(-1)).toEqual(['ramp', 0, t.stop]);
      expect(Math.max(...t.gains.map((g) => g[1]))).toBeLessThanOrEqual(0.12);
    }
  });

  it('every cue is short: under a second', () => {
    for (const tones of Object.values(CUES)) {
      expect(tones.length).toBeGreaterThan(0);
      expect(Math.max(...tones.map((t) => t.at + t.length))).toBeLessThan(1);
    }
  });

  it('plays only while sound is on, and resumes a suspended context', () => {
    const ctx = new RecordingContext();
    let made = 0;
    vi.stubGlobal('window', {
      AudioContext: function AudioContext() {
        made++;
        return ctx;
      },
    });
    updateSettings({ sound: false });
    expect(playCue('offer')).toBe(false);
    expect(made).toBe(0); // Sound off never even opens an audio context.
    updateSettings({ sound: true });
    expect(playCue(null)).toBe(false);
    expect(playCue('offer')).toBe(true);
    expect(ctx.resumed).toBe(1);
    expect(ctx.tones).toHaveLength(CUES.offer.length);
    expect(playCue('news')).toBe(true);
    expect(made).toBe(1); // One context for the whole visit.
    expect(ctx.resumed).toBe(1); // Already running.
    expect(ctx.tones).toHaveLength(CUES.offer.length + CUES.news.length);
    updateSettings({ sound: false });
    expect(playCue('deal')).toBe(false);
    expect(ctx.tones).toHaveLength(CUES.offer.length + CUES.news.length);
  });

  it('stays silent, without an error, in a browser without Web Audio or with no audio device', async () => {
    for (const window of [
      {},
      {
        AudioContext: function Broken() {
          throw new Error('no device');
        },
      },
    ]) {
      vi.resetModules();
      vi.stubGlobal('window', window);
      const fresh = await import('../../src/app/sound.ts');
      expect(fresh.playCue('deal')).toBe(false);
    }
  });
});
