/**
 * The class table's rows from the verdicts: figures from the replayed game's summary (never from what a code
 * claims); a code that did not verify shows only whose it says it is, its verdict and the reason.
 */
import { verdictReason } from '../classroom/reason.ts';
import type { StudentSummary } from '../classroom/summary.ts';
import type { Verdict } from '../model/code/verify.ts';
import type { ClassRow } from './sort.ts';

/** A tariff rate as the table writes it: 15 and "%" → "15%". */
export const formatRate = (rate: number, unit: string): string =>
  `${Number(rate.toFixed(2))}${unit === '%' ? '%' : ` ${unit}`}`;

/**
 * One entry's row. `sessionTitle` names a session the teacher has (null for one the teacher does not have, which
 * the row then shows by the id the code gives).
 */
export function rowOf(
  index: number,
  verdict: Verdict,
  summary: StudentSummary | null,
  sessionTitle: (id: string) => string | null = () => null,
): ClassRow {
  const reason = verdict.kind === 'verified' ? null : verdictReason(verdict, index - 1);
  const name = 'record' in verdict ? verdict.record.name : null;
  const sessionId = 'record' in verdict ? (verdict.record.session?.id ?? null) : null;
  const session = sessionId === null ? null : (sessionTitle(sessionId) ?? sessionId);
  if (!summary || (verdict.kind !== 'verified' && verdict.kind !== 'duplicate')) {
    return {
      index,
      name,
      verdict: verdict.kind,
      reason,
      session,
      side: null,
      difficulty: null,
      outcome: null,
      meetings: null,
      tariffs: null,
      tariffLevel: null,
      utility: [null, null],
      jobs: [null, null],
      approval: [null, null],
    };
  }
  const side = verdict.scenario.parties[summary.sideIndex].name;
  const rates = summary.tariffs;
  return {
    index,
    name: summary.name,
    verdict: verdict.kind,
    reason,
    session,
    side,
    difficulty: summary.opponent === 'human' ? null : summary.difficulty,
    outcome: summary.outcome,
    meetings: summary.meetings,
    tariffs: rates.length > 0 ? rates.map((r) => formatRate(r.rate, r.unit)).join(' · ') : null,
    tariffLevel: rates.length > 0 ? rates.reduce((s, r) => s + r.rate, 0) / rates.length : null,
    utility: summary.utilities,
    jobs: summary.jobs,
    approval: summary.approval,
  };
}
