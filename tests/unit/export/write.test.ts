import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS, EXPORT_TABLE_NAMES } from '../../../src/lib/export/index';
import { writeExports } from '../../../src/lib/export/write';
import { REPORT_COLUMNS } from '../../../src/lib/schema/columns';
import { loadExpected, sampleBundle } from './bundle-fixture';
import { parquetSchema, withDuckDb } from './duckdb-read';

let root: string;
let first: string;
let second: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'nianbao-write-test-'));
  first = join(root, 'a');
  second = join(root, 'b', 'nested');
  await writeExports(first, sampleBundle());
  await writeExports(second, sampleBundle());
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('writeExports', () => {
  it('writes the five exports as CSV and Parquet, and nothing else', () => {
    const expected = EXPORT_TABLE_NAMES.flatMap((t) => [`${t}.csv`, `${t}.parquet`]).sort();
    expect(readdirSync(first).sort()).toEqual(expected);
  });

  it('gives byte-identical files for the same bundle', () => {
    for (const file of readdirSync(first)) {
      expect(readFileSync(join(second, file)).equals(readFileSync(join(first, file))), file).toBe(true);
    }
  });

  it('writes Parquet with exactly the contract types', async () => {
    for (const table of EXPORT_TABLE_NAMES) {
      const schema = await parquetSchema(join(first, `${table}.parquet`));
      expect(schema, table).toEqual(EXPORT_COLUMNS[table].map((c) => `${c.name} ${c.type}`));
    }
    const reports = await parquetSchema(join(first, 'reports.parquet'));
    expect(reports).toContain('fees_wan DECIMAL(18,6)');
    expect(reports).toContain('f19_procurement_amount DECIMAL(18,2)');
    expect(reports).toContain('published_date DATE');
    expect(reports).toContain('year INTEGER');
    expect(reports).toContain('app_new_total BIGINT');
    expect(reports).toHaveLength(REPORT_COLUMNS.length);
  });

  it('keeps the real values in Parquet, and the raw text unescaped', async () => {
    const e21 = loadExpected('平潭综合实验区_2021').cells;
    const rows = await withDuckDb((q) =>
      q(`SELECT report_id, agency, fees_wan::VARCHAR AS fees, permits, app_new_total, f19_permit_items_change AS change,
                f19_procurement_amount::VARCHAR AS amount, published_date::VARCHAR AS published, app_new_research
         FROM read_parquet('${join(first, 'reports.parquet')}') ORDER BY report_id`)
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      change: -8n,
      amount: '1234567.50',
      published: '2020-01-31',
      app_new_research: null
    });
    expect(rows[1]).toMatchObject({
      agency: '=HYPERLINK("http://evil.example","x")',
      fees: '24252.311082',
      permits: BigInt(e21.permits ?? -1),
      app_new_total: BigInt(e21.app_new_total ?? -1),
      published: null
    });
    const raw = await withDuckDb((q) => q(`SELECT raw FROM read_parquet('${join(first, 'provenance.parquet')}')`));
    expect(raw.map((r) => r.raw)).toEqual(['-8', '24252.311082万元']);
    const text = await withDuckDb((q) => q(`SELECT text FROM read_parquet('${join(first, 'sections.parquet')}')`));
    expect(text[0].text).toBe('第一行，"引号"\n第二行\t制表符');
  });

  it('writes CSV that DuckDB reads with the contract types to the same numbers', async () => {
    const columns = `{${EXPORT_COLUMNS.reports.map((c) => `'${c.name}': '${c.type}'`).join(', ')}}`;
    const diff = await withDuckDb((q) =>
      q(`SELECT count(*)::INTEGER AS n FROM (
           (SELECT * EXCLUDE (agency) FROM read_csv('${join(first, 'reports.csv')}', header = true, auto_detect = false, quote = '"', escape = '"', columns = ${columns}))
           EXCEPT ALL
           (SELECT * EXCLUDE (agency) FROM read_parquet('${join(first, 'reports.parquet')}')))`)
    );
    expect(diff[0].n).toBe(0);
  });
});
