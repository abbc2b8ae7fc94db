/** 概览 Overview in Chromium: headline figures of the latest year, change on the year before, sparklines. */
import { describe, expect, it } from 'vitest';
import { formatCount, formatMoney, loadReports, num, type CsvRow } from './expected';
import { screenshot, SIZES, useSite } from './site';

const session = useSite();
const agencyRows = loadReports().filter((r) => r.scope === 'agency');

function sum(rows: readonly CsvRow[], columns: readonly string[]): number {
  return rows.reduce((a, r) => a + columns.reduce((b, c) => b + (num(r, c) ?? 0), 0), 0);
}

describe('overview', () => {
  it('headline figures are the agency-scope sums of the latest year, with change and sparkline', async () => {
    const year = Math.max(...agencyRows.map((r) => Number(r.year)));
    const latest = agencyRows.filter((r) => Number(r.year) === year);
    const prev = agencyRows.filter((r) => Number(r.year) === year - 1);
    const page = await session.open('/');
    expect(await page.locator('[data-headline-year]').getAttribute('data-headline-year')).toBe(String(year));
    const value = async (id: string): Promise<string> =>
      ((await page.locator(`[data-figure="${id}"] .fig-value`).textContent()) ?? '').trim();
    expect(await value('reports')).toBe(formatCount(latest.length));
    expect(await value('bodies')).toBe(formatCount(new Set(latest.map((r) => r.agency_id)).size));
    for (const m of ['permits', 'penalties', 'coercions', 'app_new_total', 'review_total'])
      expect(await value(m), m).toBe(formatCount(sum(latest, [m])));
    expect(await value('suit_total')).toBe(formatCount(sum(latest, ['suit_direct_total', 'suit_after_review_total'])));
    expect(await value('fees_wan')).toBe(formatMoney(sum(latest, ['fees_wan'])));
    const change = (sum(latest, ['permits']) - sum(prev, ['permits'])) / sum(prev, ['permits']);
    const pct = `${new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(Math.abs(change) * 100)}%`;
    expect(await page.locator('[data-figure="permits"] [data-change]').textContent()).toContain(pct);
    expect(await page.locator('[data-figure="permits"] svg path').count()).toBe(1);
  });

  for (const size of SIZES)
    it(`screenshot at ${size.width}`, async () => {
      const page = await session.open('/', { viewport: size });
      await screenshot(page, `overview-${size.name}`);
    });
});
