/** Format version from the table labels, never from the year (FORMAT.md lists the markers). */
import type { FormatVersion } from '../schema/columns';

const MARKERS_2021 = [
  /本年制发件数|本年发件/,
  /本年(?:废止|度止)件数/,
  /现行有效件数/,
  /本年处理决定数量/,
  /本年收费金额/,
  /逾期不补正/,
  /逾期未按收费通知/
];
const MARKERS_2019 = [
  /本年新制作数量/,
  /本年新公开数量/,
  /对外公开总数量/,
  /上一年项目数量/,
  /本年增\/减/,
  /其他对外管理服务事项/,
  /第二十条第\(九\)项/,
  /政府集中采购/,
  /采购总金额/
];

/** Both versions need this many markers for the report to count as mixing them. */
const MIXED_MIN = 2;

export interface FormatGuess {
  format: FormatVersion;
  count2021: number;
  count2019: number;
  mixed: boolean;
}

/** `tables` is the text of the table regions with whitespace removed. */
export function detectFormat(tables: string): FormatGuess {
  const count2021 = MARKERS_2021.filter((m) => m.test(tables)).length;
  const count2019 = MARKERS_2019.filter((m) => m.test(tables)).length;
  return {
    format: count2019 > count2021 ? 2019 : 2021,
    count2021,
    count2019,
    mixed: count2021 >= MIXED_MIN && count2019 >= MIXED_MIN
  };
}
