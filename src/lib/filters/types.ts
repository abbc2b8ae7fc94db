import type { BodyKind, Level, Origin, Scope } from '../schema/types';

/**
 * The global filters every view shares. Only what the user chose is stored (and put in the URL);
 * empty arrays and nulls mean "no restriction".
 */
export interface Filters {
  /** Inclusive year range; a single year is [y, y]. */
  yearFrom: number | null;
  yearTo: number | null;
  province: string | null;
  city: string | null;
  county: string | null;
  levels: Level[];
  scopes: Scope[];
  bodyKinds: BodyKind[];
  origins: Origin[];
  /** Substring search over the body's name. */
  q: string;
}

export const NO_FILTERS: Filters = {
  yearFrom: null,
  yearTo: null,
  province: null,
  city: null,
  county: null,
  levels: [],
  scopes: [],
  bodyKinds: [],
  origins: [],
  q: ''
};
