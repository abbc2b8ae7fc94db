/**
 * One cell → its CSV text, by column type. Pure. NULL is the empty string; numbers never use an
 * exponent; decimals keep at most their scale's digits with trailing zeros dropped (13.6145);
 * dates are YYYY-MM-DD. Text that a spreadsheet would run as a formula is neutralised (OWASP CSV
 * injection): only in VARCHAR columns, so a negative count stays a number.
 */
import type { ColumnType } from '../schema/columns';
import type { Cell } from './tables';

/** Leading characters that make Excel, LibreOffice or Sheets treat a cell as a formula (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Whether `text` would be run as a formula if opened in a spreadsheet. */
export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text);
}

/** OWASP's remedy: a leading single quote makes the cell plain text in every spreadsheet. */
export function neutraliseFormula(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}

export class CellError extends Error {}

const DECIMAL_SCALE: Partial<Record<ColumnType, number>> = { 'DECIMAL(18,6)': 6, 'DECIMAL(18,2)': 2 };
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function integerText(value: number, column: string): string {
  if (!Number.isSafeInteger(value)) throw new CellError(`列 ${column} 的值 ${value} 不是整数 (not an integer)`);
  // BigInt prints every digit, never an exponent.
  return BigInt(value).toString();
}

function decimalText(value: number, scale: number, column: string): string {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e12) {
    throw new CellError(`列 ${column} 的值 ${value} 超出 DECIMAL(18,${scale}) 范围 (out of range)`);
  }
  const fixed = value.toFixed(scale);
  const trimmed = fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
  return trimmed === '-0' ? '0' : trimmed;
}

/**
 * The CSV text of a cell. `safe` neutralises formula-like text (the published CSV); the CSV that
 * feeds the Parquet writer keeps text exactly as it is.
 */
export function cellText(value: Cell, type: ColumnType, column: string, safe: boolean): string {
  if (value === null) return '';
  switch (type) {
    case 'VARCHAR': {
      const text = String(value);
      return safe ? neutraliseFormula(text) : text;
    }
    case 'INTEGER':
    case 'BIGINT':
      if (typeof value === 'bigint') return value.toString();
      if (typeof value !== 'number') throw new CellError(`列 ${column} 应为数字，实为“${value}” (expected a number)`);
      return integerText(value, column);
    case 'DECIMAL(18,6)':
    case 'DECIMAL(18,2)':
      if (typeof value === 'bigint') return value.toString();
      if (typeof value !== 'number') throw new CellError(`列 ${column} 应为数字，实为“${value}” (expected a number)`);
      return decimalText(value, DECIMAL_SCALE[type] ?? 0, column);
    case 'DATE':
      if (typeof value !== 'string' || !ISO_DATE.test(value)) {
        throw new CellError(`列 ${column} 的日期“${value}”不是 YYYY-MM-DD (not an ISO date)`);
      }
      return value;
  }
}
