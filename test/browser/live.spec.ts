import type { Page } from '@playwright/test';
import { SCENE_KEYS } from '../../src/scenes/keys';
import {
  allowServerDown,
  firstMover,
  goOn,
  joinByLink,
  joinByTyping,
  LiveServer,
  nextScreens,
  type Person,
  person,
  pick,
  playToDebrief,
  propose,
  type Screen,
  screenOf,
  serverVerifies,
  startLiveSession,
} from './live-support';
import { REAL_DEAL } from './play';
import { expect, NO_PROBLEMS, test, waitForScene } from './support';

/**
 * The live classroom in real Chromium against the real live server (server/main.ts, run as a child process on a
 * free port with its own data folder, serving the built dist/): a teacher on teacher.html and two students in the
 * game, each in a browser context of their own, at the server's own origin (so the WebSocket is same-origin and
 * the pages' CSP allows it). A whole game over the network to the debrief and the teacher's dashboard; a student
 * who reloads mid-game; the server killed (SIGKILL) mid-game and started again on the same port and data.
 */

interface Live {
  readonly server: LiveServer;
  /** A page in a new browser context; its problems are checked when the test ends, like the test's own page's. */
  readonly open: () => Promise<Person>;
  readonly people: Person[];
}

const liveTest = test.extend<{ live: Live }>({
  live: async ({ browser }, use, testInfo) => {
    const server = await LiveServer.start();
    const people: Person[] = [];
    try {
      await use({
        server,
        people,
        open: async () => {
          const p = await person(browser);
          people.push(p);
          return p;
        },
      });
      if (testInfo.status !== testInfo.expectedStatus)
        await testInfo.attach('live server', { body: server.log });
      for (const [i, p] of people.entries())
        expect(p.problems, `student page ${i + 1} reported no problems`).toEqual(NO_PROBLEMS);
    } finally {
      for (const p of people) await p.context.close();
      await server.stop();
    }
  },
});

/** The teacher's board row of the first pair. */
const pairRow = (teacher: Page) => teacher.locator('#tt-live-table tbody tr[data-pair="0"]');
/** The columns of a board row after its header: the two sides, meeting, to move, last offer, approvals, state. */
const cell = (teacher: Page, column: number) => pairRow(teacher).locator('td').nth(column);

/** The result code the debrief shows, checked as the server's ("verified by the server"). */
async function verifiedCode(page: Page): Promise<string> {
  await waitForScene(page, SCENE_KEYS.debrief);
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('.tt-code-for')).toHaveText(
    'Verified by the server: your teacher already has it.',
  );
  const code = await dialog.locator('.tt-code-text').inputValue();
  expect(code.length).toBeGreaterThan(20);
  return code;
}

