/** Section 三 (applications): 25 rows (23 in the 2019 format) × 7 applicant columns. */
import { APPLICANTS, APPLICATION_ROWS, OUTCOME_LEAF_ROWS, appColumn, type FormatVersion } from '../schema/columns';
import type { Grid, RowSpec, TableSpec } from './table';

const APPLICANT_IDS = APPLICANTS.map((a) => a.id);
const ROWS_2021: readonly RowSpec[] = APPLICATION_ROWS.map((r) => ({
  id: r.id,
  columns: APPLICANT_IDS.map((a) => appColumn(r.id, a))
}));
const ROWS_2019 = ROWS_2021.filter((r) => APPLICATION_ROWS.find((x) => x.id === r.id)?.f2019);

const get = (g: Grid, col: string): number => g.get(col) ?? 0;

/** FORMAT.md rules 1 and 2 for each applicant column. */
function columnRules(format: FormatVersion): ((g: Grid) => boolean)[] {
  const leaves = OUTCOME_LEAF_ROWS.filter(
    (r) => format === 2021 || (r !== 'other_no_correction' && r !== 'other_no_fee')
  );
  return APPLICANT_IDS.flatMap((a) => [
    (g: Grid) =>
      get(g, appColumn('new', a)) + get(g, appColumn('carried_in', a)) ===
      get(g, appColumn('outcome_total', a)) + get(g, appColumn('carried_out', a)),
    (g: Grid) => leaves.reduce((s, r) => s + get(g, appColumn(r, a)), 0) === get(g, appColumn('outcome_total', a))
  ]);
}

/** FORMAT.md rule 3: 总计 = the six applicants. */
function applicantSum(_row: string, v: (number | null)[]): boolean {
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += v[i] ?? 0;
  return v[6] === null || v[6] === sum;
}

const SPECS: Record<FormatVersion, TableSpec> = {
  2019: { rows: ROWS_2019, unlabeledMinCells: 6, rowRule: applicantSum, tableRules: columnRules(2019) },
  2021: { rows: ROWS_2021, unlabeledMinCells: 6, rowRule: applicantSum, tableRules: columnRules(2021) }
};

export function section3Spec(format: FormatVersion): TableSpec {
  return SPECS[format];
}

/** The columns of each row of the format, for findings about blanks. */
export function section3RowColumns(format: FormatVersion): (readonly string[])[] {
  return section3Spec(format).rows.map((r) => r.columns);
}
