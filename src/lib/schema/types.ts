/** Shared data types of the export contract: the parser, the writer, the queries and the views use these. */
import type { FormatVersion } from './columns';

export type BodyKind = 'government' | 'office' | 'department' | 'township' | 'other';
export type Level = 'national' | 'province' | 'city' | 'county' | 'township';
export type Scope = 'agency' | 'jurisdiction';
export type Origin = 'real' | 'demo';
export type Severity = 'error' | 'warning';

export interface ReportIdentity {
  report_id: string;
  agency_id: string;
  year: number;
  agency: string;
  body_kind: BodyKind;
  province: string | null;
  city: string | null;
  county: string | null;
  division_code: string | null;
  division_code_current: string | null;
  level: Level | null;
  scope: Scope;
  format: FormatVersion;
  origin: Origin;
  /** ISO date `YYYY-MM-DD`. */
  published_date: string | null;
  source: string;
  source_url: string | null;
  source_sha256: string;
  check_errors: number;
  check_warnings: number;
}

/** Values of the number columns, keyed by export column name; NULL where the report leaves a cell blank. */
export type ReportNumbers = Record<string, number | null>;

/** One row of `reports`. */
export interface ReportRecord extends ReportIdentity {
  numbers: ReportNumbers;
}

/** Rule ids of the `checks` export (EXPORT.md). */
export type RuleId =
  | 'balance'
  | 'outcome_sum'
  | 'applicant_sum'
  | 'review_sum'
  | 'non_negative'
  | 'carry_over'
  | 'stock'
  | 'rules_level'
  | 'f19_items'
  | 'prose_mismatch'
  | 'near_duplicate'
  | 'blank_cell'
  | 'ambiguous_digits'
  | 'unknown_label'
  | 'missing_table'
  | 'format_mixed'
  | 'unit_unknown';

/** One row of `checks`. */
export interface Finding {
  report_id: string;
  rule: RuleId;
  severity: Severity;
  column: string | null;
  expected: string | null;
  actual: string | null;
  /** One sentence in Chinese that a supervisor understands. */
  message: string;
}

/** One row of `sections`: the prose of 一 (1), 五 (5) and 六 (6). */
export interface SectionText {
  report_id: string;
  section: 1 | 5 | 6;
  text: string;
}

/** One row of `provenance`. */
export interface Provenance {
  report_id: string;
  column: string;
  /** `page 3`, `line 57`, `table 2 row 5 col 3`. */
  location: string;
  raw: string;
}

export type RejectionReason =
  'unreadable' | 'not_a_report' | 'no_text_layer' | 'unsupported_kind' | 'duplicate' | 'too_large' | 'empty';

/** One row of `rejections`. */
export interface Rejection {
  source: string;
  sha256: string;
  reason: RejectionReason;
  /** Chinese, then English. */
  message: string;
  kept_source: string | null;
}
