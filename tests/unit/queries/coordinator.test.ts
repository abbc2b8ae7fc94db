import { describe, expect, it } from 'vitest';
import type { QueryRunner, SqlParam } from '../../../src/lib/db/types';
import { QueryCoordinator } from '../../../src/lib/queries/coordinator';

/** A runner whose queries finish when the test says so, recording what reached it. */
function manualRunner() {
  const calls: {
    sql: string;
    params: readonly SqlParam[];
    finish: (rows: Record<string, unknown>[]) => void;
    fail: (e: Error) => void;
  }[] = [];
  const runner: QueryRunner = {
    query<Row extends Record<string, unknown>>(sql: string, params: readonly SqlParam[] = []) {
      return new Promise<Row[]>((resolve, reject) => {
        calls.push({ sql, params, finish: (rows) => resolve(rows as Row[]), fail: reject });
      });
    }
  };
  return { runner, calls };
}

describe('QueryCoordinator', () => {
  it('sends one query for identical concurrent requests and serves repeats from the cache', async () => {
    const { runner, calls } = manualRunner();
    const c = new QueryCoordinator(runner);
    const a = c.query('SELECT ?', [1]);
    const b = c.query('SELECT ?', [1]);
    const other = c.query('SELECT ?', ['1']);
    expect(calls.length).toBe(2);
    calls[0]!.finish([{ x: 1 }]);
    calls[1]!.finish([{ x: '1' }]);
    expect(await a).toEqual([{ x: 1 }]);
    expect(await b).toBe(await a);
    expect(await other).toEqual([{ x: '1' }]);
    expect(await c.query('SELECT ?', [1])).toEqual([{ x: 1 }]);
    expect(c.sent).toBe(2);
  });

  it('does not cache failures', async () => {
    const { runner, calls } = manualRunner();
    const c = new QueryCoordinator(runner);
    const first = c.query('SELECT broken');
    calls[0]!.fail(new Error('boom'));
    await expect(first).rejects.toThrow('boom');
    void c.query('SELECT broken');
    expect(calls.length).toBe(2);
  });

  it('forgets the least recently used results beyond its size', async () => {
    const { runner, calls } = manualRunner();
    const c = new QueryCoordinator(runner, { maxEntries: 2 });
    for (const sql of ['a', 'b']) void c.query(sql);
    void c.query('a'); // a is now the most recent
    void c.query('c'); // evicts b
    void c.query('a');
    void c.query('b');
    expect(calls.map((call) => call.sql)).toEqual(['a', 'b', 'c', 'b']);
  });

  it("drops a view's answer when a newer request of that view started", async () => {
    const { runner, calls } = manualRunner();
    const view = new QueryCoordinator(runner).view();
    const old = view.run((r) => r.query('SELECT 2021'));
    const latest = view.run((r) => r.query('SELECT 2022'));
    calls[1]!.finish([{ year: 2022 }]);
    calls[0]!.finish([{ year: 2021 }]);
    expect(await latest).toEqual({ stale: false, value: [{ year: 2022 }] });
    expect(await old).toEqual({ stale: true });

    const gone = view.run((r) => r.query('SELECT 2023'));
    view.invalidate();
    calls[2]!.fail(new Error('late failure nobody waits for'));
    expect(await gone).toEqual({ stale: true });
  });
});
