/** Findings and near-duplicate pairs from data/exports, and the shared-passage marking. */
import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeDb } from '../../../src/lib/db/node';
import type { QueryRunner } from '../../../src/lib/db/types';
import { NO_FILTERS } from '../../../src/lib/filters/types';
import { duplicatePairs, findingRows, findingSummary } from '../../../src/lib/queries/quality';
import { sharedSegments, sharedShare } from '../../../src/lib/ui/quality/passages';
import { ORIGIN_DIRS, readExportCsv } from '../queries/export-data';

let db: QueryRunner;
beforeAll(async () => {
  db = await createNodeDb(ORIGIN_DIRS);
}, 120_000);

const checks = readExportCsv('checks');

describe('findings', () => {
  it('counts findings per rule and severity as checks.csv does', async () => {
    const summary = await findingSummary(db, NO_FILTERS);
    const blank = summary.find((r) => r.rule === 'blank_cell');
    expect(blank?.findings).toBe(checks.filter((c) => c.rule === 'blank_cell').length);
    expect(blank?.findings).toBeGreaterThan(0);
    expect(summary.reduce((s, r) => s + r.findings, 0)).toBe(checks.length);
    const balance = summary.find((r) => r.rule === 'balance');
    expect(balance).toMatchObject({ severity: 'error', findings: 2, reports: 1, bodies: 1 });
  });

  it('lists findings of one rule and severity with their body, errors first', async () => {
    const { rows, total } = await findingRows(db, NO_FILTERS, { rule: 'near_duplicate', severity: 'warning' });
    expect(total).toBe(3);
    expect(rows.map((r) => r.agency).sort()).toEqual(['瀍河回族区财政局', '涧西区财政局', '西工区城市管理局'].sort());
    const all = await findingRows(db, NO_FILTERS, { rule: null, severity: null, limit: 1000 });
    expect(all.total).toBe(checks.length);
    const firstWarning = all.rows.findIndex((r) => r.severity === 'warning');
    expect(all.rows.slice(firstWarning).every((r) => r.severity === 'warning')).toBe(true);
  });

  it('applies the global filters to the report a finding belongs to', async () => {
    const demoIds = new Set(
      readExportCsv('reports')
        .filter((r) => r.origin === 'demo')
        .map((r) => r.report_id)
    );
    const { total } = await findingRows(db, { ...NO_FILTERS, origins: ['demo'] }, { rule: null, severity: null });
    expect(total).toBe(checks.filter((c) => demoIds.has(c.report_id)).length);
    expect(total).toBeLessThan(checks.length);
  });
});

describe('near-duplicate pairs', () => {
  it('lists each pair once, highest score first, with both narratives', async () => {
    const pairs = await duplicatePairs(db, NO_FILTERS);
    expect(pairs.map((p) => [p.a.report_id, p.otherId, p.score])).toEqual([
      ['2023-410304-财政局-agency', '2023-410305-财政局-agency', 1],
      ['2024-410303-城市管理局-agency', '2023-410303-城市管理局-agency', 0.97]
    ]);
    const copy = pairs[1];
    expect(copy.b?.year).toBe(2023);
    expect(copy.a.sections.map((s) => s.section)).toEqual([1, 5, 6]);
    expect(copy.b?.sections.length).toBe(3);
  });

  it('marks nearly all of a copied narrative as shared, and little of an unrelated one', async () => {
    const [, copy] = await duplicatePairs(db, NO_FILTERS);
    const a = copy.a.sections.map((s) => s.text).join('\n\n');
    const b = copy.b?.sections.map((s) => s.text).join('\n\n') ?? '';
    const segs = sharedSegments(a, b);
    expect(segs.map((s) => s.text).join('')).toBe(a.normalize('NFKC'));
    expect(sharedShare(segs)).toBeGreaterThan(0.9);
    const other = readExportCsv('sections').find((s) => s.report_id.startsWith('2019-310000'))?.text ?? '';
    expect(sharedShare(sharedSegments(a, other))).toBeLessThan(0.2);
  });

  it('matches across line breaks and never marks runs shorter than the minimum', () => {
    const segs = sharedSegments('甲乙丙丁戊己庚辛 然后不同', '甲乙丙丁\n戊己庚辛', 8);
    expect(segs).toEqual([
      { text: '甲乙丙丁戊己庚辛', hit: true },
      { text: ' 然后不同', hit: false }
    ]);
    expect(sharedSegments('甲乙丙丁戊己庚', '甲乙丙丁戊己庚', 8).every((s) => !s.hit)).toBe(true);
  });
});
