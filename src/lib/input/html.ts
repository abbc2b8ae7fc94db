import { Parser } from 'htmlparser2';
import type { DocumentMeta, DocumentText } from './types';
import { DocumentBuilder } from './document';
import { layoutGrid, rowCells, type SpanCell } from './grid';
import { cellText, elementKind, normaliseSpace } from './htmlText';
import { htmlMeta } from './htmlMeta';
import { PUBLISHED_IN_TEXT, toIsoDate } from './dates';

/** An element of the page: what the readers need of it and nothing else. */
export interface HtmlElement {
  name: string;
  attribs: Record<string, string>;
  children: HtmlNode[];
}

/** A text run (as a string: decoded, not yet whitespace-normalised) or an element. */
export type HtmlNode = HtmlElement | string;

export function isElement(node: HtmlNode): node is HtmlElement {
  return typeof node !== 'string';
}

/** Elements whose text the readers never use: not kept in the tree. */
const RAW_TEXT = new Set(['script', 'style']);

/** htmlparser2's options for every HTML page (the parse bench times the parser alone with them). */
export const HTML_PARSER_OPTIONS = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true };

/**
 * The page as a tree of elements and text, from htmlparser2's parser with a handler that keeps only
 * elements and text. domhandler's full DOM (class instances with parent and sibling links, nodes for
 * comments and doctypes) measured as most of the time of reading a page; comments and processing
 * instructions are left out here, as every reader skipped them, and text inside <script>/<style> is
 * dropped, as every reader skipped those elements. The parser (and so the element structure, implied
 * end tags included) is the same one parseDocument uses, with the same options.
 */
export function parseHtmlTree(html: string): HtmlNode[] {
  const root: HtmlElement = { name: '', attribs: {}, children: [] };
  const stack: HtmlElement[] = [root];
  let top = root;
  let skipText = false;
  let inCdata = false;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const el: HtmlElement = { name, attribs, children: [] };
        top.children.push(el);
        stack.push(el);
        top = el;
        skipText = RAW_TEXT.has(name);
      },
      onclosetag() {
        if (stack.length > 1) stack.pop();
        top = stack[stack.length - 1];
        skipText = RAW_TEXT.has(top.name);
      },
      ontext(data) {
        if (!skipText && !inCdata) top.children.push(data);
      },
      // A CDATA section became a node of its own in domhandler, which no reader looked into.
      oncdatastart() {
        inCdata = true;
      },
      oncdataend() {
        inCdata = false;
      }
    },
    HTML_PARSER_OPTIONS
  );
  parser.end(html);
  return root.children;
}

/**
 * HTML (portal pages, fragments, Word "save as web page"): text outside tables becomes lines,
 * each data table row becomes one line of tab-separated cells from the expanded span grid
 * (see grid.ts), located `table T row R col C` (1-based, in the grid).
 */
export function readHtml(html: string, encoding: string): DocumentText {
  const dom = parseHtmlTree(html);
  const walker = new HtmlWalker();
  for (const node of dom) walker.walk(node);
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
  /** Text since the last line ended (concatenated: V8 defers the copying to the one read in flush). */
  private buffer = '';
  private tableCount = 0;

  walk(node: HtmlNode): void {
    if (!isElement(node)) {
      this.buffer += node;
      return;
    }
    const kind = elementKind(node);
    if (kind === 'dropped') return;
    if (kind === 'break') {
      this.flush();
      return;
    }
    if (node.name === 'table' && isDataTable(node)) {
      this.flush();
      this.emitTable(node);
      return;
    }
    const block = kind === 'block';
    if (block) this.flush();
    for (const child of node.children) this.walk(child);
    if (block) this.flush();
  }

  flush(): void {
    if (this.buffer === '') return;
    const text = normaliseSpace(this.buffer);
    this.buffer = '';
    if (text !== '') this.out.addText(text);
  }

  private emitTable(table: HtmlElement): void {
    const t = ++this.tableCount;
    const caption = table.children.find((c): c is HtmlElement => isElement(c) && c.name === 'caption');
    if (caption) {
      const text = cellText(caption);
      if (text) this.out.addText(text);
    }
    const rows: SpanCell[][] = tableRows(table).map((tr) =>
      tr.children
        .filter((c): c is HtmlElement => isElement(c) && (c.name === 'td' || c.name === 'th'))
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
function tableRows(table: HtmlElement): HtmlElement[] {
  const rows: HtmlElement[] = [];
  for (const child of table.children) {
    if (!isElement(child)) continue;
    if (child.name === 'tr') rows.push(child);
    else if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') {
      for (const tr of child.children) if (isElement(tr) && tr.name === 'tr') rows.push(tr);
    }
  }
  return rows;
}

/**
 * A table of data rather than page layout: it has no table inside it and more than one cell.
 * Portals often wrap a whole article in layout tables; those are read as blocks of text.
 */
function isDataTable(table: HtmlElement): boolean {
  let cells = 0;
  const stack: HtmlElement[] = [table];
  while (stack.length > 0) {
    const el = stack.pop() as HtmlElement;
    for (const child of el.children) {
      if (!isElement(child)) continue;
      if (child.name === 'table') return false;
      if (child.name === 'td' || child.name === 'th') cells++;
      stack.push(child);
    }
  }
  return cells > 1;
}

function spanAttr(value: string | undefined): number {
  const n = value === undefined ? 1 : parseInt(value, 10);
  return Number.isFinite(n) && n >= 1 ? n : 1;
}
