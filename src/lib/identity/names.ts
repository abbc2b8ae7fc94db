/**
 * Body names: cleaning a printed name, expanding the few short forms whose long form is obvious,
 * and telling what kind of body a name (without its place prefix) denotes.
 */
import type { BodyKind } from '../schema/types';
import { nfkc } from '../parser/nfkc';

/** NFKC (full-width and Kangxi radicals), no whitespace, no bracketed notes such as （市科委）. */
export function cleanAgencyName(printed: string): string {
  return nfkc(printed)
    .replace(/\s+/g, '')
    .replace(/\([^()]*\)|【[^【】]*】|〔[^〔〕]*〕/g, '')
    .replace(/^[“”"']+|[“”"']+$/g, '');
}

/**
 * Short forms mapped to the official names. Kept small on purpose: only forms that mean one thing
 * everywhere. Matched against the whole body name (after the place prefix), longest first.
 */
const SHORT_FORMS: Readonly<Record<string, string>> = {
  科委: '科学技术委员会',
  科技委: '科学技术委员会',
  发改委: '发展和改革委员会',
  人社局: '人力资源和社会保障局',
  人社厅: '人力资源和社会保障厅',
  市场监管局: '市场监督管理局',
  住建局: '住房和城乡建设局',
  住建委: '住房和城乡建设委员会',
  卫健委: '卫生健康委员会',
  城管局: '城市管理局',
  管委会: '管理委员会',
  政府: '人民政府',
  政府办: '人民政府办公室',
  政府办公室: '人民政府办公室',
  政府办公厅: '人民政府办公厅'
};

/** Sorted once: the sort measured as a large share of resolving an identity. */
const SHORT_FORMS_LONGEST_FIRST = Object.entries(SHORT_FORMS).sort((a, b) => b[0].length - a[0].length);

/** The body name (what remains after the place prefix) in its official long form. */
export function expandBodyName(body: string): string {
  const direct = SHORT_FORMS[body];
  if (direct) return direct;
  // 市科委 after a stripped or absent place: the level character belongs to the place.
  const levelled = /^[省市区县]/.test(body) ? SHORT_FORMS[body.slice(1)] : undefined;
  if (levelled) return levelled;
  // 管委会办公室 and the like: expand a short form at the start.
  for (const [short, long] of SHORT_FORMS_LONGEST_FIRST) {
    if (body.startsWith(short) && short.length >= 3) return long + body.slice(short.length);
  }
  return body;
}

export interface BodyClass {
  kind: BodyKind;
  /** The canonical body name used in agency_id (人民政府 for a government named only by its place). */
  body: string;
}

const GOVERNMENT = /^(人民政府|管理委员会|行政公署)$/;
const OFFICE = /^(人民政府|管理委员会)?(办公室|办公厅)$/;
const TOWNSHIP = /^(.{1,10}?(?:乡|镇|街道))(人民政府|政府|办事处|街道办事处)?$/;
/** Courts, procuratorates, congresses, party organs: they report too, but are not government bodies. */
const NOT_GOVERNMENT =
  /(人民法院|人民检察院|人民代表大会|人大常委会|政协|党校|纪律检查委员会|纪委|监察委员会|中国共产党|党委|委员会办公室党组)/;
const DEPARTMENT = /(局|委员会|委|办公室|办|中心|厅|署|处|队|所|站|院|馆|会)$/;

/**
 * What kind of body the name denotes, given the name with its place prefix removed (and short forms
 * expanded). `zone` says the place is a functional zone, whose government is its 管理委员会.
 */
export function classifyBody(body: string, zone: boolean): BodyClass {
  if (body === '') return { kind: 'government', body: zone ? '管理委员会' : '人民政府' };
  if (GOVERNMENT.test(body)) return { kind: 'government', body };
  const office = OFFICE.exec(body);
  if (office) return { kind: 'office', body: `${office[1] ?? (zone ? '管理委员会' : '人民政府')}${office[2]}` };
  const township = TOWNSHIP.exec(body);
  if (township) {
    const place = township[1];
    return { kind: 'township', body: `${place}${place.endsWith('街道') ? '办事处' : '人民政府'}` };
  }
  if (NOT_GOVERNMENT.test(body)) return { kind: 'other', body };
  if (DEPARTMENT.test(body)) return { kind: 'department', body };
  return { kind: 'other', body };
}
