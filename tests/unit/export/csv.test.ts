import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CellError, cellText, exportTable, exportTables, rowsToCsv, toCsv } from '../../../src/lib/export/index';
import {
  CHECK_COLUMNS,
  PROVENANCE_COLUMNS,
  REJECTION_COLUMNS,
  REPORT_COLUMN_NAMES,
  SECTION_COLUMNS
} from '../../../src/lib/schema/columns';
import { loadExpected, sampleBundle } from './bundle-fixture';

/** Parse our CSV back (header row + string cells). */
function parse(csv: string): { header: string[]; rows: string[][] } {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const [header, ...rows] = parsed.data;
  return { header, rows };
}

describe('toCsv', () => {
  const bundle = sampleBundle();

  it('writes every export with the contract column names in order', () => {
    const headers = Object.fromEntries(exportTables(bundle).map((t) => [t.name, parse(toCsv(t)).header]));
    expect(headers).toEqual({
      reports: [...REPORT_COLUMN_NAMES],
      checks: CHECK_COLUMNS.map(([n]) => n),
      sections: SECTION_COLUMNS.map(([n]) => n),
      provenance: PROVENANCE_COLUMNS.map(([n]) => n),
      rejections: REJECTION_COLUMNS.map(([n]) => n)
    });
    expect(headers.reports).toHaveLength(20 + 29 + 175 + 15);
  });

  it('uses a BOM, \\n line ends and a final newline, and no CR outside quoted text', () => {
    const csv = toCsv(exportTable(bundle, 'checks'));
    expect(csv.startsWith('\uFEFFreport_id,rule,severity,column,expected,actual,message\n')).toBe(true);
    expect(csv.endsWith('\n')).toBe(true);
    expect(csv.includes('\r')).toBe(false);
    expect(csv.split('\n')).toHaveLength(4); // header, two findings, and the empty piece after the final newline
  });

  it('prints the real numbers exactly, NULL as empty, decimals without padding or exponent', () => {
    const { header, rows } = parse(toCsv(exportTable(bundle, 'reports')));
    const row2021 = Object.fromEntries(header.map((h, i) => [h, rows[1][i]]));
    const e = loadExpected('平潭综合实验区_2021').cells;
    expect(row2021.fees_wan).toBe('24252.311082');
    expect(row2021.permits).toBe(String(e.permits)); // 2293
    expect(row2021.app_new_total).toBe('70');
    // 2019-only columns are NULL in a 2021 report: empty cells, never 0.
    expect(row2021.f19_rules_made).toBe('');
    expect(row2021.published_date).toBe('');
    const row2019 = Object.fromEntries(header.map((h, i) => [h, rows[0][i]]));
    expect(row2019.published_date).toBe('2020-01-31');
    expect(row2019.f19_procurement_amount).toBe('1234567.5');
    const e19 = loadExpected('上海市人民政府办公厅_2019').cells;
    expect(row2019.f19_procurement_projects).toBe(String(e19.f19_procurement_projects)); // 6
    expect(row2019.f19_rules_total).toBe(String(e19.f19_rules_total)); // 524
    expect(row2019.app_new_research).toBe(''); // blank in the report: NULL
    expect(row2019.fees_wan).toBe('');
  });

  it('neutralises formula-like text in VARCHAR cells only; negative counts stay numbers', () => {
    const reports = parse(toCsv(exportTable(bundle, 'reports')));
    const col = (name: string) => reports.header.indexOf(name);
    expect(reports.rows[1][col('agency')]).toBe(`'=HYPERLINK("http://evil.example","x")`);
    expect(reports.rows[0][col('f19_permit_items_change')]).toBe('-8');
    expect(reports.rows[1][col('source_url')]).toBe('https://www.pingtan.gov.cn/a,b"c');

    const checks = parse(toCsv(exportTable(bundle, 'checks')));
    expect(checks.rows.map((r) => [r[4], r[5]])).toEqual([
      ["'-3", "'+4"],
      ['', "'@SUM(A1)"]
    ]);
    const provenance = parse(toCsv(exportTable(bundle, 'provenance')));
    expect(provenance.rows.map((r) => r[3])).toEqual(["'-8", '24252.311082万元']);
  });

  it('keeps text with commas, quotes, tabs and line breaks intact (quoted)', () => {
    const sections = parse(toCsv(exportTable(bundle, 'sections')));
    expect(sections.rows).toEqual([[bundle.sections[0].report_id, '1', '第一行，"引号"\n第二行\t制表符']]);
  });

  it('can leave formulae alone for the Parquet staging file', () => {
    const csv = toCsv(exportTable(bundle, 'provenance'), { formulaSafe: false, bom: false });
    expect(csv.startsWith('report_id,')).toBe(true);
    expect(csv).toContain(',line 57,-8\n');
  });
});

describe('cellText', () => {
  it('prints numbers without exponent', () => {
    expect(cellText(0.000001, 'DECIMAL(18,6)', 'fees_wan', true)).toBe('0.000001');
    expect(cellText(13.6145, 'DECIMAL(18,6)', 'fees_wan', true)).toBe('13.6145');
    expect(cellText(100, 'DECIMAL(18,6)', 'fees_wan', true)).toBe('100');
    expect(cellText(-0, 'DECIMAL(18,2)', 'f19_procurement_amount', true)).toBe('0');
    expect(cellText(123456789012345, 'BIGINT', 'permits', true)).toBe('123456789012345');
    expect(cellText(-8, 'BIGINT', 'f19_fee_items_change', true)).toBe('-8');
    // BigInt from query results stays exact beyond 2^53.
    expect(cellText(9007199254740993n, 'BIGINT', 'permits', true)).toBe('9007199254740993');
  });

  it('neutralises every OWASP trigger character, and nothing else', () => {
    for (const t of ['=1+1', '+1', '-1', '@x', '\tx', '\rx']) expect(cellText(t, 'VARCHAR', 'x', true)).toBe(`'${t}`);
    for (const t of ['1-2', "'=x", '平潭', ' =x']) expect(cellText(t, 'VARCHAR', 'x', true)).toBe(t);
  });

  it('refuses values the column type cannot hold', () => {
    expect(() => cellText(1.5, 'BIGINT', 'permits', true)).toThrow(CellError);
    expect(() => cellText(Number.NaN, 'DECIMAL(18,6)', 'fees_wan', true)).toThrow(CellError);
    expect(() => cellText('2020/01/31', 'DATE', 'published_date', true)).toThrow(CellError);
    expect(() => cellText('12', 'INTEGER', 'year', true)).toThrow(CellError);
  });
});

describe('rowsToCsv', () => {
  it('writes the chosen columns of query rows with the same rules', () => {
    const csv = rowsToCsv(
      [
        { name: 'agency', type: 'VARCHAR' },
        { name: 'year', type: 'INTEGER' },
        { name: 'f19_fee_items_change', type: 'BIGINT' },
        { name: 'fees_wan', type: 'DECIMAL(18,6)' },
        { name: 'published_date', type: 'DATE' }
      ],
      [
        {
          agency: '-平潭',
          year: 2021,
          f19_fee_items_change: -3n,
          fees_wan: 24252.311082,
          published_date: new Date('2022-02-08T00:00:00Z')
        },
        { agency: '孟津区人力资源和社会保障局', year: 2023 }
      ]
    );
    expect(csv).toBe(
      '\uFEFFagency,year,f19_fee_items_change,fees_wan,published_date\n' +
        "'-平潭,2021,-3,24252.311082,2022-02-08\n" +
        '孟津区人力资源和社会保障局,2023,,,\n'
    );
  });
});
