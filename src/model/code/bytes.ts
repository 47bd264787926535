/**
 * The byte layer of result codes and session links: a writer and a strict reader of unsigned varints, signed
 * (zigzag) varints and UTF-8 strings, then base64url text with a CRC-32 checksum, so a mistyped character is
 * caught as a typo before anything is decoded. Pure: no DOM, no Node (TextEncoder and TextDecoder are in both).
 */

import { because, type Why, type WhyCode } from './why.ts';

/** Why a text could not be read back into bytes or values: its English message, and its reason's code and facts. */
export class CodeFormatError extends Error {
  readonly why: Why;
  constructor(code: WhyCode, vars: Readonly<Record<string, string | number>> = {}) {
    const { reason, why } = because(code, vars);
    super(reason);
    this.why = why;
  }
}

export class ByteWriter {
  private readonly out: number[] = [];

  u8(n: number): this {
    this.out.push(n & 0xff);
    return this;
  }

  /** An unsigned integer up to 2^31 - 1, seven bits a byte. */
  uint(n: number): this {
    if (!Number.isInteger(n) || n < 0 || n > 0x7fffffff)
      throw new RangeError(`not a small unsigned integer: ${n}`);
    let v = n;
    while (v >= 0x80) {
      this.out.push((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    this.out.push(v);
    return this;
  }

  /** A signed integer (zigzag), |n| < 2^30. */
  int(n: number): this {
    return this.uint(n < 0 ? -2 * n - 1 : 2 * n);
  }

  str(s: string): this {
    const bytes = new TextEncoder().encode(s);
    this.uint(bytes.length);
    for (const b of bytes) this.out.push(b);
    return this;
  }

  bytes(): Uint8Array {
    return Uint8Array.from(this.out);
  }
}

export class ByteReader {
  private at = 0;
  constructor(private readonly data: Uint8Array) {}

  u8(): number {
    if (this.at >= this.data.length) throw new CodeFormatError('endsEarly');
    return this.data[this.at++] as number;
  }

  uint(): number {
    let value = 0;
    for (let shift = 0; shift <= 28; shift += 7) {
      const b = this.u8();
      value += (b & 0x7f) * 2 ** shift;
      if ((b & 0x80) === 0) {
        if (value > 0x7fffffff) break;
        // One encoding per number: a last byte of 0 after others is a longer way of writing a shorter number.
        if (b === 0 && shift > 0) throw new CodeFormatError('notShortest');
        return value;
      }
    }
    throw new CodeFormatError('numberTooLarge');
  }

  int(): number {
    const z = this.uint();
    return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
  }

  /** A UTF-8 string of at most `max` bytes. */
  str(max: number): string {
    const length = this.uint();
    if (length > max) throw new CodeFormatError('textTooLong', { max });
    if (this.at + length > this.data.length) throw new CodeFormatError('endsEarly');
    const slice = this.data.subarray(this.at, this.at + length);
    this.at += length;
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(slice);
    } catch {
      throw new CodeFormatError('notUtf8');
    }
  }

  /** Everything was read: trailing bytes mean the code is not what it claims to be. */
  end(): void {
    if (this.at !== this.data.length) throw new CodeFormatError('leftOver');
  }
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE 802.3, as in zip and PNG): catches every error burst up to 32 bits, so any one mistyped character. */
export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of data) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const INDEX = new Map([...ALPHABET].map((ch, i) => [ch, i]));

/** base64url without padding (RFC 4648 §5): safe in URLs, file names and spreadsheets. */
export function toBase64Url(data: Uint8Array): string {
  let out = '';
  for (let i = 0; i < data.length; i += 3) {
    const a = data[i] as number;
    const b = data[i + 1];
    const c = data[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += ALPHABET[(n >> 18) & 63];
    out += ALPHABET[(n >> 12) & 63];
    if (b !== undefined) out += ALPHABET[(n >> 6) & 63];
    if (c !== undefined) out += ALPHABET[n & 63];
  }
  return out;
}

export function fromBase64Url(text: string): Uint8Array {
  if (text.length % 4 === 1) throw new CodeFormatError('characterCount');
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let o = 0;
  for (const ch of text) {
    const v = INDEX.get(ch);
    if (v === undefined) throw new CodeFormatError('badCharacter', { character: ch });
    value = (value << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >> bits) & 0xff;
    }
  }
  // The last character's spare bits are zero in a real code: anything else is a typo the checksum cannot see.
  if ((value & ((1 << bits) - 1)) !== 0) throw new CodeFormatError('lastCharacter');
  return out;
}

/** Bytes → `prefix` + base64url(bytes + CRC-32). */
export function seal(prefix: string, payload: Uint8Array): string {
  const crc = crc32(payload);
  const all = new Uint8Array(payload.length + 4);
  all.set(payload);
  all.set([crc >>> 24, (crc >>> 16) & 0xff, (crc >>> 8) & 0xff, crc & 0xff], payload.length);
  return prefix + toBase64Url(all);
}

/**
 * The reverse of `seal`: whitespace (a code wrapped in an e-mail) is ignored; a text that does not start with
 * `prefix`, has characters outside base64url, or fails the checksum is refused with the reason.
 */
export function unseal(prefix: string, text: string, maxLength: number): Uint8Array {
  const compact = text.replace(/\s+/g, '');
  if (compact.length === 0) throw new CodeFormatError('empty');
  if (compact.length > maxLength) throw new CodeFormatError('tooLong', { max: maxLength });
  if (!compact.startsWith(prefix)) throw new CodeFormatError('prefix', { prefix });
  const all = fromBase64Url(compact.slice(prefix.length));
  if (all.length < 5) throw new CodeFormatError('tooShort');
  const payload = all.subarray(0, all.length - 4);
  const stored =
    (all[all.length - 4] as number) * 2 ** 24 +
    (((all[all.length - 3] as number) << 16) |
      ((all[all.length - 2] as number) << 8) |
      (all[all.length - 1] as number));
  if (crc32(payload) !== stored >>> 0) throw new CodeFormatError('checksum');
  return payload;
}
