/**
 * Shared set-up of the body, quality, coverage and search browser tests: one server and browser
 * per file, pages that must finish without foreign requests or errors, and screenshots.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchBrowser, openContext, SCREENSHOT_DIR, startServer, type OpenedPage } from './harness';

export const DESKTOP = { width: 1366, height: 900 };
export const PHONE = { width: 375, height: 800 };

/** Registers the hooks; returns `open(path, viewport)` resolving when `ready` is on the page. */
export function usePages(): (path: string, ready: string, viewport?: typeof DESKTOP) => Promise<Page> {
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
  return async (path, ready, viewport = DESKTOP) => {
    const o = await openContext(browser, server.origin, { viewport, cutNetwork: true });
    opened.push(o);
    await o.page.goto(`${server.origin}${path}`);
    await o.page.waitForSelector(ready, { timeout: 60_000 });
    return o.page;
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

export function agencyPath(agencyId: string): string {
  return `/agency/${encodeURIComponent(agencyId)}/`;
}
