import { isElement, type HtmlElement, type HtmlNode } from './html';

/** Elements whose content is never report text: code, styling, forms' widgets, page chrome. */
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'nav',
  'aside',
  'footer',
  'iframe',
  'svg',
  'button',
  'select',
  'option',
  'input',
  'textarea',
  'object',
  'xml'
]);

/** Elements that start and end a line of text. */
const BLOCKS = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'section',
  'article',
  'main',
  'header',
  'blockquote',
  'pre',
  'center',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'hr',
  'form',
  'fieldset',
  'address',
  'figure',
  'figcaption',
  'body',
  'html'
]);

/** Class or id words of portal chrome: menus, breadcrumbs, share bars, footers. */
const CHROME = /(^|[\s_-])(nav|navbar|menu|breadcrumbs?|crumbs?|footer|share|sidebar|toolbar|skip)([\s_-]|$)/i;

export function isBlock(el: HtmlElement): boolean {
  return BLOCKS.has(el.name.toLowerCase());
}

/** Elements left out of the text: code, widgets, navigation chrome, hidden (display:none) parts. */
export function isDropped(el: HtmlElement): boolean {
  const name = el.name.toLowerCase();
  if (DROPPED.has(name)) return true;
  const attrs = el.attribs;
  if (attrs.role === 'navigation' || attrs.hidden !== undefined) return true;
  if (attrs.style && /display\s*:\s*none/i.test(attrs.style)) return true;
  // Most elements (Word's thousands of <span>s) have neither: no string to build and test.
  if (attrs.class === undefined && attrs.id === undefined) return false;
  const words = `${attrs.class ?? ''} ${attrs.id ?? ''}`;
  return words.trim() !== '' && CHROME.test(words);
}

const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f';
/** A source line break between two CJK characters: Word wraps its HTML source mid-label. */
const CJK_LINE_BREAK = new RegExp(`([${CJK}])[ \\t]*\\r?\\n\\s*(?=[${CJK}])`, 'g');
const WHITESPACE = /[\s\u00a0]+/g;

/** HTML whitespace rules for a run of text: `&nbsp;` is a space, runs collapse, ends trimmed. */
export function normaliseSpace(text: string): string {
  // The line-break pattern needs a `\n`; most runs of text have none.
  const joined = text.includes('\n') ? text.replace(CJK_LINE_BREAK, '$1') : text;
  return joined.replace(WHITESPACE, ' ').trim();
}

/**
 * All the text inside a node, as one cell: inline pieces (Word's split <span>s) join directly,
 * block pieces (<p>, <div>, <br>) join with a space.
 */
export function cellText(node: HtmlNode): string {
  const parts: string[] = [];
  collect(node, parts);
  return normaliseSpace(parts.join(''));
}

function collect(node: HtmlNode, parts: string[]): void {
  if (!isElement(node)) {
    parts.push(node);
    return;
  }
  if (isDropped(node)) return;
  const name = node.name.toLowerCase();
  if (name === 'br') {
    parts.push(' ');
    return;
  }
  const block = isBlock(node);
  if (block) parts.push(' ');
  for (const child of node.children) collect(child, parts);
  if (block) parts.push(' ');
}
