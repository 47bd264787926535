/** A package in a result code: its length, then one level per issue. */
import { type ByteReader, type ByteWriter, CodeFormatError } from './bytes.ts';

const MAX_ISSUES = 64;

export function writePackage(w: ByteWriter, pkg: readonly number[]): void {
  w.uint(pkg.length);
  for (const level of pkg) w.uint(level);
}

export function readPackage(r: ByteReader): number[] {
  const n = r.uint();
  if (n > MAX_ISSUES) throw new CodeFormatError('tooManyIssues');
  return Array.from({ length: n }, () => r.uint());
}
