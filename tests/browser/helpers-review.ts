/**
 * Shared set-up of the review and applications browser tests: one server and browser per file, a
 * page that fails the test on foreign requests or console errors, districts by current name.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { CsvRow } from './expected';
import { launchBrowser, openContext, startServer, waitForView, type OpenedPage, type OpenOptions } from './harness';

/** Starts the server and browser for the file; `open` loads a path and waits for the view. */
export function useSite(): { open: (path: string, options?: OpenOptions) => Promise<Page> } {
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
    async open(path, options = {}) {
      const o = await openContext(browser, server.origin, options);
      opened.push(o);
      await o.page.goto(`${server.origin}${path}`);
      await waitForView(o.page);
      return o.page;
    }
  };
}

/** A report's district by its current name (2019–2020 reports of 孟津县 count under 孟津区). */
export function currentCountyOf(reports: readonly CsvRow[]): (r: CsvRow) => string {
  const names = new Map(
    reports
      .filter((r) => r.county !== '' && r.division_code === r.division_code_current)
      .map((r) => [r.division_code_current, r.county])
  );
  return (r) => names.get(r.division_code_current) ?? r.county;
}

/** Nothing may stick out sideways: only tables scroll horizontally, inside their box. */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}
