import { Game } from 'phaser';
import { startLanguage } from './app/language';
import { heardOrAfter, SCREEN_SHOWN_EVENT, startPwa } from './app/pwa';
import { createGameConfig } from './game-config';
import { loadPlayScenes } from './scenes/scene-loader';
import { installGlossaryKey } from './ui/glossary/glossary-dialog';

// The language is set before the first screen is drawn (English needs nothing loaded; Japanese its catalog).
await startLanguage();

// The offline copy is set up once the first screen is drawn, so it never slows the title down.
const firstScreen = heardOrAfter(SCREEN_SHOWN_EVENT, 10_000);
startPwa(firstScreen);

const game = new Game(createGameConfig());
// The scenes after the title load in the background once it is on screen (a scene started before that waits
// for them: src/scenes/scene-loader.ts).
void firstScreen.then(() =>
  whenIdle(() =>
    loadPlayScenes(game.scene).catch((error: unknown) => {
      console.warn('Tariff Talks: the game screens will load when first needed:', error);
    }),
  ),
);
// G opens the glossary on every screen.
installGlossaryKey();

if (import.meta.hot) {
  import.meta.hot.dispose(() => {
    game.destroy(true);
  });
}

/** Runs `fn` when the page is next idle (soon after, where the browser cannot tell). */
function whenIdle(fn: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(fn, { timeout: 1000 });
  else setTimeout(fn, 50);
}
