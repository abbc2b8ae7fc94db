/**
 * The demo dataset: every county-level unit of 洛阳市 and its bodies, 2019–2025, generated from a seed.
 * Pure and deterministic (the same seed and scale give the same bundle), runs in Node and the browser.
 * See docs/demo-data.md for what is in it and planted.ts for the planted violations.
 */
import { checkAcrossReports, checkReport } from '../checks/index';
import type { ExportBundle } from '../export/types';
import { resolveIdentity } from '../identity/resolve';
import type { ResolvedIdentity } from '../identity/types';
import { appColumn, NUMBER_COLUMN_NAMES, reviewColumn } from '../schema/columns';
import type { Finding, Provenance, ReportRecord, SectionText } from '../schema/types';
import { DEMO_YEARS, demoBodies, type DemoBody } from './bodies';
import { writeNarrative, type Narrative, type NarrativeFacts } from './narrative';
import { addNumbers, bodyNumbers, emptyNumbers, finishNumbers, getRaw, initialState, type RawNumbers } from './numbers';
import {
  COPY_PAIR_YEAR,
  COPY_PROFILES,
  COPY_REPEAT_YEAR,
  EXPECTED_NUMBER_FINDINGS,
  PLANTED_LATE,
  PLANTED_MISSING,
  PLANTED_NUMBER_CHANGES,
  type ExpectedFinding,
  type PlantedCopy
} from './planted';
import { Random } from './random';
import { sha256Hex } from './sha256';

export type { ExpectedFinding } from './planted';
export { DEMO_YEARS } from './bodies';

export interface DemoOptions {
  /** Multiplies the bodies of each unit with fictional extra ones (for benchmarks); default 1. */
  scale?: number;
  /** One provenance row per number (about 200 per report); default true. */
  provenance?: boolean;
}

const key = (body: string, year: number) => `${body}@${year}`;

/** The true numbers of every body and year; governments get the sum of their area. */
function trueNumbers(seed: number, bodies: readonly DemoBody[]): Map<string, RawNumbers> {
  const out = new Map<string, RawNumbers>();
  for (const b of bodies) {
    if (b.role === 'government') continue;
    const state = initialState(Random.derive(seed, `${b.key}/init`), b.profile);
    for (const year of DEMO_YEARS) {
      if (b.nameIn(year) === null) continue;
      const rng = Random.derive(seed, `${b.key}/${year}`);
      out.set(key(b.key, year), bodyNumbers(rng, b.profile, year, state, b.lastYear === year));
    }
  }
  for (const year of DEMO_YEARS) {
    const cityTotal = emptyNumbers();
    const units = new Map<string, RawNumbers>();
    for (const b of bodies) {
      const n = out.get(key(b.key, year));
      if (!n || b.role === 'government') continue;
      const u = b.unitIn(year);
      addNumbers(cityTotal, n);
      if (!u) continue;
      let sum = units.get(u.key);
      if (!sum) units.set(u.key, (sum = emptyNumbers()));
      addNumbers(sum, n);
    }
    for (const b of bodies) {
      if (b.role !== 'government' || b.nameIn(year) === null) continue;
      const u = b.unitIn(year);
      out.set(key(b.key, year), u ? (units.get(u.key) ?? emptyNumbers()) : cityTotal);
    }
  }
  return out;
}

/** No applications, carry-over, review or litigation: the prose about them reads the same for any such body. */
function quiet(n: RawNumbers | undefined): boolean {
  if (!n) return false;
  const columns = [
    appColumn('new', 'total'),
    appColumn('carried_in', 'total'),
    appColumn('carried_out', 'total'),
    reviewColumn('review', 'total'),
    reviewColumn('suit_direct', 'total'),
    reviewColumn('suit_after_review', 'total')
  ];
  return columns.every((c) => (getRaw(n, c) ?? 0) === 0);
}

