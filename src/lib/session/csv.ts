/**
 * The parsed bundle as CSV in the export contract's shape, with the project's one CSV writer:
 * for the user to download, and as the files handed to the dashboard's session data.
 */
import { exportTable, exportTables, toCsv, type ExportTableName } from '../export/index';
import type { ExportBundle } from '../export/types';
import type { UserExportFile } from '../db/user-exports';

/** The tables offered for download. */
export const DOWNLOAD_TABLES: readonly ExportTableName[] = ['reports', 'checks', 'provenance', 'rejections'];

/** A CSV to save: formula-safe, with a BOM so spreadsheets read it as UTF-8 (EXPORT.md). */
export function downloadCsv(bundle: ExportBundle, table: ExportTableName): string {
  return toCsv(exportTable(bundle, table));
}

/** File name of a downloaded table, e.g. `nianbao-import-reports.csv`. */
export function downloadName(table: ExportTableName): string {
  return `nianbao-import-${table}.csv`;
}

/**
 * Every non-empty table of the bundle as CSV for the dashboard's database. Text is kept exactly
 * (no formula quoting, which is for spreadsheets) so the dashboard shows what the report says.
 */
export function sessionFiles(bundle: ExportBundle): UserExportFile[] {
  const encoder = new TextEncoder();
  return exportTables(bundle)
    .filter((t) => t.rows.length > 0)
    .map((t) => ({
      table: t.name,
      name: `${t.name}.csv`,
      bytes: encoder.encode(toCsv(t, { formulaSafe: false, bom: false }))
    }));
}
