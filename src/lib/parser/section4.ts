/** Section 四 (review and litigation): one row of 15 numbers, however the header above it was laid out. */
import { REVIEW_GROUPS, REVIEW_OUTCOMES, reviewColumn } from '../schema/columns';
import type { RowRecord } from './rows';
import type { TableSpec } from './table';

export const SECTION4_ROW = 'review_litigation';

const COLUMNS = REVIEW_GROUPS.flatMap((g) => REVIEW_OUTCOMES.map((o) => reviewColumn(g.id, o.id)));

/** FORMAT.md rule 4 for each of the three groups of five. */
function groupSums(_row: string, v: (number | null)[]): boolean {
  for (let g = 0; g < 3; g++) {
    const total = v[g * 5 + 4];
    if (total === null) continue;
    let sum = 0;
    for (let i = 0; i < 4; i++) sum += v[g * 5 + i] ?? 0;
    if (sum !== total) return false;
  }
  return true;
}

export const SECTION4_SPEC: TableSpec = {
  rows: [{ id: SECTION4_ROW, columns: COLUMNS }],
  unlabeledMinCells: null,
  rowRule: groupSums,
  tableRules: []
};

/** The number lines of the region (header lines carry words) joined as the one row of the table. */
export function section4Record(records: RowRecord[]): RowRecord | null {
  const withNumbers = records.filter((r) => r.tokens.some((t) => t.value.kind === 'number'));
  // Lines of numbers only; a flattened table has the words on the same line, so take what there is.
  const clean = withNumbers.filter((r) => r.unknownText === null);
  const numeric = clean.length > 0 ? clean : withNumbers.map(afterLastWords);
  if (numeric.length === 0) return null;
  return {
    label: SECTION4_ROW,
    unknownText: null,
    tokens: numeric.flatMap((r) => r.tokens),
    tabbed: numeric.every((r) => r.tabbed),
    line: numeric[0].line
  };
}

/** A tab line holding the header and the numbers: the cells after its last word cell. */
function afterLastWords(r: RowRecord): RowRecord {
  if (!r.tabbed) return r;
  let last = -1;
  r.tokens.forEach((t, i) => {
    if (t.value.kind === 'text') last = i;
  });
  return { ...r, tokens: r.tokens.slice(last + 1), unknownText: null };
}
