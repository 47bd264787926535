/// <reference types="vite/client" />
import type { SceneKey } from './scenes/keys';

/** What the game tells browser tests about itself (see src/scenes/readiness.ts). */
export interface TariffTalksStatus {
  /** True once the current scene has drawn its first frame's content. */
  readonly ready: boolean;
  /** The scene that is showing. */
  readonly scene: SceneKey;
  /** The texts the scene drew on the canvas, in display order. */
  readonly texts: readonly string[];
}

declare global {
  interface Window {
    __tariffTalks?: TariffTalksStatus;
  }
}
