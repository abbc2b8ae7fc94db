/**
 * 导入报告 in Chromium: report files picked on the page are parsed in the browser's worker (PDF
 * through pdf.js's own worker), each file's result is shown with the hand-keyed numbers of the
 * corpus, a junk file gets its clear message, nothing leaves the origin, and after adding the
 * reports a dashboard view shows a body that was not in the bundled data, and the region filter
 * offers its province (and stops offering it after undo).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatCount, formatMoney, loadReports } from './expected';
import { SCREENSHOT_DIR, tableColumn, waitForView } from './harness';
import { useSite } from './site';

const CORPUS = fileURLToPath(new URL('../fixtures/corpus', import.meta.url));
const PDF = '淮安市人民政府_2024';
const HTML = '上海市人民政府办公厅_2019';
const JUNK = 'junk.pdf';
/** A real report with the body renamed, so that it is a body (and a province) the bundled data does not have. */
const SEED = '孟津区人力资源和社会保障局_2023';
const NEW_BODY = '杭州市西湖区医疗保障局';
const NEW_PROVINCE = '浙江省';
const NEW_ID = '330106-医疗保障局';
const NEW_FILE = `${NEW_BODY}_2023.txt`;

interface Expected {
  meta: { agency: string; year: number; format: 2019 | 2021 };
  cells: Record<string, number | null>;
  not_scored: string[];
}

const expectedOf = (stem: string): Expected =>
  JSON.parse(readFileSync(resolve(CORPUS, 'expected', `${stem}.json`), 'utf8')) as Expected;

const shown = (column: string, value: number | null): string =>
  value === null ? '—' : column === 'fees_wan' ? formatMoney(value) : formatCount(value);

const site = useSite();

/** Open the import page (network cut to the origin) and pick the four files. */
async function importFiles(viewport: { width: number; height: number }): Promise<Page> {
  const { page } = await site.context({ viewport, cutNetwork: true });
  await page.goto(`${site.origin()}/import/`);
  await page.waitForSelector('[data-dropzone="ready"]');
  const renamed = readFileSync(resolve(CORPUS, 'reports', `${SEED}.txt`), 'utf8').replace(
    '孟津区人力资源和社会保障局',
    NEW_BODY
  );
  const fixture = (name: string, mimeType: string) => ({
    name,
    mimeType,
    buffer: readFileSync(resolve(CORPUS, 'reports', name))
  });
  await page.setInputFiles('[data-import-input]', [
    fixture(`${PDF}.pdf`, 'application/pdf'),
    fixture(`${HTML}.html`, 'text/html'),
    { name: JUNK, mimeType: 'application/pdf', buffer: Buffer.from('this is not a PDF at all') },
    { name: NEW_FILE, mimeType: 'text/plain', buffer: Buffer.from(renamed, 'utf8') }
  ]);
  await page.waitForSelector('[data-import-results]', { timeout: 45_000 });
  return page;
}

function provinceOptions(page: Page): Promise<string[]> {
  return page.locator('#f-province option').allTextContents();
}

function card(page: Page, source: string) {
  return page.locator(`article[data-file="${source}"]`);
}

