/** Read export files back with @duckdb/node-api, for the writer and ingest tests. */
import { DuckDBInstance } from '@duckdb/node-api';

export type Row = Record<string, unknown>;

export async function withDuckDb<T>(fn: (query: (sql: string) => Promise<Row[]>) => Promise<T>): Promise<T> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    return await fn(async (sql) => (await conn.runAndReadAll(sql)).getRowObjectsJS() as Row[]);
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

/** `name type` of every column of a Parquet file, in order. */
export async function parquetSchema(path: string): Promise<string[]> {
  return withDuckDb(async (q) =>
    (await q(`DESCRIBE SELECT * FROM read_parquet('${path.replace(/'/g, "''")}')`)).map(
      (r) => `${String(r.column_name)} ${String(r.column_type)}`
    )
  );
}
