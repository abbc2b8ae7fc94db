import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { readDocx } from '../../../src/lib/input/docx';
import { isRejection } from '../../../src/lib/input/types';
import { readDoc, rowWith, SEED_NAME, VARIANTS } from './helpers';

const tableLines = (text: string) => text.split('\n').filter((l) => l.includes('\t'));

describe('.docx reader', () => {
  it('expands w:vMerge and w:gridSpan into the same grid as the HTML reader', async () => {
    const docx = await readDoc(resolve(VARIANTS, `${SEED_NAME}.docx`));
    const html = await readDoc(resolve(VARIANTS, `${SEED_NAME}.portal.html`));
    expect(tableLines(docx.text)).toEqual(tableLines(html.text));
    expect(docx.meta).toEqual({ kind: 'docx', encoding: 'utf-8' });
  });

  it('puts a vertically merged label in its first row only', async () => {
    const doc = await readDoc(resolve(VARIANTS, `${SEED_NAME}.docx`));
    // (一) 予以公开 spans two columns: one cell, so the first applicant's 0 follows it directly.
    expect(rowWith(doc, '(一) 予以公开').cells.slice(0, 3)).toEqual(['三、本年度办理结果', '(一) 予以公开', '0']);
    expect(rowWith(doc, '2.重复申请').cells.slice(0, 3)).toEqual(['', '', '2.重复申请']);
  });

  it('keeps paragraphs as lines and locates table cells', async () => {
    const doc = await readDoc(resolve(VARIANTS, `${SEED_NAME}.docx`));
    expect(doc.text.split('\n')[0]).toBe('孟津区人力资源和社会保障局 2023 年政府信息公开工作年度报告');
    const { index } = rowWith(doc, '行政许可');
    expect(doc.cellLocations?.[index]?.[1]).toBe('table 1 row 7 col 2');
  });

  it('leaves out deleted text and field codes', () => {
    const xml = `<?xml version="1.0"?><w:document xmlns:w="w"><w:body>
      <w:p><w:r><w:t>规章</w:t></w:r><w:del><w:r><w:delText>删除</w:delText></w:r></w:del><w:r><w:instrText>PAGE</w:instrText></w:r></w:p>
    </w:body></w:document>`;
    const r = readDocx(zipSync({ 'word/document.xml': strToU8(xml) }), 'a.docx');
    expect(isRejection(r) ? r.message : r.text).toBe('规章');
  });

  it('rejects a file that is not a zip, and an old .doc renamed', () => {
    const notZip = readDocx(new TextEncoder().encode('hello'), 'x.docx');
    expect(notZip).toMatchObject({ rejected: true, reason: 'unreadable' });
    const ole = readDocx(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'old.docx');
    expect(isRejection(ole) && ole.message).toContain('旧版 .doc');
  });
});
