/**
 * The demo's bodies: every county-level unit of 洛阳市 (with the 2021 changes), a realistic set of
 * bodies in each, 洛阳市's own bodies, and fictional extra bodies for `--scale`.
 */

export const DEMO_YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025] as const;

/** What a body's numbers look like (FORMAT.md, "Typical values"). */
export type Profile =
  | 'office'
  | 'hr'
  | 'market'
  | 'enforcement'
  | 'education'
  | 'land'
  | 'police'
  | 'department'
  | 'township'
  | 'city_office'
  | 'city_department'
  /** The units of an area the demo does not list one by one; only summed into its government's report. */
  | 'area_rest'
  | 'city_rest';

export interface DemoUnit {
  /** Stable key: the current name (吉利区 keeps its own). */
  key: string;
  /** The unit's name in a year, or null when it did not exist. */
  nameIn(year: number): string | null;
  /** A functional zone: its government is a 管理委员会. */
  zone: boolean;
  /** 区 bodies are 城市管理局, 县/县级市 bodies 综合行政执法局 and 公安局. */
  urban: boolean;
  /** Last year of an absorbed unit (吉利区: 2020): nothing may be carried past it. */
  lastYear: number | null;
  townships: readonly string[];
}

export interface DemoBody {
  /** Stable key for the random streams: the body's identity across renames. */
  key: string;
  /** The printed name in a year, or null when the body did not exist. */
  nameIn(year: number): string | null;
  /** The county-level unit the body belongs to in a year; null for 洛阳市's own bodies. */
  unitIn(year: number): DemoUnit | null;
  profile: Profile;
  /** `government` bodies publish the jurisdiction report: the sum of their area. */
  role: 'member' | 'government';
  /** Published bodies get a report; `area_rest`/`city_rest` blocks are only summed. */
  published: boolean;
  /** Last year of a body that ended (吉利区's): it carries nothing past that year. */
  lastYear: number | null;
}

function unit(
  key: string,
  townships: readonly string[],
  opts: { before?: string; from?: number; to?: number; zone?: boolean } = {}
): DemoUnit {
  return {
    key,
    nameIn: (year) => {
      if (opts.from !== undefined && year < opts.from) return null;
      if (opts.to !== undefined && year > opts.to) return null;
      return opts.before && year < 2021 ? opts.before : key;
    },
    zone: opts.zone ?? false,
    urban: key.endsWith('区') && !opts.zone,
    lastYear: opts.to ?? null,
    townships
  };
}

/** FORMAT.md's 14 units of today, the abolished 吉利区, and the 高新区; townships are real ones. */
export const LUOYANG_UNITS: readonly DemoUnit[] = [
  unit('老城区', ['西关街道', '东南隅街道', '南关街道']),
  unit('西工区', ['王城路街道', '金谷园路街道', '唐宫路街道']),
  unit('瀍河回族区', ['东关街道', '瀍西街道']),
  unit('涧西区', ['湖北路街道', '天津路街道', '长安路街道', '重庆路街道']),
  unit('偃师区', ['首阳山街道', '商城街道', '翟镇镇'], { before: '偃师市' }),
  unit('孟津区', ['城关镇', '会盟镇', '西霞院街道'], { before: '孟津县' }),
  unit('吉利区', ['吉利街道', '河阳街道'], { to: 2020 }),
  unit('洛龙区', ['开元路街道', '关林街道', '龙门石窟街道']),
  unit('新安县', ['汉关街道', '铁门镇', '磁涧镇']),
  unit('栾川县', ['耕莘街道', '赤土店镇', '潭头镇', '合峪镇']),
  unit('嵩县', ['城关镇', '田湖镇', '车村镇']),
  unit('汝阳县', ['城关镇', '上店镇']),
  unit('宜阳县', ['兴宜街道', '柳泉镇', '韩城镇']),
  unit('洛宁县', ['永宁街道', '上戈镇', '河底镇']),
  unit('伊川县', ['城关街道', '鸣皋镇', '白沙镇', '彭婆镇']),
  unit('洛阳高新技术产业开发区', ['辛店街道', '瀛洲街道'], { zone: true })
];

function body(
  key: string,
  u: DemoUnit | null,
  profile: Profile,
  nameIn: (year: number) => string | null,
  opts: { published?: boolean; role?: DemoBody['role'] } = {}
): DemoBody {
  return {
    key,
    nameIn,
    unitIn: () => u,
    profile,
    role: opts.role ?? 'member',
    published: opts.published ?? true,
    lastYear: u?.lastYear ?? null
  };
}

function inUnit(u: DemoUnit, suffix: string): (year: number) => string | null {
  return (year) => {
    const n = u.nameIn(year);
    return n === null ? null : `${n}${suffix}`;
  };
}

