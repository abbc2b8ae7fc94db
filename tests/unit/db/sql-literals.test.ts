/**
 * Parameters inlined as literals (src/lib/db/sql-literals.ts): exact values back from the real
 * engine for hostile strings and any number, placeholders found only where SQL allows them, and
 * the filters of the dashboard's queries giving the same answers as the exports say.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDatabase } from '../../../src/lib/db/node';
import { runnerFor } from '../../../src/lib/db/engine';
import { inlineParams, sqlLiteral } from '../../../src/lib/db/sql-literals';
import type { QueryRunner } from '../../../src/lib/db/types';
import { NO_FILTERS } from '../../../src/lib/filters/types';
import { aggregate } from '../../../src/lib/queries/aggregate';
import { createNodeDb } from '../../../src/lib/db/node';
import { ORIGIN_DIRS, readExportCsv } from '../queries/export-data';

let bare: QueryRunner;
let db: QueryRunner;

beforeAll(async () => {
  bare = runnerFor((await openNodeDatabase()).engine);
  db = await createNodeDb(ORIGIN_DIRS);
}, 120_000);

const HOSTILE = [
  "'; DROP TABLE reports; --",
  "' OR '1'='1",
  "''",
  "\\'",
  '\\',
  '"; SELECT 1; --',
  '?',
  '-- not a comment',
  '/* not a comment */',
  '<script>alert(1)</script>',
  '洛阳市\n孟津区\t人社局',
  '𠀀 emoji 😀',
  ''
];

describe('sqlLiteral', () => {
  it('writes keywords, numbers and quoted strings', () => {
    expect(sqlLiteral(null)).toBe('NULL');
    expect(sqlLiteral(true)).toBe('TRUE');
    expect(sqlLiteral(false)).toBe('FALSE');
    expect(sqlLiteral(2024)).toBe('2024');
    expect(sqlLiteral(-8)).toBe('(-8)');
    expect(sqlLiteral(-0)).toBe('0');
    expect(sqlLiteral(0.000001)).toBe('1e-6');
    expect(sqlLiteral(-2.5)).toBe('(-2.5e+0)');
    expect(sqlLiteral(2 ** 60)).toBe('1.152921504606847e+18');
    expect(sqlLiteral("河南'省")).toBe("'河南''省'");
  });

  it('refuses what has no safe literal', () => {
    expect(() => sqlLiteral(Number.NaN)).toThrow(/finite/);
    expect(() => sqlLiteral(Number.POSITIVE_INFINITY)).toThrow(/finite/);
    expect(() => sqlLiteral('a\0b')).toThrow(/NUL/);
  });
});

describe('inlineParams', () => {
  it('replaces placeholders in order, and only outside literals, identifiers and comments', () => {
    const sql = `SELECT '?' AS "q?", ? AS a -- ? here is a comment\n, /* ? */ ? AS b WHERE x IN (?, ?)`;
    expect(inlineParams(sql, ['x', -1, 2, null])).toBe(
      `SELECT '?' AS "q?", 'x' AS a -- ? here is a comment\n, /* ? */ (-1) AS b WHERE x IN (2, NULL)`
    );
  });

  it('keeps a doubled quote inside a literal', () => {
    expect(inlineParams(`SELECT 'it''s ?' AS t, ?`, [1])).toBe(`SELECT 'it''s ?' AS t, 1`);
  });

  it('leaves SQL without parameters alone', () => {
    expect(inlineParams('SELECT 1', [])).toBe('SELECT 1');
  });

  it('throws when placeholders and parameters do not pair up', () => {
    expect(() => inlineParams('SELECT ?, ?', [1])).toThrow(/more placeholders/);
    expect(() => inlineParams('SELECT ?', [1, 2])).toThrow(/1 placeholders for 2/);
    expect(() => inlineParams("SELECT 'open ?", [1])).toThrow(/unterminated string/);
  });
});

describe('inlined parameters in the engine', () => {
  it('give back every hostile string exactly, and the table is still there', async () => {
    for (const value of HOSTILE) {
      const rows = await bare.query<{ v: string }>('SELECT ? AS v', [value]);
      expect(rows).toEqual([{ v: value }]);
    }
    const count = await db.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM reports WHERE agency = ?', [
      HOSTILE[0]
    ]);
    expect(count).toEqual([{ n: 0 }]);
    expect((await db.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM reports'))[0].n).toBe(
      readExportCsv('reports').length
    );
  });

  it('give back any string without NUL and any finite number (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'binary', maxLength: 40 }).filter((s) => !s.includes('\0')),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer(),
        async (text, real, whole) => {
          const [row] = await bare.query<{ t: string; r: number; w: number; d: number }>(
            'SELECT ? AS t, ?::DOUBLE AS r, ? AS w, 1 - CAST(? AS BIGINT) AS d',
            [text, real, whole, whole]
          );
          expect(row.t).toBe(text);
          expect(row.r).toBe(real === 0 ? 0 : real);
          expect(row.w).toBe(whole);
          expect(Number(row.d)).toBe(1 - whole);
        }
      ),
      { numRuns: 200 }
    );
  });

  it('filter the dashboard queries as the exports say (a province and a year range)', async () => {
    const rows = await aggregate(
      db,
      { ...NO_FILTERS, province: '河南省', yearFrom: 2021, yearTo: 2023 },
      { measures: ['permits'], by: ['year'] }
    );
    const csv = readExportCsv('reports').filter(
      (r) => r.province === '河南省' && Number(r.year) >= 2021 && Number(r.year) <= 2023
    );
    const reports = rows.reduce((n, r) => n + r.reports, 0);
    expect(reports).toBeGreaterThan(0);
    expect(reports).toBe(csv.length);
  });
});