liveTest.describe('the live classroom over the network', () => {
  liveTest(
    'a teacher and two students: the board follows the pair, a whole game to the debrief, the result in the dashboard',
    async ({ page: teacher, live }) => {
      liveTest.setTimeout(120_000);
      const { origin } = live.server;
      const code = await startLiveSession(teacher, origin, 'Spec live class');
      await expect(pairRow(teacher)).toHaveCount(0);

      const aiko = (await live.open()).page;
      const ben = (await live.open()).page;
      await joinByTyping(aiko, origin, code, 'Aiko');
      await joinByLink(ben, origin, code, 'Ben');

      // The board shows the pair as it forms: both names, connected, each proposing for their side.
      await expect(cell(teacher, 0)).toHaveText(/Aiko \(connected, proposes\)/);
      await expect(cell(teacher, 1)).toHaveText(/Ben \(connected, proposes\)/);
      await expect(pairRow(teacher)).toHaveAttribute('data-state', 'playing');
      await expect(cell(teacher, 2)).toHaveText(/^1 of \d+$/);

      const [mover, other] = await firstMover(aiko, ben);
      const moverName = mover === aiko ? 'Aiko' : 'Ben';
      // Whose move it is, on both screens and on the board.
      expect((await screenOf(mover)).status).toContain('· Your move ·');
      expect((await screenOf(other)).status).toContain(`· Waiting for ${moverName} ·`);
      const moverParty = (await cell(teacher, 3).textContent()) ?? '';
      expect(moverParty).not.toBe('');
      await expect(cell(teacher, 4)).toHaveText('');

      // The first offer crosses the network: the other student can accept it, the board shows it.
      await propose(mover, other, REAL_DEAL);
      await expect(cell(teacher, 4)).not.toHaveText('');
      await expect(cell(teacher, 3)).not.toHaveText(moverParty);
      expect((await screenOf(mover)).status).toContain(
        `· Waiting for ${moverName === 'Aiko' ? 'Ben' : 'Aiko'} ·`,
      );

      const moves = await playToDebrief([mover, other]);
      expect(moves).toBeGreaterThanOrEqual(1);

      // Both debriefs show the pair's one code, as the server made and signed it.
      const codes = [await verifiedCode(aiko), await verifiedCode(ben)];
      expect(codes[1]).toBe(codes[0]);

      // The board says how it ended, and the result is in the dashboard, verified by the server.
      await expect(pairRow(teacher)).toHaveAttribute('data-state', /^(deal|no-deal)$/);
      const row = teacher.locator('#tt-class-table tbody tr').filter({ hasText: 'Aiko & Ben' });
      await expect(row).toHaveCount(1);
      await expect(row).toContainText('Verified by the server');
      await expect(teacher.locator('#tt-counts')).toContainText(
        '1 of them came from the live server, signed.',
      );
      // The code on the debriefs is the one the server signed: its signature, as the teacher's page keeps it,
      // verifies with the server.
      expect(await serverVerifies(teacher, origin, codes[0])).toBe(true);
    },
  );

  liveTest(
    'a student who reloads mid-game is back in the same seat, with the game where it was, and moves on',
    async ({ page: teacher, live }) => {
      liveTest.setTimeout(120_000);
      const { origin } = live.server;
      const code = await startLiveSession(teacher, origin, 'Spec reload');
      const aiko = (await live.open()).page;
      const ben = (await live.open()).page;
      // Both type the code: once joined, the address carries it as a join link, so a reload finds the seat.
      await joinByTyping(aiko, origin, code, 'Aiko');
      await joinByTyping(ben, origin, code, 'Ben');
      for (const student of [aiko, ben])
        await expect.poll(() => new URL(student.url()).searchParams.get('live')).toBe(code);
      const [mover, other] = await firstMover(aiko, ben);
      const otherName = other === aiko ? 'Aiko' : 'Ben';
      await propose(mover, other, REAL_DEAL);
      const offer = (await cell(teacher, 4).textContent()) ?? '';

      // The student to move reloads: the code in the address rejoins the seat this browser remembers, unasked.
      await other.reload();
      await waitForScene(other, SCENE_KEYS.table);
      const back = await untilActionable(other);
      expect(pick(back)).toEqual({ offers: 1, accept: true });
      expect(back.status).toContain('· Your move ·');
      expect(back.connection).toBe('');
      // The same seat: still one pair of two, nobody waiting, the name kept and connected again.
      await expect(teacher.locator('#tt-live-table tbody tr')).toHaveCount(1);
      await expect(teacher.locator('#tt-live-waiting')).toHaveCount(0);
      await expect(cell(teacher, other === aiko ? 0 : 1)).toHaveText(`●${otherName} (connected, proposes)`);
      await expect(cell(teacher, 4)).toHaveText(offer);

      // The next move goes through: a counter-offer reaches the first student and the board.
      await propose(other, mover, COUNTER);
      await expect(cell(teacher, 4)).not.toHaveText(offer);
      expect((await screenOf(mover)).offers).toBe(2);
    },
  );

  liveTest(
    'the server killed mid-game and started again: both students reconnect, no move is lost, the game ends',
    async ({ page: teacher, live, problems }) => {
      liveTest.setTimeout(150_000);
      const { server } = live;
      const code = await startLiveSession(teacher, server.origin, 'Spec restart');
      const aiko = await live.open();
      const ben = await live.open();
      await joinByLink(aiko.page, server.origin, code, 'Aiko');
      await joinByLink(ben.page, server.origin, code, 'Ben');
      const [mover, other] = await firstMover(aiko.page, ben.page);
      await propose(mover, other, REAL_DEAL);
      await propose(other, mover, COUNTER);
      const offer = (await cell(teacher, 4).textContent()) ?? '';
      expect(offer).not.toBe('');

      await server.kill();
      for (const page of [aiko.page, ben.page])
        await expect
          .poll(async () => (await screenOf(page)).connection, { timeout: 15_000 })
          .toBe('Connection lost: reconnecting…');
      await expect(teacher.locator('#tt-live-status')).toHaveText('The connection was lost. Reconnecting…');

      // The same port and data folder: the server restores the session from its journal.
      await server.up();
      for (const page of [aiko.page, ben.page])
        await expect.poll(async () => (await screenOf(page)).connection, { timeout: 30_000 }).toBe('');
      await expect(teacher.locator('#tt-live-status')).toHaveText('Connected: the board is live.', {
        timeout: 30_000,
      });
      // No move lost: both offers are still on both screens and on the board, and it is still the first
      // student's move, with the counter-offer to accept.
      expect(pick(await untilActionable(mover))).toEqual({ offers: 2, accept: true });
      expect((await screenOf(other)).offers).toBe(2);
      await expect(cell(teacher, 4)).toHaveText(offer);
      await expect(cell(teacher, 0)).toContainText('(connected, proposes)');
      await expect(cell(teacher, 1)).toContainText('(connected, proposes)');
      await expect.poll(() => server.health()).toMatchObject({ rooms: 1, clients: 3 });

      await playToDebrief([mover, other]);
      const codes = [await verifiedCode(aiko.page), await verifiedCode(ben.page)];
      expect(codes[1]).toBe(codes[0]);
      const row = teacher.locator('#tt-class-table tbody tr').filter({ hasText: 'Aiko & Ben' });
      await expect(row).toContainText('Verified by the server');
      // Signed with the key kept in the data folder: the restarted server verifies it.
      expect(await serverVerifies(teacher, server.origin, codes[0])).toBe(true);

      // While the server was down, every page's attempts to reach it failed: that is this test's doing, and
      // only those failures (to this server's address) are let go; anything else still fails the test.
      for (const p of [problems, aiko.problems, ben.problems]) allowServerDown(p, server.port);
    },
  );
});

/** A package other than the deal of 22 July: one step less on the first issue. */
const COUNTER = REAL_DEAL.map((level, j) => (j === 0 ? level - 1 : level));

/** Waits until `page` can move (closing a news overlay on the way) and says what it shows. */
async function untilActionable(page: Page): Promise<Screen> {
  for (;;) {
    const [screen] = await nextScreens([page]);
    if (!screen.overlay) return screen;
    await goOn(page);
  }
}
