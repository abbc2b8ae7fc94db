/**
 * The user's own exports in the session database (db/user-exports.ts), in Node against the same
 * duckdb-wasm engine as the browser: header checks, beside/instead/reset, replaced reports, type
 * errors with row numbers, and CSV and Parquet inputs made from the repository's real exports.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  csvHeader,
  isParquet,
  recogniseExportTable,
  UserExports,
  validateExportColumns
} from '../../../src/lib/db/user-exports';
import { TABLES } from '../../../src/lib/db/tables';
import type { TableName } from '../../../src/lib/db/types';
import { readExportCsv } from '../queries/export-data';
import { EXPORTS, openTestDb, type TestDb } from './session-engine';

const realCsv = (table: TableName): Uint8Array => new Uint8Array(readFileSync(join(EXPORTS, 'real', `${table}.csv`)));
const realParquet = (table: TableName): Uint8Array =>
  new Uint8Array(readFileSync(join(EXPORTS, 'real', `${table}.parquet`)));
/** Rows of one real export, read here with papaparse (not by the code under test). */
function realRows(table: TableName): Record<string, string>[] {
  const text = readFileSync(join(EXPORTS, 'real', `${table}.csv`), 'utf8').replace(/^\uFEFF/, '');
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The real reports.csv as rows of text, to craft user files from. */
function realReportRows(): { fields: string[]; rows: Record<string, string>[] } {
  const text = readFileSync(join(EXPORTS, 'real', 'reports.csv'), 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  return { fields: parsed.meta.fields ?? [], rows: parsed.data };
}

function csvOf(fields: string[], rows: Record<string, string>[]): Uint8Array {
  return encode(`\uFEFF${Papa.unparse({ fields, data: rows.map((r) => fields.map((f) => r[f] ?? '')) }, { newline: '\n' })}\n`);
}

const bundledReports = readExportCsv('reports').length;
const bundledChecks = readExportCsv('checks').length;

describe('validateExportColumns', () => {
  it('accepts the header of every real export', () => {
    for (const table of TABLES) {
      expect(validateExportColumns(csvHeader(realCsv(table)), table)).toEqual({
        missing: [],
        unknown: [],
        duplicated: []
      });
    }
  });

  it('names a renamed column as missing and the new name as unknown', () => {
    const header = csvHeader(realCsv('reports')).map((h) => (h === 'permits' ? 'permit' : h));
    expect(validateExportColumns(header, 'reports')).toEqual({
      missing: ['permits'],
      unknown: ['permit'],
      duplicated: []
    });
  });

  it('names duplicated columns and trims spaces', () => {
    expect(validateExportColumns([' report_id', 'column', 'location', 'raw', 'raw'], 'provenance')).toEqual({
      missing: [],
      unknown: [],
      duplicated: ['raw']
    });
  });
});

describe('recogniseExportTable', () => {
  it('tells each real export by its columns', () => {
    for (const table of TABLES) expect(recogniseExportTable(csvHeader(realCsv(table)))).toBe(table);
  });

  it('still tells reports with one column wrong, and nothing from unrelated columns', () => {
    const header = csvHeader(realCsv('reports')).map((h) => (h === 'permits' ? 'permit' : h));
    expect(recogniseExportTable(header)).toBe('reports');
    expect(recogniseExportTable(['name', 'amount'])).toBeNull();
  });

  it('knows Parquet bytes from CSV', () => {
    expect(isParquet(realParquet('reports'))).toBe(true);
    expect(isParquet(realCsv('reports'))).toBe(false);
  });
});

describe('UserExports', () => {
  let db: TestDb;
  let users: UserExports;
  const count = async (table: TableName, where = 'TRUE'): Promise<number> =>
    (await db.runner.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${table} WHERE ${where}`))[0]?.n ?? -1;

  beforeAll(async () => {
    db = await openTestDb();
    users = new UserExports(db.engine, db.decode);
  }, 60_000);

  it('starts with the bundled rows', async () => {
    expect(await count('reports')).toBe(bundledReports);
    expect(await count('checks')).toBe(bundledChecks);
  });

  it('adds a crafted CSV beside the bundled data, with contract types and formula-like text kept', async () => {
    const { fields, rows } = realReportRows();
    const base = rows.find((r) => r.report_id === '2019-310000-人民政府办公厅-agency');
    expect(base).toBeDefined();
    const crafted = {
      ...base!,
      report_id: '2019-999999-测试局-agency',
      agency_id: '999999-测试局',
      agency: '=HYPERLINK("http://x")测试局',
      f19_permit_items_change: '-3'
    };
    const result = await users.add([{ table: 'reports', name: 'mine.csv', bytes: csvOf(fields, [crafted]) }], 'beside');
    expect(result).toEqual({ added: { reports: 1 }, errors: [] });
    expect(await count('reports')).toBe(bundledReports + 1);
    const [row] = await db.runner.query<Record<string, unknown>>(
      `SELECT agency, f19_permit_items_change, typeof(f19_permit_items_change) AS t, county_current
       FROM reports WHERE report_id = '2019-999999-测试局-agency'`
    );
    expect(row).toEqual({
      agency: '=HYPERLINK("http://x")测试局',
      f19_permit_items_change: -3,
      t: 'BIGINT',
      county_current: null
    });
    // The bundled checks stay: no bundled report was replaced.
    expect(await count('checks')).toBe(bundledChecks);
  });

  it('replaces a bundled report given again, in every report-keyed table', async () => {
    const { fields, rows } = realReportRows();
    const id = '2019-350128-管理委员会-jurisdiction';
    const again = { ...rows.find((r) => r.report_id === id)!, permits: '7' };
    const checksOfIt = readExportCsv('checks').filter((c) => c.report_id === id).length;
    expect(checksOfIt).toBeGreaterThan(0);
    const result = await users.add([{ table: 'reports', name: 'again.csv', bytes: csvOf(fields, [again]) }], 'beside');
    expect(result.added).toEqual({ reports: 1 });
    expect(await count('reports', `report_id = '${id}'`)).toBe(1);
    const [row] = await db.runner.query<{ permits: number }>(`SELECT permits FROM reports WHERE report_id = '${id}'`);
    expect(row?.permits).toBe(7);
    expect(await count('reports')).toBe(bundledReports + 1);
    // Its bundled findings went with the bundled copy; the user gave none.
    expect(await count('checks')).toBe(bundledChecks - checksOfIt);
    expect(await users.counts()).toMatchObject({
      reports: { bundled: bundledReports - 1, user: 2 },
      checks: { bundled: bundledChecks - checksOfIt, user: 0 }
    });
  });

  it('shows only the user files in `instead` mode, then everything again after reset', async () => {
    const result = await users.add([{ table: 'checks', name: 'checks.parquet', bytes: realParquet('checks') }], 'instead');
    expect(result).toEqual({ added: { checks: realRows('checks').length }, errors: [] });
    // Only the two user reports; the checks file came after the report given again, so its
    // findings for that report are kept (a later file wins).
    expect(await count('reports')).toBe(2);
    expect(await count('checks')).toBe(realRows('checks').length);
    await users.reset();
    expect(await count('reports')).toBe(bundledReports);
    expect(await count('checks')).toBe(bundledChecks);
    expect(users.hasUserData).toBe(false);
  });

  it('loads the real reports.parquet instead of the bundled data with the contract types', async () => {
    const result = await users.add([{ table: 'reports', name: 'reports.parquet', bytes: realParquet('reports') }], 'instead');
    expect(result).toEqual({ added: { reports: 9 }, errors: [] });
    const types = await db.runner.query<{ column_name: string; data_type: string }>(
      `SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'reports'
       AND column_name IN ('year', 'permits', 'fees_wan', 'published_date') ORDER BY column_name`
    );
    expect(types.map((t) => `${t.column_name}:${t.data_type}`)).toEqual([
      'fees_wan:DECIMAL(18,6)',
      'permits:BIGINT',
      'published_date:DATE',
      'year:INTEGER'
    ]);
    const [sum] = await db.runner.query<{ fees: number }>('SELECT sum(fees_wan)::DOUBLE AS fees FROM reports');
    const expected = readExportCsv('reports')
      .filter((r) => r.origin === 'real')
      .reduce((a, r) => a + Number(r.fees_wan || 0), 0);
    expect(sum?.fees).toBeCloseTo(expected, 6);
    await users.reset();
  });

  it('refuses a file with a wrong column, naming it, and loads the others', async () => {
    const { fields, rows } = realReportRows();
    const renamed = fields.map((f) => (f === 'permits' ? 'permit' : f));
    const bad = rows.slice(0, 1).map((r) => ({ ...r, permit: r.permits ?? '' }));
    const result = await users.add(
      [
        { table: 'reports', name: 'bad.csv', bytes: csvOf(renamed, bad) },
        { table: 'sections', name: 'sections.csv', bytes: realCsv('sections') }
      ],
      'beside'
    );
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain('bad.csv');
    expect(result.errors[0]).toContain('缺少列 permits');
    expect(result.errors[0]).toContain('无法识别的列 permit');
    expect(result.added).toEqual({ sections: realRows('sections').length });
    expect(await count('sections')).toBe(readExportCsv('sections').length + realRows('sections').length);
    await users.reset();
  });

  it('names the rows whose values have the wrong type', async () => {
    const { fields, rows } = realReportRows();
    const broken = rows.slice(0, 4).map((r, i) => ({
      ...r,
      report_id: `x-${i}`,
      year: i === 2 ? '二〇二三' : (r.year ?? ''),
      published_date: i === 3 ? '2024/13/01' : (r.published_date ?? '')
    }));
    const result = await users.add([{ table: 'reports', name: 'types.csv', bytes: csvOf(fields, broken) }], 'beside');
    expect(result.added).toEqual({});
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain('列 year 应为 INTEGER：第 3 行（“二〇二三”）');
    expect(result.errors[0]).toContain('列 published_date 应为 DATE：第 4 行（“2024/13/01”）');
    expect(await count('reports')).toBe(bundledReports);
  });

  it('keeps unknown extra columns out and says so', async () => {
    const { fields, rows } = realReportRows();
    const result = await users.add(
      [{ table: 'reports', name: 'extra.csv', bytes: csvOf([...fields, 'note'], rows.slice(0, 1).map((r) => ({ ...r, report_id: 'extra-1', note: 'x' }))) }],
      'beside'
    );
    expect(result.added).toEqual({ reports: 1 });
    expect(result.errors).toEqual([expect.stringContaining('无法识别的列已忽略：note')]);
    const cols = await db.runner.query('SELECT column_name FROM information_schema.columns WHERE table_name = \'reports\' AND column_name = \'note\'');
    expect(cols).toEqual([]);
    await users.reset();
  });
});