/** The bodies of one county-level unit, in a stable order: government, office, departments, townships. */
function unitBodies(u: DemoUnit): DemoBody[] {
  const gov = u.zone ? '管理委员会' : '人民政府';
  const list: DemoBody[] = [
    body(`${u.key}/政府`, u, 'office', inUnit(u, gov), { role: 'government' }),
    body(`${u.key}/政府办`, u, 'office', inUnit(u, `${gov}办公室`)),
    body(`${u.key}/人社`, u, 'hr', inUnit(u, '人力资源和社会保障局')),
    body(`${u.key}/市场监管`, u, 'market', inUnit(u, '市场监督管理局')),
    body(`${u.key}/执法`, u, 'enforcement', inUnit(u, u.urban || u.zone ? '城市管理局' : '综合行政执法局'))
  ];
  if (!u.zone) {
    list.push(
      body(`${u.key}/教育`, u, 'education', inUnit(u, '教育局')),
      body(`${u.key}/自然资源`, u, 'land', inUnit(u, '自然资源局')),
      u.urban
        ? body(`${u.key}/财政`, u, 'department', inUnit(u, '财政局'))
        : body(`${u.key}/公安`, u, 'police', inUnit(u, '公安局'))
    );
  }
  for (const t of u.townships) list.push(townshipBody(u, t));
  return list;
}

/** 吉利区's streets belong to 孟津区 since 2021 and report under it (as new bodies: 吉利区 was absorbed). */
function townshipHost(u: DemoUnit, year: number): DemoUnit | null {
  if (u.lastYear !== null && year > u.lastYear) return LUOYANG_UNITS.find((x) => x.key === '孟津区') ?? null;
  return u;
}

/** `moves`: a real township of 吉利区 that carries on under 孟津区 (fictional ones end with 吉利区). */
function townshipBody(u: DemoUnit, township: string, moves = true): DemoBody {
  const office = township.endsWith('街道') ? '办事处' : '人民政府';
  const host = (year: number) => (moves ? townshipHost(u, year) : u);
  return {
    key: `${u.key}/${township}`,
    nameIn: (year) => {
      const n = host(year)?.nameIn(year);
      return n ? `${n}${township}${office}` : null;
    },
    unitIn: host,
    profile: 'township',
    role: 'member',
    published: true,
    lastYear: moves ? null : u.lastYear
  };
}

/** Departments that extra (scaled) bodies are named after, before fictional townships. */
const EXTRA_DEPARTMENTS = [
  '发展和改革委员会',
  '民政局',
  '司法局',
  '交通运输局',
  '水利局',
  '农业农村局',
  '文化广电和旅游局',
  '卫生健康委员会',
  '应急管理局',
  '审计局',
  '统计局',
  '医疗保障局',
  '退役军人事务局',
  '商务局',
  '住房和城乡建设局',
  '科学技术局',
  '林业局',
  '信访局',
  '机关事务管理局',
  '行政审批服务局'
];

/** Characters for fictional township names (two of them, then 镇/乡/街道). */
const SYLLABLES = '东西南北安平和兴新丰乐康宁泰福顺庆永长昌华盛阳川山河林泉石桥岭沟湾坡营庄寨屯'.split('');

function extraNames(count: number): string[] {
  const out: string[] = [...EXTRA_DEPARTMENTS];
  const suffixes = ['镇', '乡', '街道'];
  for (let i = 0; out.length < count; i++) {
    const a = SYLLABLES[i % SYLLABLES.length];
    const b = SYLLABLES[Math.floor(i / SYLLABLES.length) % SYLLABLES.length];
    const suffix = suffixes[Math.floor(i / (SYLLABLES.length * SYLLABLES.length)) % suffixes.length];
    if (a === b) continue;
    out.push(`${a}${b}${suffix}`);
  }
  return out.slice(0, count);
}

/** Fictional bodies added to a unit by `scale`: more departments, then made-up townships. */
function extraBodies(u: DemoUnit, count: number): DemoBody[] {
  const taken = new Set(u.townships);
  const names = extraNames(count + taken.size)
    .filter((n) => !taken.has(n))
    .slice(0, count);
  return names.map((n) =>
    EXTRA_DEPARTMENTS.includes(n) ? body(`${u.key}/+${n}`, u, 'department', inUnit(u, n)) : townshipBody(u, n, false)
  );
}

export const CITY = '洛阳市';

function cityBodies(): DemoBody[] {
  const fixed = (suffix: string) => () => `${CITY}${suffix}`;
  return [
    body('洛阳市/政府', null, 'city_office', fixed('人民政府'), { role: 'government' }),
    body('洛阳市/政府办', null, 'city_office', fixed('人民政府办公室')),
    body('洛阳市/人社', null, 'city_department', fixed('人力资源和社会保障局')),
    body('洛阳市/市场监管', null, 'city_department', fixed('市场监督管理局')),
    body('洛阳市/教育', null, 'city_department', fixed('教育局')),
    body('洛阳市/自然资源', null, 'city_department', fixed('自然资源和规划局')),
    body('洛阳市/生态环境', null, 'city_department', fixed('生态环境局')),
    body('洛阳市/公安', null, 'city_department', fixed('公安局')),
    body('洛阳市/其余单位', null, 'city_rest', fixed('其余单位'), { published: false })
  ];
}

/**
 * Every demo body, in a stable order: 洛阳市's own, then each unit's (government first). `scale`
 * multiplies each unit's published bodies with fictional extra departments and townships.
 */
export function demoBodies(scale: number): DemoBody[] {
  const out = cityBodies();
  for (const u of LUOYANG_UNITS) {
    const own = unitBodies(u);
    const extra = Math.round((own.length - 1) * (scale - 1));
    out.push(...own, ...extraBodies(u, extra));
    out.push(body(`${u.key}/其余单位`, u, 'area_rest', inUnit(u, '其余单位'), { published: false }));
  }
  return out;
}
