/**
 * 依申请公开 in Chromium against data/exports: applicant types per district, the outcome mix, the
 * disclosure rate under both definitions and the carry-over rate with their n, the refusal
 * reasons ranked; every figure computed here from the CSV. Screenshots at desktop and phone width.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_COLORS } from '../../src/lib/charts/theme';
import { currentCountyOf, formatCount, formatPercent, loadReports, num, sumBy, type CsvRow } from './expected';
import { SCREENSHOT_DIR, tableColumn } from './harness';
import { horizontalOverflow, useSite } from './site';

const { open } = useSite();
const reports: CsvRow[] = loadReports();
const agencyRows = reports.filter((r) => r.scope === 'agency');
const countyOf = currentCountyOf(reports);

/** The year with the most new applications, so every table has something in it. */
const busiest = sumBy(agencyRows, (r) => r.year, ['app_new_total']);
const YEAR = Number([...busiest].sort((a, b) => b[1].sum - a[1].sum)[0][0]);
const ofYear = agencyRows.filter((r) => Number(r.year) === YEAR);

const total = (row: string): string => `app_${row}_total`;
const sumIn = (rows: readonly CsvRow[], columns: string[]): number =>
  rows.reduce((s, r) => s + columns.reduce((t, c) => t + (num(r, c) ?? 0), 0), 0);

/** Leaf outcome cells (every 总计 of section 三 but the four non-outcome rows), from the CSV header. */
const LEAVES = Object.keys(reports[0]).filter(
  (c) => /^app_.*_total$/.test(c) && !['new', 'carried_in', 'outcome_total', 'carried_out'].map(total).includes(c)
);
/** The outcome mix and 公开率 count only reports that fill at least one leaf outcome cell. */
const filled = (r: CsvRow): boolean => LEAVES.some((c) => num(r, c) !== null);
const totalOnly = (r: CsvRow): boolean => !filled(r) && num(r, total('outcome_total')) !== null;

