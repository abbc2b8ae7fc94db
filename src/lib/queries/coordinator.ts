/**
 * One place every view asks: results are cached by SQL + parameters, a query already running is
 * shared instead of run twice, and a view can tell when an answer is stale because its filters
 * changed while the query ran (the engine cannot cancel a running query, so stale results are
 * simply dropped by the view).
 */
import type { QueryRunner, SqlParam } from '../db/types';

export interface CoordinatorOptions {
  /** Cached results kept (least recently used dropped first). */
  maxEntries?: number;
}

export type ViewResult<T> = { stale: false; value: T } | { stale: true };

/** A QueryRunner that caches and de-duplicates; pass it wherever a runner is expected. */
export class QueryCoordinator implements QueryRunner {
  private readonly cache = new Map<string, Promise<Record<string, unknown>[]>>();
  private readonly maxEntries: number;
  /** Queries actually sent to the engine (tests and diagnostics). */
  sent = 0;

  constructor(
    private readonly runner: QueryRunner,
    options: CoordinatorOptions = {}
  ) {
    this.maxEntries = options.maxEntries ?? 200;
  }

  query<Row extends Record<string, unknown>>(sql: string, params: readonly SqlParam[] = []): Promise<Row[]> {
    const key = cacheKey(sql, params);
    const hit = this.cache.get(key);
    if (hit) {
      // Re-insert so the Map's order tracks recent use.
      this.cache.delete(key);
      this.cache.set(key, hit);
      return hit as Promise<Row[]>;
    }
    this.sent += 1;
    const pending = this.runner.query<Row>(sql, params);
    this.cache.set(key, pending);
    // A failed query is not cached: the next caller tries again.
    pending.catch(() => {
      if (this.cache.get(key) === pending) this.cache.delete(key);
    });
    while (this.cache.size > this.maxEntries) {
      const oldest = this.cache.keys().next().value;
      if (oldest === undefined) break;
      this.cache.delete(oldest);
    }
    return pending;
  }

  /** Forget every cached result (e.g. after new data is loaded). */
  clear(): void {
    this.cache.clear();
  }

  /** A handle for one view: only the answer to its latest request counts. */
  view(): ViewQueries {
    return new ViewQueries(this);
  }
}

export class ViewQueries {
  private generation = 0;

  constructor(private readonly runner: QueryRunner) {}

  /**
   * Runs `task` against the coordinator. If `run` is called again (or `invalidate`) before this
   * one finishes, this one resolves `{ stale: true }` and its value is dropped.
   */
  async run<T>(task: (runner: QueryRunner) => Promise<T>): Promise<ViewResult<T>> {
    const mine = ++this.generation;
    try {
      const value = await task(this.runner);
      return mine === this.generation ? { stale: false, value } : { stale: true };
    } catch (error) {
      // An error of a request nobody waits for any more is as stale as its result.
      if (mine !== this.generation) return { stale: true };
      throw error;
    }
  }

  /** Marks every running request of this view stale (e.g. when the view is destroyed). */
  invalidate(): void {
    this.generation += 1;
  }
}

function cacheKey(sql: string, params: readonly SqlParam[]): string {
  // JSON keeps 1 and '1' apart, and null apart from 'null'.
  return `${sql}\u0000${JSON.stringify(params)}`;
}
