/**
 * Sections: a class larger than one room. A live session (one class code, `ABCDEF`) is its head room plus, once
 * the head has `sectionSize` students, further rooms `ABCDEF-2`, `ABCDEF-3`… created on whichever server process
 * the matchmaker picks. Each section is a session of its own in the journal (its own records, lease and pairs,
 * the class's settings, seed and teacher), so a class can be larger than a process. A new student always asks
 * the head, which answers with a refusal `IN_SECTION: ABCDEF-2` naming the section to join; the student's seat
 * (and its token) belongs to that section, where it rejoins. The teacher talks to the head only: it merges the
 * sections' boards and passes the teacher's commands on (server/class-sections.ts, server/class-routing.ts).
 */
/** Students in one room: a class of one room, or one section of a larger class. */
export const MAX_STUDENTS = 400;

// Class codes: 6 characters, none that look alike (no 0/O, 1/I/L, 2/Z, 5/S, 8/B, U/V).

export const CLASS_CODE_ALPHABET = 'ACDEFGHJKMNPQRTWXY34679';
export const CLASS_CODE_LENGTH = 6;
const CLASS_CODE_PATTERN = new RegExp(`^[${CLASS_CODE_ALPHABET}]{${CLASS_CODE_LENGTH}}$`);

/** The query parameter of a join link (`index.html?live=CODE`), written in the QR code and the short link. */
export const LIVE_PARAM = 'live';

/** A class code as a student typed it (any case, spaces or dashes between), as the server names the room; or null. */
export function normalizeClassCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  return CLASS_CODE_PATTERN.test(code) ? code : null;
}

/** At most this many sections in a class (a class holds at most MAX_SECTIONS × MAX_STUDENTS students). */
export const MAX_SECTIONS = 16;
/** The largest class. */
export const MAX_CLASS_STUDENTS = MAX_SECTIONS * MAX_STUDENTS;

const ROOM_ID = new RegExp(`^([${CLASS_CODE_ALPHABET}]{${CLASS_CODE_LENGTH}})(?:-([1-9][0-9]?))?$`);

/** The room id of section `n` (1 is the head, whose id is the class code itself). */
export function sectionRoomId(code: string, n: number): string {
  return n === 1 ? code : `${code}-${n}`;
}

/** A room id as its class code and section number; null for anything that is not one. */
export function parseRoomId(id: string): { readonly code: string; readonly section: number } | null {
  const match = ROOM_ID.exec(id);
  if (!match) return null;
  const section = match[2] === undefined ? 1 : Number(match[2]);
  if (section < 2 && match[2] !== undefined) return null;
  if (section > MAX_SECTIONS) return null;
  return { code: match[1], section };
}

/**
 * The section a refusal `IN_SECTION: <room id>` sends a student of class `code` to, or null when the message
 * names none of this class's sections (a client never follows a server to another class).
 */
export function sectionOfRefusal(code: string, message: string): string | null {
  const id = message.replace(/^IN_SECTION:\s*/, '').trim();
  const parsed = parseRoomId(id);
  return parsed !== null && parsed.code === code ? id : null;
}

/** A pair of section `n` as the teacher numbers it, and back. */
export const classPairOf = (n: number, pair: number): number => (n - 1) * MAX_STUDENTS + pair;
export const sectionPairOf = (classPair: number): { n: number; pair: number } => ({
  n: Math.floor(classPair / MAX_STUDENTS) + 1,
  pair: classPair % MAX_STUDENTS,
});
/** A seat of section `n` as the teacher's board names it (`2/s5`), and back. */
export const classSeatOf = (n: number, seat: string): string => (n === 1 ? seat : `${n}/${seat}`);
export function sectionSeatOf(seat: string): { n: number; seat: string } {
  const match = /^([0-9]{1,2})\/(.+)$/.exec(seat);
  return match ? { n: Number(match[1]), seat: match[2] } : { n: 1, seat };
}
