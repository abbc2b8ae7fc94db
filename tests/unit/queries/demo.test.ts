/**
 * The shell's demo check (queries/demo.ts) against the repository's exports: the same answer as
 * counting demo reports in the CSVs for the selection, whatever the province, year range, city,
 * origins or name search, and the engine asked only when a filter other than the province and the
 * year range changes (or the loaded data does).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeDb } from '../../../src/lib/db/node';
import type { QueryRunner } from '../../../src/lib/db/types';
import { NO_FILTERS, type Filters } from '../../../src/lib/filters/types';
import { demoCheck, demoInSelection, demoPlaces } from '../../../src/lib/queries/demo';
import { FIRST_PAINT_REQUESTS } from '../../../src/lib/summary/requests';
import { ORIGIN_DIRS, readExportCsv, type CsvRow } from './export-data';
import { recordingRunner } from './recording-runner';

let db: QueryRunner;
let csv: CsvRow[];

beforeAll(async () => {
  db = await createNodeDb(ORIGIN_DIRS);
  csv = readExportCsv('reports');
});

/** Demo reports in the selection, counted in the CSVs (the filters this test uses). */
function demoInCsv(f: Filters): boolean {
  return csv.some(
    (r) =>
      r.origin === 'demo' &&
      (f.origins.length === 0 || f.origins.includes('demo')) &&
      (!f.province || r.province === f.province) &&
      (!f.city || r.city === f.city) &&
      (f.yearFrom === null || Number(r.year) >= f.yearFrom) &&
      (f.yearTo === null || Number(r.year) <= f.yearTo) &&
      (f.scopes.length === 0 || f.scopes.includes(r.scope as 'agency')) &&
      (f.q === '' || r.agency.toLowerCase().includes(f.q.toLowerCase()))
  );
}

describe('demoCheck', () => {
  const demoYears = (): number[] => [...new Set(csv.filter((r) => r.origin === 'demo').map((r) => Number(r.year)))];

  it('agrees with the CSVs on province, year range, city, scope, origins and name changes', async () => {
    const years = demoYears().sort((a, b) => a - b);
    const provinces = [...new Set(csv.map((r) => r.province))].filter((p) => p !== '');
    const selections: Filters[] = [
      NO_FILTERS,
      ...provinces.map((province) => ({ ...NO_FILTERS, province })),
      { ...NO_FILTERS, yearFrom: years[0], yearTo: years[0] },
      { ...NO_FILTERS, yearFrom: years.at(-1)! + 1 },
      { ...NO_FILTERS, yearTo: years[0] - 1 },
      { ...NO_FILTERS, province: '河南省', yearFrom: years[1], yearTo: years[1] },
      { ...NO_FILTERS, province: '上海市', yearFrom: years[1] },
      { ...NO_FILTERS, city: '洛阳市' },
      { ...NO_FILTERS, scopes: ['jurisdiction'] },
      { ...NO_FILTERS, origins: ['real'] },
      { ...NO_FILTERS, origins: ['real', 'demo'], province: '河南省' },
      { ...NO_FILTERS, q: '人民政府' },
      { ...NO_FILTERS, q: '没有这个名字' }
    ];
    const check = demoCheck();
    const answers = await Promise.all(selections.map((f) => check(db, f, 0)));
    expect(answers).toEqual(selections.map(demoInCsv));
    // Both answers occur, so the check is not constant.
    expect(answers).toContain(true);
    expect(answers).toContain(false);
  });

  it('asks the engine only when a filter other than the province and the year range changes', async () => {
    const runner = recordingRunner(db);
    const check = demoCheck();
    const years = demoYears();
    await check(runner, NO_FILTERS, 0);
    await check(runner, { ...NO_FILTERS, province: '上海市' }, 0);
    await check(runner, { ...NO_FILTERS, province: '河南省', yearFrom: years[0], yearTo: years[0] }, 0);
    await check(runner, { ...NO_FILTERS, origins: ['real'] }, 0);
    expect(runner.sent.length).toBe(1);
    await check(runner, { ...NO_FILTERS, city: '洛阳市' }, 0);
    expect(runner.sent.length).toBe(2);
    // Other loaded data: asked again.
    await check(runner, NO_FILTERS, 1);
    expect(runner.sent.length).toBe(3);
  });

  it('demoInSelection reads the places by province and year range', () => {
    const places = [{ province: '河南省', year: 2021 }];
    expect(demoInSelection(places, { province: null, yearFrom: null, yearTo: null })).toBe(true);
    expect(demoInSelection(places, { province: '河南省', yearFrom: 2021, yearTo: 2021 })).toBe(true);
    expect(demoInSelection(places, { province: '上海市', yearFrom: null, yearTo: null })).toBe(false);
    expect(demoInSelection(places, { province: '河南省', yearFrom: 2022, yearTo: null })).toBe(false);
  });

  it('is among the build-time summary requests with the default filters', async () => {
    const runner = recordingRunner(db);
    for (const request of FIRST_PAINT_REQUESTS) await request(runner);
    const own = recordingRunner(db);
    await demoPlaces(own, NO_FILTERS);
    expect(own.sent.length).toBe(1);
    expect(runner.sent).toContain(own.sent[0]);
  });
});
