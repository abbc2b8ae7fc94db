/** The body page in Chromium: tables as printed with the CSV's numbers, provenance, print layout. */
import { describe, expect, it } from 'vitest';
import { REVIEW_GROUPS, REVIEW_OUTCOMES, reviewColumn } from '../../src/lib/schema/columns';
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

  it('on a phone shows section 三 by its totals (every applicant one tap away) and section 四 on its side', async () => {
    const page = await open(agencyPath('350128-管理委员会'), '[data-report] [data-report-table="s3"]', PHONE);
    const r2021 = pingtan.find((r) => r.year === '2021');
    const report = page.locator('[data-report="2021-350128-管理委员会-jurisdiction"]');
    const shown = (csv: string | undefined): string => (csv ? Number(csv).toLocaleString('zh-CN') : '—');

    const s3 = report.locator('[data-report-table="s3"]');
    await expect(s3.getAttribute('data-compact')).resolves.not.toBeNull();
    // 25 rows of the 2021 format, one number each: the total, as the CSV has it.
    expect(await s3.locator('tr[data-row]').count()).toBe(25);
    expect(await s3.locator('tr[data-row] td').count()).toBe(25);
    for (const row of ['new', 'granted', 'outcome_total', 'carried_out']) {
      const text = await s3.locator(`tr[data-row="${row}"] td[data-col="app_${row}_total"]`).textContent();
      expect(text?.trim(), row).toBe(shown(r2021?.[`app_${row}_total`]));
    }
    // Group labels stand on rows of their own: （三）不予公开 before its eight reasons.
    await expect(s3.locator('.group-row th', { hasText: '不予公开' }).count()).resolves.toBe(1);

    // Every applicant column, as printed, one tap away; and back.
    const toggle = report.locator('button[aria-pressed]', { hasText: '按申请人类型展开' });
    await toggle.click();
    const full = report.locator('[data-report-table="s3"]');
    await expect(full.getAttribute('data-compact')).resolves.toBeNull();
    expect(await full.locator('tr[data-row="new"] td').count()).toBe(7);
    await report.locator('button[aria-pressed="true"]', { hasText: '只看总计' }).click();
    await expect(report.locator('[data-report-table="s3"]').getAttribute('data-compact')).resolves.not.toBeNull();

    // Section 四 turned: five outcome rows, one column per group, the CSV's numbers.
    const s4 = report.locator('[data-report-table="s4"]');
    expect(await s4.locator('tbody tr').count()).toBe(REVIEW_OUTCOMES.length);
    for (const [k, outcome] of REVIEW_OUTCOMES.entries()) {
      const cells = s4.locator('tbody tr').nth(k).locator('td');
      expect(await cells.count()).toBe(REVIEW_GROUPS.length);
      for (const [g, group] of REVIEW_GROUPS.entries()) {
        const column = reviewColumn(group.id, outcome.id);
        await expect(cells.nth(g).getAttribute('data-col')).resolves.toBe(column);
        expect((await cells.nth(g).textContent())?.trim(), column).toBe(shown(r2021?.[column]));
      }
    }
    await screenshot(page, 'agency-phone-compact');
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