describe('依申请公开', () => {
  it('new applications per district and applicant type', async () => {
    const page = await open(`/applications/?by=county&at=${YEAR}`);
    expect(await page.locator('h1').textContent()).toBe('依申请公开');
    const natural = await tableColumn(page, 'applicants', 'app_new_natural');
    const business = await tableColumn(page, 'applicants', 'app_new_business');
    const totals = await tableColumn(page, 'applicants', 'app_new_total');
    const byCounty = new Map<string, CsvRow[]>();
    for (const r of ofYear) byCounty.set(countyOf(r), [...(byCounty.get(countyOf(r)) ?? []), r]);
    let checked = 0;
    for (const [county, rows] of byCounty) {
      if (!rows.some((r) => r.app_new_total !== '' || r.app_outcome_total_total !== '')) continue;
      expect(natural.get(county), county).toBe(formatCount(sumIn(rows, ['app_new_natural'])));
      expect(business.get(county), county).toBe(formatCount(sumIn(rows, ['app_new_business'])));
      expect(totals.get(county), county).toBe(formatCount(sumIn(rows, ['app_new_total'])));
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
    expect(await page.locator('[data-chart="applicants"] [data-chart-ready="true"]').count()).toBe(1);
  });

  it('outcome mix, both disclosure rates and the carry-over rate, each with its n', async () => {
    const page = await open(`/applications/?by=county&at=${YEAR}`);
    for (const id of ['disclosure_rate', 'disclosure_rate_strict', 'carry_out_rate']) {
      expect(await page.locator(`[data-definition="${id}"]`).isVisible(), id).toBe(true);
    }
    const granted = await tableColumn(page, 'outcomes', 'granted');
    const rate = await tableColumn(page, 'rates', 'disclosure_rate');
    const rateN = await tableColumn(page, 'rates', 'disclosure_rate_n');
    const strict = await tableColumn(page, 'rates', 'disclosure_rate_strict');
    const carry = await tableColumn(page, 'rates', 'carry_out_rate_n');
    let checked = 0;
    for (const county of new Set(ofYear.map(countyOf))) {
      const all = ofYear.filter((r) => countyOf(r) === county);
      const rows = all.filter(filled);
      const outcomes = sumIn(rows, [total('outcome_total')]);
      const g = sumIn(rows, [total('granted')]);
      const p = sumIn(rows, [total('partial')]);
      if (outcomes === 0) continue;
      const flag = outcomes < 5 ? '样本少' : '';
      expect(granted.get(county), county).toBe(`${formatCount(g)} (${formatPercent(g / outcomes)})`);
      expect(rate.get(county), county).toBe(`${formatPercent((g + p) / outcomes)}${flag}`);
      expect(rateN.get(county), county).toBe(`${formatCount(g + p)} / ${formatCount(outcomes)}`);
      expect(strict.get(county), county).toBe(`${formatPercent(g / outcomes)}${flag}`);
      // The carry-over rate does not depend on the outcome rows: every report counts.
      const carried = sumIn(all, [total('carried_out')]);
      const base = sumIn(all, [total('new'), total('carried_in')]);
      expect(carry.get(county), county).toBe(`${formatCount(carried)} / ${formatCount(base)}`);
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('the refusal reasons of the year, ranked, with counts from the CSV', async () => {
    const page = await open(`/applications/?at=${YEAR}`);
    const reasons = Object.keys(ofYear[0]).filter((c) => /^app_(denied|unable|rejected)_.*_total$/.test(c));
    expect(reasons).toHaveLength(16);
    const counts = reasons
      .map((c) => ({ id: c.replace(/^app_|_total$/g, ''), n: sumIn(ofYear, [c]) }))
      .filter((r) => r.n > 0);
    const all = counts.reduce((s, r) => s + r.n, 0);
    const shown = await tableColumn(page, 'refusals', 'count');
    const shares = await tableColumn(page, 'refusals', 'share');
    expect(new Set(shown.keys())).toEqual(new Set(counts.map((r) => r.id)));
    for (const r of counts) {
      expect(shown.get(r.id), r.id).toBe(formatCount(r.n));
      expect(shares.get(r.id), r.id).toBe(formatPercent(r.n / all));
    }
    const order = [...shown.values()].map((v) => Number(v.replace(/,/g, '')));
    expect(order).toEqual([...order].sort((a, b) => b - a));
  });

  it('over years: new applications and the rates per year', async () => {
    const page = await open('/applications/');
    const news = await tableColumn(page, 'applicant-trend', 'app_new_total');
    const strictN = await tableColumn(page, 'rate-trend', 'disclosure_rate_strict_n');
    for (const [year, s] of sumBy(agencyRows, (r) => r.year, [total('new')])) {
      expect(news.get(year), year).toBe(s.n > 0 ? formatCount(s.sum) : '—');
      const rows = agencyRows.filter((r) => r.year === year && filled(r));
      const den = sumIn(rows, [total('outcome_total')]);
      expect(strictN.get(year), year).toBe(`${formatCount(sumIn(rows, [total('granted')]))} / ${formatCount(den)}`);
    }
    expect(await page.locator('[data-note="other-handling"]').isVisible()).toBe(true);
  });

  it('states the filled-rows rule and how many reports it leaves out, per year and in all', async () => {
    const left = agencyRows.filter(totalOnly);
    // The real data has one: 上海市人民政府办公厅 2019, （七）总计 805 and every outcome row blank.
    expect(left.length).toBeGreaterThan(0);
    const leftYear = left[0].year;
    const page = await open(`/applications/?at=${leftYear}`);
    await expect.poll(() => page.locator('[data-definition="outcome-filled"]').textContent()).toContain('（七）总计');
    const note = await page.locator('[data-note="left-out"]').textContent();
    expect(note).toContain(`共有 ${formatCount(left.length)} 份报告不计入`);
    expect(note).toContain(`合计 ${formatCount(sumIn(left, [total('outcome_total')]))} 件`);
    const ofLeftYear = left.filter((r) => r.year === leftYear);
    const yearNote = await page.locator('[data-note="left-out-year"]').textContent();
    expect(yearNote).toContain(`${leftYear} 年有 ${formatCount(ofLeftYear.length)} 份报告`);
    const leftColumn = await tableColumn(page, 'outcome-trend', 'total_only_reports');
    const counted = await tableColumn(page, 'outcome-trend', 'outcome_reports');
    for (const year of new Set(agencyRows.map((r) => r.year))) {
      const rows = agencyRows.filter((r) => r.year === year);
      expect(leftColumn.get(year), year).toBe(formatCount(rows.filter(totalOnly).length));
      expect(counted.get(year), year).toBe(formatCount(rows.filter(filled).length));
    }
  });

  it('dark mode: the six outcome colours are their dark twins; screenshot', async () => {
    const page = await open(`/applications/?by=county&at=${YEAR}`);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const chart = page.locator('[data-chart="outcomes"]');
    await expect.poll(() => chart.locator('[data-chart-ready="true"]').count()).toBe(1);
    const dark = CHART_COLORS.dark.six.map((c) => c.toLowerCase());
    await expect.poll(async () => (await chart.innerHTML()).toLowerCase().includes(dark[0])).toBe(true);
    const html = (await chart.innerHTML()).toLowerCase();
    // Every outcome group has cases in the busiest year, so all six dark twins are drawn.
    for (const c of dark) expect(html).toContain(c);
    for (const c of CHART_COLORS.light.six) expect(html).not.toContain(c.toLowerCase());
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page
      .locator('section[aria-labelledby="outcome-title"]')
      .screenshot({ path: join(SCREENSHOT_DIR, 'applications-dark-outcomes.png') });
  });

  it('fits desktop and phone; screenshots', async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    for (const size of [
      { name: 'desktop', width: 1366, height: 900 },
      { name: 'phone', width: 375, height: 812 }
    ]) {
      const page = await open(`/applications/?by=county&at=${YEAR}`, { viewport: size });
      const boxes = await page.locator('[data-chart]').count();
      expect(await page.locator('[data-chart-ready="true"]').count(), size.name).toBe(boxes);
      expect(await horizontalOverflow(page), size.name).toBeLessThanOrEqual(0);
      await page.screenshot({ path: join(SCREENSHOT_DIR, `applications-${size.name}.png`), fullPage: true });
      // Close-ups of the filled-rows rule and the outcome mix, readable at full size.
      await page
        .locator('section.definitions')
        .screenshot({ path: join(SCREENSHOT_DIR, `applications-${size.name}-rule.png`) });
      await page
        .locator('section[aria-labelledby="outcome-title"]')
        .screenshot({ path: join(SCREENSHOT_DIR, `applications-${size.name}-outcomes.png`) });
    }
  });
});
