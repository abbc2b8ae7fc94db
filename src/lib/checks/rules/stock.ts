/**
 * FORMAT.md rule 7 (2021 format): 现行有效 ≈ last year's 现行有效 + 本年制发 − 本年废止. Stocks are
 * often recounted, so warn only when off by more than 2 AND by more than 10% of the expected stock.
 */
import type { Finding, ReportRecord } from '../../schema/types';
import { cell, numberText } from '../cells';
import { finding } from '../finding';

const STOCKS = [
  { zh: '规章', issued: 'rules_issued', repealed: 'rules_repealed', inForce: 'rules_in_force' },
  {
    zh: '行政规范性文件',
    issued: 'normative_issued',
    repealed: 'normative_repealed',
    inForce: 'normative_in_force'
  }
] as const;

export const STOCK_ABSOLUTE_TOLERANCE = 2;
export const STOCK_RELATIVE_TOLERANCE = 0.1;

export function checkStock(report: ReportRecord, previous: ReportRecord): Finding[] {
  const out: Finding[] = [];
  for (const s of STOCKS) {
    const now = cell(report, s.inForce);
    const before = cell(previous, s.inForce);
    if (now === null || before === null) continue;
    const expected = before + (cell(report, s.issued) ?? 0) - (cell(report, s.repealed) ?? 0);
    const off = Math.abs(now - expected);
    if (off <= STOCK_ABSOLUTE_TOLERANCE || off <= STOCK_RELATIVE_TOLERANCE * Math.abs(expected)) continue;
    out.push(
      finding(
        report,
        'stock',
        s.issued,
        numberText(expected),
        numberText(now),
        `“${s.zh}”现行有效件数（${numberText(now)}）与${previous.year}年现行有效件数加本年制发减本年废止（${numberText(expected)}）相差较大。`
      )
    );
  }
  return out;
}
