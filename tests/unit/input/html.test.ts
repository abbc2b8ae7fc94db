import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { readHtml } from '../../../src/lib/input/html';
import { CORPUS, expectedOf, lines, numbersIn, readDoc, rowWith, SEED_NAME, VARIANTS, APPLICANTS } from './helpers';

const SHANGHAI = resolve(CORPUS, 'reports', '上海市人民政府办公厅_2019.html');

describe('.html reader on the 上海 portal fragment', () => {
  it('reads each table row as one line with the expected numbers', async () => {
    const doc = await readDoc(SHANGHAI);
    const expected = expectedOf('上海市人民政府办公厅_2019').cells;
    const row = rowWith(doc, '一、本年新收政府信息公开申请数量');
    // Blank (&nbsp;) cells stay as empty cells, so the applicant columns keep their places; the label
    // spans three columns and is one cell.
    expect(row.cells.slice(1).map((c) => (c === '' ? null : Number(c)))).toEqual(
      APPLICANTS.map((a) => expected[`app_new_${a}`])
    );
    const carried = rowWith(doc, '四、结转下年度继续办理');
    expect(carried.cells.slice(1).map((c) => (c === '' ? null : Number(c)))).toEqual(
      APPLICANTS.map((a) => expected[`app_carried_out_${a}`])
    );
  });

  it('writes a row-spanning label in its first row only, the rows below start empty', async () => {
    const doc = await readDoc(SHANGHAI);
    const first = rowWith(doc, '（一）予以公开');
    expect(first.cells.slice(0, 3)).toEqual(['三、本年度办理结果', '（一）予以公开', '258']);
    const leaf = rowWith(doc, '2.其他法律行政法规禁止公开');
    expect(leaf.cells.slice(0, 3)).toEqual(['', '', '2.其他法律行政法规禁止公开']);
    // Both rows end with the seven applicant cells.
    expect(first.cells.slice(-7)).toEqual(['258', '12', '', '', '1', '1', '']);
    expect(leaf.cells).toHaveLength(3 + 7);
  });

  it('gives a cell that spans columns one cell, so the values after it keep their places', async () => {
    const doc = await readDoc(SHANGHAI);
    // 本年新公开数量 spans two columns, in the header and in the rows.
    expect(rowWith(doc, '规范性文件').cells).toEqual(['规范性文件', '60', '60', '368']);
    // Here the rows span other columns than the header: 上一年项目数量 spans two, 本年增/减 one.
    expect(rowWith(doc, '行政许可').cells).toEqual(['行政许可', '0', '0', '0']);
    expect(rowWith(doc, '政府集中采购').cells).toEqual(['政府集中采购', '6', '251000元']);
  });

  it('locates cells as table T row R col C', async () => {
    const doc = await readDoc(SHANGHAI);
    const { index, cells } = rowWith(doc, '规章');
    expect(cells).toEqual(['规章', '13', '13', '524']);
    // The location is the cell's first grid column.
    expect(doc.cellLocations?.[index]?.[3]).toBe('table 1 row 3 col 5');
  });

  it('takes the publication date from the text', async () => {
    const doc = await readDoc(SHANGHAI);
    expect(doc.meta).toMatchObject({ kind: 'html', encoding: 'utf-8', publishedDate: '2020-01-31' });
    expect(lines(doc)[0]).toBe('2019年上海市人民政府办公厅政府信息公开工作年度报告');
  });
});

describe('.html reader on the portal page made from the seed', () => {
  it('drops scripts, navigation and share/footer chrome', async () => {
    const doc = await readDoc(resolve(VARIANTS, `${SEED_NAME}.portal.html`));
    for (const chrome of ['统计代码', '访问量统计', '办事服务', '当前位置', '分享到', '网站标识码']) {
      expect(doc.text).not.toContain(chrome);
    }
    expect(doc.text).toContain('一、总体情况');
  });

  it('reads portal meta tags and the canonical URL', async () => {
    const doc = await readDoc(resolve(VARIANTS, `${SEED_NAME}.portal.html`));
    expect(doc.meta).toEqual({
      kind: 'html',
      encoding: 'utf-8',
      title: '孟津区人力资源和社会保障局 2023 年政府信息公开工作年度报告',
      publishedDate: '2024-01-20',
      sourceUrl: 'https://portal.example.gov.cn/mengjin/rsj/2024/01/ndbg2023.html'
    });
  });

  it('joins <p>/<span>-wrapped numbers and &nbsp; padding into clean cells', async () => {
    const doc = await readDoc(resolve(VARIANTS, `${SEED_NAME}.portal.html`));
    expect(rowWith(doc, '行政许可').cells).toEqual(['行政许可', '1045']);
    expect(rowWith(doc, '行政事业性收费').cells).toEqual(['行政事业性收费', '13.6145']);
    const review = lines(doc).find((l) => /^\d+(\t\d+){14}$/.test(l));
    expect(review?.split('\t').map(Number)).toEqual([2, 0, 0, 0, 2, 4, 1, 0, 0, 5, 1, 0, 0, 0, 1]);
  });
});

describe('.html reader on Word "save as web page" output', () => {
  it('decodes the declared gb2312 and gives the same table lines as the portal page', async () => {
    const word = await readDoc(resolve(VARIANTS, `${SEED_NAME}.word-gbk.html`));
    const portal = await readDoc(resolve(VARIANTS, `${SEED_NAME}.portal.html`));
    expect(word.meta.encoding).toBe('gbk');
    const tableLines = (text: string) => text.split('\n').filter((l) => l.includes('\t'));
    expect(tableLines(word.text)).toEqual(tableLines(portal.text));
  });

  it('joins labels split over spans and source lines, and drops conditional comments and <o:p>', async () => {
    const word = await readDoc(resolve(VARIANTS, `${SEED_NAME}.word-gbk.html`));
    expect(word.text).toContain('孟津区人力资源和社会保障局 2023 年政府信息公开工作年度报告');
    expect(word.text).not.toMatch(/mso|DocumentProperties|普通表格/);
    expect(numbersIn(rowWith(word, '1.属于国家秘密').cells)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('readHtml edge cases', () => {
  it('reads a layout table around the article as text, and the data table inside as rows', () => {
    const doc = readHtml(
      '<table><tr><td>导航</td><td><p>报告正文</p><table><tr><td>规章</td><td>1</td></tr></table></td></tr></table>',
      'utf-8'
    );
    expect(doc.text).toBe('导航\n报告正文\n规章\t1');
    expect(doc.cellLocations?.[2]).toEqual(['table 1 row 1 col 1', 'table 1 row 1 col 2']);
  });

  it('finds the date in 发布时间 text and in ArticlePubDate meta', () => {
    expect(readHtml('<p>发布时间：2020-01-20</p>', 'utf-8').meta.publishedDate).toBe('2020-01-20');
    expect(readHtml('<meta name="ArticlePubDate" content="2021年1月5日"><p>x</p>', 'utf-8').meta.publishedDate).toBe(
      '2021-01-05'
    );
  });
});
