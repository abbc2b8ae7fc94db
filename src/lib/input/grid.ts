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

/** One emitted cell of a grid row: its text and its 0-based grid column. */
export interface RowCell {
  text: string;
  col: number;
}

/**
 * The cells a grid row prints, in order: one per cell that reaches the row. A column span gives one
 * cell, not one per covered column (a printed `13` spanning two columns is one value, and its empty
 * second slot would push the next value out of place: 上海 2019's 本年新公开数量 spans two columns
 * and 对外公开总数量 came out as a blank). A row span from above still leaves one empty cell, so a
 * row-header label stands in the first row of its group and the rows below start empty.
 */
export function rowCells(grid: readonly (readonly GridCell[])[]): RowCell[][] {
  return grid.map((row) => {
    const out: RowCell[] = [];
    for (let c = 0; c < row.length; c++) if (row[c].col === c) out.push({ text: row[c].text, col: c });
    return out;
  });
}
