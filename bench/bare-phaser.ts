/**
 * The bench's reference page (tools/lib/bench-title.ts, `titleVsBarePhaser`): a bare Phaser 4 game, one scene
 * with one text, built by the same Vite build as the game (vite.config.ts, entry `bench`) so it loads the very
 * same Phaser chunk, served the same way. The game's canvas settings (renderer, size, scaling) are copied so
 * the two differ only in what the game adds. It records when its scene was first drawn, as the game's title does
 * (src/scenes/readiness.ts, on the scene's first render).
 */
import { AUTO, Game, Scale, Scene, Scenes } from 'phaser';

declare global {
  interface Window {
    /** performance.now() when the scene was first drawn. */
    __barePhaserReadyAt?: number;
  }
}

class BareScene extends Scene {
  constructor() {
    super({ key: 'bare' });
  }

  create(): void {
    this.add
      .text(640, 360, 'Tariff Talks', { fontFamily: 'sans-serif', fontSize: '88px', color: '#f5efe0' })
      .setOrigin(0.5);
    this.events.once(Scenes.Events.RENDER, () => {
      window.__barePhaserReadyAt = performance.now();
    });
  }
}

new Game({
  type: AUTO,
  parent: 'game',
  backgroundColor: '#0b1f3a',
  banner: false,
  scale: { mode: Scale.FIT, autoCenter: Scale.CENTER_BOTH, width: 1280, height: 720 },
  scene: [BareScene],
});
