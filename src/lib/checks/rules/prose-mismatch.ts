/**
 * FORMAT.md rule 10: numbers the prose states (收到申请N件, 本年新收…N件, 行政复议X件, 行政诉讼Y件,
 * 结转…N件) must match the tables. Conservative on purpose: only phrasings that can be read one way are
 * matched, a sentence about last year or about a part (其中, 同比, 上年) is skipped, and a target is
 * flagged only when none of the numbers the prose states for it fits the table.
 */
import { APPLICANTS, appColumn, reviewColumn, type ApplicationRowId, type ReviewGroupId } from '../../schema/columns';
import type { Finding, ReportRecord } from '../../schema/types';
import { cell, numberText } from '../cells';
import { finding } from '../finding';
import { nfkc } from '../../parser/nfkc';
import { StatementScope, type ScopedText } from '../../parser/statementScope';
import { squeezeKeepingSingleDigitGaps } from '../../parser/whitespace';

interface ProseTarget {
  /** What the prose states, as a supervisor would quote it. */
  proseZh: string;
  /** What the table holds, for the message. */
  tableZh: string;
  column: string;
  patterns: readonly RegExp[];
  /** Table values the stated number may equal; null when the table leaves them all blank. */
  accepted: (report: ReportRecord) => number[] | null;
}

const APPLY = '(?:各类)?(?:政府信息公开|信息公开)?(?:依)?申请(?:公开)?';
const COUNT = '(?:共计|总计|合计|共|为)*(\\d{1,7})';

/** A total column, else the sum of its parts when only those are filled; null when all are blank. */
function totalOrParts(report: ReportRecord, total: string, parts: readonly string[]): number | null {
  const t = cell(report, total);
  if (t !== null) return t;
  let sum = 0;
  let seen = false;
  for (const c of parts) {
    const v = cell(report, c);
    if (v !== null) {
      seen = true;
      sum += v;
    }
  }
  return seen ? sum : null;
}

const APPLICANT_PARTS = APPLICANTS.filter((a) => a.id !== 'total').map((a) => a.id);
/** Column names built on first use per row or group, then reused (not rebuilt per report). */
const ROW_COLUMNS = new Map<string, { total: string; parts: string[] }>();

/** 总计 of a section 三 row, or the sum of its applicant cells when only those are filled. */
function rowTotal(report: ReportRecord, row: ApplicationRowId): number | null {
  let c = ROW_COLUMNS.get(row);
  if (!c) {
    c = { total: appColumn(row, 'total'), parts: APPLICANT_PARTS.map((a) => appColumn(row, a)) };
    ROW_COLUMNS.set(row, c);
  }
  return totalOrParts(report, c.total, c.parts);
}

const GROUP_COLUMNS = new Map<string, { total: string; parts: string[] }>();

/** 总计 of a section 四 group, or the sum of its four outcomes when only those are filled. */
function groupTotal(report: ReportRecord, group: ReviewGroupId): number | null {
  let c = GROUP_COLUMNS.get(group);
  if (!c) {
    const parts = (['upheld', 'corrected', 'other', 'pending'] as const).map((o) => reviewColumn(group, o));
    c = { total: reviewColumn(group, 'total'), parts };
    GROUP_COLUMNS.set(group, c);
  }
  return totalOrParts(report, c.total, c.parts);
}

const TARGETS: readonly ProseTarget[] = [
  {
    proseZh: '收到政府信息公开申请',
    tableZh: '本年新收申请总计',
    column: 'app_new_total',
    patterns: [
      new RegExp(`(?:收到|接收|受理)${APPLY}${COUNT}件`, 'g'),
      /(?:收到|接收|受理)(\d{1,7})件(?:政府信息公开|信息公开)?申请/g,
      new RegExp(`本年度?新收(?:政府信息公开|信息公开)?申请(?:数量|数)?${COUNT}件`, 'g')
    ],
    // Many reports count the carried-in applications as received this year (平潭 2022: 74 + 1 = 75).
    accepted: (r) => {
      const fresh = rowTotal(r, 'new');
      if (fresh === null) return null;
      return [fresh, fresh + (rowTotal(r, 'carried_in') ?? 0)];
    }
  },
  {
    proseZh: '上年结转申请',
    tableZh: '上年结转申请总计',
    column: 'app_carried_in_total',
    patterns: [new RegExp(`上一?年度?结转的?(?:政府信息公开|信息公开)?申请${COUNT}件`, 'g')],
    accepted: (r) => {
      const v = rowTotal(r, 'carried_in');
      return v === null ? null : [v];
    }
  },
  {
    proseZh: '结转下年度办理的申请',
    tableZh: '结转下年度继续办理总计',
    column: 'app_carried_out_total',
    patterns: [
      /(?<!\d)(\d{1,7})件(?:申请)?(?:结转|顺延|转)(?:至|到)?(?:下一?年度?|\d{4}年)/g,
      /(?:结转|顺延|转)(?:至|到)?(?:下一?年度?|\d{4}年)(?:继续)?(?:办理)?(?:答复)?的?(?:申请)?(?:有|共|为)?(\d{1,7})件/g
    ],
    accepted: (r) => {
      const v = rowTotal(r, 'carried_out');
      return v === null ? null : [v];
    }
  },
  {
    proseZh: '行政复议',
    tableZh: '行政复议总计',
    column: 'review_total',
    patterns: [
      new RegExp(`行政复议(?:案件)?(?:数量|数)?${COUNT}(?:件|起)`, 'g'),
      /(?<!\d)(\d{1,7})(?:件|起)(?:涉及)?(?:政府信息公开(?:工作)?的?)?行政复议/g
    ],
    accepted: (r) => {
      const v = groupTotal(r, 'review');
      return v === null ? null : [v];
    }
  },
  {
    proseZh: '行政诉讼',
    tableZh: '行政诉讼总计（直接起诉加复议后起诉）',
    column: 'suit_direct_total',
    patterns: [
      new RegExp(`行政诉讼(?:案件)?(?:数量|数)?${COUNT}(?:件|起)`, 'g'),
      /(?<!\d)(\d{1,7})(?:件|起)(?:涉及)?(?:政府信息公开(?:工作)?的?)?行政诉讼/g
    ],
    // Prose may count both kinds of suit or only one of them.
    accepted: (r) => {
      const direct = groupTotal(r, 'suit_direct');
      const after = groupTotal(r, 'suit_after_review');
      if (direct === null && after === null) return null;
      return [(direct ?? 0) + (after ?? 0), direct ?? 0, after ?? 0];
    }
  }
];

