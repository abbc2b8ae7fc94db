/**
 * The repository's exports (data/exports/{real,demo}) read independently of the code under test:
 * CSV through papaparse, so sums computed here check the Parquet → duckdb-wasm path.
 * NIANBAO_EXPORTS may point elsewhere while developing; the committed tests use data/exports.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';

export const EXPORT_ROOT = resolve(process.env.NIANBAO_EXPORTS || 'data/exports');
export const ORIGIN_DIRS = ['real', 'demo'].map((origin) => join(EXPORT_ROOT, origin));

export type CsvRow = Record<string, string>;

export function readExportCsv(table: string): CsvRow[] {
  return ORIGIN_DIRS.flatMap((dir) => {
    const text = readFileSync(join(dir, `${table}.csv`), 'utf8').replace(/^\uFEFF/, '');
    const parsed = Papa.parse<CsvRow>(text, { header: true, skipEmptyLines: true });
    if (parsed.errors.length > 0) throw new Error(`${dir}/${table}.csv: ${parsed.errors[0]?.message}`);
    return parsed.data;
  });
}

/** A number cell: empty is NULL. */
export function num(cell: string | undefined): number | null {
  return cell === undefined || cell === '' ? null : Number(cell);
}

/** Sum with NULL as 0, plus the count of non-NULL cells. */
export function sumOf(rows: readonly CsvRow[], column: string): { sum: number; n: number } {
  let sum = 0;
  let n = 0;
  for (const row of rows) {
    const value = num(row[column]);
    if (value !== null) {
      sum += value;
      n += 1;
    }
  }
  return { sum, n };
}
