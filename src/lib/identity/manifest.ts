/**
 * The optional manifest CSV of the ingest command: one row per input file, giving the identity
 * fields the text alone cannot (平潭综合实验区: 福建省, jurisdiction). Empty cells are absent.
 */
import Papa from 'papaparse';
import type { BodyKind, Level, Scope } from '../schema/types';
import type { ManifestRow } from './types';

const BODY_KINDS: readonly BodyKind[] = ['government', 'office', 'department', 'township', 'other'];
const LEVELS: readonly Level[] = ['national', 'province', 'city', 'county', 'township'];
const SCOPES: readonly Scope[] = ['agency', 'jurisdiction'];

const TEXT_COLUMNS = ['agency', 'agency_id', 'province', 'city', 'county', 'source_url'] as const;
const KNOWN_COLUMNS = new Set<string>(['file', ...TEXT_COLUMNS, 'body_kind', 'level', 'scope', 'published_date']);

/** Manifest paths and ingest `source` paths compare equal: forward slashes, no leading `./`. */
export function normaliseManifestPath(path: string): string {
  return path
    .trim()
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '');
}

function isValidDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function enumValue<T extends string>(
  allowed: readonly T[],
  value: string,
  column: string,
  line: number,
  errors: string[]
): T | undefined {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  errors.push(`清单第 ${line} 行：${column} 的值“${value}”无效，应为 ${allowed.join(' / ')} 之一。`);
  return undefined;
}

/**
 * Parse the manifest. Rows are keyed by `file` (normalised path). A row with an invalid cell keeps its
 * valid cells; every problem is one message in `errors` (Chinese, with the line number).
 */
export function parseManifestCsv(text: string): { rows: Map<string, ManifestRow>; errors: string[] } {
  const rows = new Map<string, ManifestRow>();
  const errors: string[] = [];
  const parsed = Papa.parse<Record<string, string | undefined>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim()
  });
  for (const e of parsed.errors) {
    errors.push(`清单第 ${(e.row ?? 0) + 2} 行：CSV 格式错误（${e.message}）。`);
  }
  const fields = parsed.meta.fields ?? [];
  if (!fields.includes('file')) {
    errors.push('清单缺少 file 列（输入文件的相对路径）。');
    return { rows, errors };
  }
  for (const f of fields) {
    if (!KNOWN_COLUMNS.has(f)) errors.push(`清单有未知的列“${f}”，已忽略。`);
  }

  parsed.data.forEach((record, i) => {
    const line = i + 2; // the header is line 1
    const cell = (name: string): string | undefined => {
      const v = record[name]?.trim();
      return v ? v : undefined;
    };
    const file = cell('file');
    if (!file) {
      errors.push(`清单第 ${line} 行：file 为空。`);
      return;
    }
    const key = normaliseManifestPath(file);
    if (rows.has(key)) {
      errors.push(`清单第 ${line} 行：文件“${key}”重复出现，保留第一行。`);
      return;
    }
    const row: ManifestRow = { file: key };
    for (const c of TEXT_COLUMNS) {
      const v = cell(c);
      if (v) row[c] = v;
    }
    const bodyKind = cell('body_kind');
    if (bodyKind) row.body_kind = enumValue(BODY_KINDS, bodyKind, 'body_kind', line, errors);
    const level = cell('level');
    if (level) row.level = enumValue(LEVELS, level, 'level', line, errors);
    const scope = cell('scope');
    if (scope) row.scope = enumValue(SCOPES, scope, 'scope', line, errors);
    const date = cell('published_date');
    if (date) {
      if (isValidDate(date)) row.published_date = date;
      else errors.push(`清单第 ${line} 行：published_date“${date}”不是 YYYY-MM-DD 格式的有效日期。`);
    }
    // Drop keys left undefined by invalid enum values, so "absent" stays absent.
    for (const k of Object.keys(row) as (keyof ManifestRow)[]) if (row[k] === undefined) delete row[k];
    rows.set(key, row);
  });
  return { rows, errors };
}