/** The statement patterns, for tests of the scope they are matched in. */
export const STATEMENT_PATTERNS: readonly RegExp[] = TARGETS.flatMap((t) => t.patterns);

/** Every pattern's match holds 件 or 起: only the stretches around those are scanned. */
const SCOPE = new StatementScope(STATEMENT_PATTERNS, '件起');

/** Words just before a statement that make it about another year or about a part of the total. */
const NOT_THIS_TOTAL = /上一?年|去年|同比|其中|较|累计/;
const LOOKBACK = 6;

/**
 * Full-width digits and punctuation to ASCII (NFKC), and whitespace dropped except between two digits,
 * so `申请 34\n件` and `行政复\n议` read as printed while `2 0` never becomes 20.
 */
export function normaliseProse(prose: string, isNfkc = false): string {
  return dropSpacesOutsideNumbers(isNfkc ? prose : nfkc(prose));
}

/**
 * `text.replace(/\s+(?=\D)|(?<=\D)\s+/g, '')` without the lookbehind: a run of whitespace is dropped
 * unless it is one character with a digit (or the text's start) before it and a digit (or the text's
 * end) after it.
 */
function dropSpacesOutsideNumbers(text: string): string {
  return squeezeKeepingSingleDigitGaps(text);
}

/** Every number the prose states for one target, in text order. */
function statedNumbers(text: string, scoped: ScopedText, target: ProseTarget): number[] {
  const found: { at: number; value: number }[] = [];
  for (const pattern of target.patterns) {
    // exec on the shared global pattern (reset first): matchAll clones the pattern for every call.
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(scoped.text)) !== null) {
      if (m[0].length === 0) pattern.lastIndex++;
      const at = scoped.original(m.index);
      const before = text.slice(Math.max(0, at - LOOKBACK), at);
      if (NOT_THIS_TOTAL.test(before)) continue;
      found.push({ at, value: Number(m[1]) });
    }
  }
  if (found.length === 0) return [];
  return found.sort((a, b) => a.at - b.at).map((f) => f.value);
}

/** The numbers the prose states, per table column they refer to (only columns it states something for). */
export function proseStatements(prose: string): { column: string; values: number[] }[] {
  const text = normaliseProse(prose);
  const scoped = SCOPE.reduce(text);
  return TARGETS.map((t) => ({ column: t.column, values: statedNumbers(text, scoped, t) })).filter(
    (s) => s.values.length > 0
  );
}

/** `proseIsNfkc`: the prose is NFKC-normalised already (as the parser's prose is), so no scan for it. */
export function checkProseMismatch(report: ReportRecord, prose: string, proseIsNfkc = false): Finding[] {
  if (!prose) return [];
  const text = normaliseProse(prose, proseIsNfkc);
  const scoped = SCOPE.reduce(text);
  const out: Finding[] = [];
  for (const target of TARGETS) {
    const stated = statedNumbers(text, scoped, target);
    if (stated.length === 0) continue;
    const accepted = target.accepted(report);
    if (accepted === null) continue;
    if (stated.some((n) => accepted.includes(n))) continue;
    const said = numberText(stated[0]);
    const table = numberText(accepted[0]);
    out.push(
      finding(
        report,
        'prose_mismatch',
        target.column,
        table,
        said,
        `正文称${target.proseZh}${said}件，但表格中${target.tableZh}为${table}。`
      )
    );
  }
  return out;
}
