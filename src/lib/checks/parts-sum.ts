/**
 * The shape of FORMAT.md rules 3 and 4: in each group of cells, a total equals the sum of its parts.
 * A group whose cells are all blank is not checked; blank parts count as 0 (sumCells).
 */
import type { Finding, ReportRecord } from '../schema/types';
import { allNull, numberText, sumCells } from './cells';
import { finding, type CheckRuleId } from './finding';

export interface PartsSumGroup {
  /** The group's name, for the message. */
  label: string;
  parts: readonly string[];
  total: string;
  /** Parts and total: the group is skipped when all of them are blank. */
  all: readonly string[];
}

/** A group's column names, built once per module rather than per report. */
export function partsSumGroup(label: string, parts: readonly string[], total: string): PartsSumGroup {
  return { label, parts, total, all: [...parts, total] };
}

/** One finding per group whose total differs from the sum of its parts, named on its first part. */
export function checkPartsSum(
  report: ReportRecord,
  rule: CheckRuleId,
  groups: readonly PartsSumGroup[],
  message: (label: string, expected: string, actual: string) => string
): Finding[] {
  const out: Finding[] = [];
  for (const { label, parts, total, all } of groups) {
    if (allNull(report, all)) continue;
    const expected = sumCells(report, parts);
    const actual = sumCells(report, [total]);
    if (expected === actual) continue;
    const e = numberText(expected);
    const a = numberText(actual);
    out.push(finding(report, rule, parts[0], e, a, message(label, e, a)));
  }
  return out;
}
