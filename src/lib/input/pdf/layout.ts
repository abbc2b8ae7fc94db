/**
 * Rebuilds lines and table cells from positioned PDF text items (pure; pdf.js-free so it tests
 * on plain data). PDF text has no lines or cells, only glyph runs at x/y positions:
 * - a line is the items whose baselines lie within half a font size of each other;
 * - within a line, a horizontal gap wider than CELL_GAP average character widths starts a new cell;
 * - a table row whose label wraps over several lines has its numbers printed once, vertically
 *   centred: the label fragments above and below (text-only lines left of the numbers) are
 *   merged into that row, column by column;
 * - a row-group label printed vertically (one character per line, e.g. 三、本年度办理结果) is
 *   joined into one string and becomes a cell of the first row it spans;
 * - page numbers (`- 3 -`) at the top or bottom margin are dropped.
 */

export interface PdfTextItem {
  str: string;
  /** Left edge and baseline, PDF user space (y grows upwards). */
  x: number;
  y: number;
  width: number;
  fontSize: number;
}

export interface PdfPageText {
  /** 1-based. */
  page: number;
  width: number;
  height: number;
  items: readonly PdfTextItem[];
}

export interface PdfLine {
  page: number;
  cells: string[];
}

/** A gap wider than this many average character widths separates two cells. */
const CELL_GAP = 1.2;
/** Baselines within this share of the font size are on the same line. */
const LINE_TOLERANCE = 0.5;
/** Label fragments farther than this many font sizes from a row's numbers are not merged into it. */
const FRAGMENT_REACH = 2.5;
/** Page margin (share of the page height) where a lone number is a page number. */
const MARGIN_SHARE = 0.1;

const NUMERIC_CELL = /^[\s()（）+\-－—–/.,，、%０-９\d]*\d[\s()（）+\-－—–/.,，%０-９\d]*$|^[/／\-－—–]$/;
const PAGE_NUMBER =
  /^\s*(?:[-－—–]\s*\d{1,3}\s*[-－—–]|第\s*\d{1,3}\s*页(?:\s*[,，]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3}|\d{1,3})\s*$/;

interface Line {
  y: number;
  fontSize: number;
  items: PdfTextItem[];
}

export function layoutPages(pages: readonly PdfPageText[]): PdfLine[] {
  const out: PdfLine[] = [];
  for (const page of pages) {
    for (const cells of layoutPage(page)) out.push({ page: page.page, cells });
  }
  return out;
}

/** The lines of one page, top to bottom, each as its cells. */
export function layoutPage(page: PdfPageText): string[][] {
  const items = page.items.filter((it) => it.str.trim() !== '' && Number.isFinite(it.x) && Number.isFinite(it.y));
  const { rest, vertical } = joinVerticalRuns(items);
  const lines = dropPageNumbers(groupLines(rest), page.height);
  return mergeWrappedRows(lines, vertical).map(cellsOf);
}

/** Groups items into lines by baseline, top of the page first. */
function groupLines(items: readonly PdfTextItem[]): Line[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  let current: Line | null = null;
  for (const it of sorted) {
    const fs = size(it);
    if (current && Math.abs(current.y - it.y) <= LINE_TOLERANCE * Math.min(current.fontSize, fs)) {
      current.items.push(it);
      current.fontSize = Math.min(current.fontSize, fs);
    } else {
      current = { y: it.y, fontSize: fs, items: [it] };
      lines.push(current);
    }
  }
  for (const line of lines) line.items.sort((a, b) => a.x - b.x);
  return lines;
}

function dropPageNumbers(lines: Line[], pageHeight: number): Line[] {
  const margin = pageHeight * MARGIN_SHARE;
  return lines.filter((line) => {
    const nearEdge = pageHeight > 0 && (line.y < margin || line.y > pageHeight - margin);
    return !(nearEdge && PAGE_NUMBER.test(line.items.map((i) => i.str).join('')));
  });
}

/**
 * Finds runs of single characters stacked in one narrow column (a label printed vertically)
 * and replaces each run by one item holding the joined text, placed at the run's top.
 */
function joinVerticalRuns(items: readonly PdfTextItem[]): { rest: PdfTextItem[]; vertical: PdfTextItem[] } {
  const short = items
    .map((it, index) => ({ it, index }))
    .filter(({ it }) => [...it.str.trim()].length <= 2 && !/\d/.test(it.str))
    .sort((a, b) => a.it.x - b.it.x || b.it.y - a.it.y);
  const used = new Set<number>();
  const vertical: PdfTextItem[] = [];
  for (let i = 0; i < short.length; i++) {
    if (used.has(short[i].index)) continue;
    const run = [short[i]];
    for (let j = i + 1; j < short.length; j++) {
      const prev = run[run.length - 1].it;
      const next = short[j].it;
      if (Math.abs(next.x - run[0].it.x) > 1) break;
      const step = prev.y - next.y;
      if (step > 0.8 * size(prev) && step < 2.5 * size(prev)) run.push(short[j]);
      else if (step >= 2.5 * size(prev)) break;
    }
    if (run.length < 3) continue;
    for (const r of run) used.add(r.index);
    const top = run[0].it;
    vertical.push({
      str: run.map((r) => r.it.str.trim()).join(''),
      x: top.x,
      y: top.y,
      width: Math.max(...run.map((r) => r.it.width)),
      fontSize: size(top)
    });
  }
  return { rest: items.filter((_, index) => !used.has(index)), vertical };
}

