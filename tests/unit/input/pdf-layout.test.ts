import { describe, expect, it } from 'vitest';
import { layoutPage, type PdfTextItem } from '../../../src/lib/input/pdf/layout';

/** An item of CJK text at font size 10 (each character 10 wide) or digits (5 wide each). */
function item(str: string, x: number, y: number): PdfTextItem {
  const width = [...str].reduce((w, ch) => w + (/[\d.]/.test(ch) ? 5 : 10), 0);
  return { str, x, y, width, fontSize: 10 };
}

const page = (items: PdfTextItem[]) => layoutPage({ page: 1, width: 595, height: 842, items });

describe('PDF layout', () => {
  it('groups items into lines by baseline and cells by wide gaps', () => {
    const rows = page([
      item('一、本年新收', 50, 700),
      item('30', 200, 698),
      item('0', 250, 698),
      item('正文第一行', 50, 650),
      item('接着', 100, 650)
    ]);
    expect(rows).toEqual([['一、本年新收', '30', '0'], ['正文第一行接着']]);
  });

  it('keeps a narrow space between runs on one line as a space, not a new cell', () => {
    expect(page([item('第二十条', 50, 700), item('第（一）项', 95, 700)])).toEqual([['第二十条 第（一）项']]);
  });

  it('merges a wrapped label into the row whose numbers sit between its lines', () => {
    const rows = page([
      item('5.要求行政机关确认或重新出', 50, 710),
      item('1', 330, 702),
      item('0', 360, 702),
      item('具已获取信息', 50, 695),
      item('2.重复申请', 50, 670),
      item('4', 330, 670),
      item('4', 360, 670)
    ]);
    expect(rows).toEqual([
      ['5.要求行政机关确认或重新出具已获取信息', '1', '0'],
      ['2.重复申请', '4', '4']
    ]);
  });

  it('joins a label printed one character per line and puts it before the first row beside it', () => {
    const chars = '三、本年度'.split('');
    const rows = page([
      ...chars.map((ch, i) => item(ch, 20, 700 - i * 15)),
      item('（一）予以公开', 50, 700),
      item('7', 330, 700),
      item('（二）部分公开', 50, 670),
      item('1', 330, 670)
    ]);
    expect(rows).toEqual([
      ['三、本年度', '（一）予以公开', '7'],
      ['（二）部分公开', '1']
    ]);
  });

  it('drops page numbers in the margins but keeps numbers in the body', () => {
    const rows = page([item('- 3 -', 280, 30), item('12', 280, 400), item('正文', 50, 800)]);
    expect(rows).toEqual([['正文'], ['12']]);
  });
});