/** Choose the planted narrative copies (planted.ts, items 4 and 5) among bodies quiet in those years. */
function chooseCopies(
  bodies: readonly DemoBody[],
  numbers: Map<string, RawNumbers>,
  exclude: Set<string>
): PlantedCopy[] {
  const candidates = (profile: string, years: readonly number[]) =>
    bodies.filter(
      (b) =>
        b.published &&
        b.role === 'member' &&
        b.profile === profile &&
        !b.key.includes('/+') &&
        !exclude.has(b.key) &&
        years.every((y) => b.nameIn(y) !== null && quiet(numbers.get(key(b.key, y))))
    );
  const out: PlantedCopy[] = [];
  for (const p of COPY_PROFILES) {
    const pair = candidates(p, [COPY_PAIR_YEAR]);
    if (pair.length < 2) continue;
    out.push({ body: pair[1].key, year: COPY_PAIR_YEAR, from: pair[0].key, fromYear: COPY_PAIR_YEAR });
    exclude.add(pair[0].key).add(pair[1].key);
    break;
  }
  for (const p of COPY_PROFILES) {
    const repeat = candidates(p, [COPY_REPEAT_YEAR - 1, COPY_REPEAT_YEAR]);
    if (repeat.length === 0) continue;
    out.push({ body: repeat[0].key, year: COPY_REPEAT_YEAR, from: repeat[0].key, fromYear: COPY_REPEAT_YEAR - 1 });
    break;
  }
  return out;
}

function selfWord(b: DemoBody, name: string, year: number): { self: string; area: string } {
  const u = b.unitIn(year);
  const unitName = u?.nameIn(year) ?? '洛阳市';
  const areaChar = u?.zone ? '区' : unitName.slice(-1);
  const area = `全${areaChar === '县' || areaChar === '区' ? areaChar : '市'}`;
  if (b.role === 'government') return { self: `我${area.slice(1)}`, area };
  if (b.profile === 'township')
    return { self: name.endsWith('办事处') ? '本街道' : name.includes('乡') ? '本乡' : '本镇', area };
  if (b.profile === 'office' || b.profile === 'city_office') return { self: '我办', area };
  return { self: name.endsWith('委员会') ? '我委' : '我局', area };
}

function facts(b: DemoBody, name: string, year: number, n: RawNumbers): NarrativeFacts {
  const v = (c: string) => getRaw(n, c) ?? 0;
  return {
    agency: name,
    ...selfWord(b, name, year),
    year,
    profile: b.profile,
    jurisdiction: b.role === 'government',
    township: b.profile === 'township',
    newApplications: v(appColumn('new', 'total')),
    carriedIn: v(appColumn('carried_in', 'total')),
    carriedOut: v(appColumn('carried_out', 'total')),
    reviews: v(reviewColumn('review', 'total')),
    suits: v(reviewColumn('suit_direct', 'total')) + v(reviewColumn('suit_after_review', 'total'))
  };
}

