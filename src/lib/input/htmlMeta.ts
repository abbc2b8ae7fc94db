import { isElement, type HtmlElement, type HtmlNode } from './html';
import type { DocumentMeta } from './types';
import { cellText, normaliseSpace } from './htmlText';
import { toIsoDate } from './dates';

/** Portal meta names for the publication date (lower-cased), most specific first. */
const DATE_NAMES = [
  'articlepubdate',
  'pubdate',
  'publishdate',
  'publish_date',
  'firstpublishedtime',
  'article:published_time',
  'dcterms.issued',
  'dc.date.issued',
  'dc.date',
  'date'
];
const TITLE_NAMES = ['articletitle', 'og:title'];
const URL_NAMES = ['og:url', 'url'];

/** Title, publication date and source URL stated in a page's <head>. */
export function htmlMeta(dom: readonly HtmlNode[]): Pick<DocumentMeta, 'title' | 'publishedDate' | 'sourceUrl'> {
  const metas = new Map<string, string>();
  let titleEl: HtmlElement | undefined;
  let canonical: string | undefined;
  // Depth first, in document order; text is never pushed.
  const stack: HtmlElement[] = [];
  for (let i = dom.length - 1; i >= 0; i--) {
    const node = dom[i];
    if (isElement(node)) stack.push(node);
  }
  while (stack.length > 0) {
    const node = stack.pop() as HtmlElement;
    const name = node.name;
    if (name === 'meta') {
      const key = (node.attribs.name ?? node.attribs.property ?? node.attribs.itemprop ?? '').toLowerCase();
      const content = node.attribs.content;
      if (key && content && !metas.has(key)) metas.set(key, normaliseSpace(content));
    } else if (name === 'title' && !titleEl) titleEl = node;
    else if (name === 'link' && /(^|\s)canonical(\s|$)/i.test(node.attribs.rel ?? '')) canonical ??= node.attribs.href;
    if (name !== 'script' && name !== 'style') {
      for (let i = node.children.length - 1; i >= 0; i--) {
        const child = node.children[i];
        if (isElement(child)) stack.push(child);
      }
    }
  }
  const found: Pick<DocumentMeta, 'title' | 'publishedDate' | 'sourceUrl'> = {};
  const title = firstOf(metas, TITLE_NAMES) ?? (titleEl ? cellText(titleEl) : undefined);
  if (title) found.title = title;
  for (const key of DATE_NAMES) {
    const date = metas.has(key) ? toIsoDate(metas.get(key) as string) : undefined;
    if (date) {
      found.publishedDate = date;
      break;
    }
  }
  const url = [canonical, ...URL_NAMES.map((k) => metas.get(k))].find((u) => u && /^https?:\/\//i.test(u.trim()));
  if (url) found.sourceUrl = url.trim();
  return found;
}

function firstOf(metas: Map<string, string>, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = metas.get(key);
    if (value) return value;
  }
  return undefined;
}
