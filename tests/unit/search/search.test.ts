/** Narrative search against data/exports, and the highlighting segments it renders. */
import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeDb } from '../../../src/lib/db/node';
import type { QueryRunner } from '../../../src/lib/db/types';
import { NO_FILTERS } from '../../../src/lib/filters/types';
import { searchSections, searchText } from '../../../src/lib/queries/search';
import { markRanges, matchRanges, snippet } from '../../../src/lib/ui/search/segments';
import { ORIGIN_DIRS, readExportCsv } from '../queries/export-data';

let db: QueryRunner;
beforeAll(async () => {
  db = await createNodeDb(ORIGIN_DIRS);
}, 120_000);

const sections = readExportCsv('sections');
const countContaining = (needle: string, keep: (r: Record<string, string>) => boolean = () => true): number =>
  sections.filter((s) => keep(s) && s.text.toLowerCase().includes(needle.toLowerCase())).length;

describe('searchSections', () => {
  it('finds every section containing the text, newest year first', async () => {
    const { rows, total } = await searchSections(db, NO_FILTERS, '依申请公开', { limit: 500 });
    expect(total).toBe(countContaining('依申请公开'));
    expect(total).toBeGreaterThan(500);
    expect(rows).toHaveLength(500);
    expect(rows.every((r) => r.text.includes('依申请公开'))).toBe(true);
    expect(rows[0].year).toBeGreaterThanOrEqual(rows[499].year);
  });

  it('applies the global filters and the section choice', async () => {
    const reports = readExportCsv('reports');
    const songIds = new Set(reports.filter((r) => r.county === '嵩县').map((r) => r.report_id));
    const { total } = await searchSections(db, { ...NO_FILTERS, county: '嵩县' }, '保密审查', { section: 1 });
    expect(total).toBe(countContaining('保密审查', (s) => songIds.has(s.report_id) && s.section === '1'));
    expect(total).toBeGreaterThan(0);
  });

  it('treats % and _ as plain characters, and finds real reports case-insensitively', async () => {
    expect((await searchSections(db, NO_FILTERS, '%')).total).toBe(countContaining('%'));
    expect((await searchSections(db, NO_FILTERS, '_')).total).toBe(countContaining('_'));
    const real = await searchSections(db, { ...NO_FILTERS, origins: ['real'] }, '平潭');
    expect(real.total).toBe(countContaining('平潭', (s) => s.report_id.includes('350128')));
  });

  it('does not search for nothing or for over-long text', async () => {
    expect(searchText('   ')).toBeNull();
    expect(searchText('x'.repeat(101))).toBeNull();
    expect(await searchSections(db, NO_FILTERS, '  ')).toEqual({ rows: [], total: 0 });
  });
});

describe('highlight segments', () => {
  it('marks every occurrence, case-insensitively, without losing text', () => {
    const text = 'Open data, OPEN government <b>open</b>';
    expect(matchRanges(text, 'open')).toEqual([
      [0, 4],
      [11, 15],
      [30, 34]
    ]);
    const segs = markRanges(text, matchRanges(text, 'open'));
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.filter((s) => s.hit).map((s) => s.text)).toEqual(['Open', 'OPEN', 'open']);
  });

  it('cuts a snippet around the first match of a real narrative', () => {
    const text = sections.find((s) => s.text.includes('依申请公开'))?.text ?? '';
    const s = snippet(text, '依申请公开', 20);
    const joined = s.segments.map((x) => x.text).join('');
    expect(joined.length).toBeLessThanOrEqual(20 * 2 + 5);
    expect(s.segments.some((x) => x.hit && x.text === '依申请公开')).toBe(true);
    expect(s.matches).toBe(text.split('依申请公开').length - 1);
  });
});
