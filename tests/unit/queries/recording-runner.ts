/** A query runner that records the SQL it is sent: tests count the engine queries a change causes. */
import type { QueryRunner, SqlParam } from '../../../src/lib/db/types';

export function recordingRunner(runner: QueryRunner): QueryRunner & { sent: string[] } {
  const sent: string[] = [];
  return {
    sent,
    query<Row extends Record<string, unknown>>(sql: string, params?: readonly SqlParam[]) {
      sent.push(sql);
      return runner.query<Row>(sql, params);
    }
  };
}
