/**
 * The accuracy baseline (tests/accuracy-baseline.json: per real report, cells read right against
 * hand-keyed values) summed for the about page. Pure.
 */
export interface ReportAccuracy {
  cells_right: number;
  cells_unverifiable: number;
  cells_total: number;
  nonzero_right: number;
  nonzero_total: number;
  year_right: boolean;
  format_right: boolean;
}

export interface AccuracyRow extends ReportAccuracy {
  report: string;
}

export interface AccuracySummary {
  reports: number;
  cellsRight: number;
  cellsUnverifiable: number;
  cellsTotal: number;
  nonzeroRight: number;
  nonzeroTotal: number;
  yearsRight: number;
  formatsRight: number;
  rows: AccuracyRow[];
}

export function summariseAccuracy(baseline: Readonly<Record<string, ReportAccuracy>>): AccuracySummary {
  const rows = Object.entries(baseline)
    .map(([report, a]) => ({ report, ...a }))
    .sort((a, b) => a.report.localeCompare(b.report, 'zh'));
  const sum = (f: (r: AccuracyRow) => number): number => rows.reduce((a, r) => a + f(r), 0);
  return {
    reports: rows.length,
    cellsRight: sum((r) => r.cells_right),
    cellsUnverifiable: sum((r) => r.cells_unverifiable),
    cellsTotal: sum((r) => r.cells_total),
    nonzeroRight: sum((r) => r.nonzero_right),
    nonzeroTotal: sum((r) => r.nonzero_total),
    yearsRight: sum((r) => (r.year_right ? 1 : 0)),
    formatsRight: sum((r) => (r.format_right ? 1 : 0)),
    rows
  };
}
