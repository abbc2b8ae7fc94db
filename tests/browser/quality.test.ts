/** The data-quality view: counts from checks.csv, rule filter in the URL, near-duplicates side by side. */
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORTS_DIR } from './expected';
import { PHONE, screenshot, usePages } from './site';

const open = usePages();
const checks = ['real', 'demo'].flatMap(
  (o) =>
    Papa.parse<Record<string, string>>(
      readFileSync(resolve(EXPORTS_DIR, o, 'checks.csv'), 'utf8').replace(/^\uFEFF/, ''),
      {
        header: true,
        skipEmptyLines: true
      }
    ).data
);

describe('data quality', () => {
  it('counts findings by rule, filters by rule, and links to the body page', async () => {
    const page = await open('/quality/?rule=balance', '[data-finding-total]');
    const total = await page.locator('[data-finding-total]').getAttribute('data-finding-total');
    expect(Number(total)).toBe(checks.filter((c) => c.rule === 'balance').length);
    const blank = await page
      .locator('[data-table="quality-summary"] tr[data-key="blank_cell|warning"] [data-col="findings"]')
      .textContent();
    expect(blank?.trim()).toBe(String(checks.filter((c) => c.rule === 'blank_cell').length));
    const link = page.locator('[data-table="quality-findings"] tbody tr a').first();
    expect(decodeURIComponent((await link.getAttribute('href')) ?? '')).toContain('/agency/410311-市场监督管理局/');
    await page.waitForSelector('[data-pair]');
    expect(await page.locator('[data-pair]').count()).toBe(2);
    await expect(page.locator('[data-pair] [data-score]').first().getAttribute('data-score')).resolves.toBe('1.00');
    expect(await page.locator('[data-pair] mark').count()).toBeGreaterThan(0);
    await screenshot(page, 'quality-desktop');
  });

  it('fits a phone', async () => {
    const page = await open('/quality/', '[data-pair]', PHONE);
    await screenshot(page, 'quality-phone');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width + 1);
  });
});
