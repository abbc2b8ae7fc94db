/**
 * Builds tests/fixtures/variants/: the seed report 孟津区人力资源和社会保障局_2023.txt re-made in the
 * forms real reports come in (portal HTML, Word HTML in GBK, GBK text, 繁体 text, markdown, flat
 * copy-paste text, DOCX with merged cells, PDF printed by Chromium), plus inputs that must be
 * rejected (image-only PDF, truncated PDF, encrypted PDF, empty file, binary junk).
 *
 * Run: npx tsx scripts/make-variants.ts   (needs /usr/bin/chromium for the PDFs)
 */
import { readFileSync, writeFileSync, mkdirSync, rmSync, mkdtempSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { zipSync, strToU8 } from 'fflate';
import * as OpenCC from 'opencc-js';
import { layoutGrid, type SpanCell } from '../src/lib/input/grid';

const SEED_NAME = '孟津区人力资源和社会保障局_2023';
const SEED = `tests/fixtures/corpus/reports/${SEED_NAME}.txt`;
const OUT = 'tests/fixtures/variants';
const CHROMIUM = '/usr/bin/chromium';

type Block = { kind: 'title'; text: string } | { kind: 'p'; text: string } | { kind: 'table'; rows: SpanCell[][] };

const cell = (text: string, rowSpan = 1, colSpan = 1): SpanCell => ({ text, rowSpan, colSpan });

// ---------------------------------------------------------------- the seed as blocks

const seedText = readFileSync(SEED, 'utf8');
const seedLines = seedText.split('\n');

/** The numbers of the seed line whose cells include `label`: its last `count` non-empty cells. */
function numbersOf(label: string, count: number): string[] {
  const line = seedLines.find((l) => l.split('\t').some((c) => c.trim() === label));
  if (!line) throw new Error(`seed has no row ${label}`);
  const cells = line
    .split('\t')
    .map((c) => c.trim())
    .filter((c) => c !== '' && /^[\d.]+$/.test(c));
  if (cells.length < count) throw new Error(`row ${label}: ${cells.length} numbers, want ${count}`);
  return cells.slice(cells.length - count);
}

function section2Table(): SpanCell[][] {
  const rows: SpanCell[][] = [];
  rows.push([cell('第二十条第（一）项', 1, 4)]);
  rows.push([cell('信息内容'), cell('本年制发件数'), cell('本年度止件数'), cell('现行有效件数')]);
  for (const label of ['规章', '行政规范性文件']) rows.push([cell(label), ...numbersOf(label, 3).map((n) => cell(n))]);
  rows.push([cell('第二十条第（五）项', 1, 4)]);
  rows.push([cell('信息内容'), cell('本年处理决定数量', 1, 3)]);
  rows.push([cell('行政许可'), cell(numbersOf('行政许可', 1)[0], 1, 3)]);
  rows.push([cell('第二十条第（六）项', 1, 4)]);
  rows.push([cell('信息内容'), cell('本年处理决定数量', 1, 3)]);
  for (const label of ['行政处罚', '行政强制']) rows.push([cell(label), cell(numbersOf(label, 1)[0], 1, 3)]);
  rows.push([cell('第二十条第（八）项', 1, 4)]);
  rows.push([cell('信息内容'), cell('本年收费金额（单位：万元）', 1, 3)]);
  rows.push([cell('行政事业性收费'), cell(numbersOf('行政事业性收费', 1)[0], 1, 3)]);
  return rows;
}

const OUTCOME_GROUPS: { label: string; leaves: string[] }[] = [
  { label: '(一) 予以公开', leaves: [] },
  { label: '(二) 部分公开（区分处理的，只计这一情形，不计其他情形）', leaves: [] },
  {
    label: '(三) 不予公开',
    leaves: [
      '1.属于国家秘密',
      '2.其他法律行政法规禁止公开',
      '3.危及“三安全一稳定”',
      '4.保护第三方合法权益',
      '5.属于三类内部事务信息',
      '6.属于四类过程性信息',
      '7.属于行政执法案卷',
      '8.属于行政查询事项'
    ]
  },
  {
    label: '(四) 无法提供',
    leaves: ['1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确']
  },
  {
    label: '(五) 不予处理',
    leaves: [
      '1.信访举报投诉类申请',
      '2.重复申请',
      '3.要求提供公开出版物',
      '4.无正当理由大量反复申请',
      '5.要求行政机关确认或重新出具已获取信息'
    ]
  },
  {
    label: '(六) 其他处理',
    leaves: [
      '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      '3.其他'
    ]
  },
  { label: '(七) 总计', leaves: [] }
];

function section3Table(): SpanCell[][] {
  const rows: SpanCell[][] = [];
  rows.push([
    cell('(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)', 3, 3),
    cell('申请人情况', 1, 7)
  ]);
  rows.push([cell('自然人', 2), cell('法人或其他组织', 1, 5), cell('总计', 2)]);
  rows.push(['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((t) => cell(t)));
  const nums = (label: string) => numbersOf(label, 7).map((n) => cell(n));
  rows.push([cell('一、本年新收政府信息公开申请数量', 1, 3), ...nums('一、本年新收政府信息公开申请数量')]);
  rows.push([cell('二、上年结转政府信息公开申请数量', 1, 3), ...nums('二、上年结转政府信息公开申请数量')]);
  const outcomeRows = OUTCOME_GROUPS.reduce((n, g) => n + Math.max(1, g.leaves.length), 0);
  let first = true;
  for (const group of OUTCOME_GROUPS) {
    const lead = first ? [cell('三、本年度办理结果', outcomeRows)] : [];
    first = false;
    if (group.leaves.length === 0) {
      rows.push([...lead, cell(group.label, 1, 2), ...nums(group.label)]);
      continue;
    }
    group.leaves.forEach((leaf, i) => {
      const head = i === 0 ? [...lead, cell(group.label, group.leaves.length)] : [];
      rows.push([...head, cell(leaf), ...nums(leaf)]);
    });
  }
  rows.push([cell('四、结转下年度继续办理', 1, 3), ...nums('四、结转下年度继续办理')]);
  return rows;
}

function section4Table(): SpanCell[][] {
  const outcomes = ['结果 维持', '结果 纠正', '其他 结果', '尚未 审结', '总计'];
  const line = seedLines.find((l) => /^(\d+\t){14}\d+\s*$/.test(l));
  if (!line) throw new Error('seed has no line of 15 numbers');
  return [
    [cell('行政复议', 1, 5), cell('行政诉讼', 1, 10)],
    [...outcomes.map((t) => cell(t, 2)), cell('未经复议直接起诉', 1, 5), cell('复议后起诉', 1, 5)],
    [...outcomes, ...outcomes].map((t) => cell(t)),
    line
      .trim()
      .split('\t')
      .map((n) => cell(n))
  ];
}

function seedBlocks(): Block[] {
  const blocks: Block[] = [];
  let skipUntil: RegExp | null = null;
  let titleSeen = false;
  for (const raw of seedLines) {
    const line = raw.trimEnd();
    if (skipUntil) {
      if (!skipUntil.test(line)) continue;
      skipUntil = null;
    }
    if (line.startsWith('第二十条')) {
      blocks.push({ kind: 'table', rows: section2Table() });
      skipUntil = /^三、收到和处理/;
      continue;
    }
    if (line.startsWith('(本列数据')) {
      blocks.push({ kind: 'table', rows: section3Table() });
      skipUntil = /^四、政府信息公开行政复议/;
      continue;
    }
    if (line.startsWith('行政复议\t')) {
      blocks.push({ kind: 'table', rows: section4Table() });
      skipUntil = /^五、/;
      continue;
    }
    if (line.trim() === '') continue;
    if (!titleSeen) {
      blocks.push({ kind: 'title', text: line.trim() });
      titleSeen = true;
    } else blocks.push({ kind: 'p', text: line.trim() });
  }
  return blocks;
}

// ---------------------------------------------------------------- renderers

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const isNumber = (s: string) => /^[\d.]+$/.test(s);

function portalHtml(blocks: Block[]): string {
  const title = (blocks.find((b) => b.kind === 'title') as { text: string }).text;
  const body = blocks
    .map((b) => {
      if (b.kind === 'title')
        return `<h1 class="article-title">${esc(b.text)}</h1>\n<div class="info"><span>发布时间：2024-01-20</span>&nbsp;&nbsp;<span>来源：孟津区人社局</span></div>`;
      if (b.kind === 'p') return `<p style="text-indent:2em">${esc(b.text)}</p>`;
      const rows = b.rows
        .map((row, r) => {
          const tds = row
            .map((c) => {
              const attrs = `${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}`;
              // Numbers wrapped the way portal editors leave them; labels with &nbsp; padding.
              const inner = isNumber(c.text)
                ? `<p style="text-align:center"><span style="font-size:14px">${c.text}</span></p>`
                : `<p><span>&nbsp;${esc(c.text)}</span>&nbsp;</p>`;
              return `<td${attrs}>${inner}</td>`;
            })
            .join('');
          return `<tr data-row="${r}">${tds}</tr>`;
        })
        .join('\n');
      return `<table border="1" cellspacing="0" class="MsoTable"><tbody>\n${rows}\n</tbody></table>`;
    })
    .join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(title)}_孟津区人民政府</title>
<meta name="ArticleTitle" content="${esc(title)}">
<meta name="PubDate" content="2024-01-20 09:30">
<meta name="ContentSource" content="孟津区人力资源和社会保障局">
<link rel="canonical" href="https://portal.example.gov.cn/mengjin/rsj/2024/01/ndbg2023.html">
<style>body{font-family:"Noto Sans CJK SC",sans-serif;font-size:14px} table{border-collapse:collapse} td{border:1px solid #333;padding:2px 4px}</style>
<script>var _hmt = _hmt || []; document.write("统计代码");</script>
</head>
<body>
<div class="header"><div class="logo">孟津区人民政府门户网站</div></div>
<nav class="main-nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/bsfw">办事服务</a></li><li><a href="/hdjl">互动交流</a></li></ul></nav>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 政府信息公开年报</div>
<div class="article">
${body}
</div>
<div class="share-bar">分享到：微信 微博 QQ空间</div>
<footer><p>主办：孟津区人民政府办公室 &nbsp; 网站标识码：0000000000 &nbsp; 豫ICP备00000000号</p></footer>
<script>console.log("访问量统计");</script>
</body>
</html>
`;
}

/** Splits a label into Word-style runs and wraps the source mid-label, as Word does. */
function wordRuns(text: string): string {
  if (isNumber(text))
    return `<span lang=EN-US style='font-size:10.5pt;font-family:"Times New Roman"'>${text}<o:p></o:p></span>`;
  const chars = [...text];
  const pieces: string[] = [];
  for (let i = 0; i < chars.length; i += 5) pieces.push(chars.slice(i, i + 5).join(''));
  return (
    pieces
      .map(
        (p, i) =>
          `<span style='font-size:10.5pt;font-family:宋体;mso-ascii-font-family:"Times New Roman"'>${esc(p)}${i % 2 === 1 ? '\n' : ''}</span>`
      )
      .join('') + '<o:p></o:p>'
  );
}

function wordHtml(blocks: Block[]): string {
  const body = blocks
    .map((b) => {
      if (b.kind === 'title')
        return `<p class=MsoTitle align=center style='text-align:center'><b><span style='font-size:18.0pt;font-family:方正小标宋简体'>${wordRuns(b.text)}</span></b></p>`;
      if (b.kind === 'p') {
        return `<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0'><![if !supportLists]><span style='mso-list:Ignore'></span><![endif]>${wordRuns(b.text)}</p>`;
      }
      const rows = b.rows
        .map((row, r) => {
          const tds = row
            .map((c) => {
              const attrs = `${c.rowSpan > 1 ? ` rowspan=${c.rowSpan}` : ''}${c.colSpan > 1 ? ` colspan=${c.colSpan}` : ''}`;
              return `<td width=60${attrs} valign=top style='border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'>\n<p class=MsoNormal align=center style='text-align:center'>${c.text === '' ? '<span lang=EN-US><o:p>&nbsp;</o:p></span>' : wordRuns(c.text)}</p>\n</td>`;
            })
            .join('\n');
          return `<tr style='mso-yfti-irow:${r}'>\n${tds}\n</tr>`;
        })
        .join('\n');
      return `<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;mso-table-layout-alt:fixed;mso-yfti-tbllook:1184'>\n${rows}\n</table>\n<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>`;
    })
    .join('\n');
  return `<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<title>年度报告</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties><o:Author>办公室</o:Author><o:Pages>6</o:Pages></o:DocumentProperties>
</xml><![endif]-->
<style>
<!-- p.MsoNormal {mso-style-parent:""; margin:0cm; font-size:10.5pt; font-family:"Times New Roman";}
@page WordSection1 {size:595.3pt 841.9pt;}
div.WordSection1 {page:WordSection1;} -->
</style>
<!--[if gte mso 10]><style>table.MsoNormalTable {mso-style-name:普通表格;}</style><![endif]-->
</head>
<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>
<div class=WordSection1 style='layout-grid:15.6pt'>
${body}
</div>
</body>
</html>
`;
}

