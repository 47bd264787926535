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

/** Where a canvas text of the showing scene is drawn, in design pixels (1280×720), for the browser tests' fit checks. */
export interface TariffTalksTextBox {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

declare global {
  interface Window {
    __tariffTalks?: TariffTalksStatus;
    /** The boxes of the showing scene's visible canvas texts, measured when called. */
    __tariffTalksTextBoxes?: () => readonly TariffTalksTextBox[];
  }
}
