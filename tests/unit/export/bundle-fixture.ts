/**
 * A small export bundle built from the corpus's hand-keyed expected values (real numbers), with a
 * few text cells that a spreadsheet would run as formulae, for the writer tests.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NUMBER_COLUMN_NAMES, type FormatVersion } from '../../../src/lib/schema/columns';
import type { ReportRecord } from '../../../src/lib/schema/types';
import type { ExportBundle } from '../../../src/lib/export/types';

const EXPECTED = fileURLToPath(new URL('../../fixtures/corpus/expected', import.meta.url));

interface Expected {
  meta: { agency: string; year: number; format: FormatVersion };
  cells: Record<string, number | null>;
}

export function loadExpected(stem: string): Expected {
  return JSON.parse(readFileSync(join(EXPECTED, `${stem}.json`), 'utf8')) as Expected;
}

export function expectedStems(): string[] {
  return readdirSync(EXPECTED)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''))
    .sort();
}

export function recordFromExpected(stem: string, overrides: Partial<ReportRecord> = {}): ReportRecord {
  const e = loadExpected(stem);
  const numbers: Record<string, number | null> = {};
  for (const name of NUMBER_COLUMN_NAMES) numbers[name] = e.cells[name] ?? null;
  const agencyId = `000000-${stem.split('_')[0]}`;
  return {
    report_id: `${e.meta.year}-${agencyId}-agency`,
    agency_id: agencyId,
    year: e.meta.year,
    agency: e.meta.agency,
    body_kind: 'government',
    province: null,
    city: null,
    county: null,
    division_code: null,
    division_code_current: null,
    level: null,
    scope: 'agency',
    format: e.meta.format,
    origin: 'real',
    published_date: null,
    source: `${stem}.txt`,
    source_url: null,
    source_sha256: 'f'.repeat(64),
    check_errors: 0,
    check_warnings: 0,
    numbers,
    ...overrides
  };
}

/** Two real reports (上海 2019 with a planted negative change, 平潭 2021 with fees) plus formula-like text. */
export function sampleBundle(): ExportBundle {
  const r2019 = recordFromExpected('上海市人民政府办公厅_2019', { published_date: '2020-01-31' });
  // Planted: FORMAT.md's signed change "-8" (the corpus has none) and an amount in 元 with cents.
  r2019.numbers.f19_permit_items_change = -8;
  r2019.numbers.f19_procurement_amount = 1234567.5;
  const r2021 = recordFromExpected('平潭综合实验区_2021', {
    agency: '=HYPERLINK("http://evil.example","x")',
    source_url: 'https://www.pingtan.gov.cn/a,b"c'
  });
  const id19 = r2019.report_id;
  const id21 = r2021.report_id;
  return {
    reports: [r2019, r2021],
    checks: [
      {
        report_id: id19,
        rule: 'balance',
        severity: 'error',
        column: 'app_new_total',
        expected: '-3',
        actual: '+4',
        message: '本年新收与上年结转之和不等于办理结果总计与结转之和。'
      },
      {
        report_id: id21,
        rule: 'blank_cell',
        severity: 'warning',
        column: null,
        expected: null,
        actual: '@SUM(A1)',
        message: '单元格为空。'
      }
    ],
    sections: [{ report_id: id21, section: 1, text: '第一行，"引号"\n第二行\t制表符' }],
    provenance: [
      { report_id: id19, column: 'f19_permit_items_change', location: 'line 57', raw: '-8' },
      { report_id: id21, column: 'fees_wan', location: 'table 2 row 5 col 3', raw: '24252.311082万元' }
    ],
    rejections: [
      {
        source: 'junk.bin',
        sha256: '0'.repeat(64),
        reason: 'unsupported_kind',
        message: '不支持的文件类型 / unsupported file kind',
        kept_source: null
      }
    ]
  };
}
