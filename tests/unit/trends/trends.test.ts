/** Trends: division joins read from the data, indexing, and the chart's format/division marks. */
import { beforeAll, describe, expect, it } from 'vitest';
import { indexedOption } from '../../../src/lib/charts/indexed';
import { createNodeDb } from '../../../src/lib/db/node';
import type { QueryRunner } from '../../../src/lib/db/types';
import { NO_FILTERS } from '../../../src/lib/filters/types';
import { metricInfo } from '../../../src/lib/metrics/catalog';
import { compareEntities, entityYears } from '../../../src/lib/queries/compare';
import { divisionJoins, indexSeries, topSeries, trendSeries } from '../../../src/lib/queries/trends';
import { ORIGIN_DIRS, readExportCsv, sumOf } from '../queries/export-data';

let db: QueryRunner;
beforeAll(async () => {
  db = await createNodeDb(ORIGIN_DIRS);
});

describe('divisionJoins', () => {
  it('finds the 2021 changes in the data: 孟津区 ← 孟津县 + 吉利区, 偃师区 ← 偃师市', async () => {
    const joins = await divisionJoins(db, { ...NO_FILTERS, city: '洛阳市' }, 'county');
    const byKey = new Map(joins.map((j) => [j.key, j]));
    expect(byKey.get('孟津区')?.oldNames.sort()).toEqual(['吉利区', '孟津县']);
    expect(byKey.get('偃师区')?.oldNames).toEqual(['偃师市']);
    expect(byKey.get('孟津区')?.lastOldYear).toBe(2020);
    expect(joins).toHaveLength(2);
  });

  it('for bodies: 孟津区人社局 continues 孟津县人社局', async () => {
    const joins = await divisionJoins(db, { ...NO_FILTERS, county: '孟津区' }, 'body');
    expect(joins.find((j) => j.key === '410308-人力资源和社会保障局')?.oldNames).toEqual([
      '孟津县人力资源和社会保障局'
    ]);
  });
});

describe('trend series and indexing', () => {
  it('per-county series equal the CSV sums; indexed to 2021 = 100', async () => {
    const permits = metricInfo('permits');
    const entities = await compareEntities(db, { ...NO_FILTERS, city: '洛阳市' }, 'county', permits.columns);
    const years = entityYears(entities);
    const series = trendSeries(entities, permits, years);
    const yanshi = series.find((s) => s.key === '偃师区')!;
    const csv = readExportCsv('reports').filter((r) => r.scope === 'agency' && ['偃师市', '偃师区'].includes(r.county));
    const expected = years.map(
      (y) =>
        sumOf(
          csv.filter((r) => Number(r.year) === y),
          'permits'
        ).sum
    );
    expect(yanshi.values).toEqual(expected);
    const indexed = indexSeries(yanshi.values, years, 2021)!;
    expect(indexed[years.indexOf(2021)]).toBe(100);
    expect(indexed[0]).toBeCloseTo((expected[0] / expected[years.indexOf(2021)]) * 100, 10);
    expect(indexSeries([0, 5], [2021, 2022], 2021)).toBeNull();
    expect(topSeries(series, 3)).toHaveLength(3);
  });

  it('marks the format change for a metric whose meaning changed, and the division change', () => {
    const option = indexedOption({
      years: [2019, 2020, 2021, 2022],
      lines: [{ name: '<孟津区>', values: [1, 2, 3, 4] }],
      format: String,
      narrow: false,
      description: 'd',
      formatBreak: '格式变更',
      divisionChange: '区划调整'
    }) as unknown as { series: { data: (number | null)[]; markArea?: unknown; markLine?: unknown }[] };
    // The line is split in two at 2021 (same name), the band and the line are marked.
    expect(option.series.map((s) => s.data)).toEqual([
      [1, 2, null, null],
      [null, null, 3, 4]
    ]);
    expect(option.series[0].markArea).toBeDefined();
    expect(option.series[0].markLine).toBeDefined();
    const plain = indexedOption({
      years: [2019, 2020, 2021],
      lines: [{ name: 'a', values: [1, 2, 3] }],
      format: String,
      narrow: false,
      description: 'd'
    }) as unknown as { series: { markArea?: unknown }[] };
    expect(plain.series).toHaveLength(1);
    expect(plain.series[0].markArea).toBeUndefined();
  });
});
