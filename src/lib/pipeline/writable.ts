/**
 * Whether a parsed report can be written as the contract says (whole counts, finite decimals,
 * ISO dates). A parser slip on one file must reject that file, not stop the whole export.
 */
import { cellText } from '../export/cells';
import { exportTable } from '../export/tables';
import type { ReportRecord } from '../schema/types';

/** The first problem that would stop the writer, or null. */
export function unwritableReason(report: ReportRecord): string | null {
  const table = exportTable({ reports: [report], checks: [], sections: [], provenance: [], rejections: [] }, 'reports');
  const row = table.rows[0];
  try {
    table.columns.forEach((c, i) => cellText(row[i] ?? null, c.type, c.name, false));
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
