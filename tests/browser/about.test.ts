/** The about page in Chromium: sources, rules, accuracy (build-time), metrics; zh and en; screenshots. */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReports } from './expected';
import { launchBrowser, openContext, SCREENSHOT_DIR, startServer } from './harness';

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
const baseline = JSON.parse(readFileSync('tests/accuracy-baseline.json', 'utf8')) as Record<
  string,
  { cells_total: number }
>;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('关于 view', () => {
  for (const [name, viewport, lang] of [
    ['desktop', { width: 1366, height: 900 }, 'zh'],
    ['phone', { width: 375, height: 800 }, 'en']
  ] as const) {
    it(`lists sources, rules, accuracy and metrics (${name}, ${lang})`, async () => {
      const o = await openContext(browser, server.origin, { viewport });
      const { page, problems } = o;
      await page.goto(`${server.origin}/about/${lang === 'en' ? '?lang=en' : ''}`);
      await page.waitForSelector('table[data-table="about-sources"] tbody tr');
      const real = loadReports().filter((r) => r.origin === 'real');
      expect(await page.locator('table[data-table="about-sources"] tbody tr').count()).toBe(real.length);
      expect(await page.locator('table[data-table="about-rules"] tbody tr').count()).toBe(11);
      const cells = Object.values(baseline).reduce((a, r) => a + r.cells_total, 0);
      expect(await page.textContent('[data-accuracy]')).toContain(String(cells));
      expect(
        await page.locator('table[data-table="about-metrics"] tbody tr[data-key="review_correction_rate"]').count()
      ).toBe(1);
      await page.screenshot({ path: join(SCREENSHOT_DIR, `about-${name}.png`), fullPage: true });
      expect(problems.foreignRequests).toEqual([]);
      expect(problems.pageErrors).toEqual([]);
      expect(problems.consoleErrors).toEqual([]);
      await o.context.close();
    });
  }
});
