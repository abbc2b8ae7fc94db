/**
 * 对比 Compare in Chromium against data/exports: rankings, bodies summed and missing, the
 * whole-area report beside (never in) the sum, drill-down and breadcrumb, the metric picker, the
 * small-number switch, the table's CSV download, and screenshots. Expected figures come from the CSVs, computed here.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { currentCountyOf, formatCount, formatPercent, loadReports, num, type CsvRow } from './expected';
import { tableColumn, waitForView } from './harness';
import { rowKeys, screenshot, SIZES, useSite } from './site';

const session = useSite();
const reports = loadReports();
const agencyRows = reports.filter((r) => r.scope === 'agency');
const countyOf = currentCountyOf(reports);
const CITY = '洛阳市';
const YEAR = 2022;

/** Sum (NULL as 0) and count of filled cells of `columns` over rows. */
function total(rows: readonly CsvRow[], columns: readonly string[]): { sum: number; n: number } {
  let sum = 0;
  let n = 0;
  for (const r of rows)
    for (const c of columns) {
      const v = num(r, c);
      if (v !== null) {
        sum += v;
        n += 1;
      }
    }
  return { sum, n };
}

function groupBy(rows: readonly CsvRow[], key: (r: CsvRow) => string): Map<string, CsvRow[]> {
  const out = new Map<string, CsvRow[]>();
  for (const r of rows) out.set(key(r), [...(out.get(key(r)) ?? []), r]);
  return out;
}

const cityAgency = agencyRows.filter((r) => r.city === CITY);

describe('compare: districts of a city', () => {
  it('ranks districts by the agency-scope sum, with bodies summed and missing, jurisdiction beside', async () => {
    const page = await session.open(`/compare/?prov=河南省&city=${CITY}&at=${YEAR}`);
    expect(await page.locator('#rank-title').textContent()).toContain(String(YEAR));
    const byCounty = groupBy(
      cityAgency.filter((r) => Number(r.year) === YEAR),
      countyOf
    );
    const universe = groupBy(cityAgency, countyOf);
    const expected = [...byCounty]
      .map(([county, rows]) => ({
        county,
        ...total(rows, ['permits']),
        bodies: new Set(rows.map((r) => r.agency_id)).size
      }))
      .filter((e) => e.n > 0)
      .sort((a, b) => b.sum - a.sum || a.county.localeCompare(b.county, 'zh'));
    expect(expected.length).toBeGreaterThan(10);
    // Ranking order and values.
    expect(await rowKeys(page, 'rank')).toEqual(expected.map((e) => e.county));
    const values = await tableColumn(page, 'rank', 'value');
    const bodies = await tableColumn(page, 'rank', 'bodies');
    const missing = await tableColumn(page, 'rank', 'missing');
    const jur = await tableColumn(page, 'rank', 'jurisdiction');
    for (const e of expected) {
      expect(values.get(e.county), e.county).toBe(formatCount(e.sum));
      expect(bodies.get(e.county), e.county).toBe(String(e.bodies));
      const all = new Set(universe.get(e.county)!.map((r) => r.agency_id)).size;
      expect(missing.get(e.county), e.county).toBe(String(all - e.bodies));
    }
    // 孟津区's whole-area report is its government's own figure, not part of the sum.
    const gov = reports.filter(
      (r) => r.scope === 'jurisdiction' && r.level === 'county' && countyOf(r) === '孟津区' && Number(r.year) === YEAR
    );
    expect(gov.length).toBe(1);
    expect(jur.get('孟津区')).toBe(formatCount(num(gov[0], 'permits') ?? 0));
    expect(values.get('孟津区')).toBe(formatCount(total(byCounty.get('孟津区')!, ['permits']).sum));
    expect(await page.locator('[data-note="totals"]').count()).toBe(1);

    // The table downloads as CSV as shown: a BOM, the same header, the sums as plain numbers.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-table-csv="rank"]')]);
    expect(download.suggestedFilename()).toBe(`${await page.locator('#rank-title').textContent()}.csv`);
    const file = join(mkdtempSync(join(tmpdir(), 'nianbao-table-')), 'rank.csv');
    await download.saveAs(file);
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = Papa.parse<string[]>(text.slice(1).trimEnd()).data;
    expect(header.slice(0, 3)).toEqual(['县区', '行政许可', '报告数']);
    // The city's own bodies (no county) are named as on the page.
    expect(rows.map((r) => r[0])).toEqual(expected.map((e) => e.county || '（市本级机关）'));
    for (const [i, e] of expected.entries()) {
      expect(rows[i][1], e.county).toBe(String(e.sum));
      expect(rows[i][header.indexOf('加总机关数')], e.county).toBe(String(e.bodies));
    }
  });

  it('drills down from a district to its bodies by clicking a bar, and back up by the breadcrumb', async () => {
    const page = await session.open(`/compare/?prov=河南省&city=${CITY}&at=${YEAR}`);
    // Click the bar of the first-ranked district (ECharts SVG path of series 0, first bar).
    // The first-ranked district (the city's own bodies, key '', may rank above it).
    const keys = await rowKeys(page, 'rank');
    const index = keys.findIndex((k) => k !== '');
    const first = keys[index];
    // Its bar: the index-th bar of the first series (bars are filled paths of height ~16; the
    // first series' colour is that of the topmost bar; transparent boxes are the legend's hit area).
    const bar = await page.$$eval(
      '[data-chart="rank"] .chart-canvas path',
      (paths, i) => {
        const bars = paths
          .filter((p) => p.getAttribute('fill-opacity') !== '0' && p.getAttribute('fill') !== 'none')
          .map((p) => ({ fill: p.getAttribute('fill'), r: p.getBoundingClientRect() }))
          .filter(({ r }) => r.height > 8 && r.height < 30 && r.width > 20)
          .sort((a, b) => a.r.y - b.r.y);
        const own = bars.filter((b) => b.fill === bars[0]?.fill);
        const r = own[i]?.r;
        return r ? { x: r.x + Math.min(20, r.width / 2), y: r.y + r.height / 2 } : undefined;
      },
      index
    );
    expect(bar).toBeDefined();
    await page.mouse.click(bar!.x, bar!.y);
    await page.waitForURL((u) => u.searchParams.get('county') === first);
    await waitForView(page);
    const bodies = agencyRows.filter(
      (r) => countyOf(r) === first && Number(r.year) === YEAR && num(r, 'permits') !== null
    );
    const ids = [...new Set(bodies.map((r) => r.agency_id))];
    expect(new Set(await rowKeys(page, 'rank'))).toEqual(new Set(ids));
    const values = await tableColumn(page, 'rank', 'value');
    for (const id of ids)
      expect(values.get(id), id).toBe(
        formatCount(
          total(
            bodies.filter((r) => r.agency_id === id),
            ['permits']
          ).sum
        )
      );
    // Breadcrumb: back to the city's districts.
    await page.locator('[data-crumbs] button', { hasText: CITY }).click();
    await page.waitForURL((u) => u.searchParams.get('county') === null && u.searchParams.get('city') === CITY);
    await waitForView(page);
    expect(await rowKeys(page, 'rank')).toEqual(keys);
  });

  it('drills from cities to a city by its name button', async () => {
    const page = await session.open('/compare/');
    await page.locator(`[data-drill="${CITY}"]`).click();
    await page.waitForURL((u) => u.searchParams.get('city') === CITY);
    await waitForView(page);
    expect(await rowKeys(page, 'rank')).toContain('孟津区');
  });
});

