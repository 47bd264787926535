/**
 * The semantic checks of events and of what schema version 2 adds: every effect's references (parties, groups,
 * issues, levels, meetings), an event's window, the bounds an effect's value needs, and that a version 1 file
 * uses none of version 2's fields (it would mean something else to an older game).
 */
import type { Problems } from './check.ts';
import type { JsonPath } from './problems.ts';
import type { ScenarioData } from './schema.ts';
import { V2_EFFECT_OPS } from './schema-events.ts';

/** The reference checks of check.ts, each reporting a missing target at its path. */
export interface Refs {
  readonly source: (ref: string, path: JsonPath) => void;
  readonly party: (ref: string | undefined, path: JsonPath) => void;
  readonly issue: (ref: string, path: JsonPath) => number | undefined;
  readonly level: (issue: number | undefined, ref: string, path: JsonPath) => void;
  readonly group: (party: string, ref: string, path: JsonPath) => number | undefined;
}

/** The highest value of each economy parameter an event may set (the file's own bounds). */
const ECONOMY_MAX = {
  elasticity: 20,
  importPassThrough: 1,
  retailPassThrough: 1,
  complianceLoss: 1,
} as const;

export function checkEvents(
  data: ScenarioData,
  problems: Problems,
  refs: Refs,
  meetings: ReadonlyMap<string, number>,
): void {
  const lastMeeting = data.meetings.length - 1;
  data.events.forEach((e, i) => {
    const path = ['events', i];
    const from = meetings.get(e.afterMeeting.from);
    const to = meetings.get(e.afterMeeting.to);
    if (from === undefined)
      problems.add(
        'UNKNOWN_MEETING',
        [...path, 'afterMeeting', 'from'],
        `no meeting "${e.afterMeeting.from}"`,
      );
    if (to === undefined)
      problems.add('UNKNOWN_MEETING', [...path, 'afterMeeting', 'to'], `no meeting "${e.afterMeeting.to}"`);
    if (from !== undefined && to !== undefined && from > to)
      problems.add('EVENT_WINDOW', [...path, 'afterMeeting'], '"from" comes after "to"');
    if (to !== undefined && to === lastMeeting)
      problems.add(
        'EVENT_WINDOW',
        [...path, 'afterMeeting', 'to'],
        'no event can fire after the last meeting: the deadline has come',
      );
    e.effects.forEach((f, fi) => {
      const fpath = [...path, 'effects', fi];
      switch (f.op) {
        case 'set-no-deal':
          refs.level(refs.issue(f.issue, [...fpath, 'issue']), f.level, [...fpath, 'level']);
          break;
        case 'adjust-threshold':
        case 'adjust-approval':
          refs.party(f.party, [...fpath, 'party']);
          break;
        case 'adjust-influence':
        case 'remove-red-line':
        case 'add-red-line':
        case 'set-weights': {
          refs.party(f.party, [...fpath, 'party']);
          const g = refs.group(f.party, f.group, [...fpath, 'group']);
          if (f.op === 'remove-red-line') refs.issue(f.issue, [...fpath, 'issue']);
          if (f.op === 'add-red-line')
            refs.level(refs.issue(f.issue, [...fpath, 'issue']), f.level, [...fpath, 'level']);
          if (f.op === 'set-weights' && g !== undefined) {
            const count = data.parties.find((p) => p.id === f.party)?.groups[g].concerns.length ?? 0;
            if (f.weights.length !== count)
              problems.add(
                'VALUES_COUNT',
                [...fpath, 'weights'],
                `needs one weight per concern of "${f.group}": ${count}, not ${f.weights.length}`,
              );
          }
          break;
        }
        case 'set-on-table':
          refs.issue(f.issue, [...fpath, 'issue']);
          break;
        case 'set-economy':
          if (f.value > ECONOMY_MAX[f.parameter])
            problems.add(
              'VALUE_OUT_OF_RANGE',
              [...fpath, 'value'],
              `${f.parameter} is from 0 to ${ECONOMY_MAX[f.parameter]}, not ${f.value}`,
            );
          break;
        case 'set-deadline': {
          refs.party(f.party, [...fpath, 'party']);
          const m = meetings.get(f.meeting);
          if (m === undefined)
            problems.add('UNKNOWN_MEETING', [...fpath, 'meeting'], `no meeting "${f.meeting}"`);
          else if (to !== undefined && m <= to)
            problems.add(
              'EVENT_WINDOW',
              [...fpath, 'meeting'],
              `the deadline must leave a meeting after the event: "${f.meeting}" is not after "${e.afterMeeting.to}"`,
            );
          break;
        }
      }
    });
  });
}

export function checkVersion2(data: ScenarioData, problems: Problems, refs: Refs): void {
  const v1 = data.schemaVersion === 1;
  const needs = (path: JsonPath, what: string) =>
    problems.add('NEEDS_VERSION_2', path, `${what} needs "schemaVersion": 2`);
  data.parties.forEach((p, pi) => {
    (p.publicRedLines ?? []).forEach((r, ri) => {
      const path = ['parties', pi, 'publicRedLines', ri];
      if (ri === 0 && v1) needs(['parties', pi, 'publicRedLines'], 'a red line announced at the start');
      if (r.source !== undefined) refs.source(r.source, [...path, 'source']);
      const j = refs.issue(r.issue, [...path, 'issue']);
      refs.level(j, r.level, [...path, 'level']);
    });
  });
  data.issues.forEach((iss, j) => {
    iss.levels.forEach((lv, l) => {
      const term = lv.takesEffect;
      if (!term) return;
      const path = ['issues', j, 'levels', l, 'takesEffect'];
      if (v1) needs(path, 'a term that takes effect later');
      if (term.source !== undefined) refs.source(term.source, [...path, 'source']);
      if (term.date === undefined && term.condition === undefined)
        problems.add('TERM_EMPTY', path, 'a term that takes effect later needs a date, a condition or both');
    });
  });
  if (!v1) return;
  data.events.forEach((e, i) => {
    e.effects.forEach((f, fi) => {
      if (V2_EFFECT_OPS.includes(f.op)) needs(['events', i, 'effects', fi, 'op'], `the effect "${f.op}"`);
    });
  });
}
