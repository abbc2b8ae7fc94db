/**
 * The planted violations of the demo data: everything else in it honours the consistency rules.
 * docs/demo-data.md lists the same; tests/unit/demo compare the checks' findings with `expectedFindings`.
 *
 * 1. balance       2022 洛龙区市场监督管理局: 3 more 自然人 new applications than the outcomes account for
 *                  (balance error in the 自然人 and 总计 columns).
 * 2. carry_over    2023 西工区人民政府办公室: 上年结转 2 higher than its 2022 结转下年度 (自然人 and 总计);
 *                  the extra 2 are counted as 予以公开, so the report itself balances.
 * 3. rules_level   2022 栾川县自然资源局: 规章 本年制发 1 from a county department.
 * 4. near_duplicate In 2023 one county department copies the narrative of the same kind of department
 *                  of another county (its own name filled in): one finding on each of the two reports.
 *                  The pair is the first two bodies of one kind (人社局, then 教育局, …) with no
 *                  applications, review or litigation that year, so the copied prose still matches
 *                  the copier's tables (seed 1: 新安县 and 宜阳县人力资源和社会保障局).
 * 5. near_duplicate One county department repeats its 2023 narrative in 2024 with only the year
 *                  changed: the first such body with no applications, review or litigation in both
 *                  years (seed 1: see docs/demo-data.md). One finding, on the 2024 report.
 * 6. missing       汝阳县综合行政执法局 published no report for 2021 (no finding: nothing to compare).
 * 7. late          published after the deadline: 2020 嵩县人民政府 (2021-05-18), 2023 洛宁县教育局
 *                  (2024-03-15), 2024 涧西区湖北路街道办事处 (2025-04-02). No finding: dates are not checked.
 */
import { appColumn } from '../schema/columns';
import { getRaw, setRaw, type RawNumbers } from './numbers';

export interface PlantedChange {
  /** Body key (bodies.ts) and year. */
  body: string;
  year: number;
  apply(n: RawNumbers): void;
}

function add(n: RawNumbers, column: string, by: number): void {
  setRaw(n, column, (getRaw(n, column) ?? 0) + by);
}

export const PLANTED_NUMBER_CHANGES: readonly PlantedChange[] = [
  {
    body: '洛龙区/市场监管',
    year: 2022,
    apply: (n) => {
      add(n, appColumn('new', 'natural'), 3);
      add(n, appColumn('new', 'total'), 3);
    }
  },
  {
    body: '西工区/政府办',
    year: 2023,
    apply: (n) => {
      for (const a of ['natural', 'total'] as const) {
        add(n, appColumn('carried_in', a), 2);
        add(n, appColumn('granted', a), 2);
        add(n, appColumn('outcome_total', a), 2);
      }
    }
  },
  {
    body: '栾川县/自然资源',
    year: 2022,
    apply: (n) => {
      setRaw(n, 'rules_issued', 1);
    }
  }
];

/** Body kinds tried, in order, for the planted narrative copies. */
export const COPY_PROFILES = ['hr', 'education', 'land', 'department', 'market', 'enforcement', 'police'] as const;
export const COPY_PAIR_YEAR = 2023;
export const COPY_REPEAT_YEAR = 2024;

/** A narrative written from another report's sentence choices: `body`/`year` copies `from`/`fromYear`. */
export interface PlantedCopy {
  body: string;
  year: number;
  from: string;
  fromYear: number;
}

export const PLANTED_MISSING: readonly { body: string; year: number }[] = [{ body: '汝阳县/执法', year: 2021 }];

export const PLANTED_LATE: readonly { body: string; year: number; date: string }[] = [
  { body: '嵩县/政府', year: 2020, date: '2021-05-18' },
  { body: '洛宁县/教育', year: 2023, date: '2024-03-15' },
  { body: '涧西区/湖北路街道', year: 2024, date: '2025-04-02' }
];

/** A finding the checks must report on the demo data (and no others). */
export interface ExpectedFinding {
  year: number;
  agency: string;
  rule: string;
  column: string | null;
}

/** The findings planted by the fixed number changes (the copies add theirs once chosen). */
export const EXPECTED_NUMBER_FINDINGS: readonly ExpectedFinding[] = [
  { year: 2022, agency: '洛龙区市场监督管理局', rule: 'balance', column: 'app_new_natural' },
  { year: 2022, agency: '洛龙区市场监督管理局', rule: 'balance', column: 'app_new_total' },
  { year: 2023, agency: '西工区人民政府办公室', rule: 'carry_over', column: 'app_carried_in_natural' },
  { year: 2023, agency: '西工区人民政府办公室', rule: 'carry_over', column: 'app_carried_in_total' },
  { year: 2022, agency: '栾川县自然资源局', rule: 'rules_level', column: 'rules_issued' }
];
