import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeDb } from '../../../src/lib/db/node';
import type { QueryRunner } from '../../../src/lib/db/types';
import { NO_FILTERS } from '../../../src/lib/filters/types';
import { reportRows } from '../../../src/lib/queries/reports';
import { num, ORIGIN_DIRS, readExportCsv, type CsvRow } from './export-data';

let db: QueryRunner;
let csv: CsvRow[];

beforeAll(async () => {
  db = await createNodeDb(ORIGIN_DIRS);
  csv = readExportCsv('reports');
});

describe('reportRows', () => {
  it('returns the chosen columns of the filtered reports, sorted, with the total', async () => {
    const filters = { ...NO_FILTERS, origins: ['demo' as const], scopes: ['agency' as const] };
    const expected = csv
      .filter((r) => r.origin === 'demo' && r.scope === 'agency' && r.permits !== '')
      .sort((a, b) => num(b.permits)! - num(a.permits)! || (a.report_id < b.report_id ? -1 : 1));
    const { rows, total } = await reportRows(db, filters, ['report_id', 'agency', 'permits', 'published_date'], {
      orderBy: 'permits',
      desc: true,
      limit: 5
    });
    expect(total).toBe(csv.filter((r) => r.origin === 'demo' && r.scope === 'agency').length);
    expect(rows).toEqual(
      expected.slice(0, 5).map((r) => ({
        report_id: r.report_id,
        agency: r.agency,
        permits: num(r.permits),
        published_date: r.published_date === '' ? null : r.published_date
      }))
    );
  });

  it('pages through every row exactly once', async () => {
    const seen: string[] = [];
    for (let offset = 0; ; offset += 7) {
      const { rows, total } = await reportRows(db, NO_FILTERS, ['report_id'], { limit: 7, offset });
      expect(total).toBe(csv.length);
      if (rows.length === 0) break;
      seen.push(...rows.map((r) => String(r.report_id)));
    }
    expect(seen.length).toBe(csv.length);
    expect(new Set(seen).size).toBe(new Set(csv.map((r) => r.report_id)).size);
  });

  it('finds bodies by name and treats the search text as a value, not SQL', async () => {
    const name = csv[0]!.agency.slice(0, 2);
    const { total } = await reportRows(db, { ...NO_FILTERS, q: name }, ['agency']);
    expect(total).toBe(csv.filter((r) => r.agency.toLowerCase().includes(name.toLowerCase())).length);
    const evil = await reportRows(db, { ...NO_FILTERS, q: "' OR 1=1 --" }, ['agency']);
    expect(evil.total).toBe(0);
  });

  it('accepts only columns of reports', async () => {
    await expect(reportRows(db, NO_FILTERS, ['agency', 'secret'])).rejects.toThrow(/not a column/);
    await expect(reportRows(db, NO_FILTERS, ['agency'], { orderBy: 'year; DROP TABLE reports' })).rejects.toThrow();
  });
});
