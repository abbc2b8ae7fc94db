/** Rule 10: numbers stated in the real reports' prose, read and compared with the tables. */
import { describe, expect, it } from 'vitest';
import { SECTION4_COLUMNS } from '../../../src/lib/schema/columns';
import { checkProseMismatch, normaliseProse, proseStatements } from '../../../src/lib/checks/rules/prose-mismatch';
import { proseOf, recordFromExpected, withCells } from './corpus';

describe('proseStatements on the corpus', () => {
  it('reads what 淮安 2024 states: 受理申请 3119 件, 结转 34, 顺延 103, 复议 351, 诉讼 46', async () => {
    expect(proseStatements(await proseOf('淮安市人民政府_2024'))).toEqual([
      { column: 'app_new_total', values: [3119] },
      { column: 'app_carried_in_total', values: [34] },
      { column: 'app_carried_out_total', values: [103] },
      { column: 'review_total', values: [351] },
      { column: 'suit_direct_total', values: [46] }
    ]);
  });

  it('reads the 科委 markdown across its line breaks (行政复\\n议, 申请 2 件)', async () => {
    expect(proseStatements(await proseOf('上海市科学技术委员会_2024'))).toEqual([
      { column: 'app_new_total', values: [34] },
      { column: 'app_carried_in_total', values: [2] },
      { column: 'app_carried_out_total', values: [1] },
      { column: 'review_total', values: [1] },
      { column: 'suit_direct_total', values: [0] }
    ]);
  });

  it('reads 平潭 2025 (收到申请154件, 结转至2026年6件, 复议36起, 诉讼9起)', async () => {
    expect(proseStatements(await proseOf('平潭综合实验区_2025'))).toEqual([
      { column: 'app_new_total', values: [154] },
      { column: 'app_carried_out_total', values: [6] },
      { column: 'review_total', values: [36] },
      { column: 'suit_direct_total', values: [9] }
    ]);
  });

  it('skips statements about a part or another year', () => {
    expect(
      proseStatements('其中行政复议2件被纠正。上年收到申请40件。去年行政诉讼3件。五年来累计收到申请300件。')
    ).toEqual([]);
  });

  it('keeps digits separated by a space apart', () => {
    expect(normaliseProse('申请 2 0 件\n行政复\n议')).toBe('申请2 0件行政复议');
  });
});

describe('checkProseMismatch', () => {
  it('passes on 淮安 2024', async () => {
    expect(checkProseMismatch(recordFromExpected('淮安市人民政府_2024'), await proseOf('淮安市人民政府_2024'))).toEqual(
      []
    );
  });

  it('accepts 平潭 2022 counting the carried-in application as received (74 + 1 = 75)', async () => {
    const prose = await proseOf('平潭综合实验区_2022');
    const report = recordFromExpected('平潭综合实验区_2022');
    expect(checkProseMismatch(report, prose)).toEqual([]);
    const findings = checkProseMismatch(withCells(report, { app_carried_in_total: 0 }), prose);
    expect(findings).toEqual([
      {
        report_id: report.report_id,
        rule: 'prose_mismatch',
        severity: 'warning',
        column: 'app_new_total',
        expected: '74',
        actual: '75',
        message: '正文称收到政府信息公开申请75件，但表格中本年新收申请总计为74。'
      }
    ]);
  });

  it('fails when the 行政复议 total differs from the prose (淮安: 351)', async () => {
    const report = withCells(recordFromExpected('淮安市人民政府_2024'), { review_total: 350 });
    const findings = checkProseMismatch(report, await proseOf('淮安市人民政府_2024'));
    expect(findings.map((f) => [f.column, f.expected, f.actual])).toEqual([['review_total', '350', '351']]);
  });

  it('fails when the 行政诉讼 totals differ from the prose (平潭 2025: 9)', async () => {
    const report = withCells(recordFromExpected('平潭综合实验区_2025'), { suit_direct_total: 5 });
    const findings = checkProseMismatch(report, await proseOf('平潭综合实验区_2025'));
    expect(findings.map((f) => [f.column, f.expected, f.actual])).toEqual([['suit_direct_total', '8', '9']]);
  });

  it('fails when 结转下年度 differs from the prose (平潭 2021: 1件结转下年度)', async () => {
    const report = withCells(recordFromExpected('平潭综合实验区_2021'), { app_carried_out_total: 2 });
    const findings = checkProseMismatch(report, await proseOf('平潭综合实验区_2021'));
    expect(findings.map((f) => f.column)).toEqual(['app_carried_out_total']);
  });

  it('does not check a table part left blank', () => {
    const report = recordFromExpected('上海市人民政府办公厅_2019');
    expect(checkProseMismatch(report, '行政诉讼案件5件。')).toHaveLength(1);
    const blank = Object.fromEntries(SECTION4_COLUMNS.map((c) => [c.name, null]));
    expect(checkProseMismatch(withCells(report, blank), '行政诉讼案件5件。')).toEqual([]);
  });
});
