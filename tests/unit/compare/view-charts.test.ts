/**
 * The Compare view's charts and table (ui/compare/charts.ts, columns.ts) on the repository's
 * exports: districts of 洛阳市 (their sums beside the governments' whole-area reports) and the
 * bodies of 孟津区 on a ratio with small-n cases.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeDb } from '../../../src/lib/db/node';
import { NO_FILTERS } from '../../../src/lib/filters/types';
import { metricInfo } from '../../../src/lib/metrics/catalog';
import {
  compareEntities,
  entityYears,
  rankEntities,
  scatterPoints,
  type EntityYear
} from '../../../src/lib/queries/compare';
import {
  jurisdictionValue,
  MAX_PANELS,
  multiplesFor,
  multiplesPanels,
  rankOption,
  scatterFor,
  type CompareContext
} from '../../../src/lib/ui/compare/charts';
import { rankColumns } from '../../../src/lib/ui/compare/columns';
import { ORIGIN_DIRS, readExportCsv, sumOf } from '../queries/export-data';

const PERMITS = metricInfo('permits');
const RATE = metricInfo('review_correction_rate');
const zh: CompareContext = { lang: 'zh', narrow: false, labelOf: (name) => name ?? '（无区县）' };
let districts: EntityYear[];
let bodies: EntityYear[];

beforeAll(async () => {
  const db = await createNodeDb(ORIGIN_DIRS);
  districts = await compareEntities(db, { ...NO_FILTERS, city: '洛阳市' }, 'county', PERMITS.columns);
  bodies = await compareEntities(db, { ...NO_FILTERS, county: '孟津区' }, 'body', RATE.columns);
}, 60_000);

interface Bars {
  series: { name: string; data: (number | null | { value: number | null; itemStyle: { color: string } })[] }[];
  yAxis: { data: string[]; triggerEvent: boolean };
}

describe('the ranking chart', () => {
  it('districts in rank order, their sums beside the whole-area figures', () => {
    const ranking = rankEntities(districts, PERMITS, 2023, true);
    const shown = ranking.ranked.slice(0, 20);
    const option = rankOption(zh, { shown, metric: PERMITS, withJurisdiction: true, title: 't', count: shown.length });
    const bars = option as unknown as Bars;
    expect(bars.yAxis.data).toEqual(shown.map((r) => r.entity.name ?? '（无区县）'));
    expect(bars.yAxis.triggerEvent).toBe(true);
    expect(bars.series.map((s) => s.name)).toEqual(['本机关报告加总', '全辖区报告（不相加）']);
    // The sums are the CSV's agency-scope permits of the district; the second bar its government's report.
    const csv = readExportCsv('reports').filter((r) => r.year === '2023' && r.city === '洛阳市');
    for (const [i, r] of shown.entries()) {
      const ofCounty = csv.filter((c) => c.county === (r.entity.county ?? ''));
      expect(bars.series[0].data[i]).toBe(
        sumOf(
          ofCounty.filter((c) => c.scope === 'agency'),
          'permits'
        ).sum
      );
      expect(bars.series[1].data[i]).toBe(jurisdictionValue(r, PERMITS));
    }
    expect(shown.length).toBeGreaterThan(10);
    expect(bars.series[0].data[0]).toBeGreaterThan(0);
    expect(shown.some((r) => jurisdictionValue(r, PERMITS) !== null)).toBe(true);
  });

  it('small-n bars are greyed, and nothing is drawn without entities', () => {
    const ranking = rankEntities(bodies, RATE, 2022, true);
    const option = rankOption(zh, {
      shown: ranking.ranked,
      metric: RATE,
      withJurisdiction: false,
      title: 't',
      count: 1
    });
    const data = (option as unknown as Bars).series[0].data;
    expect((option as unknown as Bars).series).toHaveLength(1);
    ranking.ranked.forEach((r, i) => {
      const d = data[i];
      expect(typeof d === 'object' && d !== null).toBe(r.smallN);
    });
    expect(ranking.ranked.some((r) => r.smallN)).toBe(true);
    expect(rankOption(zh, { shown: [], metric: RATE, withJurisdiction: false, title: 't', count: 0 })).toBeNull();
  });
});

describe('the ranking table', () => {
  it('areas get bodies, missing, the whole-area figure and whether it differs; bodies their county', () => {
    expect(rankColumns(zh, PERMITS, 'county').map((c) => c.key)).toEqual([
      'name',
      'value',
      'reports',
      'bodies',
      'missing',
      'jurisdiction',
      'diff'
    ]);
    expect(rankColumns(zh, RATE, 'body').map((c) => c.key)).toEqual(['name', 'county', 'value', 'n', 'reports']);
    const ranked = rankEntities(bodies, RATE, 2022, true).ranked;
    const n = rankColumns({ ...zh, lang: 'en' }, RATE, 'body').find((c) => c.key === 'n')!;
    expect(n.cell(ranked[0])).toBe(`${ranked[0].value.numerator} / ${ranked[0].value.denominator}`);
  });
});

describe('small multiples and scatter', () => {
  it('panels follow the ranking, then the largest others, at most MAX_PANELS', () => {
    const years = entityYears(bodies);
    const ranked = rankEntities(bodies, RATE, 2022, false).ranked;
    const panels = multiplesPanels(bodies, ranked, RATE, years);
    expect(panels.slice(0, ranked.length).map((p) => p.key)).toEqual(ranked.map((r) => r.entity.key));
    expect(panels.length).toBeLessThanOrEqual(MAX_PANELS);
    expect(new Set(panels.map((p) => p.key)).size).toBe(panels.length);
    expect(multiplesFor(zh, { panels, years, metric: RATE, title: 't' })).not.toBeNull();
    expect(multiplesFor(zh, { panels, years: [2022], metric: RATE, title: 't' })).toBeNull();
  });

  it('a dot per point, none without points', () => {
    const points = scatterPoints(bodies, metricInfo('review_total'), RATE, 2022, true);
    const option = scatterFor(zh, { points, x: metricInfo('review_total'), y: RATE, title: 't' }) as unknown as {
      series: { data: unknown[] }[];
    };
    expect(option.series.reduce((n, s) => n + s.data.length, 0)).toBe(points.length);
    expect(scatterFor(zh, { points: [], x: RATE, y: RATE, title: 't' })).toBeNull();
  });
});
