/**
 * Parquet from CSV with @duckdb/node-api (Node only). The CSV is read with the contract's column
 * types stated explicitly (never sniffed: a column empty in every row would come back as text)
 * and copied out in file order. One thread and a fixed order make the same CSV give the same bytes.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { ColumnSpec } from './tables';

/** A SQL string literal; paths come from our own arguments but may hold quotes. */
function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** `{'name': 'TYPE', ...}` for read_csv's `columns`. Names come from the column dictionary. */
function columnsStruct(columns: readonly ColumnSpec[]): string {
  return `{${columns.map((c) => `${literal(c.name)}: ${literal(c.type)}`).join(', ')}}`;
}

export interface ParquetJob {
  csvPath: string;
  parquetPath: string;
  columns: readonly ColumnSpec[];
}

async function copyOne(conn: DuckDBConnection, job: ParquetJob): Promise<void> {
  const read = [
    `read_csv(${literal(job.csvPath)}`,
    'header = true',
    'auto_detect = false',
    "delim = ','",
    `quote = '"'`,
    `escape = '"'`,
    "nullstr = ''",
    "encoding = 'utf-8'",
    'strict_mode = true',
    `columns = ${columnsStruct(job.columns)})`
  ].join(', ');
  await conn.run(`COPY (SELECT * FROM ${read}) TO ${literal(job.parquetPath)} (FORMAT parquet, COMPRESSION snappy)`);
}

/** Write each job's Parquet file from its CSV, in order, in one single-threaded DuckDB. */
export async function writeParquetFiles(jobs: readonly ParquetJob[]): Promise<void> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const conn = await instance.connect();
  try {
    await conn.run('SET threads = 1');
    await conn.run('SET preserve_insertion_order = true');
    for (const job of jobs) await copyOne(conn, job);
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}
