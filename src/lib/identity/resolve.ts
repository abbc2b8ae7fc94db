/**
 * Who published a report: region, division codes (then and now), level, kind of body, scope and a
 * stable agency_id, from the printed name and some context text. Every field a manifest row sets
 * overrides the guess.
 */
import type { BodyKind, Level, Scope } from '../schema/types';
import { currentCode, divisionByCode, type Division } from './divisions';
import { classifyBody, cleanAgencyName, expandBodyName } from './names';
import { chainsInText, matchPrefix, narrowByContext, preferValid, type Chain } from './places';
import type { IdentityInput, ManifestRow, ResolvedIdentity } from './types';

/** Province-level cities: their own bodies are `province`, their districts' bodies `county`. */
const MUNICIPALITIES = new Set(['110000', '120000', '310000', '500000']);

/** Bodies of the central government, recognised by name when no place is named. */
const NATIONAL = /^(国务院|国家|中华人民共和国|中国人民银行|海关总署|审计署)|部$/;

/**
 * Phrases saying a government's report sums its whole area (平潭: 汇总…各有关单位, 我区各级单位,
 * 全区共收到…申请). Without one the scope stays `agency`: a wrong `jurisdiction` would double-count.
 */
const JURISDICTION_SIGNALS: readonly RegExp[] = [
  /汇总[^。；]{0,30}(各有关单位|各单位|各部门|各级)/,
  /(各有关单位|各单位|各部门)[^。；]{0,20}汇总/,
  /[全我](区|市|县|省|州|旗)[^，。；]{0,12}(各级单位|各有关单位|各单位|政府信息公开单位|各地各部门)/,
  /全(区|市|县|省|州|旗)(共|累计)?(收到|受理|接收|办理)[^。；]{0,12}申请/,
  /全(区|市|县|省|州|旗)汇总/
];

export function hasJurisdictionSignal(text: string): boolean {
  return JURISDICTION_SIGNALS.some((r) => r.test(text));
}

/** The place a body belongs to: one chain, or only the ancestors all candidate chains share. */
interface Place {
  province: Division | null;
  city: Division | null;
  /** The smallest division that is certain; null when even the province is uncertain. */
  smallest: Division | null;
}

function commonPlace(chains: Chain[]): Place {
  if (chains.length === 0) return { province: null, city: null, smallest: null };
  const lasts = chains.map((c) => c[c.length - 1]);
  if (new Set(lasts.map((d) => `${d.code}|${d.name}`)).size === 1) {
    const d = lasts[0];
    const province = divisionByCode(d.provinceCode) ?? null;
    const city = d.level === 'city' ? d : d.cityCode ? (divisionByCode(d.cityCode) ?? null) : null;
    return { province, city, smallest: d };
  }
  // Several places fit: keep what they share, leave the rest NULL rather than guess.
  const provinces = new Set(lasts.map((d) => d.provinceCode));
  const province = provinces.size === 1 ? (divisionByCode(lasts[0].provinceCode) ?? null) : null;
  const cities = new Set(lasts.map((d) => (d.level === 'city' ? d.code : d.cityCode)));
  const cityCode = cities.size === 1 ? [...cities][0] : null;
  const city = cityCode ? (divisionByCode(cityCode) ?? null) : null;
  return { province, city, smallest: null };
}

/** The code that names the body in agency_id: the successor when the body carried on there. */
function idCode(d: Division): string {
  return d.successor && d.continues ? currentCode(d.successor) : d.code;
}

/** The place named by the manifest's province/city/county cells, when they name one unambiguously. */
function manifestChains(m: ManifestRow | undefined, year: number): Chain[] {
  if (!m || (!m.province && !m.city && !m.county)) return [];
  const parts = [m.province, m.city !== m.province ? m.city : undefined, m.county].filter((p): p is string => !!p);
  const match = matchPrefix(parts.join(''));
  return match.rest === '' ? preferValid(match.chains, year) : [];
}

interface Guess {
  place: Place;
  bodyKind: BodyKind;
  body: string;
  /** The place is a functional zone (its government is a 管委会). */
  zone: boolean;
}

/**
 * `context` is called only when the name leaves the place open (no place, or several): cleaning two
 * thousand characters of context measured as most of resolving an identity that never needed it.
 */
function guess(name: string, year: number, context: () => string, manifest: ManifestRow | undefined): Guess {
  const prefix = matchPrefix(name);
  let chains = preferValid(prefix.chains, year);
  if (chains.length === 0 && prefix.rest === name) {
    // No place in the name (市科委, 人力资源和社会保障局): take the place the context names, if one.
    chains = preferValid(deepestChains(chainsInText(context())), year);
  }
  if (chains.length > 1) chains = narrowByContext(chains, context());
  const fromManifest = manifestChains(manifest, year);
  if (fromManifest.length > 0) chains = fromManifest;
  const place = commonPlace(chains);
  const zone = place.smallest?.zone ?? false;
  const cls = classifyBody(expandBodyName(prefix.rest), zone);
  return { place, bodyKind: cls.kind, body: cls.body, zone };
}

/** The chains that reach deepest; several only when they disagree. */
function deepestChains(chains: Chain[]): Chain[] {
  const depth = (c: Chain) => ['province', 'city', 'county'].indexOf(c[c.length - 1].level) + c.length / 10;
  const best = Math.max(-1, ...chains.map(depth));
  const deepest = chains.filter((c) => depth(c) === best);
  const codes = new Set(deepest.map((c) => c[c.length - 1].code));
  return codes.size === 1 ? [deepest[0]] : deepest;
}

function levelOf(g: Guess, name: string): Level | null {
  if (g.bodyKind === 'township') return 'township';
  const d = g.place.smallest;
  if (d) return d.bodyLevel;
  if (!g.place.province && NATIONAL.test(name)) return 'national';
  return null;
}

export function resolveIdentity(input: IdentityInput): ResolvedIdentity {
  const m = input.manifest;
  const agency = (m?.agency ?? input.agency).replace(/\s+/g, ' ').trim();
  const name = cleanAgencyName(agency);
  let cleanContext: string | null = null;
  const context = (): string => (cleanContext ??= cleanAgencyName(input.context ?? ''));
  const g = guess(name, input.year, context, m);
  const d = g.place.smallest;
  const municipality = g.place.province && MUNICIPALITIES.has(g.place.province.code) ? g.place.province : null;
  const level = levelOf(g, name);

  const province = g.place.province?.officialName ?? null;
  const city = municipality?.officialName ?? g.place.city?.officialName ?? null;
  const county = d && d.level === 'county' && d.bodyLevel === 'county' ? d.officialName : null;
  const bodyKind = m?.body_kind ?? g.bodyKind;
  const scope: Scope =
    m?.scope ??
    (bodyKind === 'government' && hasJurisdictionSignal(`${agency} ${input.context ?? ''}`)
      ? 'jurisdiction'
      : 'agency');

  return {
    agency,
    agency_id: m?.agency_id ?? (d ? `${idCode(d)}-${g.body}` : name),
    body_kind: bodyKind,
    province: m?.province ?? province,
    city: m?.city ?? city,
    county: m?.county ?? county,
    division_code: d?.code ?? null,
    division_code_current: d ? currentCode(d.code) : null,
    level: m?.level ?? level,
    scope,
    source_url: m?.source_url ?? null,
    published_date: m?.published_date ?? null
  };
}
