import { describe, expect, it } from 'vitest';
import { generateDemo, generateDemoWithPlan } from '../../../src/lib/demo/index';
import { numberColumnsOfFormat } from '../../../src/lib/schema/columns';
import type { ExportBundle } from '../../../src/lib/export/types';

const { bundle, expected } = generateDemoWithPlan(1);
const { reports } = bundle;
const find = (agency: string, year: number) => reports.find((r) => r.agency === agency && r.year === year);

/** Each finding as `<year> <agency> <rule> <column>`, sorted. */
function findingKeys(b: ExportBundle): string[] {
  const byId = new Map(b.reports.map((r) => [r.report_id, r]));
  return b.checks
    .map((f) => {
      const r = byId.get(f.report_id);
      return `${r?.year} ${r?.agency} ${f.rule} ${f.column}`;
    })
    .sort();
}

describe('generateDemo', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateDemo(1)).toEqual(bundle);
    const other = generateDemo(2);
    expect(other.reports.map((r) => r.report_id)).toEqual(reports.map((r) => r.report_id));
    expect(other.reports.map((r) => r.source_sha256)).not.toEqual(reports.map((r) => r.source_sha256));
  });

  it('has every county-level unit of 洛阳市 in every year, with the old units before 2021', () => {
    const old = ['老城区', '西工区', '瀍河回族区', '涧西区', '偃师市', '孟津县', '吉利区', '洛龙区'];
    const counties = ['新安县', '栾川县', '嵩县', '汝阳县', '宜阳县', '洛宁县', '伊川县'];
    const current = ['老城区', '西工区', '瀍河回族区', '涧西区', '偃师区', '孟津区', '洛龙区'];
    for (let year = 2019; year <= 2025; year++) {
      const governments = reports
        .filter((r) => r.year === year && r.scope === 'jurisdiction')
        .map((r) => r.county ?? r.city)
        .sort();
      const units = [...(year < 2021 ? old : current), ...counties, '洛阳高新技术产业开发区', '洛阳市'].sort();
      expect(governments, String(year)).toEqual(units);
      // Each unit also has its office and several departments and townships.
      for (const u of units.filter((x) => x !== '洛阳市')) {
        const bodies = reports.filter((r) => r.year === year && r.county === u);
        expect(
          bodies.filter((r) => r.body_kind === 'office'),
          `${year} ${u}`
        ).toHaveLength(1);
        expect(bodies.filter((r) => r.body_kind === 'township').length, `${year} ${u}`).toBeGreaterThanOrEqual(2);
        expect(bodies.filter((r) => r.body_kind === 'department').length, `${year} ${u}`).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('uses the old names and codes before 2021 and one agency_id across the change', () => {
    const before = find('孟津县人力资源和社会保障局', 2020);
    const after = find('孟津区人力资源和社会保障局', 2021);
    expect(before).toMatchObject({ division_code: '410322', division_code_current: '410308', county: '孟津县' });
    expect(after).toMatchObject({ division_code: '410308', county: '孟津区' });
    expect(after?.agency_id).toBe(before?.agency_id);
    expect(find('偃师市人民政府', 2020)).toMatchObject({ division_code: '410381', scope: 'jurisdiction' });
    expect(find('吉利区人民政府', 2020)).toMatchObject({ division_code: '410306', division_code_current: '410308' });
    expect(reports.filter((r) => r.year < 2021 && /孟津区|偃师区/.test(r.agency))).toEqual([]);
    expect(reports.filter((r) => r.year >= 2021 && /孟津县|偃师市|吉利区/.test(r.agency))).toEqual([]);
    // 吉利区's streets report under 孟津区 from 2021.
    expect(find('孟津区吉利街道办事处', 2021)).toMatchObject({ county: '孟津区', level: 'township' });
  });

  it('fills exactly the columns of each format: 2019 format for 2019–2020, 2021 format after', () => {
    for (const r of reports) {
      expect(r.format).toBe(r.year < 2021 ? 2019 : 2021);
      const filled = Object.keys(r.numbers).filter((c) => r.numbers[c] !== null);
      expect(filled).toEqual(numberColumnsOfFormat(r.format).map((c) => c.name));
    }
    const r2019 = find('洛阳市人民政府', 2019);
    expect(r2019?.numbers.fees_wan).toBeNull();
    expect(r2019?.numbers.app_other_no_correction_total).toBeNull();
    expect(r2019?.numbers.app_other_misc_total).toBeGreaterThan(0);
    expect(find('洛阳市人民政府', 2021)?.numbers.f19_permit_items).toBeNull();
  });

  it('honours every rule except exactly the planted violations (seed 1, as docs/demo-data.md lists)', () => {
    expect(findingKeys(bundle)).toEqual(
      [
        '2022 洛龙区市场监督管理局 balance app_new_natural',
        '2022 洛龙区市场监督管理局 balance app_new_total',
        '2023 西工区人民政府办公室 carry_over app_carried_in_natural',
        '2023 西工区人民政府办公室 carry_over app_carried_in_total',
        '2022 栾川县自然资源局 rules_level rules_issued',
        '2023 汝阳县人力资源和社会保障局 near_duplicate null',
        '2023 瀍河回族区人力资源和社会保障局 near_duplicate null',
        '2024 伊川县人力资源和社会保障局 near_duplicate null'
      ].sort()
    );
    expect(expected.map((e) => `${e.year} ${e.agency} ${e.rule} ${e.column}`).sort()).toEqual(findingKeys(bundle));
  });

  it('plants the same violations, and only those, for another seed', () => {
    const other = generateDemoWithPlan(5);
    expect(findingKeys(other.bundle)).toEqual(
      other.expected.map((e) => `${e.year} ${e.agency} ${e.rule} ${e.column}`).sort()
    );
    expect(other.expected.map((e) => e.rule).sort()).toEqual([
      'balance',
      'balance',
      'carry_over',
      'carry_over',
      'near_duplicate',
      'near_duplicate',
      'near_duplicate',
      'rules_level'
    ]);
  });

  it('counts each report’s findings and leaves out the missing report', () => {
    expect(find('洛龙区市场监督管理局', 2022)).toMatchObject({ check_errors: 2, check_warnings: 0 });
    expect(find('栾川县自然资源局', 2022)).toMatchObject({ check_errors: 0, check_warnings: 1 });
    expect(reports.filter((r) => r.check_errors + r.check_warnings > 0)).toHaveLength(6);
    expect(find('汝阳县综合行政执法局', 2021)).toBeUndefined();
    expect(find('汝阳县综合行政执法局', 2020)).toBeDefined();
    expect(find('汝阳县综合行政执法局', 2022)).toBeDefined();
  });

  it('sets demo identity columns, dates, sources and hashes', () => {
    const ids = new Set(reports.map((r) => r.report_id));
    expect(ids.size).toBe(reports.length);
    expect(new Set(reports.map((r) => r.source_sha256)).size).toBe(reports.length);
    const late = new Set(['2020 嵩县人民政府', '2023 洛宁县教育局', '2024 涧西区湖北路街道办事处']);
    for (const r of reports) {
      expect(r.origin).toBe('demo');
      expect(r.report_id).toBe(`${r.year}-${r.agency_id}-${r.scope}`);
      expect(r.source).toBe(`demo/${r.year}/${r.agency}.txt`);
      expect(r.source_sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(r.scope).toBe(r.body_kind === 'government' ? 'jurisdiction' : 'agency');
      const deadline = r.body_kind === 'government' ? `${r.year + 1}-03-31` : `${r.year + 1}-01-31`;
      const onTime = (r.published_date ?? '') > `${r.year}-12-31` && (r.published_date ?? '') <= deadline;
      expect(onTime, `${r.year} ${r.agency} ${r.published_date}`).toBe(!late.has(`${r.year} ${r.agency}`));
    }
  });

  it('writes three narrative sections and one provenance row per number', () => {
    expect(bundle.sections).toHaveLength(reports.length * 3);
    const r = find('孟津区人民政府', 2023);
    const text = bundle.sections.filter((s) => s.report_id === r?.report_id).map((s) => s.text);
    expect(text[0]).toContain(`全区全年共收到政府信息公开申请${r?.numbers.app_new_total}件`);
    const numbers = reports.reduce((n, x) => n + Object.values(x.numbers).filter((v) => v !== null).length, 0);
    expect(bundle.provenance).toHaveLength(numbers);
    const p = bundle.provenance.find((x) => x.report_id === r?.report_id && x.column === 'permits');
    expect(p).toEqual({
      report_id: r?.report_id,
      column: 'permits',
      location: 'generated',
      raw: String(r?.numbers.permits)
    });
    expect(generateDemo(1, { provenance: false }).provenance).toEqual([]);
  });

  it('scales with fictional bodies that keep every rule', () => {
    const scaled = generateDemoWithPlan(1, { scale: 2, provenance: false });
    expect(scaled.bundle.reports.length).toBeGreaterThan(reports.length * 1.8);
    expect(new Set(scaled.bundle.reports.map((r) => r.report_id)).size).toBe(scaled.bundle.reports.length);
    expect(findingKeys(scaled.bundle)).toEqual(
      scaled.expected.map((e) => `${e.year} ${e.agency} ${e.rule} ${e.column}`).sort()
    );
  });
});
