/**
 * The coverage grid: which body reported in which year, which years are missing, and how late each
 * report was published. Pure: rows of `reports` in, grid and per-district summaries out.
 *
 * A body is expected to report in every year from its first report in the selection to the last
 * year of the selection. A body whose latest report was filed under a division that no longer
 * exists (division_code ≠ division_code_current, e.g. 吉利区 merged into 孟津区 in 2021) and that
 * never reported under the current code was dissolved: it is expected only up to its last report.
 */
import type { BodyKind } from '../schema/types';
import { timeliness } from './deadline';

/** One report, as the coverage query returns it. */
export type CoverageReport = {
  agency_id: string;
  agency: string;
  body_kind: BodyKind;
  /** County-level unit today, or null for a city- or province-level body. */
  county: string | null;
  city: string | null;
  province: string | null;
  division_code: string | null;
  division_code_current: string | null;
  year: number;
  published_date: string | null;
};

export type CellStatus = 'on_time' | 'late' | 'unknown_date' | 'missing' | 'not_expected';

export type CoverageCell = {
  year: number;
  status: CellStatus;
  /** Days after the deadline (late cells only). */
  daysLate: number | null;
  published: string | null;
  deadline: string | null;
  /** Reports of the body that year (a government may file one per scope). */
  reports: number;
};

export type CoverageBody = {
  agencyId: string;
  /** The latest name. */
  agency: string;
  district: string;
  /** True when the body sits above county level (its district is its city or province). */
  aboveCounty: boolean;
  dissolved: boolean;
  cells: CoverageCell[];
};

export type DistrictSummary = {
  district: string;
  aboveCounty: boolean;
  bodies: number;
  /** Body-years expected (cells not `not_expected`). */
  expected: number;
  reported: number;
  missing: number;
  late: number;
  unknownDate: number;
  /** Largest delay in days among late reports, or null when none was late. */
  maxDaysLate: number | null;
};

export type CoverageGrid = {
  years: number[];
  bodies: CoverageBody[];
  districts: DistrictSummary[];
};

function districtOf(r: CoverageReport): { district: string; aboveCounty: boolean } {
  if (r.county) return { district: r.county, aboveCounty: false };
  return { district: r.city ?? r.province ?? '', aboveCounty: true };
}

/** The report that decides a cell: the earliest published (a missing date counts as unknown, last). */
function decisive(reports: readonly CoverageReport[]): CoverageReport {
  return [...reports].sort((a, b) => (a.published_date ?? '9999').localeCompare(b.published_date ?? '9999'))[0];
}

function cellOf(year: number, reports: readonly CoverageReport[], expected: boolean): CoverageCell {
  if (reports.length === 0) {
    return {
      year,
      status: expected ? 'missing' : 'not_expected',
      daysLate: null,
      published: null,
      deadline: null,
      reports: 0
    };
  }
  const r = decisive(reports);
  const t = timeliness(year, r.body_kind, r.published_date);
  const status: CellStatus = t.status === 'unknown' ? 'unknown_date' : t.status;
  return {
    year,
    status,
    daysLate: t.status === 'late' ? t.daysLate : null,
    published: r.published_date,
    deadline: t.deadline,
    reports: reports.length
  };
}

export function buildCoverage(reports: readonly CoverageReport[]): CoverageGrid {
  const years = [...new Set(reports.map((r) => r.year))].sort((a, b) => a - b);
  const lastYear = years.at(-1) ?? 0;
  const byBody = new Map<string, CoverageReport[]>();
  for (const r of reports) {
    const list = byBody.get(r.agency_id);
    if (list) list.push(r);
    else byBody.set(r.agency_id, [r]);
  }

  const bodies: CoverageBody[] = [];
  for (const [agencyId, list] of byBody) {
    const sorted = [...list].sort((a, b) => a.year - b.year);
    const first = sorted[0];
    const latest = sorted[sorted.length - 1];
    const dissolved =
      latest.division_code !== null &&
      latest.division_code_current !== null &&
      latest.division_code !== latest.division_code_current &&
      !sorted.some((r) => r.division_code === r.division_code_current);
    const until = dissolved ? latest.year : lastYear;
    // The district and name of the latest report: where the body sits today.
    const { district, aboveCounty } = districtOf(latest);
    bodies.push({
      agencyId,
      agency: latest.agency,
      district,
      aboveCounty,
      dissolved,
      cells: years.map((y) =>
        cellOf(
          y,
          sorted.filter((r) => r.year === y),
          y >= first.year && y <= until
        )
      )
    });
  }
  // City- and province-level bodies first, then each district's bodies, by name.
  bodies.sort(
    (a, b) =>
      Number(b.aboveCounty) - Number(a.aboveCounty) ||
      a.district.localeCompare(b.district, 'zh-CN') ||
      a.agency.localeCompare(b.agency, 'zh-CN')
  );

  return { years, bodies, districts: summarise(bodies) };
}

function summarise(bodies: readonly CoverageBody[]): DistrictSummary[] {
  const out = new Map<string, DistrictSummary>();
  for (const body of bodies) {
    const key = `${body.aboveCounty ? 1 : 0}\u0000${body.district}`;
    let s = out.get(key);
    if (!s) {
      s = {
        district: body.district,
        aboveCounty: body.aboveCounty,
        bodies: 0,
        expected: 0,
        reported: 0,
        missing: 0,
        late: 0,
        unknownDate: 0,
        maxDaysLate: null
      };
      out.set(key, s);
    }
    s.bodies += 1;
    for (const c of body.cells) {
      if (c.status === 'not_expected') continue;
      s.expected += 1;
      if (c.status === 'missing') {
        s.missing += 1;
        continue;
      }
      s.reported += 1;
      if (c.status === 'unknown_date') s.unknownDate += 1;
      if (c.status === 'late' && c.daysLate !== null) {
        s.late += 1;
        s.maxDaysLate = Math.max(s.maxDaysLate ?? 0, c.daysLate);
      }
    }
  }
  return [...out.values()];
}
