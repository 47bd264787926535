/**
 * Group commit for one room's journal (server/live-room.ts): `after(records, send)` runs `send` once `records`,
 * and every record queued before them, are in the journal, in the order the decisions were made. Records that
 * arrive while a write is under way go together in the next one (one transaction), so a slower database costs
 * a little latency, not a queue. A failed write rejects everything waiting and calls `failed` once: the room
 * is then dropped and restored from the journal (its clients rejoin); nobody heard of what was not written.
 */
import type { SessionRecord } from './records.ts';

/** What to send once a write is done, and the promise of whoever waits for it. */
interface Pending {
  readonly send: () => void;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

export class WriteQueue {
  private writing = false;
  private next: { records: SessionRecord[]; callbacks: Pending[] } | null = null;
  private closed = false;

  constructor(
    private readonly write: (records: readonly SessionRecord[]) => Promise<void>,
    /** A `send` threw: logged by the room. */
    private readonly sendFailed: (error: unknown) => void,
    /** A write failed: the queue is closed and the room goes. */
    private readonly failed: (error: unknown) => void,
  ) {}

  /** No more writes: everything asked from now on is refused. */
  close(): void {
    this.closed = true;
  }

  after(records: readonly SessionRecord[], send: () => void): Promise<void> {
    if (this.closed) return Promise.reject(new Error('the room is closing'));
    return new Promise<void>((resolve, reject) => {
      const callback = { send, resolve, reject };
      if (!this.writing && this.next === null && records.length === 0) {
        this.run(callback);
        return;
      }
      this.next ??= { records: [], callbacks: [] };
      this.next.records.push(...records);
      this.next.callbacks.push(callback);
      if (!this.writing) void this.flush();
    });
  }

  private run(callback: Pending): void {
    try {
      callback.send();
      callback.resolve();
    } catch (error) {
      this.sendFailed(error);
      callback.reject(error);
    }
  }

  private async flush(): Promise<void> {
    this.writing = true;
    while (this.next !== null) {
      const batch = this.next;
      this.next = null;
      try {
        if (batch.records.length > 0) await this.write(batch.records);
      } catch (error) {
        this.writing = false;
        const waiting = this.next as typeof batch | null;
        this.next = null;
        for (const c of [...batch.callbacks, ...(waiting?.callbacks ?? [])]) c.reject(error);
        this.failed(error);
        return;
      }
      for (const callback of batch.callbacks) this.run(callback);
    }
    this.writing = false;
  }
}
