import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summariseAccuracy, type ReportAccuracy } from '../../../src/lib/ui/data/accuracy';

const baseline = JSON.parse(readFileSync('tests/accuracy-baseline.json', 'utf8')) as Record<string, ReportAccuracy>;

describe('summariseAccuracy', () => {
  it('sums the committed baseline', () => {
    const s = summariseAccuracy(baseline);
    const entries = Object.values(baseline);
    expect(s.reports).toBe(entries.length);
    expect(s.cellsTotal).toBe(entries.reduce((a, r) => a + r.cells_total, 0));
    expect(s.cellsRight + s.cellsUnverifiable).toBeLessThanOrEqual(s.cellsTotal);
    expect(s.rows.map((r) => r.report)).toContain('淮安市人民政府_2024');
    expect(s.rows.find((r) => r.report === '淮安市人民政府_2024')?.nonzero_right).toBe(89);
  });

  it('counts wrong years and formats', () => {
    const s = summariseAccuracy({
      a: { cells_right: 1, cells_unverifiable: 0, cells_total: 2, nonzero_right: 1, nonzero_total: 1, year_right: false, format_right: true }
    });
    expect(s).toMatchObject({ reports: 1, cellsRight: 1, cellsTotal: 2, yearsRight: 0, formatsRight: 1 });
  });
});
