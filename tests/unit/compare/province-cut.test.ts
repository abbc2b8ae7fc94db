/**
 * A province change on Compare asks the engine nothing for cities and districts: the areas of every
 * province come in one answer (areaEntitiesByProvince) and a province is cut from it (withinProvince),
 * equal to asking with that province, for every province of the data, on both area levels and
 * under other filters. The view's request (entitiesRequest) then answers province and year-range
 * changes without a query; bodies are still asked per province.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeDb } from '../../../src/lib/db/node';
import type { QueryRunner } from '../../../src/lib/db/types';
import { NO_FILTERS, type Filters } from '../../../src/lib/filters/types';
import {
  areaEntitiesByProvince,
  compareEntities,
  withinProvince,
  type CompareLevel
} from '../../../src/lib/queries/compare';
import { viewChoices } from '../../../src/lib/ui/compare/params';
import { entitiesRequest } from '../../../src/lib/ui/compare/request';
import { ORIGIN_DIRS, readExportCsv } from '../queries/export-data';
import { recordingRunner } from '../queries/recording-runner';

const COLUMNS = ['permits', 'app_new_total', 'review_total', 'review_corrected', 'fees_wan'];
let db: QueryRunner;
let provinces: string[];

beforeAll(async () => {
  db = await createNodeDb(ORIGIN_DIRS);
  provinces = [...new Set(readExportCsv('reports').map((r) => r.province))].filter((p) => p !== '');
});

const OTHER_FILTERS: { name: string; filters: Filters }[] = [
  { name: 'no other filter', filters: NO_FILTERS },
  { name: '2021-2022', filters: { ...NO_FILTERS, yearFrom: 2021, yearTo: 2022 } },
  { name: 'agency scope only', filters: { ...NO_FILTERS, scopes: ['agency'] } },
  { name: 'real reports only', filters: { ...NO_FILTERS, origins: ['real'] } },
  { name: 'names with 局', filters: { ...NO_FILTERS, q: '局' } }
];

describe('areaEntitiesByProvince and withinProvince', () => {
  for (const { name, filters } of OTHER_FILTERS) {
    for (const level of ['city', 'county'] as const) {
      it(`cut a province equal to asking with it: ${level}, ${name}`, async () => {
        const all = await areaEntitiesByProvince(db, filters, level, COLUMNS);
        expect(withinProvince(all, null)).toEqual(await compareEntities(db, filters, level, COLUMNS));
        // Every province of the data, and one with no report at all.
        expect(provinces.length).toBeGreaterThanOrEqual(4);
        let nonEmpty = 0;
        for (const province of [...provinces, '西藏自治区']) {
          const asked = await compareEntities(db, { ...filters, province }, level, COLUMNS);
          expect(withinProvince(all, province), province).toEqual(asked);
          if (asked.length > 0) nonEmpty += 1;
        }
        expect(nonEmpty).toBeGreaterThanOrEqual(1);
      });
    }
  }

  it('ignores the province filter it is given (the answer covers every province)', async () => {
    const all = await areaEntitiesByProvince(db, NO_FILTERS, 'city', COLUMNS);
    const given = await areaEntitiesByProvince(db, { ...NO_FILTERS, province: '河南省' }, 'city', COLUMNS);
    expect(given).toEqual(all);
  });
});

describe('entitiesRequest', () => {
  const request = (level?: CompareLevel) => {
    const params = new URLSearchParams(level ? { by: level } : {});
    return { params, ask: entitiesRequest({ entities: compareEntities, byProvince: areaEntitiesByProvince }) };
  };

  it('answers province and year-range changes of cities from one query, as asking would', async () => {
    const runner = recordingRunner(db);
    const { params, ask } = request();
    const changes: Filters[] = [
      NO_FILTERS,
      { ...NO_FILTERS, province: '河南省' },
      { ...NO_FILTERS, province: '上海市', yearFrom: 2023 },
      { ...NO_FILTERS, province: '河南省', yearFrom: 2020, yearTo: 2022 },
      NO_FILTERS
    ];
    for (const filters of changes) {
      const choice = viewChoices(params, filters);
      expect(choice.level).toBe('city');
      const loaded = await ask(runner, filters, choice);
      const direct = await compareEntities(db, filters, 'city', [
        ...new Set([...choice.metric.columns, ...choice.x.columns, ...choice.y.columns])
      ]);
      expect(loaded.rows, JSON.stringify(filters)).toEqual(direct);
      expect(loaded.filters).toBe(filters);
    }
    // The shown selection first, then every province in one answer; nothing after that.
    expect(runner.sent.length).toBe(2);
    expect(runner.sent[0]).not.toContain('GROUPING SETS');
    expect(runner.sent[1]).toContain('GROUPING SETS');
  });

  it("draws a new metric from its own answer, without waiting for every province's", async () => {
    let open = (): void => undefined;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const slow = recordingRunner({
      async query(sql, params) {
        // The every-province answer waits until the test lets it through.
        if (sql.includes('GROUPING SETS')) await gate;
        return db.query(sql, params);
      }
    });
    const { params, ask } = request();
    const filters = { ...NO_FILTERS, province: '河南省' };
    const choice = viewChoices(params, filters);
    const loaded = await ask(slow, filters, choice);
    expect(loaded.rows.length).toBeGreaterThan(0);
    expect(slow.sent.map((sql) => sql.includes('GROUPING SETS'))).toEqual([false, true]);
    // Another province before every province's answer is there: it waits for that answer, no third query.
    const other = { ...NO_FILTERS, province: '上海市' };
    const pending = ask(slow, other, viewChoices(params, other));
    open();
    const direct = await compareEntities(db, other, 'city', [
      ...new Set([...choice.metric.columns, ...choice.x.columns, ...choice.y.columns])
    ]);
    expect((await pending).rows).toEqual(direct);
    expect(slow.sent.length).toBe(2);
  });

  it('asks again for bodies of another province (a body is not cut by province)', async () => {
    const runner = recordingRunner(db);
    const { params, ask } = request('body');
    for (const province of ['河南省', '上海市', '河南省']) {
      const filters = { ...NO_FILTERS, province };
      const loaded = await ask(runner, filters, viewChoices(params, filters));
      expect(loaded.rows.length).toBeGreaterThan(0);
      expect(loaded.rows.every((r) => r.bodies === null)).toBe(true);
    }
    // The third is the first one again, remembered.
    expect(runner.sent.length).toBe(2);
  });
});
