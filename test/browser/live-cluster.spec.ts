import { startCluster, type TestCluster } from '../../tools/lib/cluster-harness';
import { servicesMissing } from '../../tools/lib/services';
import {
  allowServerDown,
  firstMover,
  type Person,
  person,
  playToDebrief,
  propose,
  screenOf,
  startLiveSession,
} from './live-support';
import { REAL_DEAL } from './play';
import { expect, NO_PROBLEMS, test } from './support';

/**
 * The live classroom on two server processes (throwaway Redis and PostgreSQL, tools/lib/cluster-harness.ts) in
 * real Chromium: two students join from the game at the address of the process that holds their class, which is
 * then killed (SIGKILL) mid-game. Their pages, which were never given the other address, rejoin through it by
 * themselves (the server told them the event's addresses, and its pages' policy lets them connect there), the
 * class is restored there from the journal, and they play on to the debrief without reloading.
 */
test('the process of a class killed: the students rejoin through the other process by themselves', async ({
  page: teacher,
  browser,
  problems,
}) => {
  const missing = servicesMissing();
  test.skip(missing !== null, missing ?? '');
  test.setTimeout(180_000);
  let cluster: TestCluster | null = null;
  const people: Person[] = [];
  try {
    cluster = await startCluster(2);
    const [A] = cluster.processes;
    const code = await startLiveSession(teacher, A.http, 'Spec cluster');
    const h = await cluster.holderOf(code);
    expect(h).toBeGreaterThanOrEqual(0);
    const [H, O] = [cluster.processes[h], cluster.processes[1 - h]];
    const aiko = await person(browser);
    const ben = await person(browser);
    people.push(aiko, ben);
    for (const [p, name] of [
      [aiko, 'Aiko'],
      [ben, 'Ben'],
    ] as const) {
      await p.page.goto(`${H.http}/index.html?live=${code}`);
      await p.page.getByLabel('Your name').fill(name);
      await p.page.getByRole('button', { name: 'Join', exact: true }).click();
    }
    const [mover, other] = await firstMover(aiko.page, ben.page);
    await propose(mover, other, REAL_DEAL);

    await cluster.kill(h);
    for (const page of [aiko.page, ben.page])
      await expect
        .poll(async () => (await screenOf(page)).connection, { timeout: 15_000 })
        .toBe('Connection lost: reconnecting…');
    // Back within the lease (5 s) and the client's backoff, through the survivor.
    for (const page of [aiko.page, ben.page]) {
      await expect.poll(async () => (await screenOf(page)).connection, { timeout: 40_000 }).toBe('');
      expect(new URL(page.url()).origin).toBe(H.http);
    }
    const health = (await (await fetch(`${O.http}/healthz`)).json()) as { rooms: number; clients: number };
    expect(health.rooms).toBe(1);
    expect(health.clients).toBeGreaterThanOrEqual(2);
    // The offer made before the kill is still there; the game goes on to the end.
    expect((await screenOf(other)).offers).toBe(1);
    await playToDebrief([mover, other]);

    // The pages' attempts to reach the dead process failed: only those are let go, once the pages are closed (the
    // teacher's board, opened at the dead address, keeps trying it until then).
    for (const p of people) await p.context.close();
    await teacher.close();
    for (const p of [problems, aiko.problems, ben.problems]) allowServerDown(p, H.port);
    for (const [i, p] of people.entries())
      expect(p.problems, `student page ${i + 1} reported no problems`).toEqual(NO_PROBLEMS);
  } finally {
    for (const p of people) await p.context.close().catch(() => {});
    await cluster?.stop();
  }
});