function markdown(blocks: Block[]): string {
  return (
    blocks
      .map((b) => {
        if (b.kind === 'title') return `# ${b.text}`;
        if (b.kind === 'p') return b.text;
        const grid = layoutGrid(b.rows).map((row) => `| ${row.map((c) => c.text).join(' | ')} |`);
        const width = layoutGrid(b.rows)[0].length;
        return [grid[0], `|${' --- |'.repeat(width)}`, ...grid.slice(1)].join('\n');
      })
      .join('\n\n') + '\n'
  );
}

function docx(blocks: Block[]): Uint8Array {
  const x = (s: string) => esc(s).replace(/"/g, '&quot;');
  const para = (text: string, bold = false) =>
    `<w:p><w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${x(text)}</w:t></w:r></w:p>`;
  const table = (rows: SpanCell[][]) => {
    // Word has no rowspan: a merged cell is a 'restart' cell above 'continue' cells.
    const grid = layoutGrid(rows);
    const origin = (r: number, c: number) => grid[r][c];
    const trs = grid.map((row, r) => {
      const tcs: string[] = [];
      for (let c = 0; c < row.length;) {
        const slot = origin(r, c);
        const src = rows[slot.row].find((_, i) => gridColOf(rows, slot.row, i, grid) === slot.col) as SpanCell;
        const colSpan = src.colSpan;
        const props: string[] = [];
        if (colSpan > 1) props.push(`<w:gridSpan w:val="${colSpan}"/>`);
        if (src.rowSpan > 1) props.push(slot.row === r ? '<w:vMerge w:val="restart"/>' : '<w:vMerge/>');
        const text = slot.row === r ? src.text : '';
        tcs.push(
          `<w:tc><w:tcPr><w:tcW w:w="${900 * colSpan}" w:type="dxa"/>${props.join('')}</w:tcPr>${text === '' ? '<w:p/>' : para(text)}</w:tc>`
        );
        c += colSpan;
      }
      return `<w:tr>${tcs.join('')}</w:tr>`;
    });
    const cols = grid[0].map(() => '<w:gridCol w:w="900"/>').join('');
    return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${cols}</w:tblGrid>${trs.join('')}</w:tbl>`;
  };
  const body = blocks.map((b) => (b.kind === 'table' ? table(b.rows) : para(b.text, b.kind === 'title'))).join('');
  const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr/></w:body></w:document>`;
  const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
  const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
  const mtime = new Date('2024-01-20T00:00:00Z');
  return zipSync(
    {
      '[Content_Types].xml': [strToU8(contentTypes), { mtime }],
      '_rels/.rels': [strToU8(rels), { mtime }],
      'word/document.xml': [strToU8(documentXml), { mtime }]
    },
    { level: 6 }
  );
}

/** Grid column where the i-th cell of source row r starts. */
function gridColOf(rows: SpanCell[][], r: number, i: number, grid: ReturnType<typeof layoutGrid>): number {
  let seen = -1;
  for (let c = 0; c < grid[r].length; c++) {
    const slot = grid[r][c];
    if (slot.row === r && slot.col === c) {
      seen++;
      if (seen === i) return c;
    }
  }
  return -1;
}

// ---------------------------------------------------------------- encodings and junk

/** A GBK encoder built from the platform's GBK decoder (Node has no GBK TextEncoder). */
function encodeGbk(text: string): Uint8Array {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (code < 0x80) out.push(code);
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`not in GBK: ${ch} U+${code.toString(16)}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

/** Deterministic binary junk (a linear congruential generator, seeded). */
function junk(length: number): Uint8Array {
  const out = new Uint8Array(length);
  let s = 12345;
  for (let i = 0; i < length; i++) {
    s = (s * 1103515245 + 12345) >>> 0;
    out[i] = s >>> 24;
  }
  return out;
}

/** A one-page PDF encrypted with an unknown user password (Standard security handler, RC4 40-bit). */
function encryptedPdf(): Uint8Array {
  const hex = (n: number) => Array.from(junk(n + 7).subarray(7), (b) => b.toString(16).padStart(2, '0')).join('');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    '<< /Length 8 >>\nstream\n\x8a\x13\x07\x99\x01\x55\xfe\x10\nendstream',
    `<< /Filter /Standard /V 1 /R 2 /O <${hex(32)}> /U <${hex(32)}> /P -44 >>`
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) pdf += `${String(off).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 5 0 R /ID [<${hex(16)}> <${hex(16)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(pdf, (ch) => ch.charCodeAt(0));
}

function chromium(args: string[]): void {
  execFileSync(
    CHROMIUM,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...args
    ],
    {
      stdio: 'ignore',
      timeout: 120_000
    }
  );
}

// ---------------------------------------------------------------- main

function main(): void {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const blocks = seedBlocks();
  const write = (name: string, data: string | Uint8Array) => writeFileSync(join(OUT, name), data);

  const portal = portalHtml(blocks);
  write(`${SEED_NAME}.portal.html`, portal);
  write(`${SEED_NAME}.word-gbk.html`, encodeGbk(wordHtml(blocks)));
  write(`${SEED_NAME}.gbk.txt`, encodeGbk(seedText));
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  write(`${SEED_NAME}.zh-tw.txt`, toTraditional(seedText));
  write(`${SEED_NAME}.md`, markdown(blocks));
  write(
    `${SEED_NAME}.flat.txt`,
    seedText
      .split('\n')
      .map((l) => l.replace(/\t+/g, ' ').trim())
      .join('\n')
  );
  write(`${SEED_NAME}.docx`, docx(blocks));

  const tmp = mkdtempSync(join(tmpdir(), 'variants-'));
  const htmlPath = join(tmp, 'portal.html');
  writeFileSync(htmlPath, portal);
  const pdfPath = join(OUT, `${SEED_NAME}.pdf`);
  chromium(['--no-pdf-header-footer', `--print-to-pdf=${pdfPath}`, `file://${htmlPath}`]);

  const png = join(tmp, 'page.png');
  chromium(['--hide-scrollbars', '--window-size=900,1400', `--screenshot=${png}`, `file://${htmlPath}`]);
  const imagePage = join(tmp, 'scan.html');
  writeFileSync(imagePage, `<html><body style="margin:0"><img src="page.png" style="width:100%"></body></html>`);
  chromium(['--no-pdf-header-footer', `--print-to-pdf=${join(OUT, 'scan-no-text.pdf')}`, `file://${imagePage}`]);

  const pdf = readFileSync(pdfPath);
  write('truncated.pdf', pdf.subarray(0, Math.floor(pdf.length / 3)));
  write('encrypted.pdf', encryptedPdf());
  write('empty.txt', '');
  write('whitespace.md', ' \n\t\n　\n');
  write('junk.txt', junk(4096));
  rmSync(tmp, { recursive: true, force: true });
  console.log(`wrote ${OUT}`);
}

main();
