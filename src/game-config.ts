import { AUTO, Scale, type Types } from 'phaser';
import { BootScene } from './scenes/boot-scene';
import { TitleScene } from './scenes/title-scene';
import { BACKGROUND_COLOUR } from './ui/theme';

/** The size every scene is laid out for; Scale.FIT letterboxes it into any window. */
export const DESIGN_WIDTH = 1280;
export const DESIGN_HEIGHT = 720;

/** The id of the element in index.html that holds the canvas and the DOM controls. */
export const GAME_PARENT_ID = 'game';

export function createGameConfig(): Types.Core.GameConfig {
  return {
    type: AUTO,
    title: 'Tariff Talks',
    parent: GAME_PARENT_ID,
    backgroundColor: BACKGROUND_COLOUR,
    banner: false,
    scale: {
      mode: Scale.FIT,
      autoCenter: Scale.CENTER_BOTH,
      width: DESIGN_WIDTH,
      height: DESIGN_HEIGHT,
    },
    // Controls are real HTML elements (Phaser DOM game objects) so keyboards, screen readers and tests reach them.
    dom: { createContainer: true },
    // The first scene listed starts. The scenes after the title come in their own chunk, added on first use
    // (src/scenes/scene-loader.ts); overlays (news, ratification, handover) are launched over the table.
    scene: [BootScene, TitleScene],
  };
}
