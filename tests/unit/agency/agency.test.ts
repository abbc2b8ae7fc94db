/** The body page's data, table layouts and year-on-year changes, against data/exports. */
import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeDb } from '../../../src/lib/db/node';
import type { QueryRunner } from '../../../src/lib/db/types';
import { agencyData } from '../../../src/lib/queries/agency';
import { NUMBER_COLUMN_NAMES, numberColumnsOfFormat } from '../../../src/lib/schema/columns';
import { cellText } from '../../../src/lib/ui/agency/cells';
import { yearOnYear } from '../../../src/lib/ui/agency/changes';
import { labelSpan, section2Layout, section3Layout, SECTION4_GROUPS } from '../../../src/lib/ui/agency/layout';
import { agencyPathSegment } from '../../../src/lib/ui/agency/path';
import { ORIGIN_DIRS, readExportCsv } from '../queries/export-data';

let db: QueryRunner;
beforeAll(async () => {
  db = await createNodeDb(ORIGIN_DIRS);
}, 120_000);

describe('layouts', () => {
  it('cover every number column of each format exactly once', () => {
    for (const format of [2019, 2021] as const) {
      const shown = [
        ...section2Layout(format).flatMap((b) => b.rows.flatMap((r) => r.columns)),
        ...section3Layout(format).flatMap((r) => r.columns),
        ...SECTION4_GROUPS.flatMap((g) => g.columns)
      ];
      expect(new Set(shown).size).toBe(shown.length);
      expect(shown.sort()).toEqual(
        numberColumnsOfFormat(format)
          .map((c) => c.name)
          .sort()
      );
      expect(shown.every((c) => NUMBER_COLUMN_NAMES.includes(c))).toBe(true);
    }
    expect(section3Layout(2021)).toHaveLength(25);
    expect(section3Layout(2019)).toHaveLength(23);
    expect(SECTION4_GROUPS.flatMap((g) => g.columns)).toHaveLength(15);
  });

  it('prints each group label once over the rows it spans', () => {
    const rows = section3Layout(2021);
    const denied = rows.findIndex((r) => r.id === 'denied_secret');
    expect(labelSpan(rows, denied, 'sub')).toBe(8);
    expect(labelSpan(rows, denied + 1, 'sub')).toBe(0);
    expect(
      labelSpan(
        rows,
        rows.findIndex((r) => r.id === 'granted'),
        'top'
      )
    ).toBe(22);
    expect(labelSpan(section3Layout(2019), 2, 'top')).toBe(20);
  });
});

describe('agencyData', () => {
  it('returns 平潭综合实验区: five reports, newest first, with provenance and sections', async () => {
    const d = await agencyData(db, '350128-管理委员会');
    expect(d.reports.map((r) => r.year)).toEqual([2025, 2023, 2022, 2021, 2019]);
    expect(d.reports[0].app_new_total).toBe(154);
    expect(d.reports[3].fees_wan).toBeCloseTo(24252.311082, 6);
    expect(d.reports[4].fees_wan).toBeNull(); // 2019 format
    const csv = readExportCsv('provenance').filter((p) => p.report_id.includes('350128-管理委员会'));
    expect(d.provenance).toHaveLength(csv.length);
    expect(d.sections.filter((s) => s.report_id === '2019-350128-管理委员会-jurisdiction')).toHaveLength(3);
    expect(d.findings.filter((f) => f.report_id === '2019-350128-管理委员会-jurisdiction')).toHaveLength(7);
  });

  it('finds nothing for an unknown body (and binds the id, quotes and all)', async () => {
    const d = await agencyData(db, "x' OR '1'='1");
    expect(d.reports).toEqual([]);
  });
});

describe('cells and year-on-year', () => {
  it('shows blank as "—" (not 0) and keeps every printed decimal of fees', () => {
    expect(cellText(null, 'permits', 'zh')).toBe('—');
    expect(cellText(0, 'permits', 'zh')).toBe('0');
    expect(cellText(24252.311082, 'fees_wan', 'en')).toBe('24,252.311082');
  });

  it('compares consecutive years only, and fees only between 2021-format reports', async () => {
    const d = await agencyData(db, '350128-管理委员会');
    const series = yearOnYear(d.reports);
    const apps = series.find((s) => s.figure.id === 'app_new_total');
    expect(apps?.cells.map((c) => [c.year, c.value, c.change])).toEqual([
      [2019, 23, null],
      [2021, 70, null], // 2020 is not in the data: no change across the gap
      [2022, 74, 4],
      [2023, 81, 7],
      [2025, 154, null]
    ]);
    const fees = series.find((s) => s.figure.id === 'fees_wan');
    expect(fees?.cells[0].value).toBeNull();
    expect(fees?.cells[2].change).toBeCloseTo(9116.36 - 24252.311082, 6);
  });

  it('encodes body ids as one path segment', () => {
    expect(agencyPathSegment('410308-人力资源和社会保障局')).toBe(encodeURIComponent('410308-人力资源和社会保障局'));
    expect(decodeURIComponent(agencyPathSegment('a/b?c#d'))).toBe('a/b?c#d');
    expect(agencyPathSegment('a/b?c#d')).not.toMatch(/[/?#]/);
  });
});
