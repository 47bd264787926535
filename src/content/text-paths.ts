/**
 * Which strings of a scenario file are texts a player reads (and a translation file may replace), and which are
 * not (ids, references, vocabularies, dates, units, sources, designers' notes). Every string field of the
 * scenario schema is in exactly one of the two lists: a test walks the zod schema and fails on a string field
 * that is in neither, so a new text field is translated or deliberately left out.
 *
 * Paths are JSON Pointers (RFC 6901) into the file, e.g. `/issues/0/levels/2/label`; a pattern writes `*` for any
 * array index or record key.
 */
import type { ScenarioData } from './schema.ts';

/** The texts a player reads: translated by a translation file. */
export const TEXT_PATTERNS = [
  '/title',
  '/summary',
  '/parties/*/name',
  '/parties/*/shortName',
  '/parties/*/leader',
  '/parties/*/negotiator',
  '/parties/*/description',
  '/parties/*/groups/*/name',
  '/parties/*/groups/*/description',
  '/parties/*/groups/*/redLines/*/quote',
  '/parties/*/groups/*/redLines/*/quoteBy',
  '/issues/*/name',
  '/issues/*/description',
  '/issues/*/levels/*/label',
  '/economy/sectors/*/name',
  '/noDeal/description',
  '/meetings/*/title',
  '/meetings/*/description',
  '/deadline/description',
  '/events/*/title',
  '/events/*/text',
  '/dialogue/*/objections/*/*',
  '/dialogue/*/accept/*',
  '/dialogue/*/reject/*',
  '/dialogue/*/propose/*',
  '/dialogue/*/walkAway/*',
  '/dialogue/*/concede/*',
  '/dialogue/*/wantMore/*',
  '/dialogue/*/hold/deadline-tactic/*',
  '/dialogue/*/hold/waiting-for-news/*',
  '/dialogue/*/hold/final-offer/*',
  '/dialogue/*/retract/news/*',
  '/dialogue/*/retract/red-line/*',
  '/dialogue/*/retract/ratification/*',
  '/dialogue/*/news/*',
  '/dialogue/*/redLine/*',
  '/dialogue/*/answerRedLine/*',
  '/dialogue/*/link/*',
  '/dialogue/*/backChannel/*',
  '/dialogue/*/warn/*',
  '/personalities/*/name',
  '/personalities/*/description',
  '/historicalDeal/description',
  '/debrief/whatHappened/*',
  '/debrief/questions/*',
  // Schema version 2:
  '/parties/*/publicRedLines/*/quote',
  '/parties/*/publicRedLines/*/quoteBy',
  '/issues/*/levels/*/takesEffect/condition',
  // Presentation (schema-presentation.ts)
  '/parties/*/initials',
  '/presentation/tagline',
  '/presentation/currency',
] as const;

const ID = 'an id or a reference to one';
const DATE = 'a date (written YYYY-MM-DD; the game formats it)';
const NOTE = "a designer's note: the game does not show it";
const SOURCE = 'a source: the game does not show sources (the compiled scenario leaves them out)';

