/**
 * Every view of the nav, in light and dark, at desktop and phone width: it renders without page or
 * console errors and without requests to other origins, nothing is wider than the window (no
 * sideways overflow from overlapping or cramped content), and a full-page screenshot is saved to
 * tests/browser/screenshots/ (every-<view>-<theme>-<width>.png) for a person to look at.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { VIEWS } from '../../src/lib/ui/nav';
import { SCREENSHOT_DIR, waitForView } from './harness';
import { horizontalOverflow, SIZES, useSite } from './site';

// Its afterEach checks every page for page errors, console errors and foreign requests.
const site = useSite();

/** Loading messages gone and nothing busy; then, where the view has charts, every chart `finished`. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('main h1') !== null &&
      document.querySelector('[role="status"][aria-live]') === null &&
      document.querySelector('[aria-busy="true"]') === null,
    undefined,
    { timeout: 60_000, polling: 100 }
  );
  if ((await page.locator('[data-chart]').count()) > 0) await waitForView(page);
}

describe('every view', () => {
  for (const dark of [false, true]) {
    for (const size of SIZES) {
      it(
        `renders in ${dark ? 'dark' : 'light'} at ${size.width}px without overflow or errors`,
        { timeout: 300_000 },
        async () => {
          const o = await site.context({ viewport: { width: size.width, height: size.height } });
          await o.page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
          for (const view of VIEWS) {
            await o.page.goto(`${site.origin()}${view.path}`);
            await settle(o.page);
            const overflow = await horizontalOverflow(o.page);
            expect(overflow, `${view.path} is ${overflow}px wider than the window`).toBeLessThanOrEqual(0);
            if (dark) expect(await o.page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
            const name = view.path === '/' ? 'home' : view.path.replace(/\//g, '');
            await o.page.screenshot({
              path: join(SCREENSHOT_DIR, `every-${name}-${dark ? 'dark' : 'light'}-${size.name}.png`),
              fullPage: true
            });
          }
        }
      );
    }
  }
});
