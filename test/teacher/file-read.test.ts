/** Issue 9: every way an uploaded file can fail to be read gives a coded problem, never a throw. */
import { describe, expect, it } from 'vitest';
import { readTextFile } from '../../src/teacher/file-read.ts';
import { pngBytes } from './hostile.ts';

const fileOf = (name: string, bytes: Uint8Array, size = bytes.length) => ({
  name,
  size,
  arrayBuffer: async () => bytes.slice().buffer,
});

describe('reading an uploaded text file', () => {
  it('reads UTF-8 text (a byte-order mark dropped)', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('TT1abc\n')]);
    expect(await readTextFile(fileOf('codes.txt', bytes), 100)).toEqual({ ok: true, value: 'TT1abc\n' });
  });

  it.each([
    ['an empty file', fileOf('e.txt', new Uint8Array()), 'EMPTY'],
    ['a file of blanks', fileOf('b.txt', new TextEncoder().encode(' \n\t ')), 'EMPTY'],
    ['a picture', fileOf('p.png', new Uint8Array(pngBytes())), 'BINARY'],
    ['a file over the limit', fileOf('big.txt', new Uint8Array(), 101), 'TOO_LARGE'],
  ])('refuses %s', async (_what, file, code) => {
    expect(await readTextFile(file, 100)).toEqual({ ok: false, error: code });
  });

  it('a read error (FileReader failing) is UNREADABLE', async () => {
    const failing = {
      name: 'gone.txt',
      size: 10,
      arrayBuffer: () => Promise.reject(new DOMException('gone', 'NotReadableError')),
    };
    expect(await readTextFile(failing, 100)).toEqual({ ok: false, error: 'UNREADABLE' });
    const throwing = {
      name: 'gone.txt',
      size: 10,
      arrayBuffer: (): Promise<ArrayBuffer> => {
        throw new Error('sync');
      },
    };
    expect(await readTextFile(throwing, 100)).toEqual({ ok: false, error: 'UNREADABLE' });
  });
});
