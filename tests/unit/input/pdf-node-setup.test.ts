import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { withPdfjsInflate } from '../../../src/lib/input/pdf/inflate';
import { isNode, loadPdfjs, type Pdfjs } from '../../../src/lib/input/pdf/pdfjs';
import { bytesOf, CORPUS, SEED_NAME, VARIANTS } from './helpers';

const HUAIAN = resolve(CORPUS, 'reports', '淮安市人民政府_2024.pdf');
const SEED_PDF = resolve(VARIANTS, `${SEED_NAME}.pdf`);

/** Probes whose answer differs between V8's natives and core-js's replacements (on Node 20). */
const PROBES = {
  // V8 before 12.2 does not throw here; core-js's push does, which is why it replaces push.
  pushOnReadOnlyLength: `(() => {
    try { Object.defineProperty([], 'length', { writable: false }).push(); return 'no throw'; }
    catch (e) { return e.constructor.name; }
  })()`,
  // core-js's JSON.parse hands the reviver a third argument (the source text proposal).
  parseReviverArgs: `JSON.parse('[1]', function () { return arguments.length; })`
};

/** The same probe in this realm (where pdf.js loaded) and in a fresh one (untouched natives). */
function probe(code: string): { here: unknown; native: unknown } {
  const here: unknown = new Function(`return ${code}`)();
  return { here, native: runInNewContext(code) };
}

describe('loadPdfjs in Node', () => {
  it('is one module, with the worker side loaded into this thread', async () => {
    expect(isNode()).toBe(true);
    const pdfjs = await loadPdfjs();
    expect(await loadPdfjs()).toBe(pdfjs);
    const worker = (globalThis as { pdfjsWorker?: { WorkerMessageHandler?: unknown } }).pdfjsWorker;
    expect(typeof worker?.WorkerMessageHandler).toBe('function');
  });

  it('leaves Array.prototype.push and JSON.parse behaving as the engine’s own', async () => {
    await loadPdfjs();
    for (const code of Object.values(PROBES)) {
      const { here, native } = probe(code);
      expect(here, code).toEqual(native);
    }
  });

  it('keeps the methods pdf.js needs and Node 20 lacks', async () => {
    await loadPdfjs();
    expect(typeof Promise.withResolvers).toBe('function');
    expect(typeof (Map.prototype as { getOrInsertComputed?: unknown }).getOrInsertComputed).toBe('function');
  });
});

describe('withPdfjsInflate', () => {
  const original = () => Object.getOwnPropertyDescriptor(globalThis, 'DecompressionStream');

  it('refuses DecompressionStream during a read and puts the original back after', async () => {
    const before = original();
    expect(before).toBeDefined();
    await withPdfjsInflate(async () => {
      expect(() => new DecompressionStream('deflate')).toThrow(/not used while pdf.js reads/);
    });
    expect(original()).toEqual(before);
    expect(new DecompressionStream('deflate')).toBeInstanceOf(DecompressionStream);
  });

  it('puts it back only when the last of overlapping reads ends, also after a failed read', async () => {
    const before = original();
    let releaseFirst!: () => void;
    const first = withPdfjsInflate(() => new Promise<void>((done) => (releaseFirst = done)));
    const second = withPdfjsInflate(async () => {
      throw new Error('read failed');
    });
    await expect(second).rejects.toThrow('read failed');
    expect(() => new DecompressionStream('deflate')).toThrow(/not used while pdf.js reads/);
    releaseFirst();
    await first;
    expect(original()).toEqual(before);
  });
});

/**
 * Every text item and font style pdf.js yields for a file, with each page's size. Font names carry
 * the document's number (g_d3_f1), which differs between two loads of one file: it is dropped.
 */
async function textItems(pdfjs: Pdfjs, path: string): Promise<unknown> {
  const doc = await pdfjs.getDocument({
    data: bytesOf(path),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0
  }).promise;
  const pages: unknown[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const { width, height } = page.getViewport({ scale: 1 });
    pages.push({ width, height, ...(await page.getTextContent()) });
  }
  await doc.destroy();
  return JSON.parse(JSON.stringify(pages).replace(/"g_d\d+_/g, '"g_d_')) as unknown;
}

describe('pdf.js text with its own inflate equals the text with DecompressionStream', () => {
  for (const [name, path] of [
    ['淮安', HUAIAN],
    ['孟津 (printed by Chromium)', SEED_PDF]
  ]) {
    it(name, async () => {
      const pdfjs = await loadPdfjs();
      const withStream = await textItems(pdfjs, path);
      const withOwnInflate = await withPdfjsInflate(() => textItems(pdfjs, path));
      expect(JSON.stringify(withOwnInflate).length).toBeGreaterThan(10_000);
      expect(withOwnInflate).toEqual(withStream);
    });
  }
});
