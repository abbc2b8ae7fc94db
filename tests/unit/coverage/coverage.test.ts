/** Deadlines and the coverage grid, against the repository's exports through duckdb-wasm. */
import { beforeAll, describe, expect, it } from 'vitest';
import { daysAfter, deadlineOf, timeliness } from '../../../src/lib/coverage/deadline';
import { buildCoverage, type CoverageGrid } from '../../../src/lib/coverage/grid';
import { createNodeDb } from '../../../src/lib/db/node';
import { NO_FILTERS } from '../../../src/lib/filters/types';
import { coverageReports } from '../../../src/lib/queries/coverage';
import { ORIGIN_DIRS, readExportCsv } from '../queries/export-data';

describe('deadlines (FORMAT.md: departments 31 January, governments 31 March)', () => {
  it('gives each kind of body its deadline in the following year', () => {
    expect(deadlineOf(2023, 'department')).toBe('2024-01-31');
    expect(deadlineOf(2023, 'office')).toBe('2024-01-31');
    expect(deadlineOf(2023, 'government')).toBe('2024-03-31');
    expect(deadlineOf(2023, 'township')).toBe('2024-03-31');
  });
  it('counts days late across month and leap-year boundaries', () => {
    expect(daysAfter('2024-03-01', '2024-01-31')).toBe(30); // 2024 is a leap year
    expect(daysAfter('2023-03-01', '2023-01-31')).toBe(29);
    expect(timeliness(2019, 'office', '2020-01-31')).toEqual({
      status: 'on_time',
      deadline: '2020-01-31',
      daysLate: 0
    });
    expect(timeliness(2023, 'department', '2024-03-15').daysLate).toBe(44);
    expect(timeliness(2023, 'department', null).status).toBe('unknown');
  });
});

describe('coverage grid of data/exports', () => {
  let grid: CoverageGrid;
  beforeAll(async () => {
    const db = await createNodeDb(ORIGIN_DIRS);
    grid = buildCoverage(await coverageReports(db, NO_FILTERS));
  }, 120_000);

  const cell = (agencyId: string, year: number) =>
    grid.bodies.find((b) => b.agencyId === agencyId)?.cells.find((c) => c.year === year);

  it('has one row per body and one column per year in the data', () => {
    const csv = readExportCsv('reports');
    expect(grid.bodies.length).toBe(new Set(csv.map((r) => r.agency_id)).size);
    expect(grid.years).toEqual([...new Set(csv.map((r) => Number(r.year)))].sort((a, b) => a - b));
  });

  it('marks the three late reports with their days late', () => {
    const late = grid.bodies.flatMap((b) =>
      b.cells.filter((c) => c.status === 'late').map((c) => `${c.year}-${b.agencyId}:${c.daysLate}`)
    );
    expect(late.sort()).toEqual(['2020-410325-人民政府:48', '2023-410328-教育局:44', '2024-410305-湖北路街道办事处:2']);
  });

  it('marks a gap year as missing, and a merged-away division as not expected afterwards', () => {
    expect(cell('410326-综合行政执法局', 2021)?.status).toBe('missing');
    expect(cell('410326-综合行政执法局', 2022)?.status).toBe('on_time');
    const jili = grid.bodies.find((b) => b.agencyId === '410306-人民政府');
    expect(jili?.dissolved).toBe(true);
    expect(cell('410306-人民政府', 2021)?.status).toBe('not_expected');
    // 孟津区 bodies continue 孟津县's ids: 2019 on time, never "not expected".
    expect(cell('410308-人民政府', 2019)?.status).toBe('on_time');
    // The real report; its generated twin is left out of the demo set.
    expect(cell('410308-人力资源和社会保障局', 2023)?.reports).toBe(1);
  });

  it('summarises each district: 嵩县 has one late report, 汝阳县 one missing', () => {
    const song = grid.districts.find((d) => d.district === '嵩县');
    expect(song?.late).toBe(1);
    expect(song?.maxDaysLate).toBe(48);
    const ruyang = grid.districts.find((d) => d.district === '汝阳县');
    expect(ruyang?.missing).toBe(1);
    const total = grid.districts.reduce((s, d) => s + d.reported, 0);
    const bodyYears = new Set(readExportCsv('reports').map((r) => `${r.agency_id}|${r.year}`)).size;
    expect(total).toBe(bodyYears);
  });

  it('reports without a publication date are "unknown", not on time', () => {
    expect(cell('320800-人民政府', 2024)?.status).toBe('unknown_date');
  });
});
