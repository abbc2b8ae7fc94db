/**
 * Dark mode, chart tools and the first paint in the built site: the system's dark preference is
 * applied before the first paint, the switch overrides and remembers it, dark charts carry the dark
 * colours only, each chart saves as a 2× PNG named after its title, patterns switch on, the tools
 * are reachable by Tab with a visible focus ring, and the first chart is drawn from the build-time
 * summary before duckdb-wasm is ready, without asking the engine again once it is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHART_COLORS } from '../../src/lib/charts/theme';
import { SCREENSHOT_DIR, waitForView } from './harness';
import { useSite } from './site';

const site = useSite();

async function open(path: string, options: { dark?: boolean; width?: number; wait?: boolean } = {}): Promise<Page> {
  const o = await site.context({ viewport: { width: options.width ?? 1366, height: 900 } });
  await o.page.emulateMedia({ colorScheme: options.dark ? 'dark' : 'light' });
  await o.page.goto(`${site.origin()}${path}`);
  if (options.wait !== false) await waitForView(o.page);
  return o.page;
}

const theme = (page: Page): Promise<string | undefined> => page.evaluate(() => document.documentElement.dataset.theme);
const background = (page: Page): Promise<string> =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe('dark mode', () => {
  it('follows a dark system before the first paint, and draws dark charts', async () => {
    const o = await site.context();
    await o.page.emulateMedia({ colorScheme: 'dark' });
    // The theme is set by the inline script while the HTML is parsed: check before any module runs.
    await o.page.goto(`${site.origin()}/permits/`, { waitUntil: 'commit' });
    await o.page.waitForFunction(() => document.body !== null);
    expect(await theme(o.page)).toBe('dark');
    // The stylesheet may still be on its way on a busy machine (transparent until then); once it
    // applies, the page is dark at once: the attribute above was set before it.
    await expect.poll(() => background(o.page)).not.toBe('rgba(0, 0, 0, 0)');
    expect(await background(o.page)).toBe('rgb(18, 21, 25)');

    await waitForView(o.page);
    const svg = (await o.page.locator('[data-chart="compare"] svg').first().innerHTML()).toLowerCase();
    expect(svg).toContain(CHART_COLORS.dark.palette[0].toLowerCase());
    for (const c of [CHART_COLORS.light.palette[0], CHART_COLORS.light.text, CHART_COLORS.light.muted]) {
      expect(svg).not.toContain(c.toLowerCase());
    }
    await o.page.screenshot({ path: join(SCREENSHOT_DIR, 'theme-dark-permits-desktop.png'), fullPage: true });
  });

  it('the switch overrides the system, is remembered, and redraws charts', async () => {
    const page = await open('/permits/');
    expect(await theme(page)).toBe('light');
    const group = page.locator('[data-theme-switch]');
    await group.getByRole('button', { name: '深色' }).click();
    expect(await theme(page)).toBe('dark');
    await expect
      .poll(async () => (await page.locator('[data-chart="compare"] svg').first().innerHTML()).toLowerCase())
      .toContain(CHART_COLORS.dark.palette[0].toLowerCase());
    expect(await page.evaluate(() => localStorage.getItem('nianbao.theme'))).toBe('dark');

    await page.reload();
    expect(await theme(page)).toBe('dark');
    await waitForView(page);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'theme-dark-home-check.png') });
    await group.getByRole('button', { name: '跟随系统' }).click();
    expect(await theme(page)).toBe('light');
    expect(await page.evaluate(() => localStorage.getItem('nianbao.theme'))).toBeNull();
  });

  it('dark screenshots at phone width', async () => {
    for (const path of ['/', '/permits/', '/review/']) {
      const page = await open(path, { dark: true, width: 375 });
      const name = path === '/' ? 'home' : path.replace(/\//g, '');
      await page.screenshot({ path: join(SCREENSHOT_DIR, `theme-dark-${name}-phone.png`), fullPage: true });
    }
    const home = await open('/', { dark: true });
    await home.screenshot({ path: join(SCREENSHOT_DIR, 'theme-dark-home-desktop.png'), fullPage: true });
  });
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('chart tools', () => {
  it('saves a chart as a 2× PNG named after its title', async () => {
    const page = await open('/permits/');
    const title = (await page.locator('#compare-title').textContent())?.trim() ?? '';
    const canvas = await page.locator('[data-chart="compare"] .chart-canvas').boundingBox();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-chart="compare"] [data-chart-png]').click()
    ]);
    expect(download.suggestedFilename()).toBe(`${title.replace(/[\\/:*?"<>|]+/g, '_')}.png`);
    const size = pngSize(readFileSync(await download.path()));
    expect(size.width).toBe(Math.round((canvas?.width ?? 0) * 2));
    expect(size.height).toBe(Math.round((canvas?.height ?? 0) * 2));
  });

  it('switches decal patterns on for every chart, and remembers it', async () => {
    const page = await open('/permits/');
    const toggle = page.locator('[data-chart="compare"] [data-chart-patterns]');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('[data-chart="compare"] svg pattern').count()).toBe(0);
    await toggle.click();
    await expect.poll(() => page.locator('[data-chart="compare"] svg pattern').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-chart="trend"] [data-chart-patterns]').getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => localStorage.getItem('nianbao.patterns'))).toBe('on');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'theme-patterns-desktop.png'), fullPage: true });
  });

  it('every chart has an aria description, and its tools are reachable by Tab with a visible focus ring', async () => {
    const page = await open('/permits/');
    const labels = await page.$$eval('[data-chart] .chart-canvas', (els) =>
      els.map((e) => e.getAttribute('aria-label'))
    );
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label?.length ?? 0).toBeGreaterThan(10);

    const reached = new Set<string>();
    for (let i = 0; i < 80 && reached.size < 2; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el?.closest('[data-chart="compare"]')) return null;
        const style = getComputedStyle(el);
        return {
          tool: el.hasAttribute('data-chart-png') ? 'png' : el.hasAttribute('data-chart-patterns') ? 'patterns' : '',
          outline: `${style.outlineStyle} ${style.outlineWidth}`
        };
      });
      if (focused?.tool) {
        expect(focused.outline).not.toMatch(/^none|0px$/);
        reached.add(focused.tool);
      }
    }
    expect([...reached].sort()).toEqual(['patterns', 'png']);
  });
});

describe('first paint', () => {
  it('draws the first chart from the build-time summary before the engine is ready, and never re-asks', async () => {
    const page = await open('/permits/', { wait: false });
    await page.waitForFunction(() => performance.getEntriesByName('nianbao:engine-ready').length > 0, undefined, {
      timeout: 60_000
    });
    await waitForView(page);
    // Let anything the engine's arrival would trigger run.
    await page.waitForTimeout(500);
    const marks = await page.evaluate(() => ({
      chart: performance.getEntriesByName('nianbao:chart-finished')[0]?.startTime ?? Infinity,
      engine: performance.getEntriesByName('nianbao:engine-ready')[0]?.startTime ?? 0,
      engineQueries: performance.getEntriesByName('nianbao:query').length,
      charts: document.querySelectorAll('[data-chart] [data-chart-ready="true"]').length
    }));
    expect(marks.charts).toBe(2);
    expect(marks.chart).toBeLessThan(marks.engine);
    // Everything the default view asked was prerendered: the engine was never asked.
    expect(marks.engineQueries).toBe(0);
    // The figures are the engine's: a filter change goes to the engine and draws again.
    await page.selectOption('#view-year', { index: 0 });
    await expect
      .poll(() => page.evaluate(() => performance.getEntriesByName('nianbao:query').length))
      .toBeGreaterThan(0);
    await waitForView(page);
  });
});
