/**
 * The applications view's tables and charts (columns.ts, charts.ts) on a real report: 上海市科学技术委员会
 * 2024, table 三 as printed (新收 34: 自然人 32, 商业企业 2; （七）总计 35; 上年结转 2, 结转下年 1).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeDb } from '../../../src/lib/db/node';
import type { QueryRunner } from '../../../src/lib/db/types';
import { NO_FILTERS } from '../../../src/lib/filters/types';
import { applicationSums, TOTAL_ONLY_REPORTS } from '../../../src/lib/queries/applications';
import type { AggregateRow } from '../../../src/lib/queries/types';
import { appColumn } from '../../../src/lib/schema/columns';
import { applicantBars, outcomeBars, rateTrend, refusalBars } from '../../../src/lib/ui/applications/charts';
import {
  ColumnText,
  leftOutColumns,
  nameColumn,
  outcomeCompareColumns,
  rateTableColumns,
  refusalColumns
} from '../../../src/lib/ui/applications/columns';
import { rankRefusals } from '../../../src/lib/ui/applications/shape';
import type { Column } from '../../../src/lib/ui/table';
import { ORIGIN_DIRS } from '../queries/export-data';

let db: QueryRunner;
let row: AggregateRow;

beforeAll(async () => {
  db = await createNodeDb(ORIGIN_DIRS);
  const rows = await applicationSums(
    db,
    { ...NO_FILTERS, origins: ['real'], q: '上海市科学技术委员会', yearFrom: 2024, yearTo: 2024 },
    ['agency_id']
  );
  row = rows[0];
}, 60_000);

const zh = new ColumnText('zh');
const en = new ColumnText('en');
const name = nameColumn('名称', (r) => String(r.agency));

function cells<R>(columns: Column<R>[], r: R): Record<string, string> {
  return Object.fromEntries(columns.map((c) => [c.key, c.cell(r)]));
}

describe('applications tables', () => {
  it('the outcome mix reads count (share of （七）总计) per group', () => {
    const c = cells(outcomeCompareColumns(name, [row], zh), row);
    expect(c.name).toBe('上海市科学技术委员会');
    expect(c.granted).toBe('9 (25.7%)');
    expect(c.other).toBe('14 (40.0%)');
    expect(c[appColumn('outcome_total', 'total')]).toBe('35');
    // No report here filled only the total: no left-out column.
    expect(outcomeCompareColumns(name, [row], zh).map((k) => k.key)).not.toContain(TOTAL_ONLY_REPORTS);
  });

  it('a left-out column appears only when a row has reports left out', () => {
    expect(leftOutColumns([row], zh)).toEqual([]);
    const leftOut = { ...row, [TOTAL_ONLY_REPORTS]: 2 };
    expect(leftOutColumns([leftOut], zh).map((c) => c.cell(leftOut))).toEqual(['2']);
  });

  it('rates with their n, then carry-over, in either language', () => {
    const columns = rateTableColumns(name, [row], en);
    const c = cells(columns, row);
    expect(columns[0].key).toBe('name');
    expect(c.carried_in).toBe('2');
    expect(c.carried_out).toBe('1');
    expect(Object.values(c)).toContain('9 / 35');
    expect(Object.values(c)).toContain('1 / 36');
    // Over years the first column is the year.
    expect(rateTableColumns(null, [row], zh)[0].label).toBe('年度');
  });

  it('refusal reasons with count and share', () => {
    const top = rankRefusals(row, 'zh')[0];
    expect(cells(refusalColumns(zh), top)).toEqual({
      reason: '无法提供：没有现成信息需要另行制作',
      count: '6',
      share: '50.0%'
    });
  });
});

describe('applications charts', () => {
  const ctx = { text: zh, narrow: false };
  type Series = { name: string; data: unknown[] }[];
  const seriesOf = (option: unknown): Series => (option as { series: Series }).series;
  /** A series' values, whether its points are plain numbers or objects with a value. */
  const valuesOf = (s: Series[number]): unknown[] =>
    s.data.map((d) => (typeof d === 'object' && d !== null ? (d as { value: unknown }).value : d));

  it('applicant types stacked, one series per type with the printed counts', () => {
    const option = applicantBars(ctx, {
      categories: ['上海市科学技术委员会'],
      rows: [row],
      columns: [appColumn('new', 'natural'), appColumn('new', 'business')],
      names: ['自然人', '商业企业'],
      onlyReported: false,
      title: 't',
      count: 1,
      max: 34
    });
    const series = seriesOf(option);
    expect(series.map((s) => s.name)).toEqual(['自然人', '商业企业']);
    expect(valuesOf(series[1])).toEqual([2]);
    expect(valuesOf(series[0])).toEqual([32]);
  });

  it('the outcome mix is null with nothing to draw, and shares otherwise', () => {
    expect(outcomeBars(ctx, { categories: [], rows: [], title: 't', count: 0 })).toBeNull();
    expect(outcomeBars(ctx, { categories: ['2024'], rows: [undefined], title: 't', count: 1 })).toBeNull();
    const option = outcomeBars(ctx, { categories: ['x'], rows: [row], title: 't', count: 1 });
    expect(seriesOf(option)).toHaveLength(6);
  });

  it('the rate trend is null without a rate and has three lines with one', () => {
    expect(rateTrend(ctx, { years: [2024], rows: [undefined], title: 't' })).toBeNull();
    expect(seriesOf(rateTrend(ctx, { years: [2024], rows: [row], title: 't' }))).toHaveLength(3);
  });

  it('refusal bars follow the ranking, null without refusals', () => {
    const refusals = rankRefusals(row, 'zh');
    const option = refusalBars(ctx, { refusals, title: 't' }) as { yAxis: { data: string[] } };
    expect(option.yAxis.data).toEqual(refusals.map((r) => r.label));
    expect(refusalBars(ctx, { refusals: [], title: 't' })).toBeNull();
  });
});
