/** cyrb53: a fast 53-bit string hash (public domain, bryc). Names a scenario's content in saves and codes. */
export function hash53(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return value.toString(16).padStart(14, '0');
}

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

/** JSON with every object's keys sorted (recursively) and no whitespace: the same for any key order or layout. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
  }
  return JSON.stringify(value as Json) ?? 'null';
}

/**
 * The hash of a scenario's content: its canonical JSON without `$schema` (an editor hint, not content), so
 * moving the schema, reordering keys or reformatting the file leaves it as it was.
 */
export function contentHash(data: object): string {
  const { $schema: _hint, ...content } = data as Record<string, unknown>;
  return hash53(canonicalJson(content));
}

/**
 * The hashes the shipped scenarios had before (the file's JSON as parsed, `$schema` included; then the same
 * game with source titles that named files outside the project), by the content hash of the same game: saves,
 * result codes and session links made then still name it.
 */
const PREVIOUS_HASHES: Readonly<Record<string, readonly string[]>> = {
  // us-japan-2025 1.0.0: the file as parsed, then canonical JSON before two source titles named docs/
  '1fe2ff6eb44b8c': ['0dbc62a0af594b', '004e2a18e2a116'],
  // tutorial 1.0.0: the same two steps
  '0f25f95b442fe5': ['1ca5b2348d3a00', '1b8d954808018a'],
};

const CURRENT_OF: ReadonlyMap<string, string> = new Map(
  Object.entries(PREVIOUS_HASHES).flatMap(([current, old]) => old.map((h) => [h, current] as const)),
);

/** The content hash a hash stands for today: an accepted old hash gives its current one, any other itself. */
export const currentHash = (hash: string): string => CURRENT_OF.get(hash) ?? hash;

/**
 * Whether two content hashes name the same content (equal, or one an accepted old hash of the other). Every
 * check of a save, result code or session against a scenario compares hashes with this.
 */
export const sameContent = (a: string, b: string): boolean => currentHash(a) === currentHash(b);
