/**
 * The downloads of the data view, in Node against the browser's engine: the CSV of the filtered
 * rows (BOM, safe text, numeric negatives, exactly the filtered rows), and the Parquet written from
 * the engine's Arrow by parquet-wasm, read back by @duckdb/node-api with the contract's types.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryToIpc, UserExports } from '../../../src/lib/db/user-exports';
import { NO_FILTERS } from '../../../src/lib/filters/types';
import { REPORT_COLUMN_NAMES } from '../../../src/lib/schema/columns';
import { filteredReportsCsv } from '../../../src/lib/exporting/csv';
import { parquetWriter } from '../../../src/lib/exporting/parquet';
import { filteredReportsSql } from '../../../src/lib/exporting/query';
import { readExportCsv } from '../queries/export-data';
import { EXPORTS, openTestDb, type TestDb } from '../data/session-engine';

const require = createRequire(import.meta.url);
let db: TestDb;

beforeAll(async () => {
  db = await openTestDb();
  // One crafted report beside the bundled data: a formula-like name and a negative 2019 change.
  const text = readFileSync(join(EXPORTS, 'real', 'reports.csv'), 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const fields = parsed.meta.fields ?? [];
  const base = parsed.data.find((r) => r.report_id === '2019-310000-人民政府办公厅-agency')!;
  const row: Record<string, string> = {
    ...base,
    report_id: 'u-1',
    agency_id: 'u-1',
    agency: '=1+2测试局',
    f19_permit_items_change: '-3'
  };
  const csv = Papa.unparse({ fields, data: [fields.map((f) => row[f] ?? '')] }, { newline: '\n' });
  const users = new UserExports(db.engine, db.decode);
  const added = await users.add([{ table: 'reports', name: 'u.csv', bytes: new TextEncoder().encode(csv) }], 'beside');
  expect(added.errors).toEqual([]);
}, 60_000);

describe('filteredReportsCsv', () => {
  it('has a BOM, exactly the filtered rows, safe text and numeric negatives', async () => {
    const filters = { ...NO_FILTERS, yearFrom: 2019, yearTo: 2019 };
    const { csv, rows } = await filteredReportsCsv(db.runner, filters, REPORT_COLUMN_NAMES);
    expect(csv.startsWith('\uFEFFreport_id,agency_id,year,')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    const expected = readExportCsv('reports').filter((r) => r.year === '2019').length + 1;
    expect(rows).toBe(expected);
    expect(parsed.data).toHaveLength(expected);
    const mine = parsed.data.find((r) => r.report_id === 'u-1');
    expect(mine?.agency).toBe("'=1+2测试局");
    expect(mine?.f19_permit_items_change).toBe('-3');
    expect(parsed.data.every((r) => r.year === '2019')).toBe(true);
  });

  it('exports only the chosen columns, in contract order', async () => {
    const { csv } = await filteredReportsCsv(db.runner, NO_FILTERS, ['permits', 'agency', 'year']);
    expect(csv.split('\n')[0]).toBe('\uFEFFyear,agency,permits');
  });

  it('refuses a column that is not in the dictionary', () => {
    expect(() => filteredReportsSql(NO_FILTERS, ['year; DROP TABLE reports'])).toThrow(/not a column/);
  });
});

describe('parquetWriter', () => {
  it('writes the filtered rows with BIGINT, DECIMAL(18,6), DATE and INTEGER kept', async () => {
    const write = await parquetWriter(readFileSync(require.resolve('parquet-wasm/esm/parquet_wasm_bg.wasm')));
    const filters = { ...NO_FILTERS, origins: ['real' as const] };
    const { sql, params } = filteredReportsSql(filters, REPORT_COLUMN_NAMES);
    const parquet = write(await queryToIpc(db.engine, sql, params));
    const path = join(mkdtempSync(join(tmpdir(), 'nianbao-p6-')), 'reports.parquet');
    writeFileSync(path, parquet);

    const instance = await DuckDBInstance.create(':memory:');
    const conn = await instance.connect();
    const described = await conn.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${path}')`);
    const types = new Map(described.getRowObjects().map((r) => [String(r.column_name), String(r.column_type)]));
    expect([...types.keys()]).toEqual(REPORT_COLUMN_NAMES);
    expect(types.get('permits')).toBe('BIGINT');
    expect(types.get('fees_wan')).toBe('DECIMAL(18,6)');
    expect(types.get('published_date')).toBe('DATE');
    expect(types.get('year')).toBe('INTEGER');
    expect(types.get('f19_procurement_amount')).toBe('DECIMAL(18,2)');
    const rows = (
      await conn.runAndReadAll(
        `SELECT report_id, fees_wan::VARCHAR AS fees, published_date::VARCHAR AS d, agency FROM read_parquet('${path}') ORDER BY report_id`
      )
    ).getRowObjectsJson();
    const real = readExportCsv('reports').filter((r) => r.origin === 'real');
    // The crafted row is origin real too.
    expect(rows).toHaveLength(real.length + 1);
    const mengjin = rows.find((r) => r.report_id === '2023-410308-人力资源和社会保障局-agency');
    expect(mengjin?.fees).toBe('13.614500');
    const pingtan = rows.find((r) => r.report_id === '2021-350128-管理委员会-jurisdiction');
    expect(pingtan?.d).toBe('2022-02-08');
    // Parquet keeps text exactly; only the CSV neutralises formulas.
    expect(rows.find((r) => r.report_id === 'u-1')?.agency).toBe('=1+2测试局');
    conn.closeSync();
    instance.closeSync();
  });
});
