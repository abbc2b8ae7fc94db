/**
 * One query API for Node (tests, duckdb-wasm's blocking build) and the browser (duckdb-wasm in a
 * Web Worker). Values come back as plain JS: BIGINT/HUGEINT/DECIMAL converted to number, DATE to
 * `YYYY-MM-DD` strings.
 */
export type SqlParam = string | number | boolean | null;

export interface QueryRunner {
  query<Row extends Record<string, unknown>>(sql: string, params?: readonly SqlParam[]): Promise<Row[]>;
}

/** The five export tables (docs/EXPORT.md), as named in DuckDB. */
export type TableName = 'reports' | 'checks' | 'sections' | 'provenance' | 'rejections';

/** What the dashboard knows about the loaded data. */
export interface DatasetInfo {
  /**
   * Rows per table and origin (`real`/`demo`; rows whose table has no origin column, i.e. every
   * table but `reports`, are counted under the folder they came from). `reports` is known as soon
   * as the runner resolves; the other tables load in the background and appear here when loaded.
   */
  rows: Partial<Record<TableName, Record<string, number>>>;
  /** When the data was built (ISO date or timestamp), if data/exports/manifest.json says. */
  builtAt: string | null;
  /** Resolves when every table is loaded (rejects if one fails). */
  complete: Promise<void>;
}

/** Loading state of the browser database, for the UI's loading and error states. */
export type DbState = 'idle' | 'loading' | 'ready' | { error: string };
