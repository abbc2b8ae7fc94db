/**
 * Filters ⇄ URL query string. Only what the user chose is written (defaults are absent), with
 * short stable keys; anything unknown or malformed in a URL is ignored rather than trusted.
 */
import type { BodyKind, Level, Origin, Scope } from '../schema/types';
import { NO_FILTERS, type Filters } from './types';

export const LEVELS: readonly Level[] = ['national', 'province', 'city', 'county', 'township'];
export const SCOPES: readonly Scope[] = ['agency', 'jurisdiction'];
export const BODY_KINDS: readonly BodyKind[] = ['government', 'office', 'department', 'township', 'other'];
export const ORIGINS: readonly Origin[] = ['real', 'demo'];

/** The keys this codec owns; every other key in a URL belongs to a view and is kept. */
export const FILTER_KEYS = ['y', 'prov', 'city', 'county', 'level', 'scope', 'kind', 'origin', 'q'] as const;

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;
const MAX_TEXT = 100;

function parseYear(text: string): number | null {
  if (!/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}

/** `2023`, `2021-2023`, `2021-` (from) or `-2023` (up to); a reversed range is put in order. */
function parseYears(text: string | null): Pick<Filters, 'yearFrom' | 'yearTo'> {
  const none = { yearFrom: null, yearTo: null };
  if (text === null) return none;
  const m = /^(\d{4})?(-)?(\d{4})?$/.exec(text.trim());
  if (!m || (!m[1] && !m[3])) return none;
  const from = m[1] ? parseYear(m[1]) : null;
  const to = m[3] ? parseYear(m[3]) : null;
  if ((m[1] && from === null) || (m[3] && to === null)) return none;
  if (!m[2]) return { yearFrom: from, yearTo: from };
  if (from !== null && to !== null && from > to) return { yearFrom: to, yearTo: from };
  return { yearFrom: from, yearTo: to };
}

function formatYears(f: Filters): string | null {
  const { yearFrom: from, yearTo: to } = f;
  if (from === null && to === null) return null;
  if (from !== null && from === to) return String(from);
  return `${from ?? ''}-${to ?? ''}`;
}

function parseText(text: string | null): string | null {
  const t = text?.trim() ?? '';
  return t === '' || t.length > MAX_TEXT ? null : t;
}

/** Comma-separated values kept only if known, de-duplicated, in the vocabulary's order. */
function parseList<T extends string>(text: string | null, vocabulary: readonly T[]): T[] {
  if (text === null) return [];
  const given = new Set(text.split(',').map((v) => v.trim()));
  return vocabulary.filter((v) => given.has(v));
}

function formatList<T extends string>(values: readonly T[], vocabulary: readonly T[]): string | null {
  const kept = vocabulary.filter((v) => values.includes(v));
  return kept.length === 0 ? null : kept.join(',');
}

export function filtersFromSearchParams(p: URLSearchParams): Filters {
  return {
    ...NO_FILTERS,
    ...parseYears(p.get('y')),
    province: parseText(p.get('prov')),
    city: parseText(p.get('city')),
    county: parseText(p.get('county')),
    levels: parseList(p.get('level'), LEVELS),
    scopes: parseList(p.get('scope'), SCOPES),
    bodyKinds: parseList(p.get('kind'), BODY_KINDS),
    origins: parseList(p.get('origin'), ORIGINS),
    q: parseText(p.get('q')) ?? ''
  };
}

/**
 * The query string for `f`: the entries of `keep` that are not filter keys (a view's own keys such
 * as `by` or `metric`), then the filters that differ from the defaults, in a fixed key order.
 */
export function filtersToSearchParams(f: Filters, keep?: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  const own = new Set<string>(FILTER_KEYS);
  for (const [key, value] of keep ?? []) if (!own.has(key)) out.append(key, value);
  const values: Record<(typeof FILTER_KEYS)[number], string | null> = {
    y: formatYears(f),
    prov: parseText(f.province),
    city: parseText(f.city),
    county: parseText(f.county),
    level: formatList(f.levels, LEVELS),
    scope: formatList(f.scopes, SCOPES),
    kind: formatList(f.bodyKinds, BODY_KINDS),
    origin: formatList(f.origins, ORIGINS),
    q: parseText(f.q)
  };
  for (const key of FILTER_KEYS) {
    const value = values[key];
    if (value !== null) out.set(key, value);
  }
  return out;
}
