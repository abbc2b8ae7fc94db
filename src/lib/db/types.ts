/**
 * One query API for Node (tests, duckdb-wasm's blocking build) and the browser (duckdb-wasm in a
 * Web Worker). Values come back as plain JS: BIGINT/HUGEINT/DECIMAL converted to number, DATE to
 * `YYYY-MM-DD` strings.
 */
export type SqlParam = string | number | boolean | null;

export interface QueryRunner {
  query<Row extends Record<string, unknown>>(sql: string, params?: readonly SqlParam[]): Promise<Row[]>;
}
