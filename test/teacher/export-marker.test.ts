/** Issue 9: changes since the last export are counted and stored; exporting or importing clears them. */
import { describe, expect, it } from 'vitest';
import {
  EXPORT_KEY,
  loadMarker,
  markExported,
  noteChange,
  requestPersistence,
} from '../../src/teacher/export-marker.ts';
import { FakeStorage } from './fake-storage.ts';

describe('the export reminder', () => {
  it('counts changes across reloads and clears on export', () => {
    const storage = new FakeStorage();
    expect(loadMarker(storage)).toEqual({ changes: 0 });
    noteChange(storage, noteChange(storage, loadMarker(storage)));
    expect(loadMarker(storage)).toEqual({ changes: 2 });
    expect(markExported(storage)).toEqual({ changes: 0 });
    expect(loadMarker(storage)).toEqual({ changes: 0 });
  });

  it('a damaged marker or no storage counts from zero and never throws', () => {
    const storage = new FakeStorage();
    storage.setItem(EXPORT_KEY, '{"changes":"many"}');
    expect(loadMarker(storage)).toEqual({ changes: 0 });
    expect(noteChange(null, { changes: 3 })).toEqual({ changes: 4 });
    const full = new FakeStorage(0);
    expect(noteChange(full, { changes: 0 })).toEqual({ changes: 1 });
  });
});

describe('asking the browser to keep the data', () => {
  it('says whether persistence was granted, and asks only once', async () => {
    let asked = 0;
    const manager = {
      persisted: async () => false,
      persist: async () => {
        asked++;
        return true;
      },
    };
    const request = requestPersistence(manager);
    expect(await request()).toBe('granted');
    expect(await request()).toBe('granted');
    expect(asked).toBe(1);
  });

  it('already persisted, refused, missing or failing', async () => {
    expect(await requestPersistence({ persisted: async () => true, persist: async () => false })()).toBe(
      'granted',
    );
    expect(await requestPersistence({ persisted: async () => false, persist: async () => false })()).toBe(
      'denied',
    );
    expect(await requestPersistence(undefined)()).toBe('unsupported');
    expect(
      await requestPersistence({
        persisted: async () => false,
        persist: () => Promise.reject(new Error('x')),
      })(),
    ).toBe('unsupported');
  });
});
