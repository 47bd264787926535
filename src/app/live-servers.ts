/**
 * Rejoining through another server process: with several processes, the server tells each student the event's
 * addresses (the protocol's `servers` message); when the process a student was on dies, `rotatingTransport` dials
 * the next address in turn with the seat token, until one answers (its room is restored there from the journal
 * within seconds; until then it answers "no such class" and the client's backoff tries again there).
 * Only an address that does not answer at all (`unreachable`) makes it move on: a refusal is the class's answer.
 */
import { liveEndpoint } from '../net/protocol.ts';
import { asFailure, type JoinFailure, type LiveConnection, type LiveTransport } from './live-client.ts';

/** The addresses a server may send at most (more are ignored). */
export const MAX_SERVERS = 64;

/** A page address (`http(s)://host[:port]`, no path) as its origin, or null for anything else. */
export function serverOrigin(text: string): string | null {
  try {
    const url = new URL(text);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (
      url.username ||
      url.password ||
      url.search ||
      url.hash ||
      (url.pathname !== '/' && url.pathname !== '')
    )
      return null;
    return url.origin;
  } catch {
    return null;
  }
}

/**
 * The addresses to try, in order, starting with the one that worked last. `update` takes the server's list (the
 * current address stays current when it is in it, and stays in the list when it is not: it is where the page
 * came from); `failed` moves on to the next.
 */
export class ServerRotation {
  private list: string[];
  private at = 0;

  constructor(first: string) {
    this.list = [first];
  }

  get current(): string {
    return this.list[this.at];
  }

  get size(): number {
    return this.list.length;
  }

  get addresses(): readonly string[] {
    return this.list;
  }

  /** The server's list: origins only, without repeats; what is not an address is left out. */
  update(urls: readonly unknown[]): void {
    const current = this.current;
    const next = [current];
    for (const url of urls.slice(0, MAX_SERVERS)) {
      const origin = typeof url === 'string' ? serverOrigin(url) : null;
      if (origin !== null && !next.includes(origin)) next.push(origin);
    }
    this.list = next;
    this.at = 0;
  }

  /** The current address did not answer: the next one is current. */
  failed(): void {
    this.at = (this.at + 1) % this.list.length;
  }
}

/** A transport that can be told the event's addresses (LiveClient passes the `servers` message on). */
export type ServerAwareTransport = Required<LiveTransport>;

/**
 * Dials the current address; when it is unreachable, the next ones in turn (each once per join), and keeps the
 * first that answers (even with a refusal) as the current one. `dial` makes one address's transport.
 */
export function rotatingTransport(
  first: string,
  dial: (origin: string) => LiveTransport,
  rotation: ServerRotation = new ServerRotation(first),
): ServerAwareTransport {
  const transports = new Map<string, LiveTransport>();
  const transportOf = (origin: string) => {
    let transport = transports.get(origin);
    if (!transport) {
      transport = dial(origin);
      transports.set(origin, transport);
    }
    return transport;
  };
  return {
    servers: (urls) => rotation.update(urls),
    async join(code, options): Promise<LiveConnection> {
      let failure: unknown = null;
      for (let tries = 0; tries < rotation.size; tries++) {
        try {
          return await transportOf(rotation.current).join(code, options);
        } catch (error) {
          failure = asFailure(error);
          if ((failure as JoinFailure).kind !== 'unreachable') throw failure;
          rotation.failed();
        }
      }
      throw failure;
    },
  };
}

/** The colyseus.js endpoint of a page address (`http://h:p` → `ws://h:p/live`). */
export function endpointOf(origin: string): string {
  const url = new URL(origin);
  return liveEndpoint({ protocol: url.protocol, host: url.host });
}