/** Where a line's numbers start, when it is a table row with numbers after a label; else null. */
function numbersStart(line: Line): number | null {
  const cells = splitCells(line.items);
  for (let c = 1; c < cells.length; c++) {
    if (NUMERIC_CELL.test(cells[c].map((i) => i.str).join(''))) return cells[c][0].x;
  }
  return null;
}

/**
 * Merges label fragments (text-only lines left of a row's numbers, close above or below it)
 * and vertical labels into the nearest row with numbers.
 */
function mergeWrappedRows(lines: Line[], vertical: readonly PdfTextItem[]): PdfTextItem[][] {
  const anchors = lines.map((line) => ({ line, start: numbersStart(line) }));
  const rows: PdfTextItem[][] = lines.map((line) => [...line.items]);
  const absorbed = new Set<number>();
  const nearestAnchor = (y: number, right: number, reach: number, onlyBelow: boolean): number => {
    let best = -1;
    let bestDistance = Infinity;
    anchors.forEach((a, i) => {
      if (a.start === null || right > a.start + 0.5) return;
      if (onlyBelow && a.line.y > y + LINE_TOLERANCE * a.line.fontSize) return;
      const d = Math.abs(a.line.y - y);
      if (d <= reach * a.line.fontSize && d < bestDistance) {
        best = i;
        bestDistance = d;
      }
    });
    return best;
  };
  lines.forEach((line, i) => {
    if (anchors[i].start !== null || line.items.some((it) => NUMERIC_CELL.test(it.str))) return;
    const right = Math.max(...line.items.map((it) => it.x + it.width));
    const target = nearestAnchor(line.y, right, FRAGMENT_REACH, false);
    if (target < 0) return;
    rows[target].push(...line.items);
    absorbed.add(i);
  });
  const orphans: PdfTextItem[] = [];
  for (const label of vertical) {
    // A vertical label belongs to the first row at or below its top, even a long way down.
    const target = nearestAnchor(label.y, label.x + label.width, 4, true);
    if (target < 0) orphans.push(label);
    else rows[target].push(label);
  }
  const result = rows.filter((_, i) => !absorbed.has(i));
  // A vertical label with no row beside it stays as a line of its own, in reading order.
  for (const label of orphans) {
    const at = result.findIndex((row) => row.length > 0 && row[0].y < label.y);
    if (at < 0) result.push([label]);
    else result.splice(at, 0, [label]);
  }
  return result;
}

/** Cells of a (possibly merged multi-line) row: items clustered by x, each read top to bottom. */
function cellsOf(items: readonly PdfTextItem[]): string[] {
  return splitCells(items).map((cell) => {
    const ordered = [...cell].sort((a, b) => {
      const sameLine = Math.abs(a.y - b.y) <= LINE_TOLERANCE * Math.min(size(a), size(b));
      return sameLine ? a.x - b.x : b.y - a.y;
    });
    let text = '';
    for (let k = 0; k < ordered.length; k++) {
      const it = ordered[k];
      const prev = ordered[k - 1];
      const sameLine = prev && Math.abs(prev.y - it.y) <= LINE_TOLERANCE * Math.min(size(prev), size(it));
      // Keep a visible space between two runs on one line that the PDF spaced apart.
      if (sameLine && it.x - (prev.x + prev.width) > 0.25 * size(it)) text += ' ';
      text += it.str;
    }
    return text.trim();
  });
}

/** Clusters items into cells by their x extent: a gap wider than CELL_GAP character widths splits. */
function splitCells(items: readonly PdfTextItem[]): PdfTextItem[][] {
  const sorted = [...items].sort((a, b) => a.x - b.x);
  const cells: PdfTextItem[][] = [];
  let right = -Infinity;
  let lastCharWidth = 0;
  for (const it of sorted) {
    const charWidth = averageCharWidth(it);
    const gap = it.x - right;
    if (cells.length === 0 || gap > CELL_GAP * Math.min(charWidth, lastCharWidth)) {
      cells.push([it]);
      right = it.x + it.width;
    } else {
      cells[cells.length - 1].push(it);
      right = Math.max(right, it.x + it.width);
    }
    lastCharWidth = charWidth;
  }
  return cells;
}

function averageCharWidth(it: PdfTextItem): number {
  const chars = [...it.str].length;
  const w = chars > 0 ? it.width / chars : 0;
  return w > 0 ? w : size(it) / 2;
}

function size(it: PdfTextItem): number {
  return it.fontSize > 0 ? it.fontSize : 10;
}
