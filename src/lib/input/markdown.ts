import type { DocumentText } from './types';
import { DocumentBuilder } from './document';

/**
 * Markdown: pipe-table rows become tab-separated lines (separator rows dropped, empty cells kept);
 * every other line stays as it is. Locations are `line N col M` in the markdown file (1-based).
 */
export function readMarkdown(text: string, encoding: string): DocumentText {
  const out = new DocumentBuilder();
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const lineNo = i + 1;
    if (!isPipeRow(line)) {
      out.addText(line, `line ${lineNo}`);
      continue;
    }
    if (SEPARATOR_ROW.test(line)) continue;
    const cells = splitPipeRow(line);
    out.addRow(
      cells,
      cells.map((_, c) => `line ${lineNo} col ${c + 1}`)
    );
  }
  return out.build({ kind: 'md', encoding });
}

const SEPARATOR_ROW = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

function isPipeRow(line: string): boolean {
  const t = line.trim();
  return t.startsWith('|') && t.length > 1;
}

/** `| a | b \| c |` → ['a', 'b | c']: outer pipes dropped, escaped pipes kept, cells trimmed. */
export function splitPipeRow(line: string): string[] {
  let t = line.trim();
  if (t.startsWith('|')) t = t.slice(1);
  if (t.endsWith('|') && !t.endsWith('\\|')) t = t.slice(0, -1);
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    if (ch === '\\' && t[i + 1] === '|') {
      cell += '|';
      i++;
    } else if (ch === '|') {
      cells.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}
