/**
 * Secrets of the live classroom server: the server key that signs result codes (32 random bytes made at first
 * start, kept in `<dataDir>/server-key`, mode 0600), the random tokens of teachers and seats, and their hashes
 * (the journal keeps only a token's SHA-256, never the token).
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const KEY_FILE = 'server-key';
const KEY_BYTES = 32;

/** The server key of this data folder, made (and written, readable by the owner only) if there is none yet. */
export function loadServerKey(dataDir: string): Buffer {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, KEY_FILE);
  try {
    const text = readFileSync(path, 'utf8').trim();
    if (/^[0-9a-f]{64}$/.test(text)) return Buffer.from(text, 'hex');
    throw new Error(`${path} is not a server key (64 hexadecimal digits): delete it to make a new one`);
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ENOENT') throw error;
  }
  const key = randomBytes(KEY_BYTES);
  // 'wx': never overwrite a key another process wrote in the meantime.
  try {
    writeFileSync(path, `${key.toString('hex')}\n`, { flag: 'wx', mode: 0o600 });
    chmodSync(path, 0o600);
    return key;
  } catch (error) {
    if ((error as { code?: unknown }).code === 'EEXIST') return loadServerKey(dataDir);
    throw error;
  }
}

/** HMAC-SHA256 of a result code with the server key, as hex. */
export const signCode = (key: Buffer, code: string): string =>
  createHmac('sha256', key).update(code, 'utf8').digest('hex');

/** Whether `signature` is this key's signature of `code` (compared in constant time). */
export function verifySignature(key: Buffer, code: string, signature: string): boolean {
  if (!/^[0-9a-f]{64}$/.test(signature)) return false;
  return timingSafeEqual(Buffer.from(signCode(key, code), 'hex'), Buffer.from(signature, 'hex'));
}

/** A fresh secret token: 32 random bytes, base64url (43 characters). */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** What the journal keeps of a token. */
export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/** Whether a token's hash is the stored one (constant time). */
export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * The secret every process of one event shares (they share the journal, and so its key) that marks the rooms
 * the server makes itself (a restore, a section): a client that sends it would have to know the server key.
 */
export const internalNonce = (key: Buffer): string => signCode(key, 'tt:internal-room');
