/**
 * Plays computer-vs-computer games in the page, from the title back to the title, with the page's own DOM:
 * the heap benchmark runs this in the page (as text, through page.evaluate) instead of driving the game with
 * Playwright's locators, whose injected script would be compiled and optimised in the same V8 heap and be
 * counted as the game's growth. Plain JavaScript, so that no compiler adds helpers the page does not have.
 *
 * @param {{ seeds: string[] }} options one game per seed
 */
async ({ seeds }) => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  const until = async (what, test) => {
    const deadline = performance.now() + 30_000;
    for (;;) {
      const found = test();
      if (found) return found;
      if (performance.now() > deadline) throw new Error(`watch driver: timed out waiting for ${what}`);
      await frame();
    }
  };
  const scene = () => window.__tariffTalks?.ready === true && window.__tariffTalks.scene;
  const atScene = (name) => until(`the ${name} scene`, () => scene() === name);
  const shown = (element) => !element.disabled && element.checkVisibility();
  const buttonNamed = (pattern) =>
    [...document.querySelectorAll('button')].find(
      (b) => pattern.test((b.getAttribute('aria-label') ?? b.textContent ?? '').trim()) && shown(b),
    );
  const press = async (what, pattern) => (await until(what, () => buttonNamed(pattern))).click();

  for (const seed of seeds) {
    await atScene('title');
    await press('New game', /^New game$/);
    await atScene('setup');
    const watch = await until('the opponent choice', () =>
      document.querySelector('input[type=radio][value="computer-vs-computer"]'),
    );
    watch.click();
    const seedInput = await until('the seed field', () => document.getElementById('tt-seed'));
    seedInput.value = seed;
    seedInput.dispatchEvent(new Event('input', { bubbles: true }));
    await press('Start', /^Start$/);
    await atScene('briefing');
    await press('Start watching', /^(Begin the talks|Start watching)$/);
    await atScene('table');
    const speed = await until('the speed control', () =>
      [...document.querySelectorAll('select')].find((s) => [...s.options].some((o) => o.value === 'instant')),
    );
    speed.value = 'instant';
    speed.dispatchEvent(new Event('change', { bubbles: true }));
    // At instant speed the news and ratification overlays still wait for a press.
    await until('the debrief', () => {
      if (scene() === 'debrief') return true;
      buttonNamed(/^(Back to the table|Next news|Continue to the debrief|See the debrief)$/)?.click();
      return false;
    });
    await press('Title screen', /^Title screen$/);
  }
  await atScene('title');
};
