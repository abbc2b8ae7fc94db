/**
 * The numbers of one body's report for one year, consistent by construction: rows sum across
 * applicants, outcomes sum to （七）总计, 一 + 二 = （七） + 四 per applicant, review groups sum, and
 * what a body carries into a year is what it carried out of the year before. Ranges follow FORMAT.md
 * "Typical values". Money is held in integer yuan (fees) and cents (procurement) until the record is
 * built, so jurisdiction sums are exact.
 */
import {
  APPLICANTS,
  APPLICATION_ROWS,
  appColumn,
  NUMBER_COLUMN_NAMES,
  numberColumnsOfFormat,
  REVIEW_GROUPS,
  REVIEW_OUTCOMES,
  reviewColumn,
  type ApplicationRowId,
  type FormatVersion
} from '../schema/columns';
import type { Profile } from './bodies';
import type { Random } from './random';

/**
 * Number columns of a report while generating, in NUMBER_COLUMN_NAMES order, NaN for NULL: a typed
 * array keeps sums over 100,000 reports fast. fees_wan is in yuan, f19_procurement_amount in cents.
 */
export type RawNumbers = Float64Array;

const INDEX = new Map(NUMBER_COLUMN_NAMES.map((c, i) => [c, i]));

/** Position of a number column in RawNumbers. */
export function columnIndex(column: string): number {
  const i = INDEX.get(column);
  if (i === undefined) throw new Error(`unknown number column ${column}`);
  return i;
}

export function getRaw(n: RawNumbers, column: string): number | null {
  const v = n[columnIndex(column)];
  return Number.isNaN(v) ? null : v;
}

export function setRaw(n: RawNumbers, column: string, value: number | null): void {
  n[columnIndex(column)] = value === null ? NaN : value;
}

type Range = readonly [number, number];

interface ProfileRanges {
  /** Chance that the body received no application at all. */
  noApplications: number;
  applications: Range;
  permits: Range;
  penalties: Range;
  coercions: Range;
  /** 行政事业性收费 in yuan. */
  feesYuan: Range;
  reviews: Range;
  suits: Range;
  normativeIssued: Range;
  /** Makes 规章 (only a 设区的市 government does). */
  makesRules: boolean;
  /** 2019 item counts (上一年项目数量) of 许可 / 处罚. */
  items: Range;
}

const R = (noApplications: number, r: Omit<ProfileRanges, 'noApplications' | 'makesRules'>, makesRules = false) => ({
  noApplications,
  makesRules,
  ...r
});

