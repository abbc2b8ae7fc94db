import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { titleFileName } from '../../../src/lib/exporting/download';
import type { Column } from '../../../src/lib/ui/table';
import { tableCsv } from '../../../src/lib/ui/table-csv';

interface Row {
  name: string;
  permits: number | null;
  rate: number;
  n: number;
}

const ROWS: Row[] = [
  { name: '孟津区人民政府', permits: 15781, rate: 0.257, n: 35 },
  { name: '=HYPERLINK("http://evil")局', permits: null, rate: 0.5, n: 2 },
  { name: '-3 局', permits: -3, rate: 0, n: 0 }
];

const COLUMNS: Column<Row>[] = [
  { key: 'name', label: '名称', cell: (r) => r.name },
  { key: 'permits', label: '行政许可', numeric: true, cell: (r) => (r.permits === null ? '—' : r.permits.toLocaleString('en')) },
  {
    key: 'rate',
    label: '纠错率',
    numeric: true,
    cell: (r) => `${(r.rate * 100).toFixed(1)}%`,
    flag: (r) => (r.n < 5 ? '样本少' : null)
  },
  { key: 'mix', label: '予以公开', numeric: true, cell: (r) => `${r.n} (${(r.rate * 100).toFixed(1)}%)` }
];

function parse(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<string[]>(csv.slice(1).trimEnd()).data;
}

describe('tableCsv', () => {
  it('writes the shown table: numbers as numbers, blanks empty, marks in a column of their own', () => {
    const [header, ...rows] = parse(tableCsv(COLUMNS, ROWS, '标记'));
    expect(header).toEqual(['名称', '行政许可', '纠错率', '纠错率（标记）', '予以公开']);
    expect(rows[0]).toEqual(['孟津区人民政府', '15781', '25.7%', '', '35 (25.7%)']);
    expect(rows[1][1]).toBe('');
    expect(rows[1][3]).toBe('样本少');
    expect(rows[2][1]).toBe('-3');
  });

  it('text that a spreadsheet would run as a formula is neutralised, negative numbers are not', () => {
    const rows = parse(tableCsv(COLUMNS, ROWS, '标记')).slice(1);
    expect(rows[1][0]).toBe('\'=HYPERLINK("http://evil")局');
    expect(rows[2][0]).toBe("'-3 局");
    expect(rows[2][1]).toBe('-3');
  });

  it('leaves the marks column out when no row has a mark', () => {
    const [header] = parse(tableCsv(COLUMNS, [ROWS[0]], '标记'));
    expect(header).toEqual(['名称', '行政许可', '纠错率', '予以公开']);
  });
});

describe('titleFileName', () => {
  it('keeps the title, replacing what file systems refuse', () => {
    expect(titleFileName('2025 年本年新收申请：按机关', 'csv')).toBe('2025 年本年新收申请：按机关.csv');
    expect(titleFileName('a/b\\c:d*e?"f<g>h|i', 'png')).toBe('a_b_c_d_e_f_g_h_i.png');
    expect(titleFileName('  ', 'png', 'chart')).toBe('chart.png');
  });
});
