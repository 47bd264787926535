/**
 * Matchmaking for a class larger than one room (src/net/sections.ts): a new student who asks for the class code is
 * seated straight in the section its head chooses, before the seat is reserved, whichever process the head is on.
 */
import { matchMaker } from '@colyseus/core';
import { parseRoomId } from '../src/net/protocol.ts';

/** How long matchmaking waits for a class's head to say which section a new student goes to. */
const ROUTE_MS = 1000;

/**
 * Matchmaking (`joinById`) for a student of a class whose head has sections: the room the student should be
 * seated in, asked of the head (on whichever process holds it) before the seat is reserved, so a new student
 * connects straight to its section. Anything else, or a head that does not answer, goes to the room asked for
 * (which sends a new student on with an IN_SECTION refusal if it must).
 */
async function routeJoin(roomId: string, options: unknown): Promise<string> {
  const parsed = parseRoomId(roomId);
  const join = options as { role?: unknown; seatToken?: unknown } | null;
  if (parsed === null || parsed.section !== 1 || join?.role !== 'student') return roomId;
  const token = typeof join.seatToken === 'string' ? join.seatToken : null;
  try {
    const target: unknown = await matchMaker.remoteRoomCall(roomId, 'sectionFor', [token], ROUTE_MS);
    return typeof target === 'string' && parseRoomId(target)?.code === parsed.code ? target : roomId;
  } catch {
    return roomId;
  }
}

/** Makes every `joinById` go through `routeJoin`; returns how to undo it. */
export function routeJoins(): () => void {
  const controller = matchMaker.controller;
  const invoke = controller.invokeMethod;
  controller.invokeMethod = async function (method, roomId, options, ...rest) {
    const target = method === 'joinById' ? await routeJoin(roomId, options) : roomId;
    return invoke.call(this, method, target, options, ...rest);
  };
  return () => {
    controller.invokeMethod = invoke;
  };
}
