/**
 * Consistency checks of FORMAT.md, as `checks` findings (EXPORT.md). Pure: runs in Node and in the
 * browser. Single-report rules run per report as it is parsed; rules across reports run once over all.
 */
import type { Finding, ReportRecord, SectionText } from '../schema/types';
import { groupByAgency, withPreviousYear } from './history';
import { checkApplicantSum } from './rules/applicant-sum';
import { checkBalance } from './rules/balance';
import { checkCarryOver } from './rules/carry-over';
import { checkF19Items } from './rules/f19-items';
import { checkNearDuplicates } from './rules/near-duplicate';
import { checkNonNegative } from './rules/non-negative';
import { checkOutcomeSum } from './rules/outcome-sum';
import { checkProseMismatch } from './rules/prose-mismatch';
import { checkReviewSum } from './rules/review-sum';
import { checkRulesLevel } from './rules/rules-level';
import { checkStock } from './rules/stock';

export { narrativeSimilarity } from './similarity/shingles';
export { RULE_SEVERITY, type CheckRuleId } from './finding';

/**
 * Single-report rules (FORMAT.md 1-5, 8, 9, 10). `prose` is the report's text outside its tables;
 * `proseIsNfkc` says it is NFKC-normalised already (the parser's prose usually is), sparing a scan.
 */
export function checkReport(report: ReportRecord, context: { prose: string; proseIsNfkc?: boolean }): Finding[] {
  return [
    ...checkBalance(report),
    ...checkOutcomeSum(report),
    ...checkApplicantSum(report),
    ...checkReviewSum(report),
    ...checkNonNegative(report),
    ...checkRulesLevel(report),
    ...checkF19Items(report),
    ...checkProseMismatch(report, context.prose, context.proseIsNfkc ?? false)
  ];
}

/** Rules across reports: carry_over (6), stock (7), near_duplicate (11). */
export function checkAcrossReports(reports: readonly ReportRecord[], sections: readonly SectionText[]): Finding[] {
  const out: Finding[] = [];
  for (const { report, previous } of withPreviousYear(groupByAgency(reports))) {
    out.push(...checkCarryOver(report, previous), ...checkStock(report, previous));
  }
  out.push(...checkNearDuplicates(reports, sections));
  return out;
}
