/**
 * What the text says about itself: the report title (and from it the year and the body's name), the
 * publication date and the original address, from the container metadata, a crawler/portal header
 * (`标题: …`, `发布时间: 2022-02-08 16:34`, `原文链接: https://…`) or the first lines.
 */
import type { DocumentMeta } from '../input/types';

export interface TextMeta {
  title: string | null;
  year: number | null;
  agency: string | null;
  publishedDate: string | null;
  sourceUrl: string | null;
}

/** `<agency><year>年(度)<agency>政府信息公开(工作)年度报告`, whitespace already removed. */
const TITLE = /^(.*?)((?:19|20)\d{2})年度?(.*?)政府信息公开(?:工作)?年度?报告/;
const TITLE_LINE = /政府信息公开[^\n]{0,8}?年度?\s*报告/;
const HEADER_TITLE = /^\s*(?:标题|题名|文章标题)\s*[:：]\s*(.+)$/m;
const HEADER_DATE =
  /(?:发布时间|发布日期|成文日期|时间)\s*[:：]\s*((?:19|20)\d{2})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})/;
const HEADER_URL = /(?:原文链接|原文地址|来源链接|链接|URL)\s*[:：]\s*(https?:\/\/[^\s<>"']+)/i;
const PERIOD_YEAR = /统计(?:期限|周期|时限|时间|区间)?\s*(?:为|自|从|是)?\s*((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日/;
const ANY_YEAR_REPORT = /((?:19|20)\d{2})\s*年度?\s*政府信息公开/;

/**
 * A header regex can only match where its literal words are: `indexOf` for them (native, fast) spares
 * a regex scan of the head of every report that has no crawler header.
 */
function mayHold(head: string, ...words: string[]): boolean {
  return words.some((w) => head.includes(w));
}

/** How far into the text a title or header is looked for. */
const HEAD_CHARS = 3000;
/** A title sits in the first lines. */
const TITLE_LINES = 40;

function squeezeTitle(s: string): string {
  return s.replace(/\s+/g, '');
}

/** Year and body from a title, e.g. `2024年上海市科委政府信息公开工作年度报告` → 2024, 上海市科委. */
export function parseTitle(title: string): { year: number | null; agency: string | null } {
  const m = TITLE.exec(squeezeTitle(title));
  if (!m) return { year: null, agency: null };
  const agency = (m[1] || m[3]).replace(/^[《“"]+|[:：]+$/g, '').trim();
  return { year: Number(m[2]), agency: agency || null };
}

function findTitle(head: string, meta: DocumentMeta): string | null {
  const candidates: string[] = [];
  if (meta.title) candidates.push(meta.title);
  const header = mayHold(head, '标题', '题名') ? HEADER_TITLE.exec(head) : null;
  if (header) candidates.push(header[1]);
  const lines = head
    .split('\n', TITLE_LINES)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  for (const line of lines) {
    if (line.length < 120 && TITLE_LINE.test(line)) candidates.push(line);
  }
  // Titles broken over two lines (`2024 年上海市科委政府信息公开工作` / `年度报告`).
  for (let i = 0; i + 1 < lines.length; i++) {
    const joined = lines[i] + lines[i + 1];
    if (joined.length < 120 && !TITLE_LINE.test(lines[i]) && TITLE_LINE.test(joined)) candidates.push(joined);
  }
  // A title that names the body beats one that does not: a PDF may print the body's name on the
  // line above `2024 年政府信息公开工作年度报告`, and only the joined candidate names it.
  const titles = candidates.filter((c) => TITLE.test(squeezeTitle(c)));
  return titles.find((c) => parseTitle(c).agency !== null) ?? titles[0] ?? null;
}

export function readMeta(text: string, meta: DocumentMeta): TextMeta {
  const head = text.slice(0, HEAD_CHARS);
  const title = findTitle(head, meta);
  const fromTitle = title ? parseTitle(title) : { year: null, agency: null };
  let year = fromTitle.year;
  if (year === null) {
    const p = PERIOD_YEAR.exec(text) ?? ANY_YEAR_REPORT.exec(head);
    if (p) year = Number(p[1]);
  }
  const d = mayHold(head, '时间', '日期') ? HEADER_DATE.exec(head) : null;
  const publishedDate = meta.publishedDate ?? (d ? isoDate(d[1], d[2], d[3]) : null);
  const u = mayHold(head, '://') ? HEADER_URL.exec(head) : null;
  return {
    title: title ? title.replace(/\s+/g, ' ').trim() : null,
    year,
    agency: fromTitle.agency,
    publishedDate,
    sourceUrl: meta.sourceUrl ?? (u ? u[1] : null)
  };
}

function isoDate(y: string, m: string, d: string): string | null {
  const mm = Number(m);
  const dd = Number(d);
  if (mm < 1 || mm > 12 || dd < 1 || dd > 31) return null;
  return `${y}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}
