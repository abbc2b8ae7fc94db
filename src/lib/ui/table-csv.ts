/**
 * A table as the page shows it, as CSV for a spreadsheet: the same columns and rows, UTF-8 with a
 * BOM. Number cells go out as numbers (thousands separators dropped, "—" empty); other cells as
 * their text, formula-like text neutralised (export/cells.ts). A column's marks (样本少) get a
 * column of their own after it, when any row has one. Pure.
 */
import { neutraliseFormula } from '../export/cells';
import { textCsv } from '../export/csv';
import type { Column } from './table';

const GROUPED_NUMBER = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** A number cell's text as a spreadsheet reads it: `1,234` → `1234`, `—` → empty; other text kept. */
function numberCell(text: string): string {
  const t = text.trim();
  if (t === '—' || t === '') return '';
  if (GROUPED_NUMBER.test(t)) return t.replace(/,/g, '');
  return t;
}

/** The text of one cell: numbers as numbers, anything else safe from running as a formula. */
function csvCell(text: string, numeric: boolean): string {
  const t = numeric ? numberCell(text) : text;
  return PLAIN_NUMBER.test(t) ? t : neutraliseFormula(t);
}

/** CSV of `rows` under `columns`; `flagHeader` names the marks' columns (e.g. `标记`). */
export function tableCsv<R>(columns: readonly Column<R>[], rows: readonly R[], flagHeader: string): string {
  const fields: string[] = [];
  const cellsOf: ((row: R) => string)[] = [];
  for (const column of columns) {
    fields.push(neutraliseFormula(column.label));
    cellsOf.push((row) => csvCell(column.cell(row), column.numeric === true));
    const flag = column.flag;
    if (flag && rows.some((row) => flag(row) !== null)) {
      fields.push(neutraliseFormula(`${column.label}（${flagHeader}）`));
      cellsOf.push((row) => neutraliseFormula(flag(row) ?? ''));
    }
  }
  return textCsv(
    fields,
    rows.map((row) => cellsOf.map((cell) => cell(row)))
  );
}
