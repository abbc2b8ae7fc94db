import type { BodyKind, Level, Scope } from '../schema/types';

/** One row of the optional manifest CSV the user passes to the ingest command. Empty cells are absent. */
export interface ManifestRow {
  file: string;
  agency?: string;
  agency_id?: string;
  body_kind?: BodyKind;
  province?: string;
  city?: string;
  county?: string;
  level?: Level;
  scope?: Scope;
  source_url?: string;
  published_date?: string;
}

/** What the parser knows about a report's body before the division table is consulted. */
export interface IdentityInput {
  /** The body's name as printed in the title, whitespace normalised, e.g. 孟津区人力资源和社会保障局. */
  agency: string;
  year: number;
  /** Free text (title and first paragraphs) that may name the body's place, e.g. 洛阳市孟津区. */
  context?: string;
  manifest?: ManifestRow;
}

/** Identity columns resolved from the division table and the manifest. */
export interface ResolvedIdentity {
  agency: string;
  agency_id: string;
  body_kind: BodyKind;
  province: string | null;
  city: string | null;
  county: string | null;
  division_code: string | null;
  division_code_current: string | null;
  level: Level | null;
  scope: Scope;
  source_url: string | null;
  published_date: string | null;
}
