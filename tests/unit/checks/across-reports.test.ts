/** Rules across reports (6, 7, 11) on the real 平潭 series and the other corpus reports. */
import { describe, expect, it } from 'vitest';
import { checkAcrossReports } from '../../../src/lib/checks';
import { checkCarryOver } from '../../../src/lib/checks/rules/carry-over';
import { checkStock } from '../../../src/lib/checks/rules/stock';
import type { ReportRecord, SectionText } from '../../../src/lib/schema/types';
import { corpusStems, proseOf, recordFromExpected, withCells } from './corpus';

const pingtan = (year: number) => recordFromExpected(`平潭综合实验区_${year}`);

async function corpusWithNarratives(): Promise<{ reports: ReportRecord[]; sections: SectionText[] }> {
  const reports: ReportRecord[] = [];
  const sections: SectionText[] = [];
  for (const stem of corpusStems()) {
    const report = recordFromExpected(stem);
    reports.push(report);
    sections.push({ report_id: report.report_id, section: 1, text: await proseOf(stem) });
  }
  return { reports, sections };
}

describe('checkAcrossReports on the corpus', () => {
  it('finds nothing: 平潭 carries over consistently and no narrative is copied', async () => {
    const { reports, sections } = await corpusWithNarratives();
    expect(checkAcrossReports(reports, sections)).toEqual([]);
  });
});

describe('carry_over (rule 6)', () => {
  it('passes for 平潭 2021 → 2022 (1 carried out, 1 carried in) and 2022 → 2023 (0, 0)', () => {
    expect(checkCarryOver(pingtan(2022), pingtan(2021))).toEqual([]);
    expect(checkCarryOver(pingtan(2023), pingtan(2022))).toEqual([]);
  });

  it('fails when 2022 says 3 were carried in from 2021', () => {
    const report = withCells(pingtan(2022), { app_carried_in_natural: 3, app_carried_in_total: 3 });
    const findings = checkAcrossReports([pingtan(2021), report, pingtan(2023)], []);
    expect(findings.map((f) => [f.report_id, f.rule, f.severity, f.column, f.expected, f.actual])).toEqual([
      [report.report_id, 'carry_over', 'warning', 'app_carried_in_natural', '1', '3'],
      [report.report_id, 'carry_over', 'warning', 'app_carried_in_total', '1', '3']
    ]);
    expect(findings[0].message).toBe('“自然人”列：上年结转申请数（3）应等于2021年度报告的结转下年度继续办理数（1）。');
  });

  it('compares only the same body and scope in consecutive years', () => {
    const report = withCells(pingtan(2022), { app_carried_in_total: 3, app_carried_in_natural: 3 });
    expect(checkAcrossReports([pingtan(2021), { ...report, scope: 'agency' }], [])).toEqual([]);
    expect(checkAcrossReports([pingtan(2021), { ...report, agency_id: 'other' }], [])).toEqual([]);
    expect(checkAcrossReports([pingtan(2021), { ...report, year: 2023 }], [])).toEqual([]);
  });
});

describe('stock (rule 7)', () => {
  // 平潭 2021 prints 行政规范性文件 as the run-together "693665"; 665 in force is the reading rule 7
  // supports, since 2022 prints 88 issued, 55 repealed and 698 in force (665 + 88 − 55 = 698).
  const withStock2021 = (inForce: number) =>
    withCells(pingtan(2021), { normative_issued: 69, normative_repealed: 3, normative_in_force: inForce });

  it('passes for 平潭 2021 → 2022 with 665 in force in 2021', () => {
    expect(checkStock(pingtan(2022), withStock2021(665))).toEqual([]);
  });

  it('tolerates small recounts (off by 5 of 693, under 10%)', () => {
    expect(checkStock(pingtan(2022), withStock2021(660))).toEqual([]);
  });

  it('warns when the stock jumps (600 + 88 − 55 = 633, but 698 printed)', () => {
    const findings = checkAcrossReports([withStock2021(600), pingtan(2022)], []);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      report_id: pingtan(2022).report_id,
      rule: 'stock',
      severity: 'warning',
      column: 'normative_issued',
      expected: '633',
      actual: '698'
    });
    expect(findings[0].message).toContain('行政规范性文件');
  });

  it('needs both years’ stock: not checked when last year’s is blank', () => {
    expect(checkStock(pingtan(2022), pingtan(2021))).toEqual([]);
  });
});
