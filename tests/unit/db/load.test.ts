/**
 * load.ts on small Parquet files written here with @duckdb/node-api (as the ingest does): folders
 * are combined by column name, cast to the contract's types, and a table no folder has still
 * exists, empty and typed.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDb } from '../../../src/lib/db/node';
import type { QueryRunner } from '../../../src/lib/db/types';

let root: string;
let db: QueryRunner;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'nianbao-load-'));
  for (const folder of ['a', 'b']) mkdirSync(join(root, folder));
  const writer = await (await DuckDBInstance.create(':memory:')).connect();
  const copy = (select: string, file: string) =>
    writer.run(`COPY (${select}) TO '${join(root, file)}' (FORMAT parquet)`);
  await writer.run(`CREATE TABLE a AS FROM (VALUES
    ('2020-410322-人社局-agency', 2020, '孟津县人社局', '孟津县', '410322', '410308', 'demo', 12::BIGINT),
    ('2020-410306-人社局-agency', 2020, '吉利区人社局', '吉利区', '410306', '410308', 'demo', 5::BIGINT),
    ('2023-410308-人社局-agency', 2023, '孟津区人社局', '孟津区', '410308', '410308', 'demo', NULL::BIGINT)
  ) t(report_id, year, agency, county, division_code, division_code_current, origin, permits)`);
  await copy('SELECT * FROM a', 'a/reports.parquet');
  // The second folder: another column set (fees, a later extra column), a year stored as BIGINT.
  await copy(
    `SELECT '2021-320800-政府-jurisdiction' AS report_id, 2021::BIGINT AS year, '淮安市人民政府' AS agency,
       'real' AS origin, 13.6145::DECIMAL(18,6) AS fees_wan, DATE '2022-01-20' AS published_date, 'x' AS later_column`,
    'b/reports.parquet'
  );
  writer.closeSync();
  db = await createNodeDb([join(root, 'a'), join(root, 'b'), join(root, 'missing')]);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('loadTable', () => {
  it('combines folders by column name, NULL where a folder lacks a column', async () => {
    const rows = await db.query(
      'SELECT report_id, year, permits, fees_wan, later_column FROM reports ORDER BY report_id'
    );
    expect(rows).toEqual([
      { report_id: '2020-410306-人社局-agency', year: 2020, permits: 5, fees_wan: null, later_column: null },
      { report_id: '2020-410322-人社局-agency', year: 2020, permits: 12, fees_wan: null, later_column: null },
      { report_id: '2021-320800-政府-jurisdiction', year: 2021, permits: null, fees_wan: 13.6145, later_column: 'x' },
      { report_id: '2023-410308-人社局-agency', year: 2023, permits: null, fees_wan: null, later_column: null }
    ]);
  });

  it('casts to the contract types even when a file stored a looser one', async () => {
    const types = await db.query<{ column_name: string; data_type: string }>(
      `SELECT column_name, data_type FROM information_schema.columns
       WHERE table_name = 'reports' AND column_name IN ('year', 'fees_wan', 'published_date', 'permits')
       ORDER BY column_name`
    );
    expect(types).toEqual([
      { column_name: 'fees_wan', data_type: 'DECIMAL(18,6)' },
      { column_name: 'permits', data_type: 'BIGINT' },
      { column_name: 'published_date', data_type: 'DATE' },
      { column_name: 'year', data_type: 'INTEGER' }
    ]);
  });

  it("names each county by its current division's name", async () => {
    const rows = await db.query('SELECT county, county_current FROM reports WHERE county IS NOT NULL ORDER BY county');
    expect(rows).toEqual([
      { county: '吉利区', county_current: '孟津区' },
      { county: '孟津区', county_current: '孟津区' },
      { county: '孟津县', county_current: '孟津区' }
    ]);
  });

  it('creates a table no folder has, empty and with its columns', async () => {
    const [{ n }] = await db.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM checks');
    expect(n).toBe(0);
    const rows = await db.query('SELECT "column", severity FROM checks');
    expect(rows).toEqual([]);
  });
});