describe('compare: ratios and the small-number switch', () => {
  it('the picker sets `metric`; small-n ratios are left out of the ranking until smalln=1', async () => {
    const page = await session.open(`/compare/?prov=河南省&city=${CITY}&county=孟津区&at=${YEAR}`);
    await page.selectOption('#compare-metric', 'review_correction_rate');
    await page.waitForURL((u) => u.searchParams.get('metric') === 'review_correction_rate');
    await waitForView(page);
    const rows = agencyRows.filter((r) => countyOf(r) === '孟津区' && Number(r.year) === YEAR);
    const perBody = [...groupBy(rows, (r) => r.agency_id)].map(([id, rs]) => {
      const corrected = total(rs, ['review_corrected']).sum;
      const decided = total(rs, ['review_total']).sum - total(rs, ['review_pending']).sum;
      return { id, corrected, decided, value: decided > 0 ? corrected / decided : null };
    });
    const big = perBody.filter((b) => b.value !== null && b.decided >= 5);
    const small = perBody.filter((b) => b.value !== null && b.decided < 5);
    expect(small.length, 'the data has small-n ratios here').toBeGreaterThan(0);
    const ranked = [...big].sort((a, b) => b.value! - a.value!);
    // Ranked rows first (in order), then the left-out small-n rows.
    const keys = await rowKeys(page, 'rank');
    expect(keys.slice(0, ranked.length).map((k) => big.find((b) => b.id === k)?.value)).toEqual(
      ranked.map((b) => b.value)
    );
    expect(new Set(keys.slice(ranked.length))).toEqual(new Set(small.map((b) => b.id)));
    const values = await tableColumn(page, 'rank', 'value');
    for (const b of [...big, ...small]) expect(values.get(b.id)?.startsWith(formatPercent(b.value!)), b.id).toBe(true);
    for (const b of small) expect(values.get(b.id)).toContain('样本少');
    expect(await page.locator('[data-note="smalln"]').count()).toBe(1);

    await page.locator('[data-smalln]').check();
    await page.waitForURL((u) => u.searchParams.get('smalln') === '1');
    await waitForView(page);
    const all = [...big, ...small].sort((a, b) => b.value! - a.value!);
    const shown = await rowKeys(page, 'rank');
    expect(shown.map((k) => all.find((b) => b.id === k)?.value)).toEqual(all.map((b) => b.value));
    expect(await page.locator('[data-note="smalln"]').count()).toBe(0);
  });
});

