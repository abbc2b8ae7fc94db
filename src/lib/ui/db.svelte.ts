/**
 * The dashboard's handle on the in-browser database and the filter options, as reactive state.
 * The engine module is imported dynamically so the first paint does not wait for duckdb-wasm.
 */
import { dataVersion } from '../db/session';
import type { DatasetInfo, QueryRunner } from '../db/types';
import type { FilterOptions } from '../queries/types';

export type Db = QueryRunner & { info: DatasetInfo };

export interface DbSnapshot {
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  runner: Db | null;
  options: FilterOptions | null;
}

// $state.raw: the runner must not be wrapped in a deep proxy.
let snapshot = $state.raw<DbSnapshot>({ status: 'idle', error: null, runner: null, options: null });

export const db = {
  get current(): DbSnapshot {
    return snapshot;
  }
};

let started: Promise<void> | null = null;

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Start the database once; later calls share the same start. */
export function startDb(): Promise<void> {
  if (started) return started;
  snapshot = { ...snapshot, status: 'loading', error: null };
  started = (async () => {
    try {
      const [{ getBrowserDb }, { filterOptions }, { withPrerendered }] = await Promise.all([
        import('../db/browser'),
        import('../queries/options'),
        import('../summary/client')
      ]);
      // Build-time answers (src/lib/summary) let the first view draw while the engine loads; the
      // runner stays the same object when the engine is ready, so nothing is asked twice.
      const runner = withPrerendered(getBrowserDb());
      const options = await filterOptions(runner);
      snapshot = { status: 'loading', error: null, runner, options };
      await runner.ready;
      snapshot = { status: 'ready', error: null, runner, options };
      // Imported reports or loaded exports can bring years, regions and kinds of body the bundled
      // data lacks: the filter lists follow every change of the loaded data.
      let seen: number | null = null;
      dataVersion.subscribe((version) => {
        if (seen !== null && version !== seen) void refreshOptions(runner, filterOptions);
        seen = version;
      });
    } catch (e) {
      snapshot = { status: 'error', error: errorMessage(e), runner: null, options: null };
    }
  })();
  return started;
}

/** Refreshes started so far: only the latest one's answer is kept (two quick changes may answer out of order). */
let refreshes = 0;

/** New filter options after a data change; a failed refresh keeps the lists that were there. */
async function refreshOptions(runner: Db, load: (runner: Db) => Promise<FilterOptions>): Promise<void> {
  const refresh = ++refreshes;
  try {
    const options = await load(runner);
    if (refresh === refreshes && snapshot.runner === runner) snapshot = { ...snapshot, options };
  } catch {
    // The views report query errors themselves; the old lists stay usable.
  }
}
