/**
 * Player settings: text size, reduced motion, sound. Kept in localStorage; a damaged entry falls back to the
 * defaults. Scenes read them when they draw (text size, tween lengths) and subscribe to redraw on change.
 */
export const TEXT_SCALES = [1, 1.25, 1.5] as const;
export type TextScale = (typeof TEXT_SCALES)[number];

export interface AppSettings {
  readonly textScale: TextScale;
  readonly reducedMotion: boolean;
  readonly sound: boolean;
}

const KEY = 'tariff-talks/settings/v1';

function systemPrefersReducedMotion(): boolean {
  return (
    typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true
  );
}

export const DEFAULT_SETTINGS: AppSettings = { textScale: 1, reducedMotion: false, sound: true };

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
