/** Ranking, small n, scatter points, drill-down and breadcrumb (pure), on the real exports. */
import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeDb } from '../../../src/lib/db/node';
import { NO_FILTERS } from '../../../src/lib/filters/types';
import { SMALL_N } from '../../../src/lib/metrics';
import { metricInfo } from '../../../src/lib/metrics/catalog';
import { compareEntities, rankEntities, scatterPoints, type EntityYear } from '../../../src/lib/queries/compare';
import { crumbs, defaultLevel, drillDown, viewChoices } from '../../../src/lib/ui/compare/params';
import { ORIGIN_DIRS, readExportCsv, sumOf } from '../queries/export-data';

const RATE = metricInfo('review_correction_rate');
let bodies: EntityYear[];

beforeAll(async () => {
  const db = await createNodeDb(ORIGIN_DIRS);
  bodies = await compareEntities(db, { ...NO_FILTERS, county: '孟津区' }, 'body', RATE.columns);
});

describe('rankEntities', () => {
  it('ranks bodies by a ratio of sums, leaving out n < SMALL_N unless asked', () => {
    const csv = readExportCsv('reports').filter(
      (r) => r.scope === 'agency' && r.year === '2022' && ['孟津县', '吉利区', '孟津区'].includes(r.county)
    );
    const ranking = rankEntities(bodies, RATE, 2022, false);
    for (const r of [...ranking.ranked, ...ranking.leftOut]) {
      const rows = csv.filter((c) => c.agency_id === r.entity.key);
      const decided = sumOf(rows, 'review_total').sum - sumOf(rows, 'review_pending').sum;
      expect(r.value.denominator).toBe(decided);
      expect(r.value.value).toBe(sumOf(rows, 'review_corrected').sum / decided);
      expect(r.smallN).toBe(decided < SMALL_N);
    }
    expect(ranking.ranked.every((r) => !r.smallN)).toBe(true);
    expect(ranking.leftOut.length).toBeGreaterThan(0);
    const values = ranking.ranked.map((r) => r.value.value!);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    const all = rankEntities(bodies, RATE, 2022, true);
    expect(all.leftOut).toEqual([]);
    expect(all.ranked.length).toBe(ranking.ranked.length + ranking.leftOut.length);
    // Bodies with no decided case have no rate at all, not 0%.
    expect(all.noValue.every((r) => r.value.denominator === 0)).toBe(true);
  });

  it('scatter keeps entities with both values', () => {
    const points = scatterPoints(bodies, metricInfo('review_total'), RATE, 2022, true);
    expect(points.length).toBe(rankEntities(bodies, RATE, 2022, true).ranked.length);
    expect(points.every((p) => p.x.value !== null && p.y.value !== null)).toBe(true);
  });
});

describe('URL choices, drill-down and breadcrumb', () => {
  it('reads view keys with safe defaults', () => {
    const c = viewChoices(new URLSearchParams('metric=bogus&smalln=1&index=2021&by=county'), NO_FILTERS);
    expect(c.metric.id).toBe('permits');
    expect(c.includeSmallN).toBe(true);
    expect(c.indexBase).toBe(2021);
    expect(c.level).toBe('county');
    expect(defaultLevel({ ...NO_FILTERS, city: '洛阳市' })).toBe('county');
    expect(defaultLevel({ ...NO_FILTERS, city: '洛阳市', county: '孟津区' })).toBe('body');
  });

  it('goes city → county → body and back up', () => {
    const toCity = drillDown(NO_FILTERS, 'city', { key: '洛阳市', city: '洛阳市' }, () => '河南省')!;
    expect(toCity.filters).toMatchObject({ province: '河南省', city: '洛阳市', county: null });
    const toCounty = drillDown(toCity.filters, 'county', { key: '孟津区', city: '洛阳市' }, () => null)!;
    expect(toCounty.filters.county).toBe('孟津区');
    expect(drillDown(toCounty.filters, 'body', { key: 'x', city: null }, () => null)).toBeNull();
    const trail = crumbs(toCounty.filters);
    expect(trail.map((c) => c.label)).toEqual([null, '河南省', '洛阳市', '孟津区']);
    expect(trail[2].filters).toMatchObject({ city: '洛阳市', county: null });
  });
});
