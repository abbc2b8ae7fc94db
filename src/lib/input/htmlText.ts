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

/** How the text readers treat an element: left out, a line break, a block (a line of its own) or inline. */
export type ElementKind = 'dropped' | 'break' | 'block' | 'inline';

/** Kind by tag name, one lookup; names come lower-cased from the tree (SVG's camelCase ones are in no set). */
const KIND_BY_NAME = new Map<string, ElementKind>([
  ...[...DROPPED].map((name): [string, ElementKind] => [name, 'dropped']),
  ...[...BLOCKS].map((name): [string, ElementKind] => [name, 'block']),
  ['br', 'break']
]);

/** Left out ('dropped'): code, widgets, navigation chrome, hidden (display:none) parts. */
export function elementKind(el: HtmlElement): ElementKind {
  const kind = KIND_BY_NAME.get(el.name) ?? 'inline';
  return kind !== 'dropped' && droppedByAttributes(el.attribs) ? 'dropped' : kind;
}

function droppedByAttributes(attrs: Readonly<Record<string, string>>): boolean {
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
  const joined = mayJoinLines(text) ? text.replace(CJK_LINE_BREAK, '$1') : text;
  return joined.replace(WHITESPACE, ' ').trim();
}

/**
 * Whether CJK_LINE_BREAK can match: some `\n` has a CJK character before it, past spaces, tabs and
 * one `\r`. Most runs of text have no such line break (a cell's `12\r\n`), and this test costs far
 * less than the pattern's search.
 */
function mayJoinLines(text: string): boolean {
  for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) {
    let j = k - 1;
    if (j >= 0 && text.charCodeAt(j) === 0x0d) j--;
    while (j >= 0 && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09)) j--;
    if (j >= 0 && isCjk(text.charCodeAt(j))) return true;
  }
  return false;
}

/** The CJK ranges of CJK_LINE_BREAK (U+3000-303F lies inside the first). */
function isCjk(c: number): boolean {
  return (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef);
}

/**
 * All the text inside a node, as one cell: inline pieces (Word's split <span>s) join directly,
 * block pieces (<p>, <div>, <br>) join with a space.
 */
export function cellText(node: HtmlNode): string {
  return normaliseSpace(collect(node, ''));
}

/** `text` followed by the text of `node` (concatenation: V8 defers the copying to the one read at the end). */
function collect(node: HtmlNode, text: string): string {
  if (!isElement(node)) return text + node;
  const kind = elementKind(node);
  if (kind === 'dropped') return text;
  if (kind === 'break') return text + ' ';
  const block = kind === 'block';
  let out = block ? text + ' ' : text;
  for (const child of node.children) out = collect(child, out);
  return block ? out + ' ' : out;
}
