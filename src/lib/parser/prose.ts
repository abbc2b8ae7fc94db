/**
 * Numbers the report's prose states (`本年度全区共收到70件申请，及时依法依规办结69件，1件结转下年度`,
 * `现行有效行政规范性文件698件`): facts that help choose among readings of run-together digits.
 * Only phrasings that can be read one way are used; a fact about last year or a part is skipped.
 */
import { appColumn, reviewColumn } from '../schema/columns';
import type { Grid, ProseFact } from './table';
import { StatementScope } from './statementScope';
import { squeezeKeepingDigitGaps } from './whitespace';

interface FactPattern {
  re: RegExp;
  /** The test of the stated number against the columns it is about. */
  make: (n: number) => ProseFact['holds'];
}

const v = (g: Grid, col: string): number | null | undefined => g.get(col);

/** Passes when a column is not read yet: a fact never rules out what it cannot see. */
function equals(col: string, n: number): ProseFact['holds'] {
  return (g) => {
    const x = v(g, col);
    return x === undefined || x === null || x === n;
  };
}

function anyOf(n: number, ...sums: string[][]): ProseFact['holds'] {
  return (g) => {
    let seen = false;
    for (const cols of sums) {
      const xs = cols.map((c) => v(g, c));
      if (xs.some((x) => x === undefined)) return true;
      seen = true;
      if (xs.reduce<number>((s, x) => s + (x ?? 0), 0) === n) return true;
    }
    return !seen;
  };
}

const APPLY = '(?:各类)?(?:政府信息公开|信息公开)?(?:依)?申请(?:公开)?';
const COUNT = '(?:共计|总计|合计|共|为)*(\\d{1,7})';

const PATTERNS: readonly FactPattern[] = [
  {
    re: new RegExp(
      `(?:收到|接收|受理)${APPLY}${COUNT}件|(?:收到|接收|受理)(\\d{1,7})件(?:政府信息公开|信息公开)?申请`,
      'g'
    ),
    // Some reports count the carried-in applications as received (平潭 2022: 74 + 1 = 75).
    make: (n) => anyOf(n, [appColumn('new', 'total')], [appColumn('new', 'total'), appColumn('carried_in', 'total')])
  },
  {
    re: /办结(?:依申请公开|申请|政府信息公开申请)?(?:共计|共)?(\d{1,7})件/g,
    make: (n) => equals(appColumn('outcome_total', 'total'), n)
  },
  {
    re: /(\d{1,7})件(?:申请)?(?:结转|顺延)(?:至|到)?(?:下一?年度?|\d{4}年)|(?:结转|顺延)(?:至|到)?(?:下一?年度?|\d{4}年)(?:继续)?(?:办理)?(?:答复)?的?(?:申请)?(?:有|共|为)?(\d{1,7})件/g,
    make: (n) => equals(appColumn('carried_out', 'total'), n)
  },
  {
    re: /行政复议(?:案件)?(?:数量|数)?(?:共计|共|为)*(\d{1,7})(?:件|起)|(\d{1,7})(?:件|起)(?:涉及)?(?:政府信息公开(?:工作)?的?)?行政复议/g,
    make: (n) => equals(reviewColumn('review', 'total'), n)
  },
  {
    re: /行政诉讼(?:案件)?(?:数量|数)?(?:共计|共|为)*(\d{1,7})(?:件|起)/g,
    make: (n) =>
      anyOf(
        n,
        [reviewColumn('suit_direct', 'total'), reviewColumn('suit_after_review', 'total')],
        [reviewColumn('suit_direct', 'total')]
      )
  },
  {
    re: /现行有效(?:的)?(?:行政)?规范性文件(?:共)?(\d{1,7})件/g,
    make: (n) => equals('normative_in_force', n)
  },
  {
    re: /(?:制发|印发|出台)的?(?:行政)?规范性文件(?:共)?(\d{1,7})件/g,
    make: (n) => equals('normative_issued', n)
  }
];

/** The statement patterns, for tests of the scope they are matched in. */
export const FACT_PATTERNS: readonly RegExp[] = PATTERNS.map((p) => p.re);

/** Every pattern's match holds 件 (or 起, with 行政复议/行政诉讼): only the stretches around those are scanned. */
const SCOPE = new StatementScope(FACT_PATTERNS, '件起');

/** Words just before a statement that make it about another year or a part. */
const NOT_THIS_TOTAL = /上一?年|去年|同比|其中|较/;
const LOOKBACK = 6;

/**
 * Whitespace dropped except between two digits (one space kept), so `申请 34\n件` reads as printed and
 * `2 0` never as 20.
 */
export function squeezeProse(prose: string): string {
  return squeezeKeepingDigitGaps(prose);
}

export function proseFacts(prose: string): ProseFact[] {
  const text = squeezeProse(prose);
  const scoped = SCOPE.reduce(text);
  const out: ProseFact[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.re.exec(scoped.text)) !== null) {
      const at = scoped.original(m.index);
      if (NOT_THIS_TOTAL.test(text.slice(Math.max(0, at - LOOKBACK), at))) continue;
      const n = Number(m[1] ?? m[2]);
      // The statement as printed (whitespace dropped), so a value it decides can say where it came from.
      if (Number.isFinite(n)) out.push({ statement: m[0], holds: p.make(n) });
    }
  }
  return out;
}