export const PROFILES: Readonly<Record<Profile, ProfileRanges>> = {
  office: R(0.05, {
    applications: [5, 100],
    permits: [0, 5],
    penalties: [0, 5],
    coercions: [0, 2],
    feesYuan: [0, 0],
    reviews: [0, 10],
    suits: [0, 5],
    normativeIssued: [1, 12],
    items: [0, 10]
  }),
  hr: R(0.5, {
    applications: [0, 10],
    permits: [0, 1100],
    penalties: [0, 30],
    coercions: [0, 2],
    feesYuan: [0, 150_000],
    reviews: [0, 2],
    suits: [0, 5],
    normativeIssued: [0, 3],
    items: [20, 120]
  }),
  market: R(0.3, {
    applications: [0, 30],
    permits: [500, 20_000],
    penalties: [30, 800],
    coercions: [0, 100],
    feesYuan: [0, 200_000],
    reviews: [0, 5],
    suits: [0, 3],
    normativeIssued: [0, 3],
    items: [80, 400]
  }),
  enforcement: R(0.5, {
    applications: [0, 10],
    permits: [20, 1000],
    penalties: [20, 2000],
    coercions: [0, 200],
    feesYuan: [0, 3_000_000],
    reviews: [0, 3],
    suits: [0, 3],
    normativeIssued: [0, 2],
    items: [40, 300]
  }),
  education: R(0.5, {
    applications: [0, 15],
    permits: [0, 80],
    penalties: [0, 5],
    coercions: [0, 0],
    feesYuan: [0, 500_000],
    reviews: [0, 2],
    suits: [0, 1],
    normativeIssued: [0, 4],
    items: [5, 40]
  }),
  land: R(0.3, {
    applications: [0, 25],
    permits: [10, 600],
    penalties: [0, 60],
    coercions: [0, 10],
    feesYuan: [0, 1_000_000],
    reviews: [0, 4],
    suits: [0, 4],
    normativeIssued: [0, 3],
    items: [20, 150]
  }),
  police: R(0.4, {
    applications: [0, 20],
    permits: [1000, 30_000],
    penalties: [200, 5000],
    coercions: [10, 500],
    feesYuan: [0, 500_000],
    reviews: [0, 6],
    suits: [0, 3],
    normativeIssued: [0, 2],
    items: [60, 500]
  }),
  department: R(0.6, {
    applications: [0, 8],
    permits: [0, 200],
    penalties: [0, 20],
    coercions: [0, 2],
    feesYuan: [0, 50_000],
    reviews: [0, 1],
    suits: [0, 1],
    normativeIssued: [0, 2],
    items: [5, 60]
  }),
  township: R(0.8, {
    applications: [0, 3],
    permits: [0, 50],
    penalties: [0, 20],
    coercions: [0, 0],
    feesYuan: [0, 0],
    reviews: [0, 0],
    suits: [0, 0],
    normativeIssued: [0, 0],
    items: [0, 10]
  }),
  city_office: R(0, {
    applications: [40, 250],
    permits: [0, 20],
    penalties: [0, 10],
    coercions: [0, 2],
    feesYuan: [0, 0],
    reviews: [2, 20],
    suits: [1, 10],
    normativeIssued: [5, 20],
    items: [0, 20]
  }),
  city_department: R(0.1, {
    applications: [5, 80],
    permits: [200, 20_000],
    penalties: [10, 2000],
    coercions: [0, 200],
    feesYuan: [0, 2_000_000],
    reviews: [0, 12],
    suits: [0, 8],
    normativeIssued: [1, 10],
    items: [50, 400]
  }),
  area_rest: R(0, {
    applications: [10, 150],
    permits: [500, 8000],
    penalties: [50, 1500],
    coercions: [0, 100],
    feesYuan: [0, 2_000_000],
    reviews: [0, 8],
    suits: [0, 5],
    normativeIssued: [0, 10],
    items: [100, 600]
  }),
  city_rest: R(
    0,
    {
      applications: [100, 600],
      permits: [2000, 30_000],
      penalties: [100, 5000],
      coercions: [0, 300],
      feesYuan: [0, 5_000_000],
      reviews: [5, 30],
      suits: [2, 15],
      normativeIssued: [5, 25],
      items: [200, 1200]
    },
    true
  )
};

/** What a body carries from one year into the next. */
export interface BodyState {
  /** 结转下年度 per applicant (without 总计). */
  carriedOut: number[];
  rulesInForce: number;
  normativeInForce: number;
  /** 2019 format: 对外公开总数量 stocks and next year's 上一年项目数量. */
  f19RulesTotal: number;
  f19NormativeTotal: number;
  f19Items: Record<'permit' | 'services' | 'penalty' | 'coercion' | 'fee', number>;
}

const APPLICANT_IDS = APPLICANTS.filter((a) => a.id !== 'total').map((a) => a.id);
/** 自然人 are usually > 90% of applicants. */
const APPLICANT_WEIGHTS = [0.92, 0.055, 0.003, 0.004, 0.012, 0.006];