describe('导入报告', () => {
  it('parses a PDF and an HTML report in the browser, rejects junk, adds to the dashboard', async () => {
    const page = await importFiles({ width: 1366, height: 900 });
    await expect(page.locator('[data-note="private"]').textContent()).resolves.toContain('不会上传');
    expect(await page.locator('[data-import-summary]').textContent()).toContain('3 份报告已解析，1 个未能导入');

    for (const [index, stem, source] of [
      [0, PDF, `${PDF}.pdf`],
      [1, HTML, `${HTML}.html`]
    ] as const) {
      const expected = expectedOf(stem);
      const article = card(page, source);
      expect(await article.getAttribute('data-status')).toBe('parsed');
      expect(await article.locator('[data-field="year"]').textContent()).toBe(String(expected.meta.year));
      expect(await article.locator('[data-field="format"]').getAttribute('data-value')).toBe(
        String(expected.meta.format)
      );
      const figures = await tableColumn(page, `key-${index}`, 'value');
      const columns = ['permits', 'penalties', 'coercions', 'app_new_total', 'review_total', 'suit_direct_total'];
      if (expected.meta.format === 2021) columns.push('fees_wan');
      for (const column of columns) {
        expect(figures.get(column), `${stem} ${column}`).toBe(shown(column, expected.cells[column]));
      }
    }

    // The 上海 report breaks its own sums: the findings are listed with rule, cell, values and message.
    const shanghai = card(page, `${HTML}.html`);
    expect(Number(await shanghai.locator('[data-field="checks"]').getAttribute('data-errors'))).toBeGreaterThan(0);
    const rules = [...(await tableColumn(page, 'findings-1', 'rule')).values()];
    expect(rules).toContain('outcome_sum');
    expect(rules).toContain('applicant_sum');
    const outcomeRow = page.locator('table[data-table="findings-1"] tbody tr', { hasText: 'outcome_sum' }).first();
    expect(await outcomeRow.locator('[data-col="actual"]').textContent()).toContain('805');
    expect(await outcomeRow.locator('[data-col="message"]').textContent()).toMatch(/[\u4e00-\u9fff]/);

    const junk = card(page, JUNK);
    expect(await junk.getAttribute('data-status')).toBe('rejected');
    expect(await junk.locator('[data-field="rejection"]').textContent()).toContain('不是 PDF 文件');

    await page.screenshot({ path: join(SCREENSHOT_DIR, 'import-desktop.png'), fullPage: true });

    // Before adding, the renamed body is not in the bundled data.
    expect(loadReports().some((r) => r.agency === NEW_BODY)).toBe(false);
    await page.click('[data-import-add-button]');
    await page.waitForSelector('[data-import-added="beside"]', { timeout: 45_000 });
    expect(await page.locator('[data-import-added]').textContent()).toContain('reports 3 行');

    // Client-side navigation keeps the session's data; search the new body by name.
    await page.click('[data-import-view="/permits/"]');
    await page.waitForURL(/\/permits\/$/);
    await waitForView(page);
    await page.fill('#f-q', NEW_BODY);
    await page.waitForURL(/q=/);
    await waitForView(page);
    const permits = await tableColumn(page, 'compare', 'permits');
    expect([...permits.keys()]).toEqual([NEW_ID]);
    expect(permits.get(NEW_ID)).toBe(formatCount(expectedOf(SEED).cells.permits ?? NaN));
    expect(await page.locator('#compare-title').textContent()).toContain('2023');
    // The filter lists follow the loaded data: the new body's province is offered.
    await expect.poll(() => provinceOptions(page)).toContain(NEW_PROVINCE);

    // Back on the import page (history, no reload) the results are still there; undo removes the body.
    // (the name search replaces its history entry, so one step back is the import page)
    await page.goBack();
    await page.waitForURL(/\/import\/$/);
    await page.locator('[data-import-add]').screenshot({ path: join(SCREENSHOT_DIR, 'import-added-desktop.png') });
    await page.click('[data-import-undo]');
    await page.waitForSelector('[data-import-added]', { state: 'detached' });
    await page.click('a[data-nav="/permits/"]');
    await page.waitForURL(/\/permits\//);
    await page.fill('#f-q', NEW_BODY);
    await page.waitForURL(/q=/);
    await waitForView(page);
    expect(await tableColumn(page, 'compare', 'permits')).toEqual(new Map());
    await expect.poll(() => provinceOptions(page)).not.toContain(NEW_PROVINCE);
  });

  it('takes files dropped on the box; a text that is no report gets its clear message', async () => {
    const { page } = await site.context({ cutNetwork: true });
    await page.goto(`${site.origin()}/import/`);
    await page.waitForSelector('[data-dropzone="ready"]');
    const dataTransfer = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['会议纪要：明天上午九点开会。'], '纪要.txt', { type: 'text/plain' }));
      return transfer;
    });
    await page.dispatchEvent('[data-dropzone]', 'drop', { dataTransfer });
    await page.waitForSelector('[data-import-results]');
    const note = card(page, '纪要.txt');
    expect(await note.getAttribute('data-reason')).toBe('not_a_report');
    expect(await note.locator('[data-field="rejection"]').textContent()).toContain('不是政府信息公开工作年度报告');
    // Nothing parsed: nothing to add.
    expect(await page.locator('[data-import-add]').count()).toBe(0);
  });

  it('phone layout', async () => {
    const page = await importFiles({ width: 375, height: 812 });
    expect(await card(page, JUNK).getAttribute('data-status')).toBe('rejected');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'import-phone.png'), fullPage: true });
  });
});
