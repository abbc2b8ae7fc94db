/**
 * Build-time summaries: the answers to the queries the default views ask first, computed from the
 * bundled exports when the site is built, so the first view draws real numbers before duckdb-wasm
 * has loaded.
 */

/** One prerendered answer per query, keyed by `summaryKey(sql, params)`. */
export interface Summary {
  /** Content hash of every data file the answers were computed from (as in `virtual:nianbao-data`). */
  dataFiles: Record<string, string>;
  answers: Record<string, Record<string, unknown>[]>;
}
