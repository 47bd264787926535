/**
 * The teacher's data lives only in this browser, so the page keeps count of the changes made since the last
 * export (stored under its own key, so the reminder survives a reload) and asks the browser, once, to keep the
 * data safe from automatic clearing (navigator.storage.persist). Exporting or importing clears the count.
 * Never throws: a storage that is full or blocked only loses the count.
 */
import type { TeacherStorage } from './store.ts';

export const EXPORT_KEY = 'tariff-talks/teacher/v1/export';

export interface ExportMarker {
  /** Changes (a session, a scenario file, codes added or cleared) since the last export or import. */
  readonly changes: number;
}

function store(storage: TeacherStorage | null, marker: ExportMarker): ExportMarker {
  try {
    storage?.setItem(EXPORT_KEY, JSON.stringify(marker));
  } catch {
    // Full or blocked: the count is still shown for this visit.
  }
  return marker;
}

export function loadMarker(storage: TeacherStorage | null): ExportMarker {
  try {
    const value: unknown = JSON.parse(storage?.getItem(EXPORT_KEY) ?? 'null');
    const changes = (value as { changes?: unknown } | null)?.changes;
    if (typeof changes === 'number' && Number.isSafeInteger(changes) && changes >= 0) return { changes };
  } catch {
    // A damaged marker counts from zero.
  }
  return { changes: 0 };
}

/** One more change since the last export. */
export function noteChange(storage: TeacherStorage | null, marker: ExportMarker): ExportMarker {
  return store(storage, { changes: marker.changes + 1 });
}

/** The data was exported (or imported from a file): nothing is unexported. */
export function markExported(storage: TeacherStorage | null): ExportMarker {
  return store(storage, { changes: 0 });
}

export type Persistence = 'granted' | 'denied' | 'unsupported';

/** The part of navigator.storage used here. */
export interface PersistManager {
  persisted?(): Promise<boolean>;
  persist?(): Promise<boolean>;
}

/**
 * A function that asks the browser to keep the data (at most once: later calls give the first answer).
 * `unsupported` when the browser has no such request or it fails.
 */
export function requestPersistence(manager: PersistManager | undefined): () => Promise<Persistence> {
  let answer: Promise<Persistence> | null = null;
  const ask = async (): Promise<Persistence> => {
    if (!manager?.persist) return 'unsupported';
    try {
      if (manager.persisted && (await manager.persisted())) return 'granted';
      return (await manager.persist()) ? 'granted' : 'denied';
    } catch {
      return 'unsupported';
    }
  };
  return () => {
    answer ??= ask();
    return answer;
  };
}
