import { Game } from 'phaser';
import { createGameConfig } from './game-config';

const game = new Game(createGameConfig());

if (import.meta.hot) {
  import.meta.hot.dispose(() => {
    game.destroy(true);
  });
}
