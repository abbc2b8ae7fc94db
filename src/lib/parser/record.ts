/** The `reports` row: identity columns and every number column (NULL outside the report's format). */
import { NUMBER_COLUMNS, type FormatVersion } from '../schema/columns';
import type { Finding, Origin, ReportNumbers, ReportRecord } from '../schema/types';
import type { ResolvedIdentity } from '../identity/types';

const NAMES = NUMBER_COLUMNS.map((c) => c.name);

export function emptyNumbers(): ReportNumbers {
  // A loop: copying a 200-key template (Object.assign or spread) measured several times slower.
  const out: ReportNumbers = {};
  for (const name of NAMES) out[name] = null;
  return out;
}

const OUTSIDE: Record<FormatVersion, ReadonlySet<string>> = {
  2019: new Set(NUMBER_COLUMNS.filter((c) => !c.formats.includes(2019)).map((c) => c.name)),
  2021: new Set(NUMBER_COLUMNS.filter((c) => !c.formats.includes(2021)).map((c) => c.name))
};

/** Columns of the other format version stay NULL (EXPORT.md). */
export function columnsOutsideFormat(format: FormatVersion): ReadonlySet<string> {
  return OUTSIDE[format];
}

export function reportId(year: number, agencyId: string, scope: string): string {
  return `${year}-${agencyId}-${scope}`;
}

export function buildRecord(args: {
  identity: ResolvedIdentity;
  year: number;
  format: FormatVersion;
  origin: Origin;
  source: string;
  sha256: string;
  publishedDate: string | null;
  sourceUrl: string | null;
  numbers: ReportNumbers;
}): ReportRecord {
  const id = args.identity;
  return {
    report_id: reportId(args.year, id.agency_id, id.scope),
    agency_id: id.agency_id,
    year: args.year,
    agency: id.agency,
    body_kind: id.body_kind,
    province: id.province,
    city: id.city,
    county: id.county,
    division_code: id.division_code,
    division_code_current: id.division_code_current,
    level: id.level,
    scope: id.scope,
    format: args.format,
    origin: args.origin,
    published_date: id.published_date ?? args.publishedDate,
    source: args.source,
    source_url: id.source_url ?? args.sourceUrl,
    source_sha256: args.sha256,
    check_errors: 0,
    check_warnings: 0,
    numbers: args.numbers
  };
}

export function countFindings(report: ReportRecord, findings: readonly Finding[]): void {
  report.check_errors = findings.filter((f) => f.severity === 'error').length;
  report.check_warnings = findings.filter((f) => f.severity === 'warning').length;
}