function isoDate(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/** Departments publish by 31 January, governments by 31 March of the next year. */
function publishedDate(rng: Random, b: DemoBody, year: number): string {
  return b.role === 'government' ? isoDate(year + 1, 2, rng.int(1, 59)) : isoDate(year + 1, 1, rng.int(5, 31));
}

/** The text the hash stands for: what a `demo/<year>/<agency>.txt` file would hold. */
function content(record: ReportRecord, text: Narrative): string {
  const numbers = NUMBER_COLUMN_NAMES.map((c) => record.numbers[c] ?? '').join(',');
  return `${record.agency}${record.year}年政府信息公开工作年度报告\n${text.s1}\n${text.s5}\n${text.s6}\n${numbers}\n`;
}

export function generateDemo(seed: number, options: DemoOptions = {}): ExportBundle {
  return generateDemoWithPlan(seed, options).bundle;
}

/** The bundle and the findings its planted violations must produce (and no others). */
export function generateDemoWithPlan(
  seed: number,
  options: DemoOptions = {}
): { bundle: ExportBundle; expected: ExpectedFinding[] } {
  const scale = Math.max(1, options.scale ?? 1);
  const bodies = demoBodies(scale);
  const numbers = trueNumbers(seed, bodies);
  const plantedBodies = new Set([...PLANTED_NUMBER_CHANGES, ...PLANTED_MISSING, ...PLANTED_LATE].map((c) => c.body));
  const chosenCopies = chooseCopies(bodies, numbers, plantedBodies);
  const nameOf = (body: string, year: number) => bodies.find((b) => b.key === body)?.nameIn(year) ?? body;
  const expected: ExpectedFinding[] = [
    ...EXPECTED_NUMBER_FINDINGS,
    ...chosenCopies.flatMap((c) => {
      const copier = { year: c.year, agency: nameOf(c.body, c.year), rule: 'near_duplicate', column: null };
      // Across bodies both reports get a finding; a repeat of the year before only the later one.
      return c.body === c.from ? [copier] : [copier, { ...copier, agency: nameOf(c.from, c.fromYear) }];
    })
  ];

  const changes = new Map(PLANTED_NUMBER_CHANGES.map((c) => [key(c.body, c.year), c]));
  const copies = new Map(chosenCopies.map((c) => [key(c.body, c.year), c]));
  const late = new Map(PLANTED_LATE.map((c) => [key(c.body, c.year), c.date]));
  const missing = new Set(PLANTED_MISSING.map((c) => key(c.body, c.year)));
  const identities = new Map<string, ResolvedIdentity>();

  const reports: ReportRecord[] = [];
  const sections: SectionText[] = [];
  const prose = new Map<string, string>();
  for (const b of bodies) {
    if (!b.published) continue;
    for (const year of DEMO_YEARS) {
      const name = b.nameIn(year);
      const raw = numbers.get(key(b.key, year));
      if (name === null || !raw || missing.has(key(b.key, year))) continue;
      // Planted errors change what the body published, not its area's sums.
      const published = raw.slice();
      changes.get(key(b.key, year))?.apply(published);

      const era = `${name}|${year < 2021 ? 'old' : 'new'}`;
      let id = identities.get(era);
      if (!id) {
        id = resolveIdentity({
          agency: name,
          year,
          manifest: b.role === 'government' ? { file: '', scope: 'jurisdiction' } : undefined
        });
        identities.set(era, id);
      }
      const copy = copies.get(key(b.key, year));
      const textRng = Random.derive(seed, copy ? `${copy.from}/${copy.fromYear}/text` : `${b.key}/${year}/text`);
      const text = writeNarrative(textRng, facts(b, name, year, published));
      const reportId = `${year}-${id.agency_id}-${id.scope}`;
      const record: ReportRecord = {
        report_id: reportId,
        agency_id: id.agency_id,
        year,
        agency: name,
        body_kind: id.body_kind,
        province: id.province,
        city: id.city,
        county: id.county,
        division_code: id.division_code,
        division_code_current: id.division_code_current,
        level: id.level,
        scope: id.scope,
        format: year >= 2021 ? 2021 : 2019,
        origin: 'demo',
        published_date:
          late.get(key(b.key, year)) ?? publishedDate(Random.derive(seed, `${b.key}/${year}/date`), b, year),
        source: `demo/${year}/${name}.txt`,
        source_url: null,
        source_sha256: '',
        check_errors: 0,
        check_warnings: 0,
        numbers: finishNumbers(published)
      };
      record.source_sha256 = sha256Hex(content(record, text));
      reports.push(record);
      sections.push(
        { report_id: reportId, section: 1, text: text.s1 },
        { report_id: reportId, section: 5, text: text.s5 },
        { report_id: reportId, section: 6, text: text.s6 }
      );
      prose.set(reportId, `${text.s1}${text.s5}${text.s6}`);
    }
  }

  const checks: Finding[] = [];
  for (const r of reports) checks.push(...checkReport(r, { prose: prose.get(r.report_id) ?? '' }));
  checks.push(...checkAcrossReports(reports, sections));
  const counts = new Map<string, { errors: number; warnings: number }>();
  for (const f of checks) {
    const c = counts.get(f.report_id) ?? { errors: 0, warnings: 0 };
    if (f.severity === 'error') c.errors++;
    else c.warnings++;
    counts.set(f.report_id, c);
  }
  for (const r of reports) {
    r.check_errors = counts.get(r.report_id)?.errors ?? 0;
    r.check_warnings = counts.get(r.report_id)?.warnings ?? 0;
  }

  const provenance: Provenance[] = [];
  if (options.provenance ?? true) {
    for (const r of reports) {
      for (const column of NUMBER_COLUMN_NAMES) {
        const v = r.numbers[column];
        if (v !== null && v !== undefined)
          provenance.push({ report_id: r.report_id, column, location: 'generated', raw: String(v) });
      }
    }
  }
  return { bundle: { reports, checks, sections, provenance, rejections: [] }, expected };
}
