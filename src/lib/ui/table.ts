/** A column of DataTable: how to show one field of a row. */
export interface Column<R> {
  key: string;
  label: string;
  numeric?: boolean;
  cell: (row: R) => string;
  /** A short warning shown next to the cell (e.g. a small sample). */
  flag?: (row: R) => string | null;
}
