import type { DocumentMeta, DocumentText } from './types';
import { toIsoDate } from './dates';

/**
 * Plain text is passed through as decoded (the parser reads its layouts). A crawler header
 * (`标题: …`, `发布时间: …`, `原文链接: …` lines before a `==== 正文 ====` line) fills the meta.
 */
export function readTxt(text: string, encoding: string): DocumentText {
  const meta: DocumentMeta = { kind: 'txt', encoding, ...crawlerHeader(text) };
  return { text: stripBom(text), meta };
}

/** How far into the file a crawler header may reach before the body marker. */
const HEADER_LINES = 30;
const BODY_MARKER = /^\s*=+\s*正文\s*=+\s*$/;
const HEADER_FIELD = /^\s*(标题|发布时间|发布日期|原文链接|原文地址|链接)\s*[:：]\s*(.*?)\s*$/;

function crawlerHeader(text: string): Pick<DocumentMeta, 'title' | 'publishedDate' | 'sourceUrl'> {
  const lines = text.slice(0, 8192).split(/\r?\n/, HEADER_LINES);
  const markerAt = lines.findIndex((l) => BODY_MARKER.test(l));
  if (markerAt < 0) return {};
  const found: Pick<DocumentMeta, 'title' | 'publishedDate' | 'sourceUrl'> = {};
  for (const line of lines.slice(0, markerAt)) {
    const m = HEADER_FIELD.exec(line);
    if (!m || m[2] === '') continue;
    const [, key, value] = m;
    if (key === '标题') found.title = value;
    else if (key === '发布时间' || key === '发布日期') {
      const date = toIsoDate(value);
      if (date) found.publishedDate = date;
    } else if (/^https?:\/\//i.test(value)) found.sourceUrl = value;
  }
  return found;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
