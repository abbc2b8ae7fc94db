/**
 * FORMAT.md rule 8: only provincial governments and 设区的市/自治州 governments make 规章, so 规章 > 0
 * from a county-level or township-level body (a county department, a district, a township) is almost
 * surely a misfiled number. One finding per report, on the first such column.
 */
import type { Finding, ReportRecord } from '../../schema/types';
import { cell, numberText } from '../cells';
import { finding } from '../finding';
import { columnZh } from '../labels';

const RULE_COLUMNS = [
  'rules_issued',
  'rules_repealed',
  'rules_in_force',
  'f19_rules_made',
  'f19_rules_published',
  'f19_rules_total'
] as const;

const LEVEL_ZH = { county: '县级', township: '乡镇级' } as const;

/** The body's level; a township body whose level the identity step could not place is still a township. */
function levelOf(report: ReportRecord): ReportRecord['level'] {
  return report.level ?? (report.body_kind === 'township' ? 'township' : null);
}

export function checkRulesLevel(report: ReportRecord): Finding[] {
  const level = levelOf(report);
  if (level !== 'county' && level !== 'township') return [];
  const column = RULE_COLUMNS.find((c) => (cell(report, c) ?? 0) > 0);
  if (!column) return [];
  const value = numberText(cell(report, column) ?? 0);
  return [
    finding(
      report,
      'rules_level',
      column,
      '0',
      value,
      `${LEVEL_ZH[level]}机关无权制定规章，但“${columnZh(column)}”填报为${value}，很可能有误。`
    )
  ];
}
