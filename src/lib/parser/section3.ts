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
  // Column names built here once: the rules run for every combination of readings.
  return APPLICANT_IDS.flatMap((a) => {
    const [fresh, carriedIn, total, carriedOut] = (['new', 'carried_in', 'outcome_total', 'carried_out'] as const).map(
      (r) => appColumn(r, a)
    );
    const leafColumns = leaves.map((r) => appColumn(r, a));
    return [
      (g: Grid) => get(g, fresh) + get(g, carriedIn) === get(g, total) + get(g, carriedOut),
      (g: Grid) => {
        let sum = 0;
        for (const c of leafColumns) sum += get(g, c);
        return sum === get(g, total);
      }
    ];
  });
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
