/**
 * Player settings: text size, reduced motion, sound, the coach (the guided game). Kept in localStorage; a damaged entry falls back to the
 * defaults. Scenes read them when they draw (text size, tween lengths) and subscribe to redraw on change.
 */
export const TEXT_SCALES = [1, 1.25, 1.5] as const;
export type TextScale = (typeof TEXT_SCALES)[number];

/** When the coach guides a game: on the tutorial only (the default), in every game, or never. */
export const COACH_MODES = ['auto', 'on', 'off'] as const;
export type CoachMode = (typeof COACH_MODES)[number];

/** The scenarios the coach guides in its default mode: the tutorial, a first game. */
const COACHED_BY_DEFAULT: readonly string[] = ['tutorial'];

export interface AppSettings {
  readonly textScale: TextScale;
  readonly reducedMotion: boolean;
  readonly sound: boolean;
  readonly coach: CoachMode;
}

const KEY = 'tariff-talks/settings/v1';

function systemPrefersReducedMotion(): boolean {
  return (
    typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true
  );
}

export const DEFAULT_SETTINGS: AppSettings = {
  textScale: 1,
  reducedMotion: false,
  sound: true,
  coach: 'auto',
};

function read(): AppSettings {
  const defaults = { ...DEFAULT_SETTINGS, reducedMotion: systemPrefersReducedMotion() };
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<AppSettings> | null;
    if (!raw || typeof raw !== 'object') return defaults;
    return {
      textScale: TEXT_SCALES.includes(raw.textScale as TextScale)
        ? (raw.textScale as TextScale)
        : defaults.textScale,
      reducedMotion: typeof raw.reducedMotion === 'boolean' ? raw.reducedMotion : defaults.reducedMotion,
      sound: typeof raw.sound === 'boolean' ? raw.sound : defaults.sound,
      coach: COACH_MODES.includes(raw.coach as CoachMode) ? (raw.coach as CoachMode) : defaults.coach,
    };
  } catch {
    return defaults;
  }
}

let current: AppSettings | null = null;
const listeners = new Set<(s: AppSettings) => void>();

export function getSettings(): AppSettings {
  current ??= read();
  return current;
}

export function updateSettings(patch: Partial<AppSettings>): AppSettings {
  current = { ...getSettings(), ...patch };
  try {
    localStorage.setItem(KEY, JSON.stringify(current));
  } catch {
    // Storage full or blocked: the setting still applies for this visit.
  }
  for (const listener of listeners) listener(current);
  return current;
}

export function subscribeSettings(listener: (s: AppSettings) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A tween's duration under the settings: zero when motion is reduced. */
export const motionMs = (ms: number): number => (getSettings().reducedMotion ? 0 : ms);

/** Whether the coach guides a game of this scenario under `mode`. */
export function coachFor(scenarioId: string, mode: CoachMode = getSettings().coach): boolean {
  return mode === 'on' || (mode === 'auto' && COACHED_BY_DEFAULT.includes(scenarioId));
}
