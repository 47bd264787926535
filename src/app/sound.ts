/**
 * Sound: a few short cues synthesized with the Web Audio API (no audio files to load, nothing to download).
 * Which cue a step calls for is a pure function of the model's events (`cueFor`); `playCue` plays it unless the
 * player switched sound off in Settings. Browsers start an AudioContext suspended until the page has had a user
 * gesture; every cue asks it to resume, and a browser without Web Audio simply stays silent.
 */
import type { GameEvent } from '../model/types.ts';
import { getSettings } from './settings.ts';

export type Cue = 'offer' | 'reply' | 'news' | 'deal' | 'no-deal';

/** One tone of a cue: pitch in Hz, start and length in seconds from the cue's start, loudness 0–1. */
export interface Tone {
  readonly hz: number;
  readonly at: number;
  readonly length: number;
  readonly gain: number;
  readonly wave: OscillatorType;
}

const tone = (hz: number, at: number, length: number, gain = 1, wave: OscillatorType = 'triangle'): Tone => ({
  hz,
  at,
  length,
  gain,
  wave,
});

/** The cues, kept short (under a second) and soft; major for good news, minor and falling for bad. */
export const CUES: Readonly<Record<Cue, readonly Tone[]>> = {
  // An offer lands on the table: a light two-note chime, E5 then A5.
  offer: [tone(659.25, 0, 0.16, 0.8), tone(880, 0.1, 0.24, 0.7)],
  // A reply without a new offer (a rejection): one low, short note, A3.
  reply: [tone(220, 0, 0.22, 0.8, 'sine')],
  // News between meetings: three quick repeated notes, like a wire bulletin, then a fourth above.
  news: [
    tone(784, 0, 0.07, 0.6, 'square'),
    tone(784, 0.1, 0.07, 0.6, 'square'),
    tone(1046.5, 0.2, 0.18, 0.6),
  ],
  // A deal is ratified: a rising C major arpeggio.
  deal: [tone(523.25, 0, 0.18), tone(659.25, 0.12, 0.18), tone(783.99, 0.24, 0.18), tone(1046.5, 0.36, 0.5)],
  // No deal (deadline, walk-away or failed ratification): a falling D minor figure.
  'no-deal': [
    tone(440, 0, 0.22, 0.8, 'sine'),
    tone(349.23, 0.18, 0.22, 0.8, 'sine'),
    tone(293.66, 0.36, 0.5),
  ],
};

/** The one cue a step deserves: the weightiest thing that happened in it, or null when nothing calls for one. */
export function cueFor(events: readonly GameEvent[]): Cue | null {
  const has = (type: GameEvent['type']) => events.some((e) => e.type === type);
  if (has('deal')) return 'deal';
  if (has('no-deal') || has('ratification-failed')) return 'no-deal';
  if (has('news')) return 'news';
  if (has('proposed')) return 'offer';
  if (has('rejected')) return 'reply';
  return null;
}

/** The part of the Web Audio API the cues use (so a test can hand in a recording stand-in). */
export type AudioContextLike = Pick<
  AudioContext,
  'currentTime' | 'state' | 'destination' | 'createOscillator' | 'createGain' | 'resume'
>;

/** Master loudness: cues sit well under speech and a teacher's voice. */
const MASTER_GAIN = 0.12;
/** Attack and release of each tone, in seconds, so no tone clicks. */
const RAMP = 0.01;

/** Schedules a cue's tones on `context`, starting now. */
export function scheduleCue(context: AudioContextLike, cue: Cue): void {
  const start = context.currentTime;
  for (const t of CUES[cue]) {
    const oscillator = context.createOscillator();
    const envelope = context.createGain();
    oscillator.type = t.wave;
    oscillator.frequency.setValueAtTime(t.hz, start + t.at);
    const peak = MASTER_GAIN * t.gain;
    envelope.gain.setValueAtTime(0, start + t.at);
    envelope.gain.linearRampToValueAtTime(peak, start + t.at + RAMP);
    envelope.gain.setValueAtTime(peak, start + t.at + t.length - RAMP);
    envelope.gain.linearRampToValueAtTime(0, start + t.at + t.length);
    oscillator.connect(envelope);
    envelope.connect(context.destination);
    oscillator.start(start + t.at);
    oscillator.stop(start + t.at + t.length);
  }
}

let context: AudioContextLike | null | undefined;

function audio(): AudioContextLike | null {
  if (context !== undefined) return context;
  const Ctor = typeof window === 'undefined' ? undefined : window.AudioContext;
  try {
    context = Ctor ? new Ctor() : null;
  } catch {
    context = null; // No audio device, or the browser refused: the game is silent, nothing else changes.
  }
  return context;
}

/** Plays `cue` if sound is on. Returns whether it was played. */
export function playCue(cue: Cue | null): boolean {
  if (!cue || !getSettings().sound) return false;
  const ctx = audio();
  if (!ctx) return false;
  try {
    if (ctx.state === 'suspended') void ctx.resume().catch(() => undefined);
    scheduleCue(ctx, cue);
    return true;
  } catch {
    return false;
  }
}
