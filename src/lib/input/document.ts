import type { DocumentMeta, DocumentText } from './types';

/** One output line: its cells (one cell for a prose line) and where each cell was found. */
export interface OutLine {
  cells: readonly string[];
  locations: readonly string[] | null;
}

/** Collects lines (table rows as tab-joined cells) and their cell locations into a DocumentText. */
export class DocumentBuilder {
  private readonly lines: string[] = [];
  private readonly locations: (readonly string[] | null)[] = [];
  private hasLocations = false;

  /** A line of text kept as it is, except that line breaks inside become spaces. */
  addText(text: string, location: string | null = null): void {
    const line = text.replace(/[\r\n]+/g, ' ');
    this.push([line], location === null ? null : [location]);
  }

  /** A table row: cells joined by `\t`, empty cells kept. */
  addRow(cells: readonly string[], locations: readonly string[] | null): void {
    this.push(
      cells.map((c) => c.replace(/[\t\r\n]+/g, ' ')),
      locations
    );
  }

  /** An empty line, used to keep paragraphs apart (never two in a row, never first). */
  addBreak(): void {
    if (this.lines.length === 0 || this.lines[this.lines.length - 1] === '') return;
    this.lines.push('');
    this.locations.push(null);
  }

  get lineCount(): number {
    return this.lines.length;
  }

  build(meta: DocumentMeta): DocumentText {
    while (this.lines.length > 0 && this.lines[this.lines.length - 1] === '') {
      this.lines.pop();
      this.locations.pop();
    }
    const doc: DocumentText = { text: this.lines.join('\n'), meta };
    if (this.hasLocations) doc.cellLocations = this.locations;
    return doc;
  }

  private push(cells: readonly string[], locations: readonly string[] | null): void {
    this.lines.push(cells.join('\t'));
    this.locations.push(locations);
    if (locations !== null) this.hasLocations = true;
  }
}
