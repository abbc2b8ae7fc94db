/**
 * What every input kind (txt, md, html, pdf, docx) is turned into before parsing: plain text in
 * which each table row is one line with its cells separated by a tab, plus where each cell was
 * found, so every number keeps its provenance.
 */
export interface DocumentText {
  /** Lines separated by `\n`; within a table row, cells separated by `\t` (empty cells kept). */
  text: string;
  /**
   * Optional location of each cell, indexed [line][cell] (0-based line of `text`, 0-based cell
   * of that line split on `\t`), e.g. `page 3`, `table 2 row 5 col 3`. Where absent the parser
   * uses `line <n>` (1-based).
   */
  cellLocations?: (readonly string[] | null)[];
  /** Facts the container states outside the report text (portal metadata, PDF info, crawler header). */
  meta: DocumentMeta;
}

export interface DocumentMeta {
  title?: string;
  /** ISO `YYYY-MM-DD`. */
  publishedDate?: string;
  sourceUrl?: string;
  /** Which reader produced the text: 'txt' | 'md' | 'html' | 'pdf' | 'docx'. */
  kind: InputKind;
  /** The encoding the bytes were decoded from, e.g. 'utf-8', 'gb18030'. */
  encoding?: string;
}

export type InputKind = 'txt' | 'md' | 'html' | 'pdf' | 'docx';

/** An input that cannot become text, with a reason that names the file and the place. */
export interface InputRejection {
  rejected: true;
  reason: 'unreadable' | 'not_a_report' | 'no_text_layer' | 'unsupported_kind' | 'too_large' | 'empty';
  /** Chinese, then English, naming the problem and where it is. */
  message: string;
}

export type InputResult = DocumentText | InputRejection;

export function isRejection(r: InputResult): r is InputRejection {
  return (r as InputRejection).rejected === true;
}
