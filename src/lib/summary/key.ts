import type { SqlParam } from '../db/types';

/** The key of one query: its SQL and its bound parameters (JSON keeps 1 and '1', null and 'null' apart). */
export function summaryKey(sql: string, params: readonly SqlParam[] = []): string {
  return `${sql}\u0000${JSON.stringify(params)}`;
}