/** Outcome mix (FORMAT.md): 予以公开 35-65%, 部分公开 5-15%, 不予公开 3-8%, 无法提供 12-30%, 不予处理 3-10%, 其他 5-11%. */
const LEAF_WEIGHTS: Readonly<Partial<Record<ApplicationRowId, number>>> = {
  granted: 0.5,
  partial: 0.1,
  denied_secret: 0.003,
  denied_law: 0.004,
  denied_safety: 0.003,
  denied_third_party: 0.012,
  denied_internal: 0.012,
  denied_process: 0.015,
  denied_enforcement: 0.004,
  denied_inquiry: 0.007,
  unable_not_held: 0.17,
  unable_need_create: 0.025,
  unable_unclear: 0.015,
  rejected_petition: 0.035,
  rejected_repeat: 0.018,
  rejected_publication: 0.003,
  rejected_excessive: 0.005,
  rejected_confirm: 0.004,
  other_no_correction: 0.045,
  other_no_fee: 0.002,
  other_misc: 0.03
};

function leafWeights(format: FormatVersion): { rows: ApplicationRowId[]; weights: number[] } {
  const rows = (Object.keys(LEAF_WEIGHTS) as ApplicationRowId[]).filter(
    (r) => format === 2021 || (r !== 'other_no_correction' && r !== 'other_no_fee')
  );
  // The 2019 format's single （六）其他处理 row takes the weight of all three.
  const weights = rows.map((r) => (format === 2019 && r === 'other_misc' ? 0.077 : (LEAF_WEIGHTS[r] ?? 0)));
  return { rows, weights };
}

export function initialState(rng: Random, profile: Profile): BodyState {
  const p = PROFILES[profile];
  const carried =
    profile === 'township' || rng.chance(p.noApplications) ? 0 : rng.skewed(0, Math.ceil(p.applications[1] / 25));
  return {
    carriedOut: rng.split(carried, APPLICANT_WEIGHTS, 0.2),
    rulesInForce: p.makesRules ? rng.int(40, 90) : 0,
    normativeInForce: rng.int(p.normativeIssued[0] * 3, p.normativeIssued[1] * 6),
    f19RulesTotal: p.makesRules ? rng.int(40, 90) : 0,
    f19NormativeTotal: rng.int(p.normativeIssued[0] * 3, p.normativeIssued[1] * 6),
    f19Items: {
      permit: rng.int(p.items[0], p.items[1]),
      services: rng.int(0, Math.ceil(p.items[1] / 4)),
      penalty: rng.int(p.items[0], p.items[1]) * 2,
      coercion: rng.int(0, Math.ceil(p.items[1] / 10)),
      fee: rng.int(0, Math.ceil(p.items[1] / 20))
    }
  };
}

function zeroTemplate(format: FormatVersion): Float64Array {
  const out = new Float64Array(NUMBER_COLUMN_NAMES.length).fill(NaN);
  for (const c of numberColumnsOfFormat(format)) out[columnIndex(c.name)] = 0;
  return out;
}
const ZEROS: Readonly<Record<FormatVersion, Float64Array>> = { 2019: zeroTemplate(2019), 2021: zeroTemplate(2021) };

/** Zeros in every column of the format, NULL elsewhere. */
export function zeroNumbers(format: FormatVersion): RawNumbers {
  return ZEROS[format].slice();
}

/** Column positions of each section 三 row: the six applicants, then 总计. */
const ROW_INDEX = new Map(
  APPLICATION_ROWS.map((r) => [r.id, APPLICANTS.map((a) => columnIndex(appColumn(r.id, a.id)))] as const)
);

function setRow(n: RawNumbers, row: ApplicationRowId, values: readonly number[]): void {
  const at = ROW_INDEX.get(row) ?? [];
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    n[at[i]] = values[i];
    total += values[i];
  }
  n[at[values.length]] = total;
}

function range(rng: Random, r: Range, power = 2): number {
  return rng.skewed(r[0], r[1], power);
}

/**
 * One year's numbers of one body; updates `state` for the next year. `closing`: the body's last year
 * before its unit was absorbed: it carries nothing over.
 */
