/**
 * 复议诉讼 in Chromium against data/exports: the rate heatmap (纠错率, 败诉率) per district and
 * year with numerator / denominator in the table and small samples flagged, the bodies each
 * total sums and those without a report, whole-area reports apart; screenshots.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentCountyOf, formatCount, formatPercent, loadReports, sumBy, type CsvRow } from './expected';
import { SCREENSHOT_DIR, tableColumn } from './harness';
import { horizontalOverflow, useSite } from './site';

const { open } = useSite();
const reports: CsvRow[] = loadReports();
const agencyRows = reports.filter((r) => r.scope === 'agency');
const countyOf = currentCountyOf(reports);
const years = [...new Set(agencyRows.map((r) => Number(r.year)))].sort();

/** Expected cell text of a rate: "12.5% (1 / 8 件)", or "—" with nothing decided. */
function rateCells(plus: string[], corrected: string[], pending: string[]): Map<string, Map<number, string>> {
  const out = new Map<string, Map<number, string>>();
  const key = (r: CsvRow): string => `${countyOf(r)}\u0000${r.year}`;
  const total = sumBy(agencyRows, key, plus);
  const num = sumBy(agencyRows, key, corrected);
  const pend = sumBy(agencyRows, key, pending);
  for (const [k, t] of total) {
    const [county, year] = k.split('\u0000');
    const den = t.sum - (pend.get(k)?.sum ?? 0);
    if (den <= 0) continue;
    const n = num.get(k)?.sum ?? 0;
    const text = `${formatPercent(n / den)} (${formatCount(n)} / ${formatCount(den)} 件)${den < 5 ? '样本少' : ''}`;
    const row = out.get(county) ?? new Map<number, string>();
    row.set(Number(year), text);
    out.set(county, row);
  }
  return out;
}

describe('复议诉讼 heatmap', () => {
  it('纠错率 per district and year: every table cell from the CSV, the chart drawn', async () => {
    const expected = rateCells(['review_total'], ['review_corrected'], ['review_pending']);
    const page = await open('/review/?by=county');
    expect(await page.locator('[data-chart="heatmap"] [data-chart-ready="true"]').count()).toBe(1);
    expect(await page.locator('#heatmap-title').textContent()).toContain('行政复议纠错率');
    const keys = await page.$$eval('table[data-table="heatmap"] tbody tr', (rows) =>
      rows.map((r) => r.getAttribute('data-key') ?? '')
    );
    expect(new Set(keys)).toEqual(new Set(expected.keys()));
    let small = 0;
    for (const year of years) {
      const column = await tableColumn(page, 'heatmap', String(year));
      for (const [county, cells] of expected) {
        const want = cells.get(year) ?? '—';
        expect(column.get(county), `${county} ${year}`).toBe(want);
        if (want.endsWith('样本少')) small++;
      }
    }
    // The demo data has districts with only a few decided cases in a year: the grey cells.
    expect(small).toBeGreaterThan(0);
  });

  it('败诉率 for litigation: both kinds of suits added, the double-count note shown', async () => {
    const expected = rateCells(
      ['suit_direct_total', 'suit_after_review_total'],
      ['suit_direct_corrected', 'suit_after_review_corrected'],
      ['suit_direct_pending', 'suit_after_review_pending']
    );
    const page = await open('/review/?by=county&case=suit');
    expect(await page.locator('#heatmap-title').textContent()).toContain('行政诉讼败诉率');
    expect(await page.locator('.definitions').textContent()).toContain('重复计算');
    const year = years.at(-1) ?? 0;
    const column = await tableColumn(page, 'heatmap', String(year));
    let checked = 0;
    for (const [county, cells] of expected) {
      expect(column.get(county), county).toBe(cells.get(year) ?? '—');
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
  });
});

describe('复议诉讼 totals', () => {
  it('each district total names the bodies it sums and those without a report that year', async () => {
    const year = years.at(-1) ?? 0;
    const demo = agencyRows.filter((r) => r.origin === 'demo');
    const page = await open(`/review/?by=county&at=${year}&origin=demo`);
    const bodies = await tableColumn(page, 'compare', 'bodies');
    const missing = await tableColumn(page, 'compare', 'missing');
    expect(bodies.size).toBeGreaterThan(5);
    for (const [county, text] of bodies) {
      const area = demo.filter((r) => countyOf(r) === county);
      const reporting = new Set(area.filter((r) => Number(r.year) === year).map((r) => r.agency_id));
      const known = new Set(area.map((r) => r.agency_id));
      expect(text, county).toBe(String(reporting.size));
      expect(missing.get(county), county).toBe(formatCount(known.size - reporting.size));
    }
    // Whole-area reports are listed on their own, with the district government's figure beside.
    const whole = reports.filter((r) => r.scope === 'jurisdiction' && r.origin === 'demo' && Number(r.year) === year);
    const withReview = whole.filter((r) => r.review_total !== '');
    expect(await page.locator('table[data-table="jurisdiction"] tbody tr').count()).toBe(withReview.length);
  });

  it('the year comparison and trend are still there, and the page fits a phone', async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    for (const size of [
      { name: 'desktop', width: 1366, height: 900 },
      { name: 'phone', width: 375, height: 812 }
    ]) {
      const page = await open('/review/?by=county', { viewport: size });
      for (const chart of ['compare', 'heatmap', 'trend']) {
        expect(await page.locator(`[data-chart="${chart}"] [data-chart-ready="true"]`).count(), chart).toBe(1);
      }
      expect(await horizontalOverflow(page), size.name).toBeLessThanOrEqual(0);
      await page.screenshot({ path: join(SCREENSHOT_DIR, `review-heatmap-${size.name}.png`), fullPage: true });
    }
  });
});
