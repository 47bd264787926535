import { Game } from 'phaser';
import { startPwa } from './app/pwa';
import { createGameConfig } from './game-config';

startPwa();

const game = new Game(createGameConfig());

if (import.meta.hot) {
  import.meta.hot.dispose(() => {
    game.destroy(true);
  });
}
