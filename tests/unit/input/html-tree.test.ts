/**
 * The HTML reader builds a light tree (elements and text only) instead of domhandler's DOM. These
 * pages exercise what that tree leaves out or must keep: comments and CDATA between text, script and
 * style text (also inside a table cell), implied end tags, stray end tags, and head metadata.
 */
import { describe, expect, it } from 'vitest';
import { parseHtmlTree, readHtml } from '../../../src/lib/input/html';

describe('parseHtmlTree', () => {
  it('keeps elements and text, and leaves out comments and script text', () => {
    const tree = parseHtmlTree('<p>a<!-- note -->b</p><script>var x = "<p>y</p>";</script>');
    expect(tree).toEqual([
      { name: 'p', attribs: {}, children: ['a', 'b'] },
      { name: 'script', attribs: {}, children: [] }
    ]);
  });

  it('closes implied end tags as the HTML rules say', () => {
    const tree = parseHtmlTree('<ul><li>一<li>二</ul>');
    expect(tree).toEqual([
      {
        name: 'ul',
        attribs: {},
        children: [
          { name: 'li', attribs: {}, children: ['一'] },
          { name: 'li', attribs: {}, children: ['二'] }
        ]
      }
    ]);
  });
});

describe('readHtml on markup around the text', () => {
  it('joins text split by a comment or a CDATA section', () => {
    expect(readHtml('<p>a<!-- c -->b</p><p>x<![CDATA[ y ]]>z</p>', 'utf-8').text).toBe('ab\nxz');
  });

  it('leaves script text out of a table cell and reads spanned rows', () => {
    const doc = readHtml(
      '<table><tbody><tr><th>h</th><td>1<script>2</script>3</td></tr><tr><td><p>a</p><p>b</p></td><td>c<br>d</td></tr></tbody></table>',
      'utf-8'
    );
    expect(doc.text).toBe('h\t13\na b\tc d');
    expect(doc.cellLocations).toEqual([
      ['table 1 row 1 col 1', 'table 1 row 1 col 2'],
      ['table 1 row 2 col 1', 'table 1 row 2 col 2']
    ]);
  });

  it('reads head metadata while leaving head, script and style text out of the body', () => {
    const doc = readHtml(
      '<html><head><title>2023年某某区人民政府政府信息公开工作年度报告</title><meta name="PubDate" content="2024-01-20"><script>var a="<p>x</p>";</script><style>p{}</style></head><body><div class="nav">menu</div><p>正文</p></body></html>',
      'utf-8'
    );
    expect(doc.text).toBe('正文');
    expect(doc.meta.publishedDate).toBe('2024-01-20');
  });

  it('treats a stray </br> as a line break and </p> as an empty paragraph', () => {
    expect(readHtml('<svg><![CDATA[ raw ]]></svg><p>t<br>u</br>v</p></p><td>w</td>', 'utf-8').text).toBe('t\nu\nv\nw');
  });

  it('reads an unterminated page to its end', () => {
    expect(readHtml('<p>unterminated <b>bold <i>it</p> after<table><tr><td>x</td>', 'utf-8').text).toBe(
      'unterminated bold it\nafter\nx'
    );
  });
});
