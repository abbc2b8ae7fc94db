/**
 * Build-time summaries: the prerendered answers are the engine's answers to the exact SQL the views
 * send (checked against sums of data/exports' CSV), and the browser runner serves them only while
 * the engine loads, only for the data they were computed from.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { latestYear, loadReports, sumBy } from '../../browser/expected';
import { dataFileHashes } from '../../../src/lib/db/vite-data-plugin';
import type { DatasetInfo, QueryRunner, SqlParam } from '../../../src/lib/db/types';
import { NO_FILTERS } from '../../../src/lib/filters/types';
import { aggregateSql } from '../../../src/lib/queries/aggregate';
import { computeSummary, MAX_ANSWER_ROWS, recordingRunner } from '../../../src/lib/summary/compute';
import { usableAnswers, withPrerendered, type RunnerWithInfo } from '../../../src/lib/summary/client';
import { summaryKey } from '../../../src/lib/summary/key';
import type { Summary } from '../../../src/lib/summary/types';
import { compareSetup } from '../../../src/lib/ui/compare';

const DATA = fileURLToPath(new URL('../../../data/exports', import.meta.url));
const reports = loadReports();
const agencyRows = reports.filter((r) => r.scope === 'agency');
const setup = compareSetup(NO_FILTERS, new URLSearchParams());

let summary: Summary;
beforeAll(async () => {
  summary = await computeSummary(DATA, dataFileHashes(DATA));
}, 60_000);

function answer(sql: { sql: string; params: SqlParam[] }): Record<string, unknown>[] | undefined {
  return summary.answers[summaryKey(sql.sql, sql.params)];
}

describe('computeSummary on data/exports', () => {
  it('holds the permits trend the view asks for, equal to the CSV sums per year', () => {
    const rows = answer(aggregateSql(setup.sumFilters, { measures: ['permits'], by: ['year'] }));
    expect(rows).toBeDefined();
    const expected = sumBy(agencyRows, (r) => r.year, ['permits']);
    expect(rows?.map((r) => Number(r.year))).toEqual([...expected.keys()].map(Number).sort((a, b) => a - b));
    for (const row of rows ?? []) {
      const e = expected.get(String(row.year));
      expect(row.reports).toBe(e?.reports);
      expect(row.permits__n).toBe(e?.n);
      expect(row.permits).toBe(e && e.n > 0 ? e.sum : null);
    }
  });

  it('holds the latest year by body, every body with its CSV sum', () => {
    const year = latestYear(agencyRows);
    const rows = answer(
      aggregateSql({ ...setup.sumFilters, yearFrom: year, yearTo: year }, { measures: ['permits'], by: ['agency_id'] })
    );
    const expected = sumBy(
      agencyRows.filter((r) => Number(r.year) === year),
      (r) => r.agency_id,
      ['permits']
    );
    expect(rows?.length).toBe(expected.size);
    for (const row of rows ?? []) {
      const e = expected.get(String(row.agency_id));
      expect(row.permits).toBe(e && e.n > 0 ? e.sum : null);
    }
  });

  it('records the filter options and keeps to the data files it was computed from', () => {
    const years = summary.answers[summaryKey('SELECT DISTINCT year FROM reports WHERE year IS NOT NULL ORDER BY year')];
    expect(years?.map((r) => r.year)).toEqual([...new Set(reports.map((r) => Number(r.year)))].sort((a, b) => a - b));
    expect(summary.dataFiles).toEqual(dataFileHashes(DATA));
    expect(Object.keys(summary.dataFiles)).toContain('demo/reports.parquet');
  });
});

describe('recordingRunner', () => {
  it('keeps answers up to MAX_ANSWER_ROWS rows and passes every answer on', async () => {
    const answers: Summary['answers'] = {};
    const big = Array.from({ length: MAX_ANSWER_ROWS + 1 }, (_, i) => ({ i }));
    const inner: QueryRunner = {
      query: async <Row extends Record<string, unknown>>(sql: string) =>
        (sql === 'big' ? big : [{ i: 1 }]) as unknown as Row[]
    };
    const runner = recordingRunner(inner, answers);
    expect(await runner.query('big')).toHaveLength(MAX_ANSWER_ROWS + 1);
    expect(await runner.query('small', [1])).toEqual([{ i: 1 }]);
    expect(Object.keys(answers)).toEqual([summaryKey('small', [1])]);
  });
});

describe('withPrerendered (the browser runner)', () => {
  const info: DatasetInfo = { rows: { reports: { demo: 3 } }, builtAt: null, complete: Promise.resolve() };
  function fakeEngine(): { engine: RunnerWithInfo; sent: string[] } {
    const sent: string[] = [];
    return {
      sent,
      engine: {
        info,
        query: async <Row extends Record<string, unknown>>(sql: string) => {
          sent.push(sql);
          return [{ from: 'engine' }] as unknown as Row[];
        }
      }
    };
  }

  it('answers prerendered queries before the engine is ready, waits for it on a miss, then asks it only', async () => {
    const { engine, sent } = fakeEngine();
    let start!: (db: RunnerWithInfo) => void;
    const pending = new Promise<RunnerWithInfo>((done) => (start = done));
    const runner = withPrerendered(pending, { [summaryKey('known', [2024])]: [{ from: 'summary' }] });

    expect(await runner.query('known', [2024])).toEqual([{ from: 'summary' }]);
    expect(runner.answered).toBe(1);
    let missed: unknown = null;
    const miss = runner.query('other').then((rows) => (missed = rows));
    await Promise.resolve();
    expect(missed).toBeNull();
    expect(runner.info.rows).toEqual({});

    start(engine);
    await runner.ready;
    await miss;
    expect(missed).toEqual([{ from: 'engine' }]);
    // Once the engine is there it answers everything (the data may change later, e.g. user files).
    expect(await runner.query('known', [2024])).toEqual([{ from: 'engine' }]);
    expect(sent).toEqual(['other', 'known']);
    expect(runner.info).toBe(info);
  });

  it('hands out copies, so one caller cannot change the next caller’s answer', async () => {
    const runner = withPrerendered(new Promise<RunnerWithInfo>(() => undefined), {
      [summaryKey('q')]: [{ n: 1 }]
    });
    const first = await runner.query<{ n: number }>('q');
    first[0].n = 99;
    expect(await runner.query('q')).toEqual([{ n: 1 }]);
  });

  it('uses no answers computed from other data files', () => {
    const built: Summary = { dataFiles: { 'demo/reports.parquet': 'aaaa' }, answers: { k: [] } };
    expect(usableAnswers(built, { 'demo/reports.parquet': 'aaaa' })).toBe(built.answers);
    expect(usableAnswers(built, { 'demo/reports.parquet': 'bbbb' })).toEqual({});
    expect(usableAnswers(built, { 'demo/reports.parquet': 'aaaa', 'real/reports.parquet': 'cccc' })).toEqual({});
  });

  it('rejects `ready` when the engine fails', async () => {
    const runner = withPrerendered(Promise.reject(new Error('no wasm')), {});
    await expect(runner.ready).rejects.toThrow('no wasm');
    await expect(runner.query('x')).rejects.toThrow('no wasm');
  });
});