export function bodyNumbers(
  rng: Random,
  profile: Profile,
  year: number,
  state: BodyState,
  closing: boolean
): RawNumbers {
  const p = PROFILES[profile];
  const format: FormatVersion = year >= 2021 ? 2021 : 2019;
  const n = zeroNumbers(format);

  // Section 三: applications, per applicant column.
  const fresh = rng.chance(p.noApplications) ? 0 : range(rng, p.applications);
  const newByApplicant = rng.split(fresh, APPLICANT_WEIGHTS, 0.3);
  const carriedIn = state.carriedOut;
  const carryShare = profile === 'township' || closing ? 0 : 0.02 + rng.next() * 0.04;
  const { rows, weights } = leafWeights(format);
  const leafColumns = rows.map(() => new Array<number>(APPLICANT_IDS.length).fill(0));
  const carriedOut = APPLICANT_IDS.map((_, i) => {
    const available = newByApplicant[i] + carriedIn[i];
    const out = Math.min(available, Math.floor(available * carryShare + rng.next()));
    rng.split(available - out, weights, 0.5).forEach((v, k) => (leafColumns[k][i] = v));
    return out;
  });
  setRow(n, 'new', newByApplicant);
  setRow(n, 'carried_in', carriedIn);
  rows.forEach((r, k) => setRow(n, r, leafColumns[k]));
  const outcomeTotals = APPLICANT_IDS.map((_, i) => leafColumns.reduce((s, col) => s + col[i], 0));
  setRow(n, 'outcome_total', outcomeTotals);
  setRow(n, 'carried_out', carriedOut);
  state.carriedOut = carriedOut;

  // Section 四: review and litigation; about half upheld, ~12% corrected, litigation rarely corrected.
  const groups: Record<string, { total: number; weights: number[] }> = {
    review: { total: range(rng, p.reviews, 3), weights: [0.5, 0.12, 0.2, 0.18] },
    suit_direct: { total: range(rng, p.suits, 3), weights: [0.6, 0.03, 0.22, 0.15] },
    suit_after_review: { total: range(rng, [0, Math.ceil(p.suits[1] / 2)], 3), weights: [0.6, 0.03, 0.22, 0.15] }
  };
  for (const g of REVIEW_GROUPS) {
    const { total, weights: w } = groups[g.id];
    const parts = rng.split(total, w, 0.5);
    REVIEW_OUTCOMES.filter((o) => o.id !== 'total').forEach((o, i) => setRaw(n, reviewColumn(g.id, o.id), parts[i]));
    setRaw(n, reviewColumn(g.id, 'total'), total);
  }

  // Section 二.
  setRaw(n, 'permits', range(rng, p.permits));
  setRaw(n, 'penalties', range(rng, p.penalties));
  setRaw(n, 'coercions', range(rng, p.coercions));
  const issued = range(rng, p.normativeIssued, 1.5);
  if (format === 2021) {
    const repealed = Math.min(state.normativeInForce + issued, rng.skewed(0, Math.ceil(issued / 2) + 1));
    state.normativeInForce += issued - repealed;
    setRaw(n, 'normative_issued', issued);
    setRaw(n, 'normative_repealed', repealed);
    setRaw(n, 'normative_in_force', state.normativeInForce);
    if (p.makesRules) {
      const rIssued = rng.int(1, 4);
      const rRepealed = rng.int(0, 2);
      state.rulesInForce += rIssued - rRepealed;
      setRaw(n, 'rules_issued', rIssued);
      setRaw(n, 'rules_repealed', rRepealed);
      setRaw(n, 'rules_in_force', state.rulesInForce);
    }
    setRaw(n, 'fees_wan', range(rng, p.feesYuan)); // yuan until the record is built
  } else {
    state.f19NormativeTotal += issued;
    setRaw(n, 'f19_normative_made', issued);
    setRaw(n, 'f19_normative_published', issued);
    setRaw(n, 'f19_normative_total', state.f19NormativeTotal);
    if (p.makesRules) {
      const made = rng.int(1, 5);
      state.f19RulesTotal += made;
      setRaw(n, 'f19_rules_made', made);
      setRaw(n, 'f19_rules_published', made);
      setRaw(n, 'f19_rules_total', state.f19RulesTotal);
    }
    const items = state.f19Items;
    const pairs = [
      ['permit', 'f19_permit_items', 'f19_permit_items_change'],
      ['services', 'f19_services_items', 'f19_services_items_change'],
      ['penalty', 'f19_penalty_items', 'f19_penalty_items_change'],
      ['coercion', 'f19_coercion_items', 'f19_coercion_items_change'],
      ['fee', 'f19_fee_items', 'f19_fee_items_change']
    ] as const;
    for (const [key, itemsCol, changeCol] of pairs) {
      // 本年增/减 may be negative, but never below zero items.
      const change = Math.max(-items[key], rng.int(-Math.ceil(items[key] / 10) - 1, Math.ceil(items[key] / 8) + 1));
      setRaw(n, itemsCol, items[key]);
      setRaw(n, changeCol, change);
      items[key] += change;
    }
    setRaw(n, 'f19_services_decisions', range(rng, [0, p.permits[1] / 4]));
    const projects = profile === 'township' ? 0 : rng.skewed(0, 30);
    setRaw(n, 'f19_procurement_projects', projects);
    setRaw(
      n,
      'f19_procurement_amount',
      projects === 0 ? 0 : projects * rng.int(20_000, 800_000) * 100 + rng.int(0, 99)
    ); // cents
  }
  return n;
}

