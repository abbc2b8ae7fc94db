/**
 * The table grid shared by the HTML and DOCX readers: cells with row and column spans are laid
 * into a full rectangular grid. A spanned cell's text goes in its top-left slot only; the other
 * slots it covers stay empty. That is the layout the parser reads (and the one copy-pasted
 * tables have): a row-header label such as 三、本年度办理结果 stands in the first row of its
 * group, the following rows start with an empty cell, and every row has the same cell count.
 */

export interface SpanCell {
  text: string;
  /** >= 1. */
  rowSpan: number;
  /** >= 1. */
  colSpan: number;
}

export interface GridCell {
  text: string;
  /** 0-based source row and column (in the grid) of the cell this slot belongs to. */
  row: number;
  col: number;
  /** True for the top-left slot of a cell, false for slots only covered by a span. */
  origin: boolean;
}

/** Spans larger than this are clamped: a malformed `rowspan="9999"` must not blow up memory. */
const MAX_SPAN = 500;

/** Lays out rows of span cells into a rectangular grid of strings (spanned slots are ''). */
export function layoutGrid(rows: readonly (readonly SpanCell[])[]): GridCell[][] {
  const grid: (GridCell | undefined)[][] = [];
  for (let r = 0; r < rows.length; r++) {
    grid[r] ??= [];
    let c = 0;
    for (const cell of rows[r]) {
      while (grid[r][c] !== undefined) c++;
      const rowSpan = clampSpan(cell.rowSpan, rows.length - r);
      const colSpan = clampSpan(cell.colSpan, MAX_SPAN);
      for (let dr = 0; dr < rowSpan; dr++) {
        const target = (grid[r + dr] ??= []);
        for (let dc = 0; dc < colSpan; dc++) {
          const origin = dr === 0 && dc === 0;
          target[c + dc] = { text: origin ? cell.text : '', row: r, col: c, origin };
        }
      }
      c += colSpan;
    }
  }
  const width = grid.reduce((w, row) => Math.max(w, row.length), 0);
  return grid.map((row, r) => {
    const full: GridCell[] = [];
    for (let c = 0; c < width; c++) full.push(row[c] ?? { text: '', row: r, col: c, origin: true });
    return full;
  });
}

function clampSpan(span: number, max: number): number {
  if (!Number.isFinite(span) || span < 1) return 1;
  return Math.min(Math.floor(span), Math.max(1, max), MAX_SPAN);
}
