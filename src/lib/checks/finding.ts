import type { Finding, ReportRecord, RuleId, Severity } from '../schema/types';

/** Severity of each rule this module emits (EXPORT.md): FORMAT.md rules 1-5 are errors, 6-11 warnings. */
export const RULE_SEVERITY = {
  balance: 'error',
  outcome_sum: 'error',
  applicant_sum: 'error',
  review_sum: 'error',
  non_negative: 'error',
  carry_over: 'warning',
  stock: 'warning',
  rules_level: 'warning',
  f19_items: 'warning',
  prose_mismatch: 'warning',
  near_duplicate: 'warning'
} as const satisfies Partial<Record<RuleId, Severity>>;

export type CheckRuleId = keyof typeof RULE_SEVERITY;

export function finding(
  report: Pick<ReportRecord, 'report_id'>,
  rule: CheckRuleId,
  column: string | null,
  expected: string | null,
  actual: string | null,
  message: string
): Finding {
  return { report_id: report.report_id, rule, severity: RULE_SEVERITY[rule], column, expected, actual, message };
}
