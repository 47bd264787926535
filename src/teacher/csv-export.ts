/**
 * The dashboard's two CSV files: the results (a row for each code handed in, whatever its verdict) and every move
 * of the replayed games, named with the day they are saved. A button is disabled while it has nothing to save.
 * The files are written in the page's language (column names) and start with a UTF-8 BOM (src/classroom/csv.ts).
 */
import { movesCsv, resultsCsv } from '../classroom/csv.ts';
import { t } from '../i18n/page-catalog.ts';
import { button } from '../ui/dom.ts';
import type { Entry } from './class-entries.ts';
import { downloadText, localDay } from './download.ts';

const CSV_TYPE = 'text/csv;charset=utf-8';

export interface CsvExport {
  /** The results button, then the moves button. */
  readonly elements: readonly HTMLButtonElement[];
  /** Enables each button when the entries give it something to save. */
  refresh(): void;
}

/** E.g. "tariff-talks-results-2025-07-22.csv" (the day on this computer's calendar). */
function csvName(kind: 'results' | 'moves'): string {
  return `tariff-talks-${kind}-${localDay(new Date())}.csv`;
}

export function csvExport(entries: () => readonly Entry[]): CsvExport {
  const results = button(t('teacher.csv.results'), () => {
    const list = entries();
    downloadText(
      resultsCsv(
        list.map((e) => e.verdict),
        list.map((e) => e.code),
        list.map((e) => e.server),
      ),
      csvName('results'),
      CSV_TYPE,
    );
  });
  const moves = button(t('teacher.csv.moves'), () => {
    downloadText(movesCsv(entries().map((e) => e.verdict)), csvName('moves'), CSV_TYPE);
  });
  const refresh = () => {
    const list = entries();
    results.disabled = list.length === 0;
    moves.disabled = !list.some((e) => e.summary !== null);
  };
  return { elements: [results, moves], refresh };
}
