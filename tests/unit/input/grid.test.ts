import { describe, expect, it } from 'vitest';
import { layoutGrid, rowCells } from '../../../src/lib/input/grid';

const c = (text: string, rowSpan = 1, colSpan = 1) => ({ text, rowSpan, colSpan });
const texts = (rows: ReturnType<typeof layoutGrid>) => rows.map((r) => r.map((cell) => cell.text));

describe('layoutGrid', () => {
  it('puts a row-spanning label in its first row only and leaves the spanned slots empty', () => {
    const grid = layoutGrid([
      [c('三、本年度办理结果', 3), c('(一) 予以公开'), c('5')],
      [c('(二) 部分公开'), c('1')],
      [c('(七) 总计'), c('6')]
    ]);
    expect(texts(grid)).toEqual([
      ['三、本年度办理结果', '(一) 予以公开', '5'],
      ['', '(二) 部分公开', '1'],
      ['', '(七) 总计', '6']
    ]);
    expect(grid[1][0]).toMatchObject({ row: 0, col: 0, origin: false });
  });

  it('keeps every row the full width, spanned columns empty', () => {
    const grid = layoutGrid([[c('第二十条第（一）项', 1, 4)], [c('规章'), c('0'), c('0'), c('0')]]);
    expect(texts(grid)).toEqual([
      ['第二十条第（一）项', '', '', ''],
      ['规章', '0', '0', '0']
    ]);
  });

  it('places cells after a column that a span from above occupies', () => {
    const grid = layoutGrid([
      [c('a', 2), c('b', 1, 2)],
      [c('x'), c('y')]
    ]);
    expect(texts(grid)).toEqual([
      ['a', 'b', ''],
      ['', 'x', 'y']
    ]);
  });

  it('clamps spans that run past the table or are not numbers', () => {
    const grid = layoutGrid([[c('a', 9999), c('b', Number.NaN, 0)], [c('x')]]);
    expect(texts(grid)).toEqual([
      ['a', 'b'],
      ['', 'x']
    ]);
  });
});

describe('rowCells', () => {
  it('gives a column-spanning cell one cell and keeps one empty cell per row span from above', () => {
    const grid = layoutGrid([
      [c('三、本年度办理结果', 2), c('(一) 予以公开', 1, 2), c('5')],
      [c('1.国家秘密'), c('x', 1, 1), c('2')]
    ]);
    expect(rowCells(grid)).toEqual([
      [
        { text: '三、本年度办理结果', col: 0 },
        { text: '(一) 予以公开', col: 1 },
        { text: '5', col: 3 }
      ],
      [
        { text: '', col: 0 },
        { text: '1.国家秘密', col: 1 },
        { text: 'x', col: 2 },
        { text: '2', col: 3 }
      ]
    ]);
  });

  it('gives a cell spanning rows and columns one empty cell in each row below', () => {
    const grid = layoutGrid([[c('a', 2, 2), c('b')], [c('y')]]);
    expect(rowCells(grid).map((r) => r.map((x) => x.text))).toEqual([
      ['a', 'b'],
      ['', 'y']
    ]);
  });
});
