/**
 * CSV text of an export table (pure; runs in the browser too): UTF-8 BOM, header of the contract's
 * column names, `\n` line ends (also after the last row), NULL as an empty cell. See cells.ts for
 * how each type is printed and docs/export-notes.md for the formula-safety rule.
 */
import Papa from 'papaparse';
import { cellText } from './cells';
import type { Cell, ColumnSpec, ExportTable } from './tables';

const BOM = '\uFEFF';

export interface CsvOptions {
  /** Neutralise formula-like text (default true). False only for the writer's own Parquet staging file. */
  formulaSafe?: boolean;
  /** Start with a UTF-8 BOM so spreadsheets detect the encoding (default true). */
  bom?: boolean;
}

/**
 * CSV of cells that are text already (formula safety is the caller's): the BOM unless `bom` is
 * false, a header row, `\n` line ends (also after the last row), quotes only where CSV needs them.
 */
export function textCsv(fields: readonly string[], data: readonly (readonly string[])[], bom = true): string {
  const body = Papa.unparse(
    // Papa only reads them (no copy of a whole export's rows for the sake of `readonly`).
    { fields: fields as string[], data: data as string[][] },
    { newline: '\n', quotes: false, escapeFormulae: false, header: true }
  );
  return `${bom ? BOM : ''}${body}\n`;
}

function render(columns: readonly ColumnSpec[], rows: readonly (readonly Cell[])[], options: CsvOptions): string {
  const safe = options.formulaSafe ?? true;
  // Formulae are handled per type by cellText.
  const data = rows.map((row) => columns.map((c, i) => cellText(row[i] ?? null, c.type, c.name, safe)));
  return textCsv(
    columns.map((c) => c.name),
    data,
    options.bom !== false
  );
}

/** The CSV of one export table. */
export function toCsv(table: ExportTable, options: CsvOptions = {}): string {
  return render(table.columns, table.rows, options);
}

/**
 * The CSV of arbitrary rows (the dashboard's "export the filtered rows"): `columns` name and type
 * each column, `rows` are objects keyed by column name; missing or undefined values are NULL.
 */
export function rowsToCsv(columns: readonly ColumnSpec[], rows: readonly Record<string, unknown>[]): string {
  const cells = rows.map((row) => columns.map((c) => toCell(row[c.name])));
  return render(columns, cells, {});
}

function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  // Query results may hold BigInt (DuckDB BIGINT/HUGEINT, kept exact) or Date (DATE).
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'bigint') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}
