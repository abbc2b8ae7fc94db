/** The five export tables and the typed column list of each, from the one dictionary. */
import {
  CHECK_COLUMNS,
  PROVENANCE_COLUMNS,
  REJECTION_COLUMNS,
  REPORT_COLUMNS,
  SECTION_COLUMNS,
  type ColumnType
} from '../schema/columns';
import type { TableName } from './types';

/** In load order: `reports` first, because the first chart needs only it. */
export const TABLES: readonly TableName[] = ['reports', 'checks', 'sections', 'provenance', 'rejections'];

export const TABLE_COLUMNS: Record<TableName, readonly (readonly [string, ColumnType])[]> = {
  reports: REPORT_COLUMNS.map((c) => [c.name, c.type] as const),
  checks: CHECK_COLUMNS,
  sections: SECTION_COLUMNS,
  provenance: PROVENANCE_COLUMNS,
  rejections: REJECTION_COLUMNS
};

export function parquetFileName(table: TableName): string {
  return `${table}.parquet`;
}
