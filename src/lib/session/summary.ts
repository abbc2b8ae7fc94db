/**
 * What the import page shows per dropped file, from the bundle the pipeline made: the report it
 * became (body, year, format, finding counts, a few key figures, every finding), or why it was
 * rejected. Pure.
 */
import type { ExportBundle } from '../export/types';
import type { FormatVersion } from '../schema/columns';
import type { Finding, RejectionReason, Scope } from '../schema/types';

/** The figures shown for a parsed report: the headline measure of each table, both formats. */
export const KEY_COLUMNS: readonly string[] = [
  'permits',
  'penalties',
  'coercions',
  'fees_wan',
  'app_new_total',
  'app_outcome_total_total',
  'app_carried_out_total',
  'review_total',
  'suit_direct_total',
  'suit_after_review_total'
];

/** `fees_wan` exists in the 2021 format only; the other key columns in both. */
export function keyColumnsOf(format: FormatVersion): readonly string[] {
  return format === 2021 ? KEY_COLUMNS : KEY_COLUMNS.filter((c) => c !== 'fees_wan');
}

export interface ParsedFile {
  status: 'parsed';
  source: string;
  reportId: string;
  agency: string;
  agencyId: string;
  year: number;
  format: FormatVersion;
  scope: Scope;
  errors: number;
  warnings: number;
  keyCells: { column: string; value: number | null }[];
  /** Errors first, then warnings, each in the bundle's order. */
  findings: Finding[];
}

export interface RejectedFile {
  status: 'rejected';
  source: string;
  reason: RejectionReason;
  /** Chinese, then English. */
  message: string;
  /** For a duplicate: the file that was kept. */
  keptSource: string | null;
}

export type FileSummary = ParsedFile | RejectedFile;

/** One summary per source, in the order the files were dropped. */
export function summarizeImport(sources: readonly string[], bundle: ExportBundle): FileSummary[] {
  const reports = new Map(bundle.reports.map((r) => [r.source, r]));
  const rejections = new Map(bundle.rejections.map((r) => [r.source, r]));
  return sources.map((source): FileSummary => {
    const report = reports.get(source);
    if (report) {
      const findings = bundle.checks.filter((f) => f.report_id === report.report_id);
      return {
        status: 'parsed',
        source,
        reportId: report.report_id,
        agency: report.agency,
        agencyId: report.agency_id,
        year: report.year,
        format: report.format,
        scope: report.scope,
        errors: report.check_errors,
        warnings: report.check_warnings,
        keyCells: keyColumnsOf(report.format).map((column) => ({ column, value: report.numbers[column] ?? null })),
        findings: [...findings.filter((f) => f.severity === 'error'), ...findings.filter((f) => f.severity !== 'error')]
      };
    }
    const rejection = rejections.get(source);
    if (!rejection) throw new Error(`no report and no rejection for ${source}`);
    return {
      status: 'rejected',
      source,
      reason: rejection.reason,
      message: rejection.message,
      keptSource: rejection.kept_source
    };
  });
}

/** How many files became reports and how many were rejected. */
export function importCounts(files: readonly FileSummary[]): { parsed: number; rejected: number } {
  const parsed = files.filter((f) => f.status === 'parsed').length;
  return { parsed, rejected: files.length - parsed };
}