/** The string fields that are not texts, each with the reason. */
export const NOT_TEXT_PATTERNS: Readonly<Record<string, string>> = {
  '/$schema': 'an editor hint',
  '/id': ID,
  '/version': 'the content version, named in result codes',
  '/firstMover': ID,
  '/sources/*/title': SOURCE,
  '/sources/*/url': SOURCE,
  '/sources/*/date': SOURCE,
  '/sources/*/note': SOURCE,
  '/parties/*/id': ID,
  '/parties/*/groups/*/id': ID,
  '/parties/*/groups/*/source': ID,
  '/parties/*/groups/*/concerns/*/issue': ID,
  '/parties/*/groups/*/concerns/*/party': ID,
  '/parties/*/groups/*/concerns/*/sectors/*': ID,
  '/parties/*/groups/*/redLines/*/issue': ID,
  '/parties/*/groups/*/redLines/*/level': ID,
  '/parties/*/groups/*/redLines/*/source': ID,
  '/parties/*/ratification/source': ID,
  '/parties/*/approval/source': ID,
  '/personalities/*/id': ID,
  '/personalities/*/parties/*': ID,
  '/personalities/*/source': ID,
  '/issues/*/id': ID,
  '/issues/*/owner': ID,
  '/issues/*/unit': 'a unit the game formats numbers with ("%", "$B/yr", "step")',
  '/issues/*/source': ID,
  '/issues/*/levels/*/id': ID,
  '/issues/*/levels/*/note': NOTE,
  '/economy/elasticity/source': ID,
  '/economy/elasticity/note': NOTE,
  '/economy/importPassThrough/source': ID,
  '/economy/importPassThrough/note': NOTE,
  '/economy/retailPassThrough/source': ID,
  '/economy/retailPassThrough/note': NOTE,
  '/economy/complianceLoss/source': ID,
  '/economy/complianceLoss/note': NOTE,
  '/economy/sectors/*/id': ID,
  '/economy/sectors/*/exporter': ID,
  '/economy/sectors/*/importer': ID,
  '/economy/sectors/*/issue': ID,
  '/economy/sectors/*/source': ID,
  '/noDeal/package/*': ID,
  '/noDeal/source': ID,
  '/meetings/*/id': ID,
  '/meetings/*/date': DATE,
  '/meetings/*/source': ID,
  '/deadline/date': DATE,
  '/deadline/source': ID,
  '/events/*/id': ID,
  '/events/*/date': DATE,
  '/events/*/afterMeeting/from': ID,
  '/events/*/afterMeeting/to': ID,
  '/events/*/effects/*/issue': ID,
  '/events/*/effects/*/level': ID,
  '/events/*/effects/*/party': ID,
  '/events/*/effects/*/group': ID,
  '/events/*/source': ID,
  '/agent/source': ID,
  '/tactics/redLine/source': ID,
  '/tactics/backChannel/source': ID,
  '/historicalDeal/date': DATE,
  '/historicalDeal/package/*': ID,
  '/historicalDeal/source': ID,
  // Schema version 2:
  '/parties/*/publicRedLines/*/issue': ID,
  '/parties/*/publicRedLines/*/level': ID,
  '/parties/*/publicRedLines/*/source': ID,
  '/issues/*/levels/*/takesEffect/date': DATE,
  '/issues/*/levels/*/takesEffect/source': ID,
  '/events/*/effects/*/meeting': ID,
  // Presentation (schema-presentation.ts)
  '/parties/*/colour': 'a colour (#rrggbb)',
  '/parties/*/flag/stripes/*': 'a colour (#rrggbb)',
  '/parties/*/flag/emblem/colour': 'a colour (#rrggbb)',
  '/presentation/defaultSide': ID,
  '/presentation/xAxisParty': ID,
};

/** `/a~1b/c~0d` → ['a/b', 'c~d']; null when the text is not a JSON Pointer to something inside the file. */
export function parsePointer(pointer: string): string[] | null {
  if (!pointer.startsWith('/')) return null;
  const parts = pointer.slice(1).split('/');
  if (parts.some((p) => /~(?![01])/.test(p))) return null;
  return parts.map((p) => p.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** ['a/b', 0] → `/a~1b/0` */
export function toPointer(path: readonly (string | number)[]): string {
  return path.map((p) => `/${String(p).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

const splitPattern = (pattern: string): string[] => pattern.slice(1).split('/');
const TEXT_SPLIT = TEXT_PATTERNS.map(splitPattern);

/** Whether a path (its parts, unescaped) matches a pattern's parts. */
const matches = (parts: readonly string[], pattern: readonly string[]): boolean =>
  parts.length === pattern.length && pattern.every((p, i) => p === '*' || p === parts[i]);

/** Whether a path, given as its parts, is a text path by its shape (the value may still be absent). */
export const isTextPathShape = (parts: readonly string[]): boolean =>
  TEXT_SPLIT.some((pattern) => matches(parts, pattern));

/** The value at a path, or undefined; only own properties and array indices are followed. */
export function valueAt(data: unknown, parts: readonly string[]): unknown {
  let at: unknown = data;
  for (const part of parts) {
    if (Array.isArray(at)) {
      if (!/^(0|[1-9]\d*)$/.test(part)) return undefined;
      at = at[Number(part)];
    } else if (at !== null && typeof at === 'object' && Object.hasOwn(at, part)) {
      at = (at as Record<string, unknown>)[part];
    } else return undefined;
  }
  return at;
}

/**
 * Every text path of a scenario, as JSON Pointers in file order: each string of the data whose path matches a
 * text pattern. An optional text that is absent (a quote a red line does not have) is not listed.
 */
export function textPaths(data: ScenarioData): string[] {
  const out: string[] = [];
  const walk = (value: unknown, parts: string[]): void => {
    if (typeof value === 'string') {
      if (isTextPathShape(parts)) out.push(toPointer(parts));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    // Only a prefix of some text pattern can lead to a text: leave the rest (sources, economy numbers) unread.
    if (!TEXT_SPLIT.some((p) => p.length > parts.length && matches(parts, p.slice(0, parts.length)))) return;
    if (Array.isArray(value)) for (const [i, v] of value.entries()) walk(v, [...parts, String(i)]);
    else for (const [k, v] of Object.entries(value)) walk(v, [...parts, k]);
  };
  walk(data, []);
  return out;
}
