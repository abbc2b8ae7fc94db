import { unzipSync, strFromU8 } from 'fflate';
import { parseDocument } from 'htmlparser2';
import { isTag, isText, type AnyNode, type Element } from 'domhandler';
import type { InputResult } from './types';
import { DocumentBuilder } from './document';
import { layoutGrid, rowCells, type SpanCell } from './grid';
import { reject } from './reject';

/**
 * DOCX: the body of word/document.xml in order. Paragraphs become lines; tables go through the
 * same span grid as HTML (w:gridSpan → column span, w:vMerge restart/continue → row span), each
 * row one line of tab-separated cells located `table T row R col C`.
 */
export function readDocx(bytes: Uint8Array, fileName: string): InputResult {
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    return reject(
      'unreadable',
      fileName,
      '是加密的 Word 文件或旧版 .doc 格式，不是 DOCX',
      'an encrypted Word file or an old .doc file, not DOCX'
    );
  }
  let xml: string;
  try {
    const files = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' });
    const entry = files['word/document.xml'];
    if (!entry) {
      return reject('unreadable', fileName, 'DOCX 中没有 word/document.xml', 'no word/document.xml in the DOCX');
    }
    xml = strFromU8(entry);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return reject(
      'unreadable',
      fileName,
      `不是有效的 DOCX（zip）文件：${detail}`,
      `not a valid DOCX (zip) file: ${detail}`
    );
  }
  const dom = parseDocument(xml, { xmlMode: true, decodeEntities: true });
  const body = findFirst(dom.children, 'w:body');
  if (!body) return reject('unreadable', fileName, 'DOCX 正文（w:body）缺失', 'the DOCX has no body (w:body)');
  const reader = new DocxBody();
  reader.blocks(body.children);
  return reader.out.build({ kind: 'docx', encoding: 'utf-8' });
}

class DocxBody {
  readonly out = new DocumentBuilder();
  private tableCount = 0;

  blocks(nodes: readonly AnyNode[]): void {
    for (const node of nodes) {
      if (!isTag(node)) continue;
      if (node.name === 'w:p') {
        for (const line of paragraphText(node, '\n').split('\n')) {
          const text = line.trim();
          if (text !== '') this.out.addText(text);
        }
      } else if (node.name === 'w:tbl') this.table(node);
      else if (node.name === 'w:sdt' || node.name === 'w:sdtContent' || node.name === 'w:customXml') {
        this.blocks(node.children);
      }
    }
  }

  private table(tbl: Element): void {
    const t = ++this.tableCount;
    rowCells(layoutGrid(spanRows(tbl))).forEach((row, r) => {
      if (row.every((cell) => cell.text === '')) return;
      this.out.addRow(
        row.map((cell) => cell.text),
        row.map((cell) => `table ${t} row ${r + 1} col ${cell.col + 1}`)
      );
    });
  }
}

interface DocxCell {
  text: string;
  col: number;
  colSpan: number;
  /** 'restart' starts a vertical merge, 'continue' is covered by the cell above. */
  vMerge: 'restart' | 'continue' | null;
}

/** Table rows as span cells: vertical merges become row spans of the restarting cell. */
function spanRows(tbl: Element): SpanCell[][] {
  const trs = children(tbl, 'w:tr');
  const rows = trs.map(docxRow);
  const result: SpanCell[][] = [];
  rows.forEach((row, r) => {
    // Columns skipped by w:gridBefore are empty cells; slots under a vertical merge are left to
    // layoutGrid, which skips the slots the merge's row span covers.
    const cells: SpanCell[] = Array.from({ length: gridBefore(trs[r]) }, () => ({ text: '', rowSpan: 1, colSpan: 1 }));
    for (const cell of row) {
      if (cell.vMerge === 'continue' && coveredFromAbove(rows, r, cell.col)) continue;
      let rowSpan = 1;
      if (cell.vMerge === 'restart') {
        while (r + rowSpan < rows.length && continuesAt(rows[r + rowSpan], cell.col)) rowSpan++;
      }
      cells.push({ text: cell.text, rowSpan, colSpan: cell.colSpan });
    }
    result.push(cells);
  });
  return result;
}

function continuesAt(row: readonly DocxCell[], col: number): boolean {
  return row.some((c) => c.col === col && c.vMerge === 'continue');
}

function coveredFromAbove(rows: readonly DocxCell[][], r: number, col: number): boolean {
  for (let above = r - 1; above >= 0; above--) {
    const cell = rows[above].find((c) => c.col === col);
    if (!cell) return false;
    if (cell.vMerge === 'restart') return true;
    if (cell.vMerge !== 'continue') return false;
  }
  return false;
}

function gridBefore(tr: Element): number {
  const trPr = child(tr, 'w:trPr');
  return Math.min(64, Math.max(0, intVal(trPr && child(trPr, 'w:gridBefore')) ?? 0));
}

function docxRow(tr: Element): DocxCell[] {
  let col = gridBefore(tr);
  const cells: DocxCell[] = [];
  for (const tc of children(tr, 'w:tc')) {
    const tcPr = child(tc, 'w:tcPr');
    const colSpan = Math.max(1, intVal(tcPr && child(tcPr, 'w:gridSpan')) ?? 1);
    const vMergeEl = tcPr && child(tcPr, 'w:vMerge');
    const vMerge = vMergeEl ? (vMergeEl.attribs['w:val'] === 'restart' ? 'restart' : 'continue') : null;
    const text = children(tc, 'w:p')
      .map((p) => paragraphText(p, ' ').trim())
      .filter((s) => s !== '')
      .join(' ');
    cells.push({ text: text.replace(/\s+/g, ' '), col, colSpan, vMerge });
    col += colSpan;
  }
  return cells;
}

/** Text of a paragraph's runs; `lineBreak` stands for w:br / w:cr. Deleted text and field codes are left out. */
function paragraphText(p: Element, lineBreak: string): string {
  const parts: string[] = [];
  const visit = (node: AnyNode): void => {
    if (!isTag(node)) return;
    switch (node.name) {
      case 'w:t':
        for (const c of node.children) if (isText(c)) parts.push(c.data);
        return;
      case 'w:tab':
        parts.push(lineBreak === '\n' ? '\t' : ' ');
        return;
      case 'w:br':
      case 'w:cr':
        parts.push(lineBreak);
        return;
      case 'w:delText':
      case 'w:instrText':
      case 'w:pPr':
      case 'w:rPr':
      case 'mc:Fallback':
        return;
      default:
        for (const c of node.children) visit(c);
    }
  };
  for (const c of p.children) visit(c);
  return parts.join('');
}

function children(el: Element, name: string): Element[] {
  return el.children.filter((c): c is Element => isTag(c) && c.name === name);
}

function child(el: Element, name: string): Element | undefined {
  return el.children.find((c): c is Element => isTag(c) && c.name === name);
}

function intVal(el: Element | undefined): number | undefined {
  const v = el?.attribs['w:val'];
  const n = v === undefined ? NaN : parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
}

function findFirst(nodes: readonly AnyNode[], name: string): Element | undefined {
  for (const node of nodes) {
    if (!isTag(node)) continue;
    if (node.name === name) return node;
    const found = findFirst(node.children, name);
    if (found) return found;
  }
  return undefined;
}
