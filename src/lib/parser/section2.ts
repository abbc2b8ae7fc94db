/**
 * Section 二 (proactive disclosure): which columns each printed row holds in each format, and the
 * units of its money cells (fees in 万元; the 2019 procurement amount in 元).
 */
import type { FormatVersion } from '../schema/columns';
import type { TableSpec, RowSpec } from './table';

const ROWS_2021: readonly RowSpec[] = [
  { id: 'rules', columns: ['rules_issued', 'rules_repealed', 'rules_in_force'] },
  { id: 'normative', columns: ['normative_issued', 'normative_repealed', 'normative_in_force'] },
  { id: 'permits', columns: ['permits'] },
  { id: 'penalties', columns: ['penalties'] },
  { id: 'coercions', columns: ['coercions'] },
  { id: 'fees', columns: ['fees_wan'] }
];

const ROWS_2019: readonly RowSpec[] = [
  { id: 'rules', columns: ['f19_rules_made', 'f19_rules_published', 'f19_rules_total'] },
  { id: 'normative', columns: ['f19_normative_made', 'f19_normative_published', 'f19_normative_total'] },
  { id: 'permits', columns: ['f19_permit_items', 'f19_permit_items_change', 'permits'] },
  { id: 'services', columns: ['f19_services_items', 'f19_services_items_change', 'f19_services_decisions'] },
  { id: 'penalties', columns: ['f19_penalty_items', 'f19_penalty_items_change', 'penalties'] },
  { id: 'coercions', columns: ['f19_coercion_items', 'f19_coercion_items_change', 'coercions'] },
  { id: 'fees', columns: ['f19_fee_items', 'f19_fee_items_change'] },
  { id: 'procurement', columns: ['f19_procurement_projects', 'f19_procurement_amount'] }
];

/** 2019: 本年新公开数量 <= 对外公开总数量 (FORMAT.md rule 9) narrows split runs of 规章/规范性文件. */
function rowRule(row: string, v: (number | null)[]): boolean {
  if ((row === 'rules' || row === 'normative') && v.length === 3 && v[1] !== null && v[2] !== null) {
    return v[1] <= v[2];
  }
  return true;
}

const SPECS: Record<FormatVersion, TableSpec> = {
  2019: { rows: ROWS_2019, unlabeledMinCells: null, rowRule, tableRules: [] },
  2021: { rows: ROWS_2021, unlabeledMinCells: null, rowRule, tableRules: [] }
};

export function section2Spec(format: FormatVersion): TableSpec {
  return SPECS[format];
}

/** The unit the header prints for the procurement amount, if any: `采购总金额(万元)`. */
export function procurementHeaderUnit(regionText: string): 'yuan' | 'wan' | null {
  const m = /采购总金额\s*\(\s*(?:单位\s*[:：]\s*)?(万元|元)\s*\)/.exec(regionText);
  return m ? (m[1] === '万元' ? 'wan' : 'yuan') : null;
}
