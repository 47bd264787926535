/**
 * The dashboard's entries: each handed-in code with its verdict, the replayed game's summary and its row in the
 * class table; which scenario the charts (and the table's headers) show; and the line that counts the verdicts.
 */
import { type StudentSummary, summaryOf } from '../classroom/summary.ts';
import { t } from '../i18n/page-catalog.ts';
import { countsInClass, VERDICTS, type Verdict, type VerdictKind } from '../model/code/verify.ts';
import type { Scenario } from '../model/scenario.ts';
import { rowOf } from './rows.ts';
import type { ClassRow } from './sort.ts';

export interface Entry {
  readonly code: string;
  readonly verdict: Verdict;
  readonly summary: StudentSummary | null;
  readonly row: ClassRow;
  /** The live server sent this code with its signature (live-results.ts): "verified by the server". */
  readonly server: boolean;
}

/** Names one version of a scenario among the class's: its id and hash, joined by "|". */
export const scenarioKey = (scenario: Scenario): string => `${scenario.id}|${scenario.hash}`;

/**
 * Each code beside its verdict (duplicates already marked), numbered from 1 as handed in; `sessionTitle` names
 * the teacher's sessions in the rows; `signed` tells the codes a live server sent with its signature.
 */
export function entriesOf(
  codes: readonly string[],
  verdicts: readonly Verdict[],
  sessionTitle: (id: string) => string | null = () => null,
  signed: ReadonlySet<string> = new Set(),
): Entry[] {
  return verdicts.map((verdict, i) => {
    const summary = summaryOf(verdict);
    const server = signed.has(codes[i]);
    const row = { ...rowOf(i + 1, verdict, summary, sessionTitle), server };
    return { code: codes[i], verdict, summary, row, server };
  });
}

/** The scenario the charts show: the one chosen, if the class played it, else the one most games played. */
export function mainScenario(entries: readonly Entry[], chosen: string | null): Scenario | null {
  const counted = new Map<string, { scenario: Scenario; n: number }>();
  for (const e of entries) {
    if (!countsInClass(e.verdict)) continue;
    const key = scenarioKey(e.verdict.scenario);
    const hit = counted.get(key) ?? { scenario: e.verdict.scenario, n: 0 };
    hit.n++;
    counted.set(key, hit);
  }
  const list = [...counted.entries()].sort((a, b) => b[1].n - a[1].n);
  const picked = list.find(([key]) => key === chosen) ?? list[0];
  return picked ? picked[1].scenario : null;
}

/** "12 codes: 10 verified, …", or that there are none yet. */
export function countsText(entries: readonly Entry[]): string {
  if (entries.length === 0) return t('teacher.codes.none');
  const byKind = new Map<VerdictKind, number>(VERDICTS.map((k) => [k, 0]));
  for (const e of entries) byKind.set(e.verdict.kind, (byKind.get(e.verdict.kind) ?? 0) + 1);
  const server = entries.filter((e) => e.server).length;
  const counts = t('teacher.codes.counts', {
    count: entries.length,
    verified: byKind.get('verified') ?? 0,
    tampered: byKind.get('tampered') ?? 0,
    other: byKind.get('other-version') ?? 0,
    otherSession: byKind.get('other-session') ?? 0,
    corrupt: byKind.get('corrupt') ?? 0,
    duplicate: byKind.get('duplicate') ?? 0,
  });
  return server > 0 ? `${counts} ${t('teacherLive.counts.server', { count: server })}` : counts;
}
