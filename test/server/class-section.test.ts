/**
 * A section of a class (server/class-sections.ts) on its own, with a fake presence and journal: it runs what the
 * head's heartbeat says, and a section restored after its class has ended ends at once.
 */
import type { Presence } from '@colyseus/core';
import { describe, expect, it } from 'vitest';
import { ClassSection } from '../../server/class-sections.ts';
import type { LiveSession } from '../../server/live-session.ts';

function fakes(open: boolean, session: { ended: boolean; paused: boolean }) {
  const listeners = new Map<string, (message: unknown) => void>();
  const published: { channel: string; message: unknown }[] = [];
  const presence = {
    subscribe: async (channel: string, listener: (message: unknown) => void) => {
      listeners.set(channel, listener);
    },
    unsubscribe: (channel: string) => listeners.delete(channel),
    publish: async (channel: string, message: unknown) => {
      published.push({ channel, message });
    },
  } as unknown as Presence;
  const ran: [string, boolean][] = [];
  const live = {
    ...session,
    seats: new Map(),
    board: () => ({ pairs: [], waiting: [] }),
    greetTeacher: () => [],
  } as unknown as LiveSession;
  const host = {
    session: () => live,
    runTeacher: (type: string, _message: unknown, reply: boolean) => void ran.push([type, reply]),
  };
  const journal = { isOpen: async () => open };
  return { presence, journal, host, ran, listeners, published };
}

describe('a section of a class', () => {
  it('restored after its class ended, it ends at once', async () => {
    const f = fakes(false, { ended: false, paused: false });
    const section = new ClassSection(f.host, f.presence, f.journal, 'ACDEFG', 2);
    await section.start();
    expect(f.ran).toEqual([['end', false]]);
    section.stop();
  });

  it('while its class is open it waits for the head, and follows its heartbeat', async () => {
    const f = fakes(true, { ended: false, paused: false });
    const section = new ClassSection(f.host, f.presence, f.journal, 'ACDEFG', 2);
    await section.start();
    expect(f.ran).toEqual([]);
    // It told the head its board at once.
    expect(f.published.map((p) => [p.channel, (p.message as { kind: string }).kind])).toEqual([
      ['tt:head:ACDEFG', 'board'],
    ]);
    f.listeners.get('tt:class:ACDEFG')?.({ kind: 'state', paused: true, ended: false, watching: false });
    f.listeners.get('tt:class:ACDEFG')?.({ kind: 'state', paused: false, ended: true, watching: false });
    expect(f.ran).toEqual([
      ['pause', false],
      ['end', false],
    ]);
    section.stop();
  });
});
