/**
 * The Node database is duckdb-wasm's own Node build, loaded through the same code as the browser
 * (parquet-wasm → Arrow IPC). These tests run with every network door shut, to prove the offline
 * trap (duckdb-wasm fetching its parquet extension) is avoided.
 */
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDb, openNodeEngine } from '../../../src/lib/db/node';
import type { QueryRunner } from '../../../src/lib/db/types';
import { REPORT_COLUMNS } from '../../../src/lib/schema/columns';
import { num, ORIGIN_DIRS, readExportCsv } from '../queries/export-data';

const require = createRequire(import.meta.url);
const netModules = ['node:http', 'node:https', 'node:net', 'node:tls'].map(
  (m) => require(m) as Record<string, unknown>
);
const netFunctions = ['request', 'get', 'connect', 'createConnection'];

let db: QueryRunner;
const attempts: string[] = [];
const restore: (() => void)[] = [];

beforeAll(async () => {
  // Shut every way out: fetch, XMLHttpRequest and Node's sockets record the attempt and fail.
  // A plain function, not an arrow, so `new XMLHttpRequest()` reaches the body too.
  const block = (what: string) =>
    function blocked(): never {
      attempts.push(what);
      throw new Error(`network blocked in test: ${what}`);
    };
  const g = globalThis as Record<string, unknown>;
  for (const name of ['fetch', 'XMLHttpRequest']) {
    const original = g[name];
    g[name] = block(name);
    restore.push(() => (g[name] = original));
  }
  for (const mod of netModules) {
    for (const fn of netFunctions) {
      if (typeof mod[fn] !== 'function') continue;
      const original = mod[fn];
      mod[fn] = block(fn);
      restore.push(() => (mod[fn] = original));
    }
  }
  db = await createNodeDb(ORIGIN_DIRS);
});

afterAll(() => restore.forEach((undo) => undo()));

describe('createNodeDb (offline)', () => {
  it('loads every table of both folders with no network attempt', async () => {
    for (const table of ['reports', 'checks', 'sections', 'provenance', 'rejections']) {
      const [{ n }] = await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${table}`);
      expect(n, table).toBe(readExportCsv(table).length);
    }
    expect(attempts).toEqual([]);
  });

  it('gives every reports column the type of the export contract', async () => {
    const rows = await db.query<{ column_name: string; data_type: string }>(
      "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'reports' ORDER BY ordinal_position"
    );
    const contract = REPORT_COLUMNS.map((c) => [c.name, c.type]);
    expect(rows.slice(0, contract.length).map((r) => [r.column_name, r.data_type])).toEqual(contract);
    expect(rows.at(-1)).toEqual({ column_name: 'county_current', data_type: 'VARCHAR' });
  });

  it('hands DECIMAL, DATE and BIGINT to JS as numbers and YYYY-MM-DD', async () => {
    const csv = readExportCsv('reports');
    const withFee = csv.find((r) => r.fees_wan !== '' && r.published_date !== '' && r.permits !== '');
    expect(withFee, 'the exports have a report with fees, date and permits').toBeDefined();
    const [row] = await db.query('SELECT fees_wan, published_date, permits, year FROM reports WHERE report_id = ?', [
      withFee!.report_id
    ]);
    expect(row).toEqual({
      fees_wan: num(withFee!.fees_wan),
      published_date: withFee!.published_date,
      permits: num(withFee!.permits),
      year: num(withFee!.year)
    });
    const [sums] = await db.query('SELECT sum(permits) AS s, count(*) AS n FROM reports');
    expect(typeof sums.s).toBe('number');
    expect(typeof sums.n).toBe('number');
  });

  it('needs the guard: left alone, the engine reaches for the network to read Parquet', async () => {
    const bare = await openNodeEngine();
    const before = attempts.length;
    await expect(bare.run(`SELECT * FROM read_parquet('${ORIGIN_DIRS[0]}/reports.parquet')`)).rejects.toThrow();
    expect(attempts.slice(before)).toContain('XMLHttpRequest');
    attempts.length = before;
  });

  it("turns duckdb-wasm's missing Parquet reader into a clear error, and the engine lives on", async () => {
    await expect(db.query(`SELECT * FROM read_parquet('${ORIGIN_DIRS[0]}/reports.parquet')`)).rejects.toThrow(
      /parquet/i
    );
    const [{ ok }] = await db.query<{ ok: number }>('SELECT 1 AS ok');
    expect(ok).toBe(1);
    expect(attempts).toEqual([]);
  });
});
