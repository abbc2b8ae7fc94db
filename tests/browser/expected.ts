/**
 * Expected figures computed independently of the app: straight from data/exports/{real,demo}/
 * reports.csv with papaparse, summing in JS (NULL as 0, agency scope as the views do).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

// NIANBAO_EXPORTS points elsewhere only while developing against a temporary dataset.
export const EXPORTS_DIR = resolve(
  process.env.NIANBAO_EXPORTS ?? fileURLToPath(new URL('../../data/exports', import.meta.url))
);

export type CsvRow = Record<string, string>;

export function loadReports(): CsvRow[] {
  const rows: CsvRow[] = [];
  for (const origin of ['real', 'demo']) {
    const file = resolve(EXPORTS_DIR, origin, 'reports.csv');
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    const parsed = Papa.parse<CsvRow>(text, { header: true, skipEmptyLines: true });
    if (parsed.errors.length > 0) throw new Error(`${file}: ${parsed.errors[0].message}`);
    rows.push(...parsed.data);
  }
  if (rows.length === 0) throw new Error(`no reports.csv under ${EXPORTS_DIR}`);
  return rows;
}

export function num(row: CsvRow, column: string): number | null {
  const text = row[column];
  if (text === undefined || text.trim() === '') return null;
  const value = Number(text);
  if (!Number.isFinite(value)) throw new Error(`not a number in ${column}: ${text}`);
  return value;
}

export interface Sum {
  sum: number;
  /** Reports whose cell was filled. */
  n: number;
  reports: number;
}

/** Sums of `columns` per group key; a group's sum of a column counts NULL as 0. */
export function sumBy(
  rows: readonly CsvRow[],
  key: (r: CsvRow) => string,
  columns: readonly string[]
): Map<string, Sum> {
  const out = new Map<string, Sum>();
  for (const row of rows) {
    const k = key(row);
    const s = out.get(k) ?? { sum: 0, n: 0, reports: 0 };
    s.reports += 1;
    for (const c of columns) {
      const v = num(row, c);
      if (v !== null) {
        s.sum += v;
        s.n += 1;
      }
    }
    out.set(k, s);
  }
  return out;
}

export function latestYear(rows: readonly CsvRow[]): number {
  return Math.max(...rows.map((r) => Number(r.year)));
}

const COUNT = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
const MONEY = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
const PERCENT = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export const formatCount = (v: number): string => COUNT.format(v);
export const formatMoney = (v: number): string => MONEY.format(v);
export const formatPercent = (v: number): string => `${PERCENT.format(v * 100)}%`;

/**
 * A report's district by its current name (2019–2020 reports of 孟津县 count under 孟津区): the
 * county of a report whose division code did not change, computed here from the CSVs,
 * independently of the app.
 */
export function currentCountyOf(reports: readonly CsvRow[]): (r: CsvRow) => string {
  const names = new Map(
    reports
      .filter((r) => r.county !== '' && r.division_code === r.division_code_current)
      .map((r) => [r.division_code_current, r.county])
  );
  return (r) => (r.county === '' ? '' : (names.get(r.division_code_current) ?? r.county));
}
