/**
 * Shared by overview/compare/trends browser tests: one server and browser per file, pages that
 * fail the test on foreign requests or console errors, the exports' rows and their current
 * county names (computed here from the CSVs, independently of the app), and screenshots.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { loadReports, type CsvRow } from './expected';
import {
  launchBrowser,
  openContext,
  SCREENSHOT_DIR,
  startServer,
  waitForView,
  type OpenedPage,
  type OpenOptions
} from './harness';

export const reports: CsvRow[] = loadReports();
export const agencyRows = reports.filter((r) => r.scope === 'agency');

/** A code's current county name: the county of a report whose code did not change. */
const currentCounty = new Map(
  reports
    .filter((r) => r.county !== '' && r.division_code === r.division_code_current)
    .map((r) => [r.division_code_current, r.county])
);
export const countyOf = (r: CsvRow): string =>
  r.county === '' ? '' : (currentCounty.get(r.division_code_current) ?? r.county);

/** Starts the server and browser for the file; `open` loads a path and waits for the view. */
export function browserSession(): {
  open: (path: string, options?: OpenOptions) => Promise<Page>;
  origin: () => string;
} {
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: Browser;
  let opened: OpenedPage[] = [];
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(async () => {
    for (const o of opened) {
      expect(o.problems.foreignRequests).toEqual([]);
      expect(o.problems.pageErrors).toEqual([]);
      expect(o.problems.consoleErrors).toEqual([]);
      await o.context.close();
    }
    opened = [];
  });
  return {
    origin: () => server.origin,
    async open(path, options = {}) {
      const o = await openContext(browser, server.origin, options);
      opened.push(o);
      await o.page.goto(`${server.origin}${path}`);
      await waitForView(o.page);
      return o.page;
    }
  };
}

export const SIZES = [
  { name: 'desktop', width: 1366, height: 900 },
  { name: 'phone', width: 375, height: 812 }
] as const;

/** Full-page screenshot after checking nothing sticks out sideways. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, name).toBeLessThanOrEqual(0);
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Row keys of a DataTable in display order. */
export function rowKeys(page: Page, table: string): Promise<string[]> {
  return page.$$eval(`table[data-table="${table}"] tbody tr`, (rows) =>
    rows.map((r) => r.getAttribute('data-key') ?? '')
  );
}
