/**
 * One browser test file's site session: a server over the build and a Chromium for the file, pages
 * that fail the test on any request leaving the origin, page error or console error, the two screen
 * sizes every view is checked at, and full-page screenshots that fail when something sticks out
 * sideways.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import {
  launchBrowser,
  openContext,
  SCREENSHOT_DIR,
  startServer,
  waitForView,
  type OpenedPage,
  type OpenOptions
} from './harness';

export const DESKTOP = { width: 1366, height: 900 };
export const PHONE = { width: 375, height: 812 };
export const SIZES = [
  { name: 'desktop', ...DESKTOP },
  { name: 'phone', ...PHONE }
] as const;

export interface SiteOpenOptions extends OpenOptions {
  /** A selector to wait for; without one, the view's charts and tables must finish (waitForView). */
  ready?: string;
  /** How long to wait for `ready` (60 s). */
  readyTimeout?: number;
}

export interface Site {
  /** A page at `path` of the site, once the view (or `ready`) is there. */
  open: (path: string, options?: SiteOpenOptions) => Promise<Page>;
  /** A checked browser context with its page, not navigated yet (to set it up before the first load). */
  context: (options?: OpenOptions) => Promise<OpenedPage>;
  origin: () => string;
}

/** Registers the file's hooks: server and browser up before its tests, every page checked after each. */
export function useSite(): Site {
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: Browser;
  let opened: OpenedPage[] = [];
  beforeAll(async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
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
  const context = async (options: OpenOptions = {}): Promise<OpenedPage> => {
    const o = await openContext(browser, server.origin, options);
    opened.push(o);
    return o;
  };
  return {
    origin: () => server.origin,
    context,
    async open(path, { ready, readyTimeout = 60_000, ...options } = {}) {
      const { page } = await context(options);
      await page.goto(`${server.origin}${path}`);
      if (ready) await page.waitForSelector(ready, { timeout: readyTimeout });
      else await waitForView(page);
      return page;
    }
  };
}

/** `open(path, ready, viewport)`: a page with the network cut to the origin, once `ready` is on it. */
export function usePages(): (path: string, ready: string, viewport?: typeof DESKTOP) => Promise<Page> {
  const site = useSite();
  return (path, ready, viewport = DESKTOP) => site.open(path, { ready, viewport, cutNetwork: true });
}

/** How far the page sticks out sideways (only tables may scroll horizontally, inside their box). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Full-page screenshot, after checking that nothing sticks out sideways. */
export async function screenshot(page: Page, name: string): Promise<void> {
  expect(await horizontalOverflow(page), name).toBeLessThanOrEqual(0);
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Row keys of a DataTable in display order. */
export function rowKeys(page: Page, table: string): Promise<string[]> {
  return page.$$eval(`table[data-table="${table}"] tbody tr`, (rows) =>
    rows.map((r) => r.getAttribute('data-key') ?? '')
  );
}

export function agencyPath(agencyId: string): string {
  return `/agency/${encodeURIComponent(agencyId)}/`;
}
