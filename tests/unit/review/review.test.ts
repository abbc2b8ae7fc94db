/**
 * Review queries and the rate grid against the repository's exports (CSV read independently with
 * papaparse), and the exact section 四 of a real report (孟津区人社局 2023).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeDb } from '../../../src/lib/db/node';
import type { QueryRunner } from '../../../src/lib/db/types';
import { NO_FILTERS } from '../../../src/lib/filters/types';
import { REVIEW_CORRECTION_RATE, SUIT_LOSS_RATE } from '../../../src/lib/metrics';
import { bodyCoverage, missingBodies, reviewGrid } from '../../../src/lib/queries/review';
import type { AggregateRow } from '../../../src/lib/queries/types';
import { gridCells, rateGrid } from '../../../src/lib/ui/review';
import { ORIGIN_DIRS, readExportCsv, sumOf, type CsvRow } from '../queries/export-data';

let db: QueryRunner;
let csv: CsvRow[];
const AGENCY = { ...NO_FILTERS, scopes: ['agency' as const] };

beforeAll(async () => {
  db = await createNodeDb(ORIGIN_DIRS);
  csv = readExportCsv('reports');
  // Starting duckdb-wasm and loading the exports takes seconds on a busy machine.
}, 60_000);

/** A report's current district, as the views group: the name of its current code. */
function currentCounty(rows: readonly CsvRow[]): (r: CsvRow) => string {
  const names = new Map(
    rows
      .filter((r) => r.county !== '' && r.division_code === r.division_code_current)
      .map((r) => [r.division_code_current, r.county])
  );
  return (r) => names.get(r.division_code_current) ?? r.county;
}

const byAgency = (r: AggregateRow): string => String(r.agency_id);
const agencyName = (r: AggregateRow): string => String(r.agency);

describe('reviewGrid + rateGrid', () => {
  it('孟津区人社局 2023: 败诉率 (1 + 0) / (5 + 1 − 0) and 纠错率 0 / 2', async () => {
    const rows = await reviewGrid(db, { ...AGENCY, origins: ['real'], q: '孟津区人力资源' }, 'agency_id');
    const suits = rateGrid(rows, [2023], SUIT_LOSS_RATE, byAgency, agencyName);
    expect(suits).toHaveLength(1);
    expect(suits[0].cells[0]).toEqual({ numerator: 1, denominator: 6, value: 1 / 6 });
    const reviews = rateGrid(rows, [2023], REVIEW_CORRECTION_RATE, byAgency, agencyName);
    expect(reviews[0].cells[0]).toEqual({ numerator: 0, denominator: 2, value: 0 });
  });

  it('per district and year, every cell equals corrected / (total − pending) from the CSV', async () => {
    const rows = await reviewGrid(db, AGENCY, 'county');
    const years = [...new Set(csv.map((r) => Number(r.year)))].sort();
    const grid = rateGrid(
      rows,
      years,
      REVIEW_CORRECTION_RATE,
      (r) => String(r.county ?? ''),
      (r) => String(r.county ?? '')
    );
    const countyOf = currentCounty(csv);
    const agency = csv.filter((r) => r.scope === 'agency');
    let checked = 0;
    for (const g of grid) {
      g.cells.forEach((cell, i) => {
        const group = agency.filter((r) => countyOf(r) === g.key && Number(r.year) === years[i]);
        const den = sumOf(group, 'review_total').sum - sumOf(group, 'review_pending').sum;
        const num = sumOf(group, 'review_corrected').sum;
        if (den <= 0) expect(cell, `${g.key} ${years[i]}`).toBeNull();
        else {
          expect(cell, `${g.key} ${years[i]}`).toEqual({ numerator: num, denominator: den, value: num / den });
          checked++;
        }
      });
    }
    expect(checked).toBeGreaterThan(20);
    // Ordered by decided cases; the heatmap gets one cell per decided (area, year).
    const decided = grid.map((g) => g.decided);
    expect(decided).toEqual([...decided].sort((a, b) => b - a));
    expect(gridCells(grid)).toHaveLength(checked);
  });
});

describe('bodyCoverage', () => {
  it('per district: bodies known in any year and those reporting in the year, as in the CSV', async () => {
    const year = 2021;
    const rows = await bodyCoverage(db, { ...AGENCY, origins: ['demo'] }, 'county', year);
    const countyOf = currentCounty(csv);
    const demo = csv.filter((r) => r.scope === 'agency' && r.origin === 'demo');
    let withMissing = 0;
    for (const row of rows) {
      const area = demo.filter((r) => (countyOf(r) || null) === row.key);
      const known = new Set(area.map((r) => r.agency_id)).size;
      const reporting = new Set(area.filter((r) => Number(r.year) === year).map((r) => r.agency_id)).size;
      expect(row, String(row.key)).toEqual({ key: row.key, known, reporting });
      if (missingBodies(row) !== 0) withMissing++;
    }
    expect(rows.length).toBeGreaterThan(10);
    // The demo data has bodies that start or stop reporting (e.g. across the 2021 merger).
    expect(withMissing).toBeGreaterThan(0);
  });

  it('per year: reporting bodies against all bodies known under the filters', async () => {
    const rows = await bodyCoverage(db, { ...AGENCY, origins: ['demo'], yearFrom: 2022 }, 'year');
    const demo = csv.filter((r) => r.scope === 'agency' && r.origin === 'demo');
    const known = new Set(demo.map((r) => r.agency_id)).size;
    expect(rows.map((r) => r.key)).toEqual(['2022', '2023', '2024', '2025']);
    for (const row of rows) {
      const reporting = new Set(demo.filter((r) => r.year === row.key).map((r) => r.agency_id)).size;
      expect(row).toEqual({ key: row.key, known, reporting });
    }
  });
});
