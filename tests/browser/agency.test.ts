/** The body page in Chromium: tables as printed with the CSV's numbers, provenance, print layout. */
import { describe, expect, it } from 'vitest';
import { loadReports } from './expected';
import { agencyPath, PHONE, screenshot, usePages } from './site';

const open = usePages();
const reports = loadReports();
const pingtan = reports.filter((r) => r.agency_id === '350128-管理委员会');

describe('body page', () => {
  it('shows each report of 平潭综合实验区 with section 三 as printed and provenance', async () => {
    const page = await open(agencyPath('350128-管理委员会'), '[data-report] [data-report-table="s3"]');
    await expect(page.locator('h1').textContent()).resolves.toContain('平潭综合实验区');
    expect(await page.locator('[data-report]').count()).toBe(pingtan.length);

    const r2021 = pingtan.find((r) => r.year === '2021');
    const report = page.locator('[data-report="2021-350128-管理委员会-jurisdiction"]');
    const s3 = report.locator('[data-report-table="s3"]');
    await expect(s3.getAttribute('data-rows')).resolves.toBe('25');
    const newTotal = await s3.locator('tr[data-row="new"] td[data-col="app_new_total"]').textContent();
    expect(newTotal?.trim()).toBe(r2021?.app_new_total);
    // 2019 format: 23 rows, and fees (2021 only) are not among its columns.
    const s3of2019 = page.locator('[data-report="2019-350128-管理委员会-jurisdiction"] [data-report-table="s3"]');
    await expect(s3of2019.getAttribute('data-rows')).resolves.toBe('23');

    // Provenance of a number on focus.
    await s3.locator('tr[data-row="new"] td[data-col="app_new_total"] button').focus();
    const line = await report.locator('[data-provenance-line]').textContent();
    expect(line).toMatch(/位置 .+，原文“/);

    // Blank cells are "—", never 0: the 2019 report leaves some cells blank (blank_cell findings).
    const blanks = await page.locator('[data-report="2019-350128-管理委员会-jurisdiction"] td.blank').count();
    const csv2019 = pingtan.find((r) => r.year === '2019');
    expect(blanks).toBeGreaterThan(0);
    expect(csv2019).toBeDefined();

    // Source link and year-on-year table.
    const href = await report.locator('a[rel~="external"]').getAttribute('href');
    expect(href).toBe(r2021?.source_url);
    const yoy = await page
      .locator('[data-table="agency-yoy"] tr[data-key="app_new_total"] td[data-col="2022"] [data-change]')
      .getAttribute('data-change');
    expect(Number(yoy)).toBe(
      Number(pingtan.find((r) => r.year === '2022')?.app_new_total) - Number(r2021?.app_new_total)
    );

    await screenshot(page, 'agency-desktop');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
    await screenshot(page, 'agency-print');
  });

  it('says demo rows have no provenance, and works on a phone', async () => {
    const page = await open(agencyPath('410305-财政局'), '[data-report] [data-report-table="s2"]', PHONE);
    await expect(page.locator('[data-provenance-line]').first().textContent()).resolves.toContain(
      '演示数据没有逐格来源记录'
    );
    const count = reports.filter((r) => r.agency_id === '410305-财政局').length;
    expect(await page.locator('[data-report]').count()).toBe(count);
    await screenshot(page, 'agency-phone');
  });
});
