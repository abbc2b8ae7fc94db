/** Browser-safe part of the export writer (no Node APIs). Node callers use write.ts. */
export { toCsv, rowsToCsv, textCsv, type CsvOptions } from './csv';
export { cellText, isFormulaLike, neutraliseFormula, CellError } from './cells';
export {
  exportTable,
  exportTables,
  EXPORT_COLUMNS,
  EXPORT_TABLE_NAMES,
  type Cell,
  type ColumnSpec,
  type ExportTable,
  type ExportTableName
} from './tables';
export type { ExportBundle } from './types';
