/**
 * Report file bytes → DocumentText (or a rejection), for every input kind. Runs in Node and in
 * the browser: no fs, no Buffer. Never throws; the same bytes always give the same result.
 */
import type { DocumentText, InputKind, InputResult } from './types';
import { decodeText, sniffHtmlCharset } from './encoding';
import { reject } from './reject';
import { readTxt } from './txt';
import { readMarkdown } from './markdown';
import { readHtml } from './html';
import { readDocx } from './docx';
import { readPdf } from './pdf/read';

export { isRejection } from './types';
export type { DocumentText, InputResult, InputRejection, InputKind } from './types';

/** Inputs above this size are rejected before any work (50 MB). */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

/** The reader for a file name's extension; null for kinds Nianbao cannot read. */
export function inputKindOf(fileName: string): InputKind | null {
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName.trim())?.[1]?.toLowerCase();
  switch (ext) {
    case 'txt':
    case 'text':
      return 'txt';
    case 'md':
    case 'markdown':
      return 'md';
    case 'html':
    case 'htm':
    case 'shtml':
    case 'xhtml':
      return 'html';
    case 'pdf':
      return 'pdf';
    case 'docx':
      return 'docx';
    default:
      return null;
  }
}

export async function readInput(bytes: Uint8Array, fileName: string): Promise<InputResult> {
  try {
    return await readByKind(bytes, fileName);
  } catch (err) {
    // Readers handle their own failures; this is the last guard so that nothing ever throws.
    const detail = err instanceof Error ? err.message : String(err);
    return reject('unreadable', fileName, `读取失败（${detail}）`, `reading failed (${detail})`);
  }
}

async function readByKind(bytes: Uint8Array, fileName: string): Promise<InputResult> {
  const kind = inputKindOf(fileName);
  if (kind === null) {
    return reject(
      'unsupported_kind',
      fileName,
      '不支持的文件类型（支持 .txt .md .html .htm .pdf .docx）',
      'unsupported file kind (supported: .txt .md .html .htm .pdf .docx)'
    );
  }
  if (bytes.length > MAX_INPUT_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    return reject('too_large', fileName, `文件过大（${mb} MB，上限 50 MB）`, `file too large (${mb} MB, limit 50 MB)`);
  }
  if (bytes.length === 0) return reject('empty', fileName, '文件为空', 'the file is empty');
  if (kind === 'pdf') return readPdf(bytes, fileName);
  if (kind === 'docx') return checkNotEmpty(readDocx(bytes, fileName), fileName);

  const decoded = decodeText(bytes, kind === 'html' ? sniffHtmlCharset(bytes) : undefined);
  if (!decoded.ok) return reject(decoded.reason, fileName, decoded.zh, decoded.en);
  if (decoded.text.trim() === '') return reject('empty', fileName, '文件只有空白', 'the file holds only whitespace');
  if (kind === 'txt') return readTxt(decoded.text, decoded.encoding);
  if (kind === 'md') return checkNotEmpty(readMarkdown(decoded.text, decoded.encoding), fileName);
  return checkNotEmpty(readHtml(decoded.text, decoded.encoding), fileName);
}

/** A container that holds no text at all (markup only) is `empty`; any text goes to the parser. */
function checkNotEmpty(result: InputResult, fileName: string): InputResult {
  if ('rejected' in result) return result;
  const doc: DocumentText = result;
  if (doc.text.trim() === '') return reject('empty', fileName, '文件中没有文字', 'the file contains no text');
  return doc;
}
