/**
 * `?` placeholders replaced by SQL literals, so a query with parameters is ONE plain statement.
 *
 * Why not prepared statements: in the browser each prepared query is three messages to duckdb-wasm's
 * worker (prepare, run, close), each answered only when the page's main thread is free, and DuckDB
 * plans the statement a second time when it runs with values; measured on the Compare view's areas
 * query, prepare + run took about twice the time of the same SQL sent plain (docs/benchmarks.md).
 *
 * The values are hostile (they come from the URL and from uploaded files), so a literal is built
 * only from what cannot break out of it: strings in single quotes with every quote doubled (DuckDB's
 * standard strings have no backslash escapes) and no NUL character; numbers only when finite, in
 * parentheses when negative (so `-` after a `-` is never a `--` comment), whole ones as integer
 * literals (DuckDB types them INTEGER, or BIGINT when larger), others as DOUBLE; booleans and NULL
 * as keywords. Placeholders are found outside string literals, quoted identifiers and comments.
 */
import type { SqlParam } from './types';

export function sqlLiteral(value: SqlParam): string {
  if (value === null) return 'NULL';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`SQL parameter is not a finite number: ${value}`);
    // Whole numbers as integers (`String(-0)` is "0"); anything else in exponent notation, which
    // DuckDB reads as a DOUBLE (a plain `0.1` would be a DECIMAL, and a long one a rounded DOUBLE).
    // toExponential() writes the fewest digits that give back exactly this number.
    const text = Number.isSafeInteger(value) ? String(value) : value.toExponential();
    return value < 0 ? `(${text})` : text;
  }
  if (typeof value !== 'string') throw new Error(`SQL parameter of unsupported type: ${typeof value}`);
  if (value.includes('\0')) throw new Error('SQL parameter contains a NUL character');
  return `'${value.replaceAll("'", "''")}'`;
}

/** The statement with its `?` placeholders, in order, replaced by the literals of `params`. */
export function inlineParams(sql: string, params: readonly SqlParam[]): string {
  if (params.length === 0 && !sql.includes('?')) return sql;
  let out = '';
  let from = 0;
  let next = 0;
  let i = 0;
  while (i < sql.length) {
    const c = sql[i];
    if (c === "'" || c === '"') {
      // A literal or quoted identifier: to its closing quote (a doubled quote stays inside).
      i++;
      while (i < sql.length) {
        if (sql[i] === c) {
          if (sql[i + 1] === c) i += 2;
          else break;
        } else i++;
      }
      if (i >= sql.length) throw new Error(`unterminated ${c === "'" ? 'string' : 'identifier'} in SQL`);
      i++;
    } else if (c === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i);
      i = end < 0 ? sql.length : end;
    } else if (c === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2);
      if (end < 0) throw new Error('unterminated comment in SQL');
      i = end + 2;
    } else if (c === '?') {
      if (next >= params.length) throw new Error(`SQL has more placeholders than the ${params.length} parameters`);
      out += sql.slice(from, i) + sqlLiteral(params[next++]);
      i++;
      from = i;
    } else i++;
  }
  if (next !== params.length) throw new Error(`SQL has ${next} placeholders for ${params.length} parameters`);
  return out + sql.slice(from);
}
