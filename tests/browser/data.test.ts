/**
 * The data view in Chromium: sorting and filtering the table, the CSV download (BOM, exactly the
 * filtered rows, safe text, numeric negatives) of a crafted user file loaded beside the bundled
 * data, the Parquet download read back with @duckdb/node-api, a wrong column named, and the
 * beside/instead modes changing the counts. Screenshots at desktop and phone widths.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadReports } from './expected';
import { SCREENSHOT_DIR, type OpenOptions } from './harness';
import { useSite } from './site';

const site = useSite();
const reports = loadReports();
const work = mkdtempSync(join(tmpdir(), 'nianbao-data-'));

/** The data view at `path`, once its table is there. */
function open(path: string, options: OpenOptions = {}): Promise<Page> {
  return site.open(path, { ...options, ready: 'table[data-table="reports"]', readyTimeout: 45_000 });
}

async function total(page: Page): Promise<number> {
  return Number(await page.getAttribute('[data-total]', 'data-total'));
}

/** A user reports CSV: one real row with a formula-like name and a negative 2019 change. */
function craftedCsv(): string {
  const text = readFileSync('data/exports/real/reports.csv', 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const fields = parsed.meta.fields ?? [];
  const base = parsed.data.find((r) => r.report_id === '2019-310000-人民政府办公厅-agency')!;
  const row: Record<string, string> = {
    ...base,
    report_id: '2019-999999-测试局-agency',
    agency_id: '999999-测试局',
    agency: '=HYPERLINK("http://evil")测试局',
    f19_permit_items_change: '-3'
  };
  const path = join(work, 'mine.csv');
  writeFileSync(
    path,
    `\uFEFF${Papa.unparse({ fields, data: [fields.map((f) => row[f] ?? '')] }, { newline: '\n' })}\n`
  );
  return path;
}

async function loadUserFiles(page: Page, files: string[], mode: 'beside' | 'instead'): Promise<void> {
  await page.setInputFiles('[data-user-files]', files);
  await page.check(`input[name="data-user-mode"][value="${mode}"]`);
  await page.click('[data-user-load]');
  await page.waitForSelector('[data-user-added], [data-user-errors]');
}

describe('数据 view', () => {
  it('sorts and filters the table, with the total of the filtered reports', async () => {
    const page = await open('/data/?origin=real&sort=permits&dir=desc');
    expect(await total(page)).toBe(reports.filter((r) => r.origin === 'real').length);
    const first = await page.textContent('table[data-table="reports"] tbody tr:first-child [data-col="agency"]');
    const top = reports
      .filter((r) => r.origin === 'real' && r.permits !== '')
      .sort((a, b) => Number(b.permits) - Number(a.permits))[0];
    expect(first?.trim()).toBe(top?.agency);
    // Ascending order through the control.
    await page.check('input[name="data-dir"][value="asc"]');
    await page.waitForURL((u) => !u.searchParams.has('dir'));
    await page.waitForFunction(
      (agency) =>
        document
          .querySelector('table[data-table="reports"] tbody tr:first-child [data-col="agency"]')
          ?.textContent?.trim() !== agency,
      first?.trim()
    );
    // A year filter through the URL.
    await page.goto(`${site.origin()}/data/?y=2024`);
    await page.waitForFunction(
      (n) => document.querySelector('[data-total]')?.getAttribute('data-total') === String(n),
      reports.filter((r) => r.year === '2024').length,
      { timeout: 30_000 }
    );
  });

  it('downloads exactly the filtered rows as CSV with a BOM, safe text and numeric negatives', async () => {
    const page = await open('/data/?y=2019');
    const before = await total(page);
    await loadUserFiles(page, [craftedCsv()], 'beside');
    expect(await page.textContent('[data-user-added]')).toContain('reports 1');
    await page.waitForFunction(
      (n) => document.querySelector('[data-total]')?.getAttribute('data-total') === String(n),
      before + 1
    );
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-download="csv"]')]);
    const path = join(work, 'out.csv');
    await download.saveAs(path);
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<Record<string, string>>(bytes.toString('utf8').slice(1), {
      header: true,
      skipEmptyLines: true
    });
    expect(parsed.data).toHaveLength(before + 1);
    expect(parsed.data.every((r) => r.year === '2019')).toBe(true);
    const mine = parsed.data.find((r) => r.report_id === '2019-999999-测试局-agency');
    expect(mine?.agency).toBe('\'=HYPERLINK("http://evil")测试局');
    expect(mine?.f19_permit_items_change).toBe('-3');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'data-desktop.png'), fullPage: true });
  });

  it('downloads Parquet that reads back with the contract types', async () => {
    const page = await open('/data/?origin=real');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-download="parquet"]')]);
    const path = join(work, 'out.parquet');
    await download.saveAs(path);
    const instance = await DuckDBInstance.create(':memory:');
    const conn = await instance.connect();
    const types = new Map(
      (await conn.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${path}')`))
        .getRowObjects()
        .map((r) => [String(r.column_name), String(r.column_type)])
    );
    expect(types.get('permits')).toBe('BIGINT');
    expect(types.get('fees_wan')).toBe('DECIMAL(18,6)');
    expect(types.get('published_date')).toBe('DATE');
    expect(types.get('year')).toBe('INTEGER');
    const rows = (
      await conn.runAndReadAll(
        `SELECT report_id, fees_wan::VARCHAR AS fees FROM read_parquet('${path}') ORDER BY report_id`
      )
    ).getRowObjectsJson();
    const real = reports.filter((r) => r.origin === 'real');
    expect(rows).toHaveLength(real.length);
    expect(rows.find((r) => r.report_id === '2023-410308-人力资源和社会保障局-agency')?.fees).toBe('13.614500');
    conn.closeSync();
    instance.closeSync();
  });

  it('names a wrong column of an uploaded CSV', async () => {
    const page = await open('/data/');
    const text = readFileSync('data/exports/real/reports.csv', 'utf8').replace(',permits,', ',permit,');
    const path = join(work, 'wrong.csv');
    writeFileSync(path, text);
    await loadUserFiles(page, [path], 'beside');
    const message = await page.textContent('[data-user-errors]');
    expect(message).toContain('wrong.csv');
    expect(message).toContain('缺少列 permits');
    expect(message).toContain('无法识别的列 permit');
  });

  it('changes the counts shown between beside and instead, and back', async () => {
    const page = await open('/data/', { viewport: { width: 375, height: 800 } });
    const all = reports.length;
    expect(await total(page)).toBe(all);
    // The bundled data has demo rows, and says so (banner and footer).
    await page.waitForSelector('[data-demo-banner]');
    expect(await page.textContent('footer')).toContain('演示数据为生成的示例。');
    const real = 'data/exports/real/reports.parquet';
    await loadUserFiles(page, [real], 'instead');
    const realCount = reports.filter((r) => r.origin === 'real').length;
    await page.waitForFunction(
      (n) => document.querySelector('[data-total]')?.getAttribute('data-total') === String(n),
      realCount
    );
    // Real reports only, instead of the bundled data: no demo banner any more, and the footer no
    // longer speaks of demo data.
    await page.waitForSelector('[data-demo-banner]', { state: 'detached' });
    await page.waitForFunction(() => !document.querySelector('footer')?.textContent?.includes('演示数据'));
    expect(await page.getAttribute('[data-user-summary]', 'data-user-rows')).toBe(String(realCount));
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'data-phone.png'), fullPage: true });
    // Beside: the user's reports replace every bundled row with the same report_id (the bundled
    // demo data reuses one real report's id), and the crafted report is new.
    const realIds = new Set(reports.filter((r) => r.origin === 'real').map((r) => r.report_id));
    const besides = reports.filter((r) => !realIds.has(r.report_id)).length + realCount + 1;
    await loadUserFiles(page, [craftedCsv()], 'beside');
    await page.waitForFunction(
      (n) => document.querySelector('[data-total]')?.getAttribute('data-total') === String(n),
      besides
    );
    await page.click('[data-user-reset]');
    await page.waitForFunction(
      (n) => document.querySelector('[data-total]')?.getAttribute('data-total') === String(n),
      all
    );
    await page.waitForSelector('[data-demo-banner]');
  });
});
