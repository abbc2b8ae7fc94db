/**
 * One printed cell → a value: blanks and `/`, `-`, `—`, `无` are NULL; notes in brackets
 * (`22（其中修订 16 件）`) and counting units (`件`) are dropped; signs and up to six decimals kept;
 * money units (`元`, `万元`) are reported so the caller can convert to the column's unit.
 */
export type MoneyUnit = 'yuan' | 'wan';

export type CellValue =
  | { kind: 'blank' }
  | {
      kind: 'number';
      value: number;
      /** The plain digits when the cell is an unsigned integer without separators: a run that may hide several cells. */
      digits: string | null;
      /** Integer digits and decimal tail of a decimal cell, e.g. `24252` and `.311082`. */
      decimal: { int: string; frac: string } | null;
      unit: MoneyUnit | null;
    }
  | { kind: 'text' };

const BLANK = /^(?:|\/+|-+|—+|–+|―+|─+|无|空|\*)$/;
const NUMBER =
  /^([+-])?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(万元|元|万|件|个|项|条|次|人次|宗|起|家|%)?\s*(?:\([^()]*\))?\s*(?:件|个|项|条|次)?$/;
const LEADING_NUMBER = /^([+-])?(\d+)(\.\d+)?/;

export const MAX_DECIMALS = 6;

export function roundDecimals(v: number): number {
  return Number(v.toFixed(MAX_DECIMALS));
}

interface NumberParts {
  sign: string | undefined;
  intPart: string;
  frac: string | undefined;
  unitText: string | undefined;
}

function isDigits(s: string): boolean {
  if (s.length === 0 || s.length > 15) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

export function parseCell(cellText: string): CellValue {
  const text = cellText.trim();
  // Fast path: most cells are plain integers such as `0`.
  if (isDigits(text)) return { kind: 'number', value: Number(text), digits: text, decimal: null, unit: null };
  if (BLANK.test(text)) return { kind: 'blank' };
  const parts = wholeNumber(text) ?? noteAfterNumber(text);
  if (!parts) return { kind: 'text' };
  const { sign, intPart, frac, unitText } = parts;
  const int = intPart.replace(/,/g, '');
  let value = Number(int + (frac ?? ''));
  if (sign === '-') value = -value;
  const unit: MoneyUnit | null = unitText === '元' ? 'yuan' : unitText === '万元' ? 'wan' : null;
  const plain = !sign && !intPart.includes(',');
  return {
    kind: 'number',
    value: frac ? roundDecimals(value) : value,
    digits: plain && !frac ? int : null,
    decimal: plain && frac ? { int, frac } : null,
    unit
  };
}

function wholeNumber(text: string): NumberParts | null {
  const m = NUMBER.exec(text);
  return m ? { sign: m[1], intPart: m[2], frac: m[3], unitText: m[4] } : null;
}

/** `22其中修订16件` style cells without brackets: the leading number, when words follow it. */
function noteAfterNumber(text: string): NumberParts | null {
  const m = LEADING_NUMBER.exec(text);
  if (!m) return null;
  const rest = text.slice(m[0].length);
  // Only a note in words, never a second number glued on (that would be a run-together row).
  if (!/^\s*[(\u4e00-\u9fff]/.test(rest)) return null;
  const unit = /^\s*(万元|元)/.exec(rest);
  return { sign: m[1], intPart: m[2], frac: m[3], unitText: unit ? unit[1] : undefined };
}
