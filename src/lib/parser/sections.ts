/**
 * Where the six parts of a report are: headings found by their words (numbering restarts in some
 * converted files, and the intro sentence names every part without numbers), the table regions
 * between them, the narrative of 一, 五 and 六, and the prose outside the tables.
 */
const NUM = '[一二三四五六七八九十]';

/** Heading patterns on normalised text; each requires a numeral so the intro's list of parts never matches. */
const HEADINGS = {
  s1: new RegExp(`${NUM} *[、.] *总 *体 *情 *况`),
  s2: new RegExp(`${NUM} *[、.] *主 *动 *公 *开 *政 *府 *信 *息 *(?:的 *)?情 *况`),
  s3: new RegExp(`${NUM} *[、.] *收 *到 *和 *处 *理 *政 *府 *信 *息 *公 *开 *申 *请 *(?:的 *)?情 *况`),
  s4: new RegExp(`${NUM} *[、.][^、\\n。]{0,24}?复 *议[^\\n。]{0,16}?诉 *讼[^\\n。]{0,6}?情 *况`),
  s5: new RegExp(
    `${NUM} *[、.] *(?:政 *府 *信 *息 *公 *开 *(?:工 *作 *)?)?存 *在 *的 *主 *要 *问 *题(?: *[及和与] *改 *进 *(?:情 *况|措 *施)?)?`
  ),
  s5fallback: /\( *一 *\) *主 *要 *问 *题/,
  s6: new RegExp(`${NUM} *[、.] *其 *他 *需 *要 *报 *告 *的 *事 *项`)
};

/** A heading's position: `start` of its numeral, `end` after its words. */
export interface Span {
  start: number;
  end: number;
}

export interface Layout {
  s1: Span | null;
  s2: Span | null;
  s3: Span | null;
  s4: Span | null;
  s5: Span | null;
  s6: Span | null;
  /** Where the report body starts (after a crawler header). */
  bodyStart: number;
}

const CRAWLER_BODY = /={5,} *正文 *={5,}\n?/;

function findFrom(re: RegExp, text: string, from: number): Span | null {
  const m = re.exec(from > 0 ? text.slice(from) : text);
  return m ? { start: from + m.index, end: from + m.index + m[0].length } : null;
}

/** Finds the headings in order: each one is searched after the previous one found. */
export function findLayout(text: string): Layout {
  const body = CRAWLER_BODY.exec(text);
  const bodyStart = body ? body.index + body[0].length : 0;
  const s1 = findFrom(HEADINGS.s1, text, bodyStart);
  const s2 = findFrom(HEADINGS.s2, text, s1?.end ?? bodyStart);
  const s3 = findFrom(HEADINGS.s3, text, s2?.end ?? s1?.end ?? bodyStart);
  const s4 = findFrom(HEADINGS.s4, text, s3?.end ?? s2?.end ?? bodyStart);
  const after4 = s4?.end ?? s3?.end ?? s2?.end ?? bodyStart;
  const s5 = findFrom(HEADINGS.s5, text, after4) ?? findFrom(HEADINGS.s5fallback, text, after4);
  const s6 = findFrom(HEADINGS.s6, text, s5?.end ?? after4);
  return { s1, s2, s3, s4, s5, s6, bodyStart };
}

/** The first of the positions that exist, or `fallback`. */
function firstOf(fallback: number, ...spans: (Span | null)[]): number {
  for (const s of spans) if (s) return s.start;
  return fallback;
}

/** Character ranges of the three tables: from each heading to the next part. */
export function tableRegions(layout: Layout, length: number): Record<'s2' | 's3' | 's4', Span | null> {
  const { s2, s3, s4, s5, s6 } = layout;
  return {
    s2: s2 ? { start: s2.end, end: firstOf(length, s3, s4, s5, s6) } : null,
    s3: s3 ? { start: s3.end, end: firstOf(length, s4, s5, s6) } : null,
    s4: s4 ? { start: s4.end, end: firstOf(length, s5, s6) } : null
  };
}

/** Portal and crawler text after a report (download links, print buttons, footer). */
const CHROME_TAIL =
  /(?:附件下载|【?打印本页】?|【?关闭窗口】?|扫一扫在手机|分享到[:：]?|上一篇|下一篇|责任编辑|网站地图|主办单位|版权所有)/;
/** Only the end of a part is searched for footer text, so a word in the prose never cuts it short. */
const TAIL_WINDOW = 200;
/** A portal breadcrumb line before the report (`当前位置：首页… 相关链接： -->`). */
const CHROME_HEAD = /^\s*当前位置[^\n]{0,400}?-->\s*/;

export function cleanProse(s: string): string {
  let out = s.trim();
  const from = Math.max(0, out.length - TAIL_WINDOW);
  const tail = CHROME_TAIL.exec(out.slice(from));
  if (tail) out = out.slice(0, from + tail.index);
  return out.trim();
}

/** The narrative of 一, 五 and 六. */
export function narrativeSections(text: string, layout: Layout): { section: 1 | 5 | 6; text: string }[] {
  const out: { section: 1 | 5 | 6; text: string }[] = [];
  const { s1, s2, s3, s4, s5, s6 } = layout;
  if (s1) {
    const nextHeading = /\n[ \t]*二 *[、.]/.exec(text.slice(s1.end));
    const byLine = nextHeading ? s1.end + nextHeading.index : text.length;
    const end = Math.min(byLine, firstOf(text.length, s2, s3, s4, s5, s6));
    push(out, 1, text.slice(s1.end, end));
  }
  if (s5) push(out, 5, text.slice(s5.end, firstOf(text.length, s6)));
  if (s6) push(out, 6, text.slice(s6.end));
  return out;
}

function push(out: { section: 1 | 5 | 6; text: string }[], section: 1 | 5 | 6, raw: string): void {
  const t = cleanProse(raw);
  if (t) out.push({ section, text: t });
}

/** The report's text outside its tables, without the crawler header: for prose/table cross-checks. */
export function proseOutsideTables(text: string, layout: Layout): string {
  const start = layout.bodyStart;
  const tablesStart = firstOf(-1, layout.s2, layout.s3, layout.s4);
  const tablesEnd = firstOf(-1, layout.s5, layout.s6);
  const head = text.slice(start, tablesStart >= 0 ? tablesStart : text.length).replace(CHROME_HEAD, '');
  const tail = tablesStart >= 0 && tablesEnd >= 0 ? text.slice(tablesEnd) : '';
  return cleanProse(`${head}\n${tail}`);
}
