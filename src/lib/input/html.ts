import { parseDocument } from 'htmlparser2';
import { isTag, isText, type AnyNode, type Element } from 'domhandler';
import type { DocumentMeta, DocumentText } from './types';
import { DocumentBuilder } from './document';
import { layoutGrid, rowCells, type SpanCell } from './grid';
import { cellText, isBlock, isDropped, normaliseSpace } from './htmlText';
import { htmlMeta } from './htmlMeta';
import { PUBLISHED_IN_TEXT, toIsoDate } from './dates';

/**
 * HTML (portal pages, fragments, Word "save as web page"): text outside tables becomes lines,
 * each data table row becomes one line of tab-separated cells from the expanded span grid
 * (see grid.ts), located `table T row R col C` (1-based, in the grid).
 */
export function readHtml(html: string, encoding: string): DocumentText {
  const dom = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const walker = new HtmlWalker();
  for (const node of dom.children) walker.walk(node);
  walker.flush();
  const meta: DocumentMeta = { kind: 'html', encoding, ...htmlMeta(dom) };
  const doc = walker.out.build(meta);
  if (!meta.publishedDate) {
    const m = PUBLISHED_IN_TEXT.exec(doc.text);
    const date = m ? toIsoDate(m[1]) : undefined;
    if (date) meta.publishedDate = date;
  }
  return doc;
}

class HtmlWalker {
  readonly out = new DocumentBuilder();
  private buffer: string[] = [];
  private tableCount = 0;

  walk(node: AnyNode): void {
    if (isText(node)) {
      this.buffer.push(node.data);
      return;
    }
    if (!isTag(node) || isDropped(node)) return;
    const name = node.name.toLowerCase();
    if (name === 'br') {
      this.flush();
      return;
    }
    if (name === 'table' && isDataTable(node)) {
      this.flush();
      this.emitTable(node);
      return;
    }
    const block = isBlock(node);
    if (block) this.flush();
    for (const child of node.children) this.walk(child);
    if (block) this.flush();
  }

  flush(): void {
    if (this.buffer.length === 0) return;
    const text = normaliseSpace(this.buffer.join(''));
    this.buffer = [];
    if (text !== '') this.out.addText(text);
  }

  private emitTable(table: Element): void {
    const t = ++this.tableCount;
    const caption = table.children.find((c): c is Element => isTag(c) && c.name === 'caption');
    if (caption) {
      const text = cellText(caption);
      if (text) this.out.addText(text);
    }
    const rows: SpanCell[][] = tableRows(table).map((tr) =>
      tr.children
        .filter((c): c is Element => isTag(c) && (c.name === 'td' || c.name === 'th'))
        .map((cell) => ({
          text: cellText(cell),
          rowSpan: spanAttr(cell.attribs.rowspan),
          colSpan: spanAttr(cell.attribs.colspan)
        }))
    );
    rowCells(layoutGrid(rows)).forEach((row, r) => {
      if (row.every((cell) => cell.text === '')) return;
      this.out.addRow(
        row.map((cell) => cell.text),
        row.map((cell) => `table ${t} row ${r + 1} col ${cell.col + 1}`)
      );
    });
  }
}

/** The <tr>s of a table (directly or in thead/tbody/tfoot), not those of tables nested in it. */
function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (!isTag(child)) continue;
    if (child.name === 'tr') rows.push(child);
    else if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') {
      for (const tr of child.children) if (isTag(tr) && tr.name === 'tr') rows.push(tr);
    }
  }
  return rows;
}

/**
 * A table of data rather than page layout: it has no table inside it and more than one cell.
 * Portals often wrap a whole article in layout tables; those are read as blocks of text.
 */
function isDataTable(table: Element): boolean {
  let cells = 0;
  const stack: AnyNode[] = [...table.children];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (!isTag(node)) continue;
    if (node.name === 'table') return false;
    if (node.name === 'td' || node.name === 'th') cells++;
    stack.push(...node.children);
  }
  return cells > 1;
}

function spanAttr(value: string | undefined): number {
  const n = value === undefined ? 1 : parseInt(value, 10);
  return Number.isFinite(n) && n >= 1 ? n : 1;
}
