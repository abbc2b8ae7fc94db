/**
 * Offline and caching: with every non-local request cut, every view of the build draws and nothing
 * leaves the origin; the engine's wasm and the data files have content-hashed URLs (so a host can
 * cache them forever) and are fetched once per visit, however many views are opened.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_DIR, launchBrowser, openContext, startServer, waitForView } from './harness';
import { buildRoutes, waitForSettled } from './builds';

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('offline', () => {
  it('every view draws with the network cut, and nothing leaves the origin', async () => {
    const { page, context, problems } = await openContext(browser, server.origin, { cutNetwork: true });
    try {
      for (const path of buildRoutes(BUILD_DIR)) {
        await page.goto(`${server.origin}${path}`);
        // Views without charts (import, about…) count too.
        const settled = await waitForSettled(page);
        expect({ path, settled, errors: await page.locator('[data-state="error"]').count() }).toEqual({
          path,
          settled: true,
          errors: 0
        });
      }
      expect(problems.foreignRequests).toEqual([]);
      expect(problems.pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 300_000);
});

describe('caching', () => {
  it('the wasm and the data have content-hashed URLs and are fetched once across views', async () => {
    const { page, context } = await openContext(browser, server.origin);
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (/\.(wasm|parquet)(\?|$)/.test(r.url())) fetched.push(new URL(r.url()).pathname + new URL(r.url()).search);
    });
    try {
      await page.goto(`${server.origin}/permits/`);
      await waitForView(page);
      await page.waitForFunction(() => performance.getEntriesByName('nianbao:engine-ready').length > 0);
      // Client-side navigation to other views: the engine and its tables stay.
      for (const path of ['/penalties/', '/fees/', '/review/']) {
        await page.click(`nav a[data-nav="${path}"]`);
        await page.waitForURL(`**${path}*`);
        await waitForView(page);
      }
      expect(fetched.length).toBe(new Set(fetched).size);
      const wasm = fetched.filter((u) => u.includes('.wasm'));
      expect(wasm.some((u) => /duckdb-eh/.test(u))).toBe(true);
      // Vite names them by content under _app/immutable/ (served `immutable` by `vite preview`).
      for (const u of wasm) expect(u).toMatch(/^\/_app\/immutable\/assets\/[^/]+\.[\w-]{8}\.wasm$/);
      const parquet = fetched.filter((u) => u.includes('.parquet'));
      expect(parquet.length).toBeGreaterThan(0);
      for (const u of parquet) {
        const [path, version] = u.split('?v=');
        const hash = createHash('sha256')
          .update(readFileSync(join(BUILD_DIR, decodeURIComponent(path))))
          .digest('hex')
          .slice(0, 16);
        expect(version).toBe(hash);
      }
    } finally {
      await context.close();
    }
  }, 120_000);
});
