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

/** Every marker as one alternation (group k is marker k), so the text is scanned once, not 16 times. */
const ALL_MARKERS = new RegExp([...MARKERS_2021, ...MARKERS_2019].map((m) => `(${m.source})`).join('|'), 'g');

/** `tables` is the text of the table regions with whitespace removed. */
export function detectFormat(tables: string): FormatGuess {
  const seen = new Array<boolean>(MARKERS_2021.length + MARKERS_2019.length).fill(false);
  ALL_MARKERS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ALL_MARKERS.exec(tables)) !== null) {
    let k = 1;
    while (m[k] === undefined) k++;
    seen[k - 1] = true;
    // Overlapping markers (政府集中采购总金额) are each counted: go on from the next character.
    ALL_MARKERS.lastIndex = m.index + 1;
  }
  let count2021 = 0;
  let count2019 = 0;
  seen.forEach((s, i) => {
    if (s && i < MARKERS_2021.length) count2021++;
    else if (s) count2019++;
  });
  return {
    format: count2019 > count2021 ? 2019 : 2021,
    count2021,
    count2019,
    mixed: count2021 >= MIXED_MIN && count2019 >= MIXED_MIN
  };
}
