/**
 * FORMAT.md rule 9 (2019 format): 本年新公开数量 <= 对外公开总数量, and 上一年项目数量 + 本年增/减 >= 0
 * (this year's number of items cannot be negative).
 */
import type { Finding, ReportRecord } from '../../schema/types';
import { allNull, numberText, sumCells } from '../cells';
import { finding } from '../finding';

const PUBLISHED = [
  { zh: '规章', published: 'f19_rules_published', total: 'f19_rules_total' },
  { zh: '规范性文件', published: 'f19_normative_published', total: 'f19_normative_total' }
] as const;

const ITEMS = [
  { zh: '行政许可', items: 'f19_permit_items', change: 'f19_permit_items_change' },
  { zh: '其他对外管理服务事项', items: 'f19_services_items', change: 'f19_services_items_change' },
  { zh: '行政处罚', items: 'f19_penalty_items', change: 'f19_penalty_items_change' },
  { zh: '行政强制', items: 'f19_coercion_items', change: 'f19_coercion_items_change' },
  { zh: '行政事业性收费', items: 'f19_fee_items', change: 'f19_fee_items_change' }
] as const;

export function checkF19Items(report: ReportRecord): Finding[] {
  const out: Finding[] = [];
  for (const r of PUBLISHED) {
    if (allNull(report, [r.published, r.total])) continue;
    const published = sumCells(report, [r.published]);
    const total = sumCells(report, [r.total]);
    if (published <= total) continue;
    out.push(
      finding(
        report,
        'f19_items',
        r.published,
        `<=${numberText(total)}`,
        numberText(published),
        `“${r.zh}”本年新公开数量（${numberText(published)}）不应大于对外公开总数量（${numberText(total)}）。`
      )
    );
  }
  for (const r of ITEMS) {
    if (allNull(report, [r.items, r.change])) continue;
    const now = sumCells(report, [r.items, r.change]);
    if (now >= 0) continue;
    out.push(
      finding(
        report,
        'f19_items',
        r.items,
        '>=0',
        numberText(now),
        `“${r.zh}”上一年项目数量加本年增/减为${numberText(now)}，项目数量不应小于0。`
      )
    );
  }
  return out;
}
