/**
 * The five exports of EXPORT.md as plain tables: column specs (name + type, from the one
 * dictionary in schema/columns.ts) and rows of cells in that column order. Pure.
 */
import {
  CHECK_COLUMNS,
  PROVENANCE_COLUMNS,
  REJECTION_COLUMNS,
  REPORT_COLUMNS,
  SECTION_COLUMNS,
  type ColumnType
} from '../schema/columns';
import type { Finding, Provenance, Rejection, ReportRecord, SectionText } from '../schema/types';
import type { ExportBundle } from './types';

export type ExportTableName = 'reports' | 'checks' | 'sections' | 'provenance' | 'rejections';

/** Table names in the order they are written. */
export const EXPORT_TABLE_NAMES: readonly ExportTableName[] = [
  'reports',
  'checks',
  'sections',
  'provenance',
  'rejections'
];

export interface ColumnSpec {
  name: string;
  type: ColumnType;
}

/** A cell before formatting: text, a number (BigInt from query results), or NULL. */
export type Cell = string | number | bigint | null;

export interface ExportTable {
  name: ExportTableName;
  columns: readonly ColumnSpec[];
  rows: readonly (readonly Cell[])[];
}

function specs(columns: readonly (readonly [string, ColumnType])[]): readonly ColumnSpec[] {
  return columns.map(([name, type]) => ({ name, type }));
}

/** Column specs of each export, in contract order. */
export const EXPORT_COLUMNS: Readonly<Record<ExportTableName, readonly ColumnSpec[]>> = {
  reports: REPORT_COLUMNS.map((c) => ({ name: c.name, type: c.type })),
  checks: specs(CHECK_COLUMNS),
  sections: specs(SECTION_COLUMNS),
  provenance: specs(PROVENANCE_COLUMNS),
  rejections: specs(REJECTION_COLUMNS)
};

const IDENTITY_KEYS = new Set(REPORT_COLUMNS.filter((c) => c.group === 'identity').map((c) => c.name));

function reportRow(r: ReportRecord): Cell[] {
  return REPORT_COLUMNS.map((c): Cell => {
    if (IDENTITY_KEYS.has(c.name)) {
      const v = (r as unknown as Record<string, unknown>)[c.name];
      return typeof v === 'string' || typeof v === 'number' ? v : null;
    }
    return r.numbers[c.name] ?? null;
  });
}

const checkRow = (f: Finding): Cell[] => [f.report_id, f.rule, f.severity, f.column, f.expected, f.actual, f.message];
const sectionRow = (s: SectionText): Cell[] => [s.report_id, s.section, s.text];
const provenanceRow = (p: Provenance): Cell[] => [p.report_id, p.column, p.location, p.raw];
const rejectionRow = (r: Rejection): Cell[] => [r.source, r.sha256, r.reason, r.message, r.kept_source];

/** One export of the bundle as a table, rows in the bundle's order (the pipeline sorts them). */
export function exportTable(bundle: ExportBundle, name: ExportTableName): ExportTable {
  const columns = EXPORT_COLUMNS[name];
  switch (name) {
    case 'reports':
      return { name, columns, rows: bundle.reports.map(reportRow) };
    case 'checks':
      return { name, columns, rows: bundle.checks.map(checkRow) };
    case 'sections':
      return { name, columns, rows: bundle.sections.map(sectionRow) };
    case 'provenance':
      return { name, columns, rows: bundle.provenance.map(provenanceRow) };
    case 'rejections':
      return { name, columns, rows: bundle.rejections.map(rejectionRow) };
  }
}

/** All five exports, in EXPORT_TABLE_NAMES order. */
export function exportTables(bundle: ExportBundle): ExportTable[] {
  return EXPORT_TABLE_NAMES.map((name) => exportTable(bundle, name));
}