describe('compare: filter changes', () => {
  /** Engine queries (their SQL and end) and chart redraws (name and time) since `t0`. */
  async function since(
    page: Page,
    t0: number
  ): Promise<{ queries: { sql: string; end: number }[]; charts: { name: string; at: number }[] }> {
    return page.evaluate((t0) => {
      const queries = performance
        .getEntriesByName('nianbao:query')
        .filter((m) => m.startTime >= t0)
        .map((m) => ({ sql: String((m as PerformanceMeasure).detail?.sql ?? ''), end: m.startTime + m.duration }));
      const charts = performance
        .getEntriesByName('nianbao:chart-finished')
        .filter((m) => m.startTime >= t0)
        .map((m) => ({ name: String((m as PerformanceMark).detail), at: m.startTime }));
      return { queries, charts };
    }, t0);
  }

  it('a year change asks the engine nothing and keeps the figures; a metric change redraws only with its answer', async () => {
    const page = await session.open(`/compare/?prov=河南省&city=${CITY}&at=${YEAR}`);
    await page.waitForFunction(() => performance.getEntriesByName('nianbao:engine-ready').length > 0);
    const before = await tableColumn(page, 'rank', 'value');
    expect(before.size).toBeGreaterThan(10);
    const start = page.url();

    const t0 = await page.evaluate(() => performance.now());
    await page.selectOption('#f-year-from', '2021');
    await page.waitForURL((u) => u.href !== start);
    await waitForView(page);
    const years = await page.$$eval('#compare-year option', (os) =>
      os.map((o) => Number((o as HTMLOptionElement).value))
    );
    expect(years.length).toBeGreaterThan(0);
    expect(Math.min(...years)).toBeGreaterThanOrEqual(2021);
    // The same district figures for the same year: a range does not change a year's sums.
    expect(await tableColumn(page, 'rank', 'value')).toEqual(before);
    const afterYear = await since(page, t0);
    expect(afterYear.queries.filter((q) => q.sql.includes('area_'))).toEqual([]);

    const t1 = await page.evaluate(() => performance.now());
    await page.selectOption('#compare-metric', 'review_total');
    await page.waitForURL((u) => u.searchParams.get('metric') === 'review_total');
    await waitForView(page);
    await page.waitForFunction(() => !document.querySelector('[data-chart][aria-busy="true"]'));
    const afterMetric = await since(page, t1);
    const answered = afterMetric.queries.filter((q) => q.sql.includes('area_'));
    // The districts' figures for the new metric, then every province's in the background (so the
    // next province change is answered at once).
    expect(answered.map((q) => q.sql.includes('GROUPING SETS'))).toEqual([false, true]);
    expect(afterMetric.charts.length).toBeGreaterThan(0);
    // No chart was redrawn with the old data before the new answer came.
    for (const c of afterMetric.charts) expect(c.at, c.name).toBeGreaterThanOrEqual(answered[0].end);
    const expected = [
      ...groupBy(
        cityAgency.filter((r) => Number(r.year) === YEAR),
        countyOf
      )
    ]
      .map(([county, rows]) => ({ county, ...total(rows, ['review_total']) }))
      .filter((e) => e.n > 0 && e.county !== '');
    expect(expected.length).toBeGreaterThan(10);
    const shown = await tableColumn(page, 'rank', 'value');
    for (const e of expected) expect(shown.get(e.county), e.county).toBe(formatCount(e.sum));
  });
});

describe('compare: screenshots', () => {
  for (const size of SIZES)
    it(`compare at ${size.width}`, async () => {
      const page = await session.open(`/compare/?prov=河南省&city=${CITY}`, { viewport: size });
      expect(await page.locator('[data-chart="multiples"] [data-chart-ready="true"]').count()).toBe(1);
      expect(await page.locator('[data-chart="scatter"] [data-chart-ready="true"]').count()).toBe(1);
      await screenshot(page, `compare-${size.name}`);
    });
});
