/**
 * The built dashboard in Chromium against the real data/exports: every view shows the figures
 * computed here from the CSV, filters live in the URL (copy, back, forward), nothing leaves the
 * origin, no console errors, zh by default with a working English switch, and screenshots.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  currentCountyOf,
  formatCount,
  formatMoney,
  formatPercent,
  latestYear,
  loadReports,
  num,
  sumBy,
  type CsvRow
} from './expected';
import { SCREENSHOT_DIR, tableColumn, waitForView, type OpenOptions } from './harness';
import { useSite } from './site';

const site = useSite();
const reports: CsvRow[] = loadReports();
const agencyRows = reports.filter((r) => r.scope === 'agency');
/** Districts by their current name (2019–2020 reports of 偃师市 count under 偃师区, 孟津县 and 吉利区 under 孟津区). */
const countyOf = currentCountyOf(reports);

/** Open a path of the site and wait for the view to settle. */
const open = (path: string, options: OpenOptions = {}): Promise<Page> => site.open(path, options);

function search(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

describe('views show the numbers in data/', () => {
  it('行政许可: every body of the latest year, agency-scope sums', async () => {
    const year = latestYear(agencyRows);
    const expected = sumBy(
      agencyRows.filter((r) => Number(r.year) === year),
      (r) => r.agency_id,
      ['permits']
    );
    const page = await open('/permits/');
    expect(await page.locator('#compare-title').textContent()).toContain(String(year));
    const shown = await tableColumn(page, 'compare', 'permits');
    const withData = [...expected].filter(([, s]) => s.n > 0);
    expect(withData.length).toBeGreaterThan(0);
    expect(shown.size).toBe(withData.length);
    for (const [id, s] of withData) expect(shown.get(id), id).toBe(formatCount(s.sum));
  });

  it('行政处罚与行政强制: districts of a chosen year, both measures', async () => {
    const years = [...new Set(agencyRows.map((r) => Number(r.year)))].sort();
    const year = years[years.length - 2] ?? years[0];
    const rows = agencyRows.filter((r) => Number(r.year) === year && r.county !== '');
    const penalties = sumBy(rows, countyOf, ['penalties']);
    const coercions = sumBy(rows, countyOf, ['coercions']);
    const page = await open(`/penalties/?by=county&at=${year}`);
    expect(await page.locator('#compare-title').textContent()).toContain(String(year));
    const shownPenalties = await tableColumn(page, 'compare', 'penalties');
    const shownCoercions = await tableColumn(page, 'compare', 'coercions');
    expect(penalties.size).toBeGreaterThan(0);
    for (const [county, s] of penalties) {
      if (s.n === 0 && (coercions.get(county)?.n ?? 0) === 0) continue;
      expect(shownPenalties.get(county), county).toBe(formatCount(s.sum));
      expect(shownCoercions.get(county), county).toBe(formatCount(coercions.get(county)?.sum ?? 0));
    }
  });

  it('行政事业性收费: 2021-format years only, in 万元, and says why 2019–2020 have none', async () => {
    const f2021 = agencyRows.filter((r) => r.format === '2021');
    const byYear = sumBy(f2021, (r) => r.year, ['fees_wan']);
    const page = await open('/fees/');
    expect(await page.locator('[data-note="fees-2019"]').textContent()).toContain('2019');
    const shown = await tableColumn(page, 'trend', 'fees_wan');
    for (const [year, s] of byYear) if (s.n > 0) expect(shown.get(year), year).toBe(formatMoney(s.sum));
    for (const year of shown.keys()) expect(Number(year)).toBeGreaterThanOrEqual(2021);

    // 2019–2020 only: no money figure exists, and the page says so instead of drawing nothing.
    const has2019Money = f2021.some((r) => Number(r.year) <= 2020 && num(r, 'fees_wan') !== null);
    if (!has2019Money) {
      await page.goto(`${site.origin()}/fees/?y=2019-2020`);
      await waitForView(page);
      expect(await page.locator('[data-state="empty"]').isVisible()).toBe(true);
      expect(await page.locator('[data-note="fees-2019"]').isVisible()).toBe(true);
    }
  });

  it('行政复议与行政诉讼: 纠错率 with its n per district, definitions on the page', async () => {
    // The year with the most district-level review cases, so there is something to check.
    const cases = sumBy(
      agencyRows.filter((r) => r.county !== ''),
      (r) => r.year,
      ['review_total']
    );
    const year = Number([...cases].sort((a, b) => b[1].sum - a[1].sum)[0][0]);
    const rows = agencyRows.filter((r) => Number(r.year) === year && r.county !== '');
    const corrected = sumBy(rows, countyOf, ['review_corrected']);
    const total = sumBy(rows, countyOf, ['review_total']);
    const pending = sumBy(rows, countyOf, ['review_pending']);
    const page = await open(`/review/?by=county&at=${year}`);
    expect(await page.locator('[data-definition="review_correction_rate"]').textContent()).toContain('尚未审结');
    expect(await page.locator('[data-definition="suit_loss_rate"]').isVisible()).toBe(true);
    const rates = await tableColumn(page, 'rates', 'review_correction_rate');
    const fractions = await tableColumn(page, 'rates', 'review_correction_rate_n');
    let checked = 0;
    for (const [county, t] of total) {
      const denominator = t.sum - (pending.get(county)?.sum ?? 0);
      if (denominator <= 0) continue;
      const numerator = corrected.get(county)?.sum ?? 0;
      const cell = rates.get(county);
      expect(cell, county).toBeDefined();
      expect(cell?.startsWith(formatPercent(numerator / denominator)), `${county}: ${cell}`).toBe(true);
      expect(cell?.includes('样本少'), county).toBe(denominator < 5);
      expect(fractions.get(county)).toBe(`${formatCount(numerator)} / ${formatCount(denominator)}`);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('概览: headline figures of the latest year', async () => {
    const year = latestYear(agencyRows);
    const permits = sumBy(
      agencyRows.filter((r) => Number(r.year) === year),
      () => 'all',
      ['permits']
    ).get('all');
    const page = await open('/');
    expect(await page.locator('[data-headline-year]').getAttribute('data-headline-year')).toBe(String(year));
    expect(await page.locator('.cards').textContent()).toContain(formatCount(permits?.sum ?? 0));
  });
});

describe('filters and the URL', () => {
  it('a filter change updates the URL and the charts; back and forward restore them', async () => {
    const years = [...new Set(agencyRows.map((r) => Number(r.year)))].sort();
    const first = String(years[0]);
    const page = await open('/permits/');
    const before = await page.locator('#compare-title').textContent();

    await page.selectOption('#f-year-to', first);
    await page.waitForURL((u) => u.searchParams.get('y') === `-${first}`);
    await waitForView(page);
    expect(await page.locator('#compare-title').textContent()).toContain(first);
    expect(await page.locator('#compare-title').textContent()).not.toBe(before);

    await page.locator('label', { hasText: '按县区' }).click();
    await page.waitForURL((u) => u.searchParams.get('by') === 'county');
    await waitForView(page);

    await page.goBack();
    await page.waitForURL((u) => u.searchParams.get('by') === null && u.searchParams.get('y') === `-${first}`);
    await waitForView(page);
    expect(await page.locator('#compare-title').textContent()).toContain(first);
    await page.goBack();
    await page.waitForURL((u) => u.searchParams.get('y') === null);
    await waitForView(page);
    expect(await page.locator('#compare-title').textContent()).toBe(before);
    await page.goForward();
    await page.waitForURL((u) => u.searchParams.get('y') === `-${first}`);
    await waitForView(page);
    expect(await page.locator('#compare-title').textContent()).toContain(first);
  });

  it('a copied URL opens the same view', async () => {
    const year = latestYear(agencyRows) - 1;
    const url = `/penalties/?by=county&y=${year}&scope=agency`;
    const page = await open(url);
    const keys = [...(await tableColumn(page, 'compare', 'penalties')).keys()];
    const other = await open(url);
    expect(search(other).get('y')).toBe(String(year));
    expect(await other.locator('#f-year-from').inputValue()).toBe(String(year));
    expect(await other.locator('input[name="by"][value="county"]').isChecked()).toBe(true);
    expect(await other.locator('input[type="checkbox"][value="agency"]').isChecked()).toBe(true);
    expect([...(await tableColumn(other, 'compare', 'penalties')).keys()]).toEqual(keys);
  });

  it('typing a name replaces the history entry and filters the bodies', async () => {
    const year = latestYear(agencyRows);
    const names = agencyRows.filter((r) => Number(r.year) === year).map((r) => r.agency);
    const word = names.some((n) => n.includes('人力资源')) ? '人力资源' : names[0].slice(-3);
    const page = await open('/permits/');
    const length = await page.evaluate(() => history.length);
    await page.locator('#f-q').pressSequentially(word, { delay: 30 });
    await page.waitForURL((u) => u.searchParams.get('q') === word);
    await waitForView(page);
    expect(await page.evaluate(() => history.length)).toBe(length);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-q');
    const ids = new Set(
      agencyRows
        .filter((r) => Number(r.year) === year && r.agency.toLowerCase().includes(word) && r.permits !== '')
        .map((r) => r.agency_id)
    );
    const shown = await tableColumn(page, 'compare', 'permits');
    expect(new Set(shown.keys())).toEqual(ids);
  });

  it('the demo banner shows whenever demo rows are selected, and not for real reports only', async () => {
    const hasDemo = reports.some((r) => r.origin === 'demo');
    const page = await open('/permits/');
    expect(await page.locator('[data-demo-banner]').count()).toBe(hasDemo ? 1 : 0);
    await page.goto(`${site.origin()}/permits/?origin=real`);
    await waitForView(page);
    expect(await page.locator('[data-demo-banner]').count()).toBe(0);
  });
});

describe('offline and language', () => {
  it('with every non-local request aborted the charts still render', async () => {
    const page = await open('/penalties/', { cutNetwork: true });
    // Every chart is drawn, or says plainly that there is nothing to draw; at least one is drawn.
    const boxes = await page.locator('[data-chart]').count();
    const ready = await page.locator('[data-chart-ready="true"]').count();
    const explained = await page.locator('[data-chart-empty]').count();
    expect(boxes).toBe(2);
    expect(ready + explained).toBe(boxes);
    expect(ready).toBeGreaterThan(0);
    expect(await page.locator('[data-chart="compare"] [aria-label]').first().isVisible()).toBe(true);
  });

  it('Chinese by default; the English switch is kept in the URL and localStorage', async () => {
    const page = await open('/review/');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect((await page.locator('nav a[data-nav="/permits/"]').textContent())?.trim()).toBe('行政许可');
    await page.locator('button[lang="en"]').click();
    await page.waitForURL((u) => u.searchParams.get('lang') === 'en');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect((await page.locator('nav a[data-nav="/permits/"]').textContent())?.trim()).toBe('Permits');
    expect((await page.locator('h1').textContent())?.trim()).toBe('Administrative review and litigation');
    // Links carry the language; a fresh visit without it comes back in English from localStorage.
    await page.locator('nav a[data-nav="/fees/"]').click();
    await page.waitForURL((u) => u.pathname.endsWith('/fees/') && u.searchParams.get('lang') === 'en');
    await page.goto(`${site.origin()}/permits/`);
    await page.waitForURL((u) => u.searchParams.get('lang') === 'en');
    await waitForView(page);
    expect((await page.locator('h1').textContent())?.trim()).toBe('Administrative permits');
    await page.locator('button[lang="zh-CN"]').click();
    await page.waitForURL((u) => u.searchParams.get('lang') === null);
    expect((await page.locator('h1').textContent())?.trim()).toBe('行政许可');
  });
});

describe('screenshots', () => {
  const VIEWS = ['', 'permits', 'penalties', 'fees', 'review'];
  const SIZES = [
    { name: 'desktop', width: 1366, height: 900 },
    { name: 'phone', width: 375, height: 812 }
  ];
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  for (const size of SIZES) {
    it(`every view at ${size.width}x${size.height}`, async () => {
      for (const view of VIEWS) {
        const page = await open(`/${view}${view ? '/' : ''}`, { viewport: size });
        // Nothing may stick out sideways: only tables scroll horizontally, inside their box.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${view} at ${size.name}`).toBeLessThanOrEqual(0);
        await page.screenshot({ path: join(SCREENSHOT_DIR, `${view || 'home'}-${size.name}.png`), fullPage: true });
      }
    });
  }
});
