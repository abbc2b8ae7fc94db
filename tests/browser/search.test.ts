/** Narrative search: `text=` in the URL, counts from sections.csv, highlighted snippets, safe text. */
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORTS_DIR } from './expected';
import { PHONE, screenshot, usePages } from './site';

const open = usePages();
const sections = ['real', 'demo'].flatMap((o) =>
  Papa.parse<Record<string, string>>(
    readFileSync(resolve(EXPORTS_DIR, o, 'sections.csv'), 'utf8').replace(/^\uFEFF/, ''),
    {
      header: true,
      skipEmptyLines: true
    }
  ).data.map((row): Record<string, string> => ({ ...row, origin: o }))
);

describe('search', () => {
  it('finds the real reports mentioning 平潭 and marks the word', async () => {
    const page = await open(`/search/?text=${encodeURIComponent('平潭')}&origin=real`, '[data-search-total]');
    const total = await page.locator('[data-search-total]').getAttribute('data-search-total');
    expect(Number(total)).toBe(sections.filter((s) => s.origin === 'real' && s.text.includes('平潭')).length);
    const marks = await page.locator('[data-search-results] mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => m === '平潭')).toBe(true);
    const href = await page.locator('[data-search-results] a').first().getAttribute('href');
    expect(decodeURIComponent(href ?? '')).toContain('/agency/350128-管理委员会/');
    await screenshot(page, 'search-desktop');
  });

  it('searches from the box, keeps markup in the text inert, and fits a phone', async () => {
    const page = await open('/search/', '#search-text', PHONE);
    await page.fill('#search-text', '<b>保密审查');
    await page.click('button[type="submit"]');
    await page.waitForSelector('[data-state="empty"]');
    expect(new URL(page.url()).searchParams.get('text')).toBe('<b>保密审查');
    expect(await page.locator('main b').count()).toBe(0);
    await page.fill('#search-text', '保密审查');
    await page.click('button[type="submit"]');
    await page.waitForSelector('[data-search-total]');
    const total = await page.locator('[data-search-total]').getAttribute('data-search-total');
    expect(Number(total)).toBe(sections.filter((s) => s.text.includes('保密审查')).length);
    await screenshot(page, 'search-phone');
  });
});
