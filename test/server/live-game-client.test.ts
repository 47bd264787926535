/**
 * The game's live client (src/app/live-client.ts, live-session.ts, the remote game store) against the real live
 * server over WebSockets: two students join with a class code, play a whole game through their GameStores as
 * the table does, chat, get the pair's signed result, are refused a move out of turn, and rejoin their seat.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { colyseusTransport, LiveClient, SeatMemory } from '../../src/app/live-client.ts';
import { LiveSession } from '../../src/app/live-session.ts';
import { chooseAction } from '../../src/model/agent/index.ts';
import { toMove } from '../../src/model/rules.ts';
import { viewFor } from '../../src/model/view.ts';
import { FakeStorage } from '../app/fake-storage.ts';
import { createSession, startTestServer, stopTestServer, type TestServer, until } from './live-helpers.ts';

let t: TestServer | null = null;
const sessions: LiveSession[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) s.leave();
  await stopTestServer(t);
  t = null;
});

function student(endpoint: string, storage = new FakeStorage()): LiveSession {
  const live = new LiveSession(new LiveClient(colyseusTransport(endpoint), new SeatMemory(() => storage)));
  sessions.push(live);
  return live;
}

const gameOf = (live: LiveSession) => live.state.getState().session?.store.getState().game ?? null;

describe('the game’s live client against the live server', () => {
  test('two students play a whole game through their stores, chat, and get the same signed result', async () => {
    t = await startTestServer();
    const teacher = await createSession(t.endpoint);
    const a = student(t.endpoint);
    const b = student(t.endpoint);
    expect(await a.join(teacher.code, 'Aiko')).toBeNull();
    expect(await b.join(teacher.code, 'Ben')).toBeNull();
    const [sa, sb] = await until('both games', () => {
      const x = a.state.getState().session;
      const y = b.state.getState().session;
      return x && y && [x, y];
    });
    const sides = [a.state.getState().seat?.side, b.state.getState().seat?.side];
    expect(sides).toEqual([0, 1]);
    expect(sa.store.getState().game.settings.side).toBe(sa.scenario.parties[0].id);
    expect(sb.store.getState().game.settings.side).toBe(sb.scenario.parties[1].id);
    // Each sees the classmate as the other side's player.
    await until(
      'names',
      () =>
        sa.store.getState().playedElsewhere(1) === 'Ben' && sb.store.getState().playedElsewhere(0) === 'Aiko',
    );

    // A move out of turn is refused by the server and shown through the store's error.
    const first = toMove(sa.scenario, sa.store.getState().game);
    const waiting = first === 0 ? sb : sa;
    waiting.store
      .getState()
      .act({ type: 'walk-away', side: waiting.scenario.parties[first === 0 ? 1 : 0].id });
    await until('the refusal', () => waiting.store.getState().error?.code === 'NOT_YOUR_TURN');

    expect(a.sendChat('Shall we start with cars?')).toBeNull();
    await until('the chat line', () => b.state.getState().chat.at(-1)?.text === 'Shall we start with cars?');
    expect(b.state.getState().chat.at(-1)).toMatchObject({ side: 0, name: 'Aiko' });

    // Play: the side to move proposes its first listed package, or accepts a standing offer.
    for (let moves = 0; moves < 60 && !gameOf(a)?.outcome; moves++) {
      const game = sa.store.getState().game;
      const side = toMove(sa.scenario, game);
      const session = side === 0 ? sa : sb;
      const own = session.store.getState().game;
      const view = viewFor(session.scenario, own, side);
      if (!view) throw new Error('no view');
      // The computer agent's choice, as a student might make it (a tactic, then the turn's move).
      const { actions } = chooseAction(view, { random: () => 0.5 });
      const turn = own.turn;
      for (const move of actions) expect(session.store.getState().act(move).ok).toBe(true);
      await until('the step', () => (gameOf(a)?.turn ?? 0) > turn || gameOf(a)?.outcome);
      await until('both the same', () => gameOf(b)?.turn === gameOf(a)?.turn);
    }
    expect(gameOf(a)?.outcome).not.toBeNull();
    expect(gameOf(a)?.outcome).toEqual(gameOf(b)?.outcome);
    expect(gameOf(a)?.offers).toEqual(gameOf(b)?.offers);
    const [ra, rb] = await until('both results', () => {
      const x = a.state.getState().result;
      const y = b.state.getState().result;
      return x && y && [x, y];
    });
    expect(ra).toEqual(rb);
    expect(ra.signature).toMatch(/^[0-9a-f]{64}$/);
  }, 60_000);

  test('a student who leaves (a reload) rejoins the same seat and sees the game where it was', async () => {
    t = await startTestServer();
    const teacher = await createSession(t.endpoint);
    const storage = new FakeStorage();
    const a = student(t.endpoint, storage);
    const b = student(t.endpoint);
    await a.join(teacher.code, 'Aiko');
    await b.join(teacher.code, 'Ben');
    const sa = await until('a’s game', () => a.state.getState().session);
    await until('b’s game', () => b.state.getState().session);
    const seatId = a.state.getState().seat?.id;
    const side = toMove(sa.scenario, sa.store.getState().game);
    const mover = side === 0 ? a : b;
    const session = mover.state.getState().session;
    if (!session) throw new Error('no session');
    const pkg = session.store.getState().game.params.noDeal;
    session.store
      .getState()
      .act({ type: 'propose', side: session.scenario.parties[side].id, package: [...pkg] });
    await until('the offer', () => gameOf(a)?.offers.length === 1);
    a.leave();

    const again = student(t.endpoint, storage);
    expect(await again.join(teacher.code, 'someone else')).toBeNull();
    const back = await until('the game again', () => again.state.getState().session);
    expect(again.state.getState().seat?.id).toBe(seatId);
    expect(again.state.getState().seat?.name).toBe('Aiko');
    expect(back.store.getState().game.offers).toEqual(gameOf(b)?.offers);
  }, 30_000);

  test('an unknown class code and an empty name are told apart', async () => {
    t = await startTestServer();
    const teacher = await createSession(t.endpoint);
    expect(await student(t.endpoint).join('QQQQQQ', 'Aiko')).toEqual({ kind: 'no-such-class' });
    expect(await student(t.endpoint).join(teacher.code, '   ')).toMatchObject({
      kind: 'refused',
      code: 'NAME_EMPTY',
    });
  });
});
