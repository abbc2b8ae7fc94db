/** 趋势 Trends in Chromium: series per district, indexing, the division and format-change notes, screenshots. */
import { describe, expect, it } from 'vitest';
import { currentCountyOf, loadReports, num } from './expected';
import { tableColumn, waitForView } from './harness';
import { screenshot, SIZES, useSite } from './site';

const session = useSite();
const reports = loadReports();
const agencyRows = reports.filter((r) => r.scope === 'agency');
const countyOf = currentCountyOf(reports);
const ONE = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

describe('trends', () => {
  it('indexes each district to the base year and notes the units it joins', async () => {
    const page = await session.open('/trends/?prov=河南省&city=洛阳市&by=county&index=2021');
    const rows = agencyRows.filter((r) => r.city === '洛阳市');
    const years = [...new Set(rows.map((r) => Number(r.year)))].sort();
    for (const county of ['孟津区', '偃师区', '嵩县']) {
      const at = (y: number): number =>
        rows
          .filter((r) => countyOf(r) === county && Number(r.year) === y)
          .reduce((a, r) => a + (num(r, 'permits') ?? 0), 0);
      for (const y of years) {
        const shown = await tableColumn(page, 'trends', String(y));
        expect(shown.get(county), `${county} ${y}`).toBe(ONE.format((at(y) / at(2021)) * 100));
      }
    }
    await page.locator('label', { hasText: '绝对值' }).click();
    await page.waitForURL((u) => u.searchParams.get('index') === null);
    await waitForView(page);
    const abs = await tableColumn(page, 'trends', '2021');
    const mengjin = rows.filter((r) => countyOf(r) === '孟津区' && r.year === '2021');
    expect(abs.get('孟津区')).toBe(
      ONE.format(mengjin.reduce((a, r) => a + (num(r, 'permits') ?? 0), 0)).replace(/\.0$/, '')
    );
  });

  it('says which series join old units, where the chart shows them', async () => {
    const page = await session.open('/trends/?prov=河南省&city=洛阳市&county=孟津区&by=county');
    const note = await page.locator('[data-note="division"]').textContent();
    expect(note).toContain('孟津县');
    expect(note).toContain('吉利区');
  });

  it('marks the format change for a column whose meaning changed', async () => {
    const page = await session.open('/trends/?prov=河南省&city=洛阳市&by=county&metric=app_other_misc_total');
    expect(await page.locator('[data-note="format-break"]').count()).toBe(1);
    expect(await page.locator('[data-chart="trends"] [data-chart-ready="true"]').count()).toBe(1);
  });

  for (const size of SIZES)
    it(`screenshot at ${size.width}`, async () => {
      const page = await session.open('/trends/?prov=河南省&city=洛阳市&by=county&index=2021', { viewport: size });
      await screenshot(page, `trends-${size.name}`);
    });
});