/** Element-wise sum (NULL + NULL = NULL): a government's jurisdiction report sums its area. */
export function addNumbers(into: RawNumbers, add: RawNumbers): void {
  for (let i = 0; i < into.length; i++) {
    const b = add[i];
    if (Number.isNaN(b)) continue;
    const a = into[i];
    into[i] = Number.isNaN(a) ? b : a + b;
  }
}

/** NULL in every column: the start of a sum. */
export function emptyNumbers(): RawNumbers {
  return new Float64Array(NUMBER_COLUMN_NAMES.length).fill(NaN);
}

/** A local binding: a module namespace getter per access is measurable over 100,000 reports. */
const NAMES: readonly string[] = NUMBER_COLUMN_NAMES;
const FEES = columnIndex('fees_wan');
const PROCUREMENT = columnIndex('f19_procurement_amount');

type NumbersRecord = Record<string, number | null>;

function finishSlowly(raw: RawNumbers): NumbersRecord {
  const out: NumbersRecord = {};
  for (let i = 0; i < NAMES.length; i++) {
    const v = raw[i];
    out[NAMES[i]] = Number.isNaN(v) ? null : i === FEES ? v / 10_000 : i === PROCUREMENT ? v / 100 : v;
  }
  return out;
}

/**
 * The same as finishSlowly, as one object literal compiled once. Why: adding 228 properties one by one
 * leaves V8 objects in dictionary mode, which at 100,000 reports costs seconds and a gigabyte; a
 * literal gives compact objects. The code is built only from the column dictionary's names. Where
 * `new Function` is not allowed (a strict Content-Security-Policy), the slow path is used.
 */
function compileFinish(): (raw: RawNumbers) => NumbersRecord {
  const value = (i: number) => {
    const scaled = i === FEES ? '/10000' : i === PROCUREMENT ? '/100' : '';
    return `v[${i}]!==v[${i}]?null:v[${i}]${scaled}`;
  };
  const body = `return {${NAMES.map((name, i) => `${JSON.stringify(name)}:${value(i)}`).join(',')}};`;
  try {
    return new Function('v', body) as (raw: RawNumbers) => NumbersRecord;
  } catch {
    return finishSlowly;
  }
}

/** The record's numbers: NaN to NULL, fees from yuan to 万元, procurement from cents to yuan. */
export const finishNumbers: (raw: RawNumbers) => NumbersRecord = compileFinish();

/** Rows of section 三 the 2019 format lacks. */
export const F2021_ONLY_ROWS: readonly ApplicationRowId[] = APPLICATION_ROWS.filter((r) => !r.f2019).map((r) => r.id);
