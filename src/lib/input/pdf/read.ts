import type { DocumentMeta, InputResult } from '../types';
import { DocumentBuilder } from '../document';
import { reject } from '../reject';
import { layoutPages, type PdfPageText, type PdfTextItem } from './layout';
import { loadPdfjs, type Pdfjs } from './pdfjs';
import { withPdfjsInflate } from './inflate';

/**
 * PDF → DocumentText with pdf.js (pdfjs-dist's legacy build: it carries the polyfills Node 20
 * lacks, e.g. Promise.withResolvers, and runs in browsers too). In Node pdf.js runs its worker
 * code in the same thread; in the browser the site must call `usePdfWorker()` from
 * ./worker.browser.ts once to point pdf.js at its worker file. Every cell is located `page P`.
 * In Node, ./pdfjs.ts and ./inflate.ts make pdf.js faster without changing what it reads.
 */
export async function readPdf(bytes: Uint8Array, fileName: string): Promise<InputResult> {
  if (!startsWithPdfHeader(bytes)) {
    return reject('unreadable', fileName, '不是 PDF 文件（缺少 %PDF 文件头）', 'not a PDF file (no %PDF header)');
  }
  let pdfjs: Pdfjs;
  try {
    pdfjs = await loadPdfjs();
  } catch (err) {
    return reject(
      'unreadable',
      fileName,
      `无法加载 PDF 解析器：${message(err)}`,
      `cannot load the PDF reader: ${message(err)}`
    );
  }
  return withPdfjsInflate(() => readWithPdfjs(pdfjs, bytes, fileName));
}

async function readWithPdfjs(pdfjs: Pdfjs, bytes: Uint8Array, fileName: string): Promise<InputResult> {
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy().catch(() => undefined);
    return rejectOpenError(err, fileName);
  }
  const pages: PdfPageText[] = [];
  let pageNo = 0;
  try {
    for (pageNo = 1; pageNo <= doc.numPages; pageNo++) {
      const page = await doc.getPage(pageNo);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: PdfTextItem[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a, b, c, d, e, f] = item.transform as number[];
        items.push({
          str: item.str,
          x: e,
          y: f,
          width: item.width,
          fontSize: item.height > 0 ? item.height : Math.hypot(c, d) || Math.hypot(a, b)
        });
      }
      pages.push({ page: pageNo, width: viewport.width, height: viewport.height, items });
      page.cleanup();
    }
  } catch (err) {
    await doc.destroy().catch(() => undefined);
    return reject(
      'unreadable',
      fileName,
      `PDF 已损坏，无法读取：${message(err)}`,
      `the PDF is corrupt and cannot be read: ${message(err)}`,
      { zh: `第 ${pageNo} 页`, en: `page ${pageNo}` }
    );
  }
  const info = await doc.getMetadata().catch(() => null);
  await doc.destroy().catch(() => undefined);

  if (pages.every((p) => p.items.length === 0)) {
    return reject(
      'no_text_layer',
      fileName,
      `没有文字层（需要 OCR），共 ${pages.length} 页`,
      `no text layer (needs OCR), ${pages.length} page(s)`
    );
  }
  const out = new DocumentBuilder();
  for (const line of layoutPages(pages)) {
    out.addRow(
      line.cells,
      line.cells.map(() => `page ${line.page}`)
    );
  }
  const meta: DocumentMeta = { kind: 'pdf', ...pdfInfoMeta(info?.info) };
  return out.build(meta);
}

function startsWithPdfHeader(bytes: Uint8Array): boolean {
  // The header may follow some junk bytes (allowed up to 1 KB by readers in practice).
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

function rejectOpenError(err: unknown, fileName: string): InputResult {
  const name = err instanceof Error ? err.name : '';
  if (name === 'PasswordException') {
    return reject('unreadable', fileName, 'PDF 已加密，需要密码才能打开', 'the PDF is encrypted (password required)');
  }
  return reject(
    'unreadable',
    fileName,
    `PDF 已损坏或结构无效：${message(err)}`,
    `the PDF is corrupt or invalid: ${message(err)}`
  );
}

/**
 * The title from the PDF's document information dictionary. Its CreationDate is not used as the
 * publication date: a PDF printed or re-saved later carries the date of printing.
 */
function pdfInfoMeta(info: unknown): Pick<DocumentMeta, 'title'> {
  if (typeof info !== 'object' || info === null) return {};
  const title = (info as Record<string, unknown>).Title;
  return typeof title === 'string' && title.trim() !== '' ? { title: title.trim() } : {};
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
