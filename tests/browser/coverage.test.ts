/** The coverage view: the late and missing cells computed from reports.csv. */
import { describe, expect, it } from 'vitest';
import { PHONE, screenshot, usePages } from './site';

const open = usePages();

describe('coverage', () => {
  it('marks late reports with days late and gap years as missing', async () => {
    const page = await open('/coverage/', '[data-table="coverage-grid"]');
    const late = page.locator('[data-table="coverage-grid"] tr[data-key="410325-人民政府"] td[data-col="2020"]');
    await expect(late.getAttribute('data-status')).resolves.toBe('late');
    await expect(late.getAttribute('data-days-late')).resolves.toBe('48');
    const missing = page.locator(
      '[data-table="coverage-grid"] tr[data-key="410326-综合行政执法局"] td[data-col="2021"]'
    );
    await expect(missing.getAttribute('data-status')).resolves.toBe('missing');
    const jili = page.locator('[data-table="coverage-grid"] tr[data-key="410306-人民政府"] td[data-col="2021"]');
    await expect(jili.getAttribute('data-status')).resolves.toBe('not_expected');
    expect(await page.locator('td[data-status="late"]').count()).toBe(3);
    const song = await page
      .locator('[data-table="coverage-districts"] tr[data-key="嵩县"] [data-col="late"]')
      .textContent();
    expect(song?.trim()).toBe('1');
    await screenshot(page, 'coverage-desktop');
  });

  it('fits a phone', async () => {
    const page = await open('/coverage/?county=嵩县', '[data-table="coverage-grid"]', PHONE);
    expect(await page.locator('[data-table="coverage-districts"] tbody tr').count()).toBe(1);
    await screenshot(page, 'coverage-phone');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width + 1);
  });
});
