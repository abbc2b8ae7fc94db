/**
 * Loads the exports into DuckDB, the same way in the browser and in Node: each Parquet file is
 * decoded to Arrow by parquet-wasm (duckdb-wasm has no Parquet reader offline), inserted as a
 * scratch table, and every folder's copy of a table is combined with UNION ALL BY NAME and cast to
 * the types of the export contract, so a file that came through with a looser type still queries
 * the same.
 */
import type { ColumnType } from '../schema/columns';
import type { Engine } from './engine';
import { parquetFileName, TABLE_COLUMNS } from './tables';
import type { TableName } from './types';
import { inlineParams } from './sql-literals';

/** Parquet bytes → Arrow IPC stream bytes (parquet-wasm's `readParquet(bytes).intoIPCStream()`). */
export type ParquetDecoder = (parquet: Uint8Array) => Uint8Array;

/** One folder of exports (e.g. `real`, `demo`): `read` returns a file's bytes, or null if absent. */
export interface ExportSource {
  label: string;
  read(fileName: string): Promise<Uint8Array | null>;
}

/** Rows loaded per source label. */
export type LoadCounts = Record<string, number>;

const SAFE_NAME = /^[a-z][a-z0-9_]*$/;

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Column name → DuckDB type name (e.g. `DECIMAL(18,6)`) of a loaded table. */
export async function tableColumns(engine: Engine, table: string): Promise<Map<string, string>> {
  const result = await engine.run(
    inlineParams(
      'SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position',
      [table]
    )
  );
  return new Map(
    result.toArray().map((row) => {
      const { column_name, data_type } = row.toJSON();
      return [String(column_name), String(data_type)];
    })
  );
}

export async function countRows(engine: Engine, table: string): Promise<number> {
  const result = await engine.run(`SELECT count(*)::INTEGER AS n FROM ${quoteIdent(table)}`);
  return Number(result.toArray()[0]?.toJSON().n ?? 0);
}

/**
 * The select list that gives the contract's columns in order and type (NULL where no source has
 * one), then any extra columns the sources carry (later additions to the contract), by name.
 * `present` maps each column to the types the sources gave it; a column every source already
 * stores with the contract's type is not cast (casting 200 columns of a large table is slow).
 */
function typedSelect(
  contract: readonly (readonly [string, ColumnType])[],
  present: ReadonlyMap<string, ReadonlySet<string>>
): string {
  const known = new Set(contract.map(([name]) => name));
  const typed = contract.map(([name, type]) => {
    const types = present.get(name);
    if (!types) return `CAST(NULL AS ${type}) AS ${quoteIdent(name)}`;
    if (types.size === 1 && types.has(type)) return quoteIdent(name);
    return `CAST(${quoteIdent(name)} AS ${type}) AS ${quoteIdent(name)}`;
  });
  const extra = [...present.keys()].filter((name) => !known.has(name) && SAFE_NAME.test(name)).map(quoteIdent);
  return [...typed, ...extra].join(', ');
}

/**
 * Derived at load time, not in the export: the county's CURRENT name, taken from the latest report
 * whose division has not changed since (its division_code equals division_code_current). So the
 * 2019-2020 reports of 孟津县 (410322) and 吉利区 (410306) get 孟津区, the name of 410308 today.
 * A county with no such report keeps the name it had.
 */
function withCurrentCounty(typed: string): string {
  return `
  WITH typed AS (${typed}),
  names AS (
    SELECT division_code_current AS code, first(county ORDER BY year DESC, county) AS current_name
    FROM typed
    WHERE county IS NOT NULL AND division_code = division_code_current
    GROUP BY division_code_current
  )
  SELECT typed.*,
    CASE WHEN typed.county IS NULL THEN NULL ELSE coalesce(names.current_name, typed.county) END AS county_current
  FROM typed LEFT JOIN names ON names.code = typed.division_code_current`;
}

/** A loaded table (scratch or kept copy) to combine, optionally only the rows matching `where`. */
export interface CombinePart {
  name: string;
  /** A condition on the part's rows, built by the caller from fixed identifiers (never user text). */
  where?: string;
}

/**
 * Creates (or replaces) `table` from the union of `parts`, widened to every column any part has,
 * in the contract's order and types; `reports` also gets `county_current`. Parts are left in place.
 */
export async function combineParts(engine: Engine, table: TableName, parts: readonly CombinePart[]): Promise<void> {
  const present = new Map<string, Set<string>>();
  for (const part of parts) {
    for (const [column, type] of await tableColumns(engine, part.name)) {
      present.set(column, (present.get(column) ?? new Set()).add(type));
    }
  }
  // Each part is widened to the union of all columns, so BY NAME lines them up.
  const selects = parts.map((p) => `SELECT * FROM ${quoteIdent(p.name)}${p.where ? ` WHERE ${p.where}` : ''}`);
  const from = selects.length === 0 ? '(SELECT 1 WHERE FALSE)' : `(${selects.join(' UNION ALL BY NAME ')})`;
  const typed = `SELECT ${typedSelect(TABLE_COLUMNS[table], present)} FROM ${from}`;
  const body = table === 'reports' ? withCurrentCounty(typed) : typed;
  await engine.run(`CREATE OR REPLACE TABLE ${table} AS ${body}`);
}

/** Loads `table` from every source that has it into one DuckDB table; returns rows per source. */
export async function loadTable(
  engine: Engine,
  table: TableName,
  sources: readonly ExportSource[],
  decode: ParquetDecoder
): Promise<LoadCounts> {
  const counts: LoadCounts = {};
  const scratch: string[] = [];
  for (const [i, source] of sources.entries()) {
    const bytes = await source.read(parquetFileName(table));
    if (bytes === null) continue;
    const name = `__load_${table}_${i}`;
    await engine.run(`DROP TABLE IF EXISTS ${name}`);
    await engine.insertArrowIpc(name, decode(bytes));
    scratch.push(name);
    counts[source.label] = (counts[source.label] ?? 0) + (await countRows(engine, name));
  }
  await combineParts(
    engine,
    table,
    scratch.map((name) => ({ name }))
  );
  for (const name of scratch) await engine.run(`DROP TABLE ${name}`);
  return counts;
}
