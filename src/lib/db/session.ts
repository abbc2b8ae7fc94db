/**
 * The browser session's own data: the user's export files (or reports parsed in the browser and
 * written as exports) loaded beside or instead of the bundled data, and back again. After every
 * change the query caches registered here are cleared and `dataVersion` goes up, which every
 * AsyncQuery depends on (ui/query.svelte.ts), so every view on screen queries again.
 *
 * The database module is imported only when a change is made, so importing this file (for
 * `dataVersion`) does not pull duckdb-wasm into a page's first load.
 */
import { writable, type Readable } from 'svelte/store';
import type { BrowserSession } from './browser';
import type { SqlParam, TableName } from './types';
import {
  csvHeader,
  isParquet,
  queryToIpc,
  UserExports,
  type AddMode,
  type AddResult,
  type UserExportFile
} from './user-exports';

export {
  csvHeader,
  isParquet,
  recogniseExportTable,
  validateExportColumns,
  type AddMode,
  type AddResult,
  type ColumnCheck,
  type UserExportFile
} from './user-exports';

const version = writable(0);
/** Goes up by one after every change of the loaded data. */
export const dataVersion: Readable<number> = { subscribe: version.subscribe };

export interface SessionSummary {
  mode: AddMode;
  /** Whether any user file is loaded. */
  hasUserData: boolean;
  /** Rows per table now loaded: from the bundled data (after replacements) and from the user. */
  rows: Partial<Record<TableName, { bundled: number; user: number }>>;
}

const summaryStore = writable<SessionSummary>({ mode: 'beside', hasUserData: false, rows: {} });
export const sessionSummary: Readable<SessionSummary> = { subscribe: summaryStore.subscribe };

const caches = new Set<{ clear(): void }>();

/** Registers a query cache (e.g. a QueryCoordinator) to be cleared whenever the data changes. */
export function clearOnDataChange(cache: { clear(): void }): () => void {
  caches.add(cache);
  return () => caches.delete(cache);
}

let opened: Promise<{ users: UserExports; session: BrowserSession; bundledRows: DatasetInfoRows }> | null = null;
type DatasetInfoRows = BrowserSession['info']['rows'];

function open() {
  opened ??= (async () => {
    const { getBrowserSession } = await import('./browser');
    const session = await getBrowserSession();
    // Every bundled table must be in before a copy of it is kept.
    await session.info.complete;
    const bundledRows = structuredClone(session.info.rows);
    return { users: new UserExports(session.engine, session.decode), session, bundledRows };
  })();
  opened.catch(() => {
    opened = null;
  });
  return opened;
}

/** Changes run one after another: a second upload waits for the first to finish. */
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
  const next = queue.then(task, task);
  queue = next.catch(() => undefined);
  return next;
}

async function afterChange(): Promise<void> {
  const { users, session, bundledRows } = await open();
  const counts = await users.counts();
  const rows: SessionSummary['rows'] = {};
  for (const [table, c] of Object.entries(counts) as [TableName, { bundled: number; user: number }][]) {
    rows[table] = c;
    // The per-folder split of the bundled rows still holds unless user reports replaced some.
    const original = bundledRows[table] ?? {};
    const originalTotal = Object.values(original).reduce((a, b) => a + b, 0);
    session.info.rows[table] = {
      ...(c.bundled === originalTotal ? original : c.bundled > 0 ? { bundled: c.bundled } : {}),
      ...(c.user > 0 ? { user: c.user } : {})
    };
  }
  summaryStore.set({ mode: users.currentMode, hasUserData: users.hasUserData, rows });
  for (const cache of caches) cache.clear();
  version.update((v) => v + 1);
}

/**
 * Loads export files of the EXPORT.md shape (CSV or Parquet, one table each) into the session's
 * database. `beside`: the bundled data stays and the files' rows join it (a report the files also
 * have is taken from the files); `instead`: only the user's files are shown until
 * `resetToBundled()`. Files already loaded by earlier calls stay; the latest call's mode applies.
 * A refused file (wrong columns, a value of the wrong type) is named in `errors` and does not stop
 * the others; `errors` also notes columns that were ignored.
 */
export function addUserExports(files: UserExportFile[], mode: AddMode): Promise<AddResult> {
  return serial(async () => {
    const { users } = await open();
    const result = await users.add(files, mode);
    await afterChange();
    return result;
  });
}

/** Drops every user file: the bundled data only, as on first load. */
export function resetToBundled(): Promise<void> {
  return serial(async () => {
    if (!opened) return;
    const { users } = await open();
    await users.reset();
    await afterChange();
  });
}

/**
 * Rows of a query as Arrow IPC bytes, for the Parquet download. The SQL must be built from
 * dictionary identifiers only; values are bound.
 */
export async function queryArrowIpc(sql: string, params: readonly SqlParam[]): Promise<Uint8Array> {
  const { getBrowserSession } = await import('./browser');
  const { engine } = await getBrowserSession();
  return serial(() => queryToIpc(engine, sql, params));
}

/** The column names of an export file: a CSV's header row, or a Parquet file's schema. */
export async function exportFileHeader(bytes: Uint8Array): Promise<string[]> {
  if (!isParquet(bytes)) return csvHeader(bytes);
  // Opening the database initialises parquet-wasm, whose schema reader this uses.
  const { getBrowserSession } = await import('./browser');
  await getBrowserSession();
  const [{ readSchema }, { tableFromIPC }] = await Promise.all([import('parquet-wasm/esm'), import('apache-arrow')]);
  return tableFromIPC(readSchema(bytes).intoIPCStream()).schema.fields.map((f) => f.name);
}
